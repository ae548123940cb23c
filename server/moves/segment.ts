import { hot } from "./hot-regexes";
/** A sentence of a turn: its span in the original text and the same span of the normalised text. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  /**
   * Lower-cased, curly quotes straightened, and chat spellings of contractions given their
   * apostrophe ("dont" → "don't", "lets meet" → "let's meet": see spellContractions; not when
   * split with `spell: false`, for text normalise.ts already spelled). Offsets into it are not
   * offsets into the turn: the span is `start`–`end`.
   */
  readonly lower: string;
  readonly endsWithQuestionMark: boolean;
}

const CURLY_QUOTES = hot(/[\u2018\u2019\u201b\u2032]/g);

/** Lower-case and straighten apostrophes without changing the length, so spans stay valid. */
export function normaliseText(text: string): string {
  return text.toLowerCase().replace(CURLY_QUOTES, "'");
}

/**
 * Contractions typed without their apostrophe, as people do in chat: "dont", "im", "youre",
 * "cant", "thats". Only spellings that are no other English word ("its", "were", "ill", "well",
 * "id", "hes" are). "Lets" only where a sentence or clause opens with it ("Lets meet every two
 * weeks", "ok lets move on"), not the verb ("it lets you deploy").
 */
export const CHAT_CONTRACTIONS: ReadonlyMap<string, string> = new Map([
  ...[
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "could",
    "would",
    "should",
    "have",
    "has",
    "had",
  ].map((w) => [`${w}nt`, `${w}n't`] as const),
  ["cant", "can't"],
  ["wont", "won't"],
  ["aint", "ain't"],
  ["youre", "you're"],
  ["youve", "you've"],
  ["youll", "you'll"],
  ["theyre", "they're"],
  ["theyve", "they've"],
  ["theyll", "they'll"],
  ["weve", "we've"],
  ["im", "i'm"],
  ["ive", "i've"],
  ["thats", "that's"],
  ["whats", "what's"],
  ["theres", "there's"],
  ["whos", "who's"],
  ["wheres", "where's"],
  ["heres", "here's"],
]);
/** Words after which a clause opens, so "lets" there is "let's": "ok lets move on". */
const BEFORE_LETS: ReadonlySet<string> = new Set(
  "so ok okay and then great cool well right alright now yeah but thanks good fine sure maybe just".split(
    " ",
  ),
);

function isLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * "dont" → "don't", "lets meet" → "let's meet" (see CHAT_CONTRACTIONS). A scan of the words, not a
 * regex: it runs on every sentence, and the words it reads end in few letters.
 */
export function spellContractions(lower: string): string {
  let out: string | undefined;
  let copied = 0;
  let previousStart = -1;
  let previousEnd = -1;
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isLetter(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && (isLetter(lower.charCodeAt(i)) || lower.charCodeAt(i) === 39)) i++;
    const length = i - start;
    const last = lower.charCodeAt(i - 1);
    // Every spelling read ends in t, e, l, m or s, and has 2 to 7 letters.
    let word: string | undefined;
    if (
      length >= 2 &&
      length <= 7 &&
      (last === 116 || last === 101 || last === 108 || last === 109 || last === 115)
    ) {
      word = lower.slice(start, i);
      let spelled = CHAT_CONTRACTIONS.get(word);
      if (spelled === undefined && word === "lets") {
        const between = previousEnd < 0 ? lower.slice(0, start) : lower.slice(previousEnd, start);
        const opens =
          previousEnd < 0
            ? /^[\s"'(-]*$/.test(between)
            : /[,;:\u2014-]/.test(between) ||
              (between === " " && BEFORE_LETS.has(lower.slice(previousStart, previousEnd)));
        const next = lower.charCodeAt(i + 1);
        if (opens && lower.charCodeAt(i) === 32 && isLetter(next)) spelled = "let's";
      }
      if (spelled !== undefined) {
        out = (out ?? "") + lower.slice(copied, start) + spelled;
        copied = i;
      }
    }
    previousStart = start;
    previousEnd = i;
  }
  return out === undefined ? lower : out + lower.slice(copied);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
}

function isTerminator(code: number): boolean {
  // . ! ?
  return code === 46 || code === 33 || code === 63;
}

function isClosingQuote(code: number): boolean {
  return code === 34 || code === 39 || code === 41 || code === 0x201d || code === 0x2019;
}

/**
 * `He keeps asking, "why is it a problem?"`: a question mark that closes a quotation opened
 * earlier in the turn reports someone's question; the sentence itself asks the listener nothing.
 * A sentence that is wholly a quotation (opening at its own start) keeps its question.
 */
function closesQuotedQuestion(lower: string, start: number, mark: number, end: number): boolean {
  let closes = false;
  for (let k = mark + 1; k < end; k++) {
    const c = lower.charCodeAt(k);
    if (c === 34 || c === 0x201d) {
      closes = true;
      break;
    }
  }
  if (!closes) return false;
  let straight = 0;
  let opened = -1;
  for (let k = 0; k < mark; k++) {
    const c = lower.charCodeAt(k);
    if (c === 0x201c) opened = k;
    else if (c === 0x201d) opened = -1;
    else if (c === 34) {
      straight++;
      opened = straight % 2 === 1 ? k : -1;
    }
  }
  return opened >= 0 && opened !== start;
}

function pushSentence(
  out: Sentence[],
  lower: string,
  from: number,
  to: number,
  spell: boolean,
): void {
  let start = from;
  let end = to;
  while (start < end && isSpace(lower.charCodeAt(start))) start++;
  while (end > start && isSpace(lower.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  let hasQuestion = false;
  for (let i = end - 1; i >= start; i--) {
    const c = lower.charCodeAt(i);
    if (c === 63) {
      hasQuestion = !closesQuotedQuestion(lower, start, i, end);
      break;
    }
    if (!isTerminator(c) && !isClosingQuote(c) && c !== 45 && c !== 0x2014) break;
  }
  out.push({
    start,
    end,
    lower: spell ? spellContractions(lower.slice(start, end)) : lower.slice(start, end),
    endsWithQuestionMark: hasQuestion,
  });
}

/**
 * After a terminator at `afterMark - 1` and the run up to `j`: a closing quote in the run, then a
 * word starting in lower case in the original, means the quotation ended and the sentence did not.
 */
function continuesAfterQuote(original: string | undefined, afterMark: number, j: number): boolean {
  if (original === undefined) return false;
  let quoted = false;
  for (let k = afterMark; k < j; k++) if (isClosingQuote(original.charCodeAt(k))) quoted = true;
  if (!quoted) return false;
  let k = j;
  while (k < original.length && isSpace(original.charCodeAt(k))) k++;
  const c = original.charCodeAt(k);
  return c >= 97 && c <= 122;
}

/**
 * The turn's sentences as typed, split after . ! ? or ; and a space, with their spans in the turn:
 * the plain reading the sentence readers use (sides, rulings), where `splitSentences` serves the
 * move detectors.
 */
export function sentenceSpans(text: string): { start: number; end: number; body: string }[] {
  const out: { start: number; end: number; body: string }[] = [];
  let from = 0;
  for (const part of text.split(/(?<=[.!?;])\s+/)) {
    const body = part.trim();
    if (body === "") continue;
    const start = text.indexOf(body, from);
    from = start + body.length;
    out.push({ start, end: from, body });
  }
  return out;
}

/**
 * Split a normalised turn into sentences at . ! ? (followed by space or end) and at line breaks.
 * A decimal point or a dot inside a word ("v2.1", "e.g.x") does not end a sentence. Given the
 * original text, neither does a quotation's own full stop when the sentence goes on in lower case
 * ("your only comment was 'No.' which left the author guessing"). `spell: false` leaves the
 * contractions as typed: for text already in standard spelling (normalise.ts), as detectMoves reads.
 */
export function splitSentences(lower: string, original?: string, spell = true): Sentence[] {
  const out: Sentence[] = [];
  const n = lower.length;
  let from = 0;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (c === 10) {
      pushSentence(out, lower, from, i, spell);
      from = i + 1;
      i++;
      continue;
    }
    if (isTerminator(c)) {
      let j = i + 1;
      while (j < n && (isTerminator(lower.charCodeAt(j)) || isClosingQuote(lower.charCodeAt(j))))
        j++;
      if ((j >= n || isSpace(lower.charCodeAt(j))) && !continuesAfterQuote(original, i + 1, j)) {
        pushSentence(out, lower, from, j, spell);
        from = j;
      }
      i = j;
      continue;
    }
    i++;
  }
  if (from < n) pushSentence(out, lower, from, n, spell);
  return out;
}
