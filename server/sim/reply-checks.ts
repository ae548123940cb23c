/** Why a model's reply must not reach the manager. */
export type ReplyProblem =
  | { kind: "leak"; reason: "canary" | "prompt" }
  | { kind: "character"; reason: string };

/** Phrases an engineer in a 1-on-1 would not say, and what each one means. */
const OUT_OF_CHARACTER: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bas an? (?:ai|a\.i\.|language model|llm|assistant|chatbot)\b/i, "says it is an AI"],
  [
    /\bi(?:'m| am) (?:just |only |not |really )?(?:an? )?(?:ai|a\.i\.|artificial intelligence|language model|llm|chatbot|bot|virtual assistant|assistant|computer program)\b/i,
    "says it is an AI",
  ],
  [
    /\b(?:language model|large language model|chatgpt|openai|anthropic|gpt-?\d|claude|llama)\b/i,
    "names a model",
  ],
  [
    /\b(?:system prompt|my (?:instructions|programming|guidelines)|i (?:was|have been) (?:instructed|programmed|told to play))\b/i,
    "mentions its instructions",
  ],
  [
    /\b(?:role-?play(?:ing)?|this simulation|in character|out of character|the persona|i am playing|i'm playing)\b/i,
    "steps out of the role",
  ],
  [
    /\b(?:i can(?:'t|not) (?:help|assist) with (?:that|this)|i'?m sorry, but i (?:can(?:'t|not)|am unable))\b/i,
    "refuses like an assistant",
  ],
  [
    /\b(?:great question|good question|nice use of|well done on (?:asking|reflecting)|your (?:technique|approach) (?:is|was)|open(?:-ended)? question|active listening|reflective listening|(?:sbi|star|grow) model)\b/i,
    "coaches the manager",
  ],
  [
    /\b(?:here are (?:some|a few) (?:tips|suggestions|ways)|as your coach|a good manager (?:would|should))\b/i,
    "coaches the manager",
  ],
  [/^\s*(?:[-*•]|\d+[.)])\s|\*\*|^#+\s/m, "formats like a document"],
  [/\b(?:write (?:you )?a poem|here(?:'s| is) a poem)\b/i, "follows an off-topic request"],
];

const SHINGLE_WORDS = 6;
const WORD = /[a-z0-9']+/g;

function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** FNV-1a of a word (or a line): a run's hash is made of its words' hashes, so each word is hashed once. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The hash of the six-word run starting at `from`. */
function runHash(hashes: readonly number[], from: number): number {
  let h = 0;
  for (let i = from; i < from + SHINGLE_WORDS; i++)
    h = (Math.imul(h, 31) + (hashes[i] as number)) >>> 0;
  return h;
}

/** The instructions' six-word runs, for looking a reply's runs up (`instructionIndex`). */
export interface InstructionIndex {
  /** Whether a run hash is the hash of one of the instructions' six-word runs. */
  has(hash: number): boolean;
  /** The instruction words, each with one space before and after, to confirm a hash's match. */
  readonly text: string;
}

/** One line of instructions: its words, their hashes and its own six-word runs. */
interface IndexedLine {
  words: string[];
  hashes: number[];
  runs: Set<number>;
}

/**
 * Lines already indexed. A prompt's instructions change a line or two from one turn to the next
 * (the state, the intent) while the persona, the rules and the session code stay, so a line is
 * indexed once and kept; the oldest go first past the cap.
 *
 * A line enters the cache the second time it is seen (`seenOnce` holds the hashes of lines seen
 * once), so the lines that change every turn are indexed and dropped with their reply instead of
 * filling the cache: there they outlived several young-generation collections, were promoted, and
 * each kept the whole instructions text it was cut from alive (docs/benchmarks.md, "Where a turn's
 * time goes"). A cached line's key is a copy, for the same reason.
 */
const lineCache = new Map<string, IndexedLine>();
const LINE_CACHE_MAX = 4096;
const seenOnce = new Set<number>();
const SEEN_ONCE_MAX = 8192;

function indexedLine(line: string): IndexedLine {
  const cached = lineCache.get(line);
  if (cached) return cached;
  const w = words(line);
  const hashes = w.map(fnv1a);
  const runs = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) runs.add(runHash(hashes, i));
  const indexed = { words: w, hashes, runs };
  // The line's FNV-1a, as for a word: a collision only admits a line to the cache early.
  const seen = fnv1a(line);
  if (seenOnce.delete(seen)) {
    if (lineCache.size >= LINE_CACHE_MAX) lineCache.delete(lineCache.keys().next().value as string);
    lineCache.set(ownCopy(line), indexed);
  } else {
    if (seenOnce.size >= SEEN_ONCE_MAX) seenOnce.clear();
    seenOnce.add(seen);
  }
  return indexed;
}

/** A string with its own characters: a line split from the instructions would keep them all alive. */
function ownCopy(line: string): string {
  return JSON.parse(JSON.stringify(line)) as string;
}

/** How many lines the cache holds (tests). */
export function cachedInstructionLines(): number {
  return lineCache.size;
}

/**
 * The instructions' index, made once per reply. Each line's runs come from the line cache; only the
 * runs that cross a line break are hashed here (words never span a line break, so these are all the
 * runs of the whole text). A reply's run is then a lookup per line; a hash that matches is
 * confirmed on the words.
 */
export function instructionIndex(instructions: string): InstructionIndex {
  const lines = instructions.split("\n").map(indexedLine);
  const hashes: number[] = [];
  const crossing = new Set<number>();
  for (const line of lines) {
    // The runs that end in this line but start before it: they start within five words of it.
    const start = hashes.length;
    for (const h of line.hashes) hashes.push(h);
    for (let i = Math.max(0, start - SHINGLE_WORDS + 1); i < start; i++) {
      const end = i + SHINGLE_WORDS;
      if (end > start && end <= hashes.length) crossing.add(runHash(hashes, i));
    }
  }
  let text: string | undefined;
  return {
    has(hash) {
      if (crossing.has(hash)) return true;
      for (const line of lines) if (line.runs.has(hash)) return true;
      return false;
    },
    get text() {
      text ??= ` ${lines.flatMap((line) => line.words).join(" ")} `;
      return text;
    },
  };
}

export interface CheckContext {
  canary: string;
  instructionWords: InstructionIndex;
}

/**
 * Checks a reply (complete or partial) before any of it reaches the manager: the canary or a run of
 * six words from the instructions is a leak; AI talk, coaching or document formatting breaks
 * character. Pure.
 */
export function checkReply(text: string, ctx: CheckContext): ReplyProblem | null {
  return replyChecker(ctx)(text);
}

/** Whitespace ends a word whatever comes after it, and lowercases to itself. */
function lastSpace(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) return i;
  }
  return -1;
}

/**
 * `checkReply` for a reply that grows a chunk at a time: each call takes the whole text so far (the
 * previous text plus what arrived) and answers as `checkReply` would, but reads again only the text
 * after the previous text's last whitespace (words before it are final) and looks up only the word
 * runs that hold a word which could still change. A text that does not extend the previous one (a
 * new attempt) is checked from the start.
 */
export function replyChecker(ctx: CheckContext): (text: string) => ReplyProblem | null {
  const canary = ctx.canary.toLowerCase();
  const index = ctx.instructionWords;
  let previous = "";
  /**
   * The words of the text (and their hashes): the first `finalCount` lie before `finalUpTo` and
   * appending text cannot change them; the rest are the unfinished tail, read again on each call.
   */
  const w: string[] = [];
  const hashes: number[] = [];
  let finalCount = 0;
  let finalUpTo = 0;
  /** Runs before this index are made of final words and were checked. */
  let checkedRuns = 0;
  return (text) => {
    if (!text.startsWith(previous)) {
      finalCount = 0;
      finalUpTo = 0;
      checkedRuns = 0;
    }
    previous = text;
    if (canary && text.toLowerCase().includes(canary)) return { kind: "leak", reason: "canary" };
    w.length = finalCount;
    hashes.length = finalCount;
    for (const word of words(text.slice(finalUpTo))) {
      w.push(word);
      hashes.push(fnv1a(word));
    }
    for (let i = checkedRuns; i + SHINGLE_WORDS <= w.length; i++) {
      if (!index.has(runHash(hashes, i))) continue;
      if (index.text.includes(` ${w.slice(i, i + SHINGLE_WORDS).join(" ")} `))
        return { kind: "leak", reason: "prompt" };
    }
    // Everything up to the last whitespace is final from now on: the tail's words before it.
    const space = lastSpace(text);
    if (space >= finalUpTo) {
      finalCount += words(text.slice(finalUpTo, space)).length;
      finalUpTo = space;
    }
    checkedRuns = Math.max(checkedRuns, finalCount - SHINGLE_WORDS + 1, 0);
    for (const [pattern, reason] of OUT_OF_CHARACTER) {
      if (pattern.test(text)) return { kind: "character", reason };
    }
    return null;
  };
}
