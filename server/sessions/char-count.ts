/**
 * Characters as a person counts them: user-perceived characters (grapheme clusters), so an emoji
 * with a skin tone or a family emoji is one, and "é" is one however it is encoded. The server's
 * turn limit and the message box's count use this one function, so they never disagree.
 */
const segmenter =
  typeof Intl !== "undefined" && "Segmenter" in Intl
    ? new Intl.Segmenter(undefined, { granularity: "grapheme" })
    : undefined;

export function countChars(text: string): number {
  if (!segmenter) return [...text].length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}
