/** Words in a text: runs of non-whitespace. A loop, not a split, because it runs on every turn. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isSpace = c === 32 || c === 9 || c === 10 || c === 13;
    if (!isSpace && !inWord) words++;
    inWord = !isSpace;
  }
  return words;
}
