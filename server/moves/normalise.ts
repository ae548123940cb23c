/**
 * Chat spelling to standard spelling, with a map back to what was typed.
 *
 * Managers type as they chat: "ur", "u", "wud", "pls", "thx", "tmrw", "tbh", "idk", "b/c", "w/",
 * "&", "how r u", "k", "wht", days cut short ("thurs", "tues", "fri"), contractions without their
 * apostrophe ("dont", "youre", "ill"). The move detectors' rules are written for standard
 * spelling; `normaliseChat` rewrites a turn into it once, before detection, and keeps for every
 * character of the rewritten text the span of the original it came from, so each move's evidence
 * can still quote what the manager typed (`originalSpan`).
 *
 * Only words that stand alone are read ("u" in "U.S.", "(u)", "u-turn" or "5k" is left alone), and
 * spellings that are also English words are rewritten only where their context tells which one is
 * meant: "ill" is "I'll" before a verb ("ill send it") but not after "was" or "feel"; "its" is
 * "it's" before "been", "not", "a", "fine"; "well" is "we'll" only where it opens a clause before a
 * verb of planning ("ok well talk friday"), never "well done" or "as well"; "lets" is "let's" only
 * opening a clause ("ok lets move on", not "it lets you deploy"); "mon", "wed", "sat" and "sun"
 * are days only beside a word of time ("on sat", "wed 2pm"); "r" is "are" only beside a
 * pronoun or a question word ("how r u", "u r right"); "k" is "ok" only opening a clause. Text with
 * no chat spelling comes back unchanged, the same string.
 */

import { CHAT_CONTRACTIONS } from "./segment";

export interface Normalised {
  /** The text in standard spelling; the input itself when nothing was rewritten. */
  readonly text: string;
  /**
   * The rewrites, four numbers each, in order: where the rewritten words start and end in `text`,
   * then where the typed words started and ended in the original. Undefined when nothing was
   * rewritten (offsets are the same). Between rewrites the offsets differ by a constant.
   */
  readonly edits?: readonly number[];
}

/** Rewritten wherever they stand alone, in any case. */
const ALWAYS: ReadonlyMap<string, string> = new Map([
  // Contractions typed without their apostrophe that are no other English word: the table the
  // sentence splitter spells (segment.ts), but for "wont" and "im", read in context here (below).
  ...[...CHAT_CONTRACTIONS].filter(([typed]) => typed !== "wont" && typed !== "im"),
  ["mustnt", "mustn't"],
  ["neednt", "needn't"],
  ["youd", "you'd"],
  ["theyd", "they'd"],
  ["hows", "how's"],
  ["shes", "she's"],
  ["hes", "he's"],
  ["itll", "it'll"],
  ["thatll", "that'll"],
  ["wouldve", "would've"],
  ["couldve", "could've"],
  ["shouldve", "should've"],
  ["mightve", "might've"],
  ["mustve", "must've"],
  // "you" spelled "u", with its contractions.
  ["u'll", "you'll"],
  ["u're", "you're"],
  ["u've", "you've"],
  ["u'd", "you'd"],
  ["ull", "you'll"],
  ["youu", "you"],
  ["wud", "would"],
  ["wudnt", "wouldn't"],
  ["cud", "could"],
  ["cudnt", "couldn't"],
  ["shud", "should"],
  ["shudnt", "shouldn't"],
  ["pls", "please"],
  ["plz", "please"],
  ["plis", "please"],
  ["thx", "thanks"],
  ["thnx", "thanks"],
  ["thanx", "thanks"],
  ["tnx", "thanks"],
  ["tmrw", "tomorrow"],
  ["tmrow", "tomorrow"],
  ["tmro", "tomorrow"],
  ["tomoz", "tomorrow"],
  ["2moro", "tomorrow"],
  ["2morrow", "tomorrow"],
  ["2mrw", "tomorrow"],
  ["tbh", "to be honest"],
  ["tbf", "to be fair"],
  ["idk", "i don't know"],
  ["imo", "in my opinion"],
  ["imho", "in my opinion"],
  ["btw", "by the way"],
  ["abt", "about"],
  ["ppl", "people"],
  ["convo", "conversation"],
  ["convos", "conversations"],
  ["msg", "message"],
  ["msgs", "messages"],
  ["cuz", "because"],
  ["coz", "because"],
  ["bcos", "because"],
  ["bcoz", "because"],
  ["bcuz", "because"],
  ["b4", "before"],
  ["gr8", "great"],
  ["l8r", "later"],
  ["thru", "through"],
  ["tho", "though"],
  ["ofc", "of course"],
  ["obv", "obviously"],
  ["obvs", "obviously"],
  ["sry", "sorry"],
  ["soz", "sorry"],
  ["dunno", "don't know"],
  ["lemme", "let me"],
  ["gimme", "give me"],
  ["nvm", "never mind"],
  ["alot", "a lot"],
  ["aswell", "as well"],
  ["yea", "yeah"],
  ["gonna", "going to"],
  ["wanna", "want to"],
  // "what" typed fast (review 9a #3): "wht has it been like", "wht's behind the ask".
  ["wht", "what"],
  ["wht's", "what's"],
  ["whts", "what's"],
  // A day cut short that is no other English word (review 9a #2): "we meet thurs 2pm". "mon",
  // "wed", "weds", "sat" and "sun" are read in context (DAY_IN_CONTEXT).
  ["thurs", "thursday"],
  ["thur", "thursday"],
  ["thu", "thursday"],
  ["tues", "tuesday"],
  ["tue", "tuesday"],
  ["fri", "friday"],
]);

/** Rewritten only when typed in lower case: in capitals they are names or other words (R, BC, ATM, Ty). */
const LOWER_ONLY: ReadonlyMap<string, string> = new Map([
  ["bc", "because"],
  ["cos", "because"],
  ["rn", "right now"],
  ["atm", "at the moment"],
  ["ty", "thank you"],
  ["np", "no problem"],
  // "WAT" is an acronym in capitals; "wat" typed fast is "what".
  ["wat", "what"],
  ["wats", "what's"],
  ["wat's", "what's"],
]);

/**
 * Days cut short that are also English words ("I sat down", "the sun", "wed", "c'mon"): a day
 * only beside a word of time, before ("on sat", "by wed", "next mon") or after ("sun morning",
 * "wed 2pm").
 */
const DAY_IN_CONTEXT: ReadonlyMap<string, string> = new Map([
  ["mon", "monday"],
  ["wed", "wednesday"],
  ["weds", "wednesday"],
  ["sat", "saturday"],
  ["sun", "sunday"],
]);
const BEFORE_DAY: ReadonlySet<string> = new Set(
  "on by next this every each until till before from starting".split(" "),
);
/** After a day cut short: a clock time ("wed 2pm", "sat 10:30") or a part of the day. */
const AFTER_DAY =
  /^(?:\d{1,2}(?:[:.]\d\d)?(?:am|pm)?|am|pm|morning|afternoon|evening|night|noon|eod|lunch|lunchtime)$/;

/** After these a new clause opens, so "lets", "well", "k" there start it: "ok lets move on". */
const OPENERS: ReadonlySet<string> = new Set(
  "so ok okay k kk and then great cool well right alright now yeah yes but thanks thx good fine sure maybe just hopefully perfect nice awesome".split(
    " ",
  ),
);

/**
 * Verbs of planning after which an opening "well" is "we'll": "ok well talk friday", "well figure
 * it out". Not verbs that follow the discourse "well" as often: "well do you …", "well have you …"
 * (a question), "well look, …", "well put", "well done", "well try it and see" (an imperative).
 */
const WELL_VERBS: ReadonlySet<string> = new Set(
  "see figure talk sort find revisit check circle meet sync discuss review pick touch catch need start plan decide loop regroup reconvene chat speak split share pair hear".split(
    " ",
  ),
);

/** Words before which "its" is "it's": "its fine", "its been a while", "its not ok". */
const AFTER_ITS: ReadonlySet<string> = new Set(
  "a an the not been just so very really too ok okay fine all about because like going gonna getting hard important clear only also still always never more less totally that what how on in at up over quite pretty no nothing true fair great good bad worth probably definitely actually kind sort almost already better worse late early easy tough normal likely unlikely out when if becoming obvious possible my your our their his her me you him them us this".split(
    " ",
  ),
);

/** Words before "ill" that make it the adjective: "was ill", "feel ill", "mentally ill", "my ill mother". */
const BEFORE_ILL_ADJECTIVE: ReadonlySet<string> = new Set(
  "was were is am are be been being feel feels felt feeling fell fall falls falling got get gets getting become became seem seems seemed look looks looked very so too really quite mentally seriously critically terminally chronically pretty bit slightly a an the this that of home my your his her their our its im i'm he's she's hes shes they're theyre you're youre".split(
    " ",
  ),
);
/** Words after "ill" that make it the adjective or noun: "ill health", "ill will", "ill at ease". */
const AFTER_ILL_ADJECTIVE: ReadonlySet<string> = new Set(
  "health will effects effect feeling feelings at and or with from for since today lately again".split(
    " ",
  ),
);

/** Words after "id" that make it "I'd": "id like to", "id suggest". */
const AFTER_ID: ReadonlySet<string> = new Set(
  "like love say suggest rather prefer recommend want appreciate hope think be have need expect probably also really just definitely argue propose".split(
    " ",
  ),
);

/** Pronouns and question words beside which "r" is "are": "how r u", "u r right", "r we ok". */
const BESIDE_R: ReadonlySet<string> = new Set(
  "u you we they how what where who why when there these those things ppl people ur y'all ya".split(
    " ",
  ),
);

/** Pronouns after which even a capital "R" is "are": "R u ok?". */
const R_BEFORE: ReadonlySet<string> = new Set(["u", "you", "we", "they", "ya", "ur"]);

/** Words after "ur" that make it "you're": "ur right", "ur doing great", "ur not". */
const AFTER_YOURE: ReadonlySet<string> = new Set(
  "a an the not so really very right welcome being such always never still just one clearly probably definitely totally ok okay good great fine wrong late on in at too already also more less quite pretty super amazing awesome ready there here correct sure able allowed free busy back off out new kidding like all both someone somebody part mine with from gonna overloaded stressed upset burned burnt tired exhausted frustrated worried doing going getting".split(
    " ",
  ),
);
/**
 * "your" typed for "you're", where "your" cannot be meant: before "not", "so", "kidding", "gonna"
 * ("your not wrong", "your so right"), "going to" ("your going to love it"), "doing" and how
 * ("your doing great"), and "welcome" or "right" ending the clause ("your welcome!", "your right,
 * …"). Not "your welcome email", "your right to appeal", "your going-away party", "it's your doing".
 */
function youreForYour(lower: string, end: number): string | undefined {
  const next = wordAfter(lower, end);
  if (next === "not" || next === "so" || next === "kidding" || next === "gonna") return "you're";
  const afterNext = end + 1 + next.length;
  if (next === "welcome" || next === "right") {
    let k = afterNext;
    while (k < lower.length && isSpace(lower.charCodeAt(k))) k++;
    const c = lower.charCodeAt(k);
    // End, or . , ! ? ; : — right after.
    return k >= lower.length || c === 46 || c === 44 || c === 33 || c === 63 || c === 59 || c === 58
      ? "you're"
      : undefined;
  }
  if (next === "going") return wordAfter(lower, afterNext) === "to" ? "you're" : undefined;
  if (next === "doing") return HOW_DONE.has(wordAfter(lower, afterNext)) ? "you're" : undefined;
  return undefined;
}
const HOW_DONE: ReadonlySet<string> = new Set(
  "great well fine ok okay good amazing awesome brilliantly better really so such a an".split(" "),
);

/** After an "-ed" word, these end the clause, so "ur stressed about it" is "you're". */
const AFTER_PARTICIPLE: ReadonlySet<string> = new Set(
  "about with by from and to at for because bc right now lately again too that or but".split(" "),
);

/** Longer words are never rewritten. */
const MAX_WORD = 8;

/** A word's hash as the scan computes it: its lower-case char codes, curly apostrophes straightened. */
function hashWord(word: string): number {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = (Math.imul(h, 31) + word.charCodeAt(k)) & 0x3fffffff;
  return h;
}

/**
 * The hashes of every word that may be rewritten: the scan hashes each word as it reads it and
 * looks at it closer only on a hit, so a turn with no chat spelling costs one pass and no strings.
 */
const HASHES: ReadonlySet<number> = new Set(
  [
    ...ALWAYS.keys(),
    ...LOWER_ONLY.keys(),
    "u",
    "ur",
    "your",
    "r",
    "k",
    "kk",
    "ill",
    "its",
    "well",
    "lets",
    "wont",
    "im",
    "id",
    "b",
    "w",
    ...DAY_IN_CONTEXT.keys(),
  ].map(hashWord),
);

function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 39 ||
    code === 0x2019 ||
    code >= 0xc0
  );
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code >= 0xc0;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
}

/**
 * The word (lower case) starting at or after `from`, past spaces only, or "" if none. A hyphenated
 * word is read whole: "its on-call rota" is not "it's on …".
 */
function wordAfter(lower: string, from: number): string {
  let i = from;
  while (i < lower.length && isSpace(lower.charCodeAt(i))) i++;
  if (i === from) return "";
  const start = i;
  while (i < lower.length && (isWordChar(lower.charCodeAt(i)) || lower.charCodeAt(i) === 45)) i++;
  return lower.slice(start, i);
}

/** The word (lower case) ending just before `to`, past spaces only, or "" if none. */
function wordBefore(lower: string, to: number): string {
  let i = to;
  while (i > 0 && isSpace(lower.charCodeAt(i - 1))) i--;
  if (i === to) return "";
  const end = i;
  while (i > 0 && isWordChar(lower.charCodeAt(i - 1))) i--;
  return lower.slice(i, end);
}

/**
 * Whether a clause opens at `start`: only spaces or opening punctuation before it since the last
 * sentence end, a comma, a colon, a dash or a line break; or after a discourse word ("ok", "so").
 */
function opensClause(lower: string, start: number): boolean {
  let i = start;
  while (i > 0 && isSpace(lower.charCodeAt(i - 1))) i--;
  if (i === 0) return true;
  const c = lower.charCodeAt(i - 1);
  // . ! ? , ; : ( " - — and a line break
  if (
    c === 46 ||
    c === 33 ||
    c === 63 ||
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 40 ||
    c === 34 ||
    c === 45 ||
    c === 0x2014 ||
    c === 10
  ) {
    return true;
  }
  return OPENERS.has(wordBefore(lower, start));
}

/** The standard spelling of the word lower[start, end), or undefined to leave it as typed. */
function standardOf(text: string, lower: string, start: number, end: number): string | undefined {
  const word = lower.slice(start, end);
  const always = ALWAYS.get(word);
  if (always !== undefined) return always;
  const lowerOnly = LOWER_ONLY.get(word);
  if (lowerOnly !== undefined) return text.slice(start, end) === word ? lowerOnly : undefined;
  const day = DAY_IN_CONTEXT.get(word);
  if (day !== undefined) {
    return BEFORE_DAY.has(wordBefore(lower, start)) || AFTER_DAY.test(wordAfter(lower, end))
      ? day
      : undefined;
  }
  switch (word) {
    case "u":
      return "you";
    case "ur": {
      const next = wordAfter(lower, end);
      if (AFTER_YOURE.has(next) || (next.length > 4 && next.endsWith("ing"))) return "you're";
      if (next.length > 3 && next.endsWith("ed")) {
        const after = end + 1 + next.length;
        const then = wordAfter(lower, after);
        if (then === "" || AFTER_PARTICIPLE.has(then)) return "you're";
      }
      return "your";
    }
    case "your":
      return youreForYour(lower, end);
    case "r": {
      // A capital R is the language or a name, except before a pronoun: "R u ok?", "R we good?".
      const after = wordAfter(lower, end);
      if (text.charCodeAt(start) !== 114) return R_BEFORE.has(after) ? "are" : undefined;
      return BESIDE_R.has(wordBefore(lower, start)) || BESIDE_R.has(after) ? "are" : undefined;
    }
    case "k":
    case "kk":
      return opensClause(lower, start) ? "ok" : undefined;
    case "im": {
      const before = wordBefore(lower, start);
      return before === "an" || before === "the" || before === "via" || before === "by"
        ? undefined
        : "i'm";
    }
    case "id":
      return AFTER_ID.has(wordAfter(lower, end)) ? "i'd" : undefined;
    case "wont": {
      const before = wordBefore(lower, start);
      // "as is his wont", "he was wont to complain": the word, not "won't".
      return /^(?:his|her|its|their|my|your|our|as)$/.test(before) || wordAfter(lower, end) === "to"
        ? undefined
        : "won't";
    }
    case "its":
      return AFTER_ITS.has(wordAfter(lower, end)) ? "it's" : undefined;
    case "ill": {
      const next = wordAfter(lower, end);
      if (next === "" || lower.charCodeAt(end) !== 32 || !isLetter(next.charCodeAt(0))) {
        return undefined;
      }
      if (AFTER_ILL_ADJECTIVE.has(next) || BEFORE_ILL_ADJECTIVE.has(wordBefore(lower, start))) {
        return undefined;
      }
      return "i'll";
    }
    case "well":
      return lower.charCodeAt(end) === 32 &&
        WELL_VERBS.has(wordAfter(lower, end)) &&
        opensClause(lower, start)
        ? "we'll"
        : undefined;
    case "lets": {
      const next = lower.charCodeAt(end + 1);
      return lower.charCodeAt(end) === 32 && isLetter(next) && opensClause(lower, start)
        ? "let's"
        : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Whether the word [start, end) stands alone: not part of an address, a file name, an
 * abbreviation with dots ("U.S."), a hyphenated word ("u-turn") or a list marker ("(u)", "u)").
 */
function standsAlone(lower: string, start: number, end: number): boolean {
  if (start > 0) {
    const b = lower.charCodeAt(start - 1);
    // . / @ # _ - + ` and a letter or digit glued on.
    if (
      b === 46 ||
      b === 47 ||
      b === 64 ||
      b === 35 ||
      b === 95 ||
      b === 45 ||
      b === 43 ||
      b === 96
    ) {
      return false;
    }
  }
  if (end < lower.length) {
    const a = lower.charCodeAt(end);
    // ) - / @ _ + & ` ( : a list marker, a compound, code.
    if (
      a === 41 ||
      a === 45 ||
      a === 47 ||
      a === 64 ||
      a === 95 ||
      a === 43 ||
      a === 38 ||
      a === 96 ||
      a === 40
    ) {
      return false;
    }
    // "u.s.", "e.g": a dot followed by a letter.
    if (a === 46 && end + 1 < lower.length && isLetter(lower.charCodeAt(end + 1))) return false;
  }
  return true;
}

/** Words before which "b/c" names options, not "because": "plan B/C", "option b/c". */
const NAMED_OPTION =
  /^(?:plan|option|options|version|versions|grade|tier|type|class|part|parts|case|cases)$/;

/** The rewritten text so far, with its rewrites (see Normalised), up to `copied` of the original. */
interface Built {
  out: string;
  readonly edits: number[];
  copied: number;
}

/** Copies text[copied, upTo) unchanged. */
function copyTo(built: Built, text: string, upTo: number): void {
  built.out += text.slice(built.copied, upTo);
  built.copied = upTo;
}

/** Puts `spelled` in place of text[start, end). */
function replace(
  built: Built | undefined,
  text: string,
  start: number,
  end: number,
  spelled: string,
): Built {
  const b = built ?? { out: "", edits: [], copied: 0 };
  copyTo(b, text, start);
  const at = b.out.length;
  // Keep a capital where the typed word had one: "U did great" → "You did great".
  const c = text.charCodeAt(start);
  b.out += c >= 65 && c <= 90 ? spelled.charAt(0).toUpperCase() + spelled.slice(1) : spelled;
  b.edits.push(at, b.out.length, start, end);
  b.copied = end;
  return b;
}

/**
 * The turn in standard spelling (see the top of this file), with a map of offsets back to the
 * original when anything was rewritten.
 */
export function normaliseChat(text: string): Normalised {
  const n = text.length;
  let lower: string | undefined;
  let built: Built | undefined;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    // " & " between words: "you & me".
    if (c === 38) {
      if (
        i > 0 &&
        i + 1 < n &&
        isSpace(text.charCodeAt(i - 1)) &&
        isSpace(text.charCodeAt(i + 1))
      ) {
        built = replace(built, text, i, i + 1, "and");
      }
      i++;
      continue;
    }
    if (!isWordChar(c) || c === 39 || c === 0x2019) {
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    let apostropheAtEnd = false;
    do {
      if (c >= 65 && c <= 90) c += 32;
      else if (c === 0x2019) c = 39;
      apostropheAtEnd = c === 39;
      h = (Math.imul(h, 31) + c) & 0x3fffffff;
      i++;
      c = i < n ? text.charCodeAt(i) : 0;
    } while (i < n && isWordChar(c));
    let end = i;
    if (apostropheAtEnd) {
      // A trailing apostrophe is a quote, not part of the word: "'dont'".
      while (
        end > start &&
        (text.charCodeAt(end - 1) === 39 || text.charCodeAt(end - 1) === 0x2019)
      ) {
        end--;
      }
      lower ??= text.toLowerCase();
      h = hashWord(lower.slice(start, end).replace(/\u2019/g, "'"));
    }
    if (end - start > MAX_WORD || !HASHES.has(h)) continue;
    lower ??= text.toLowerCase();
    const first = lower.charCodeAt(start);
    // "b/c" and "w/", "w/o": a slash inside.
    if (end - start === 1 && (first === 98 || first === 119) && lower.charCodeAt(end) === 47) {
      if (start > 0 && isWordChar(lower.charCodeAt(start - 1))) continue;
      const after = lower.charCodeAt(end + 1);
      if (
        first === 98 &&
        after === 99 &&
        !isWordChar(lower.charCodeAt(end + 2)) &&
        !NAMED_OPTION.test(wordBefore(lower, start))
      ) {
        built = replace(built, text, start, end + 2, "because");
        i = end + 2;
      } else if (first === 119 && after === 111 && !isWordChar(lower.charCodeAt(end + 2))) {
        built = replace(built, text, start, end + 2, "without");
        i = end + 2;
      } else if (first === 119 && (isSpace(after) || Number.isNaN(after))) {
        built = replace(built, text, start, end + 1, "with");
        i = end + 1;
      }
      continue;
    }
    if (!standsAlone(lower, start, end)) continue;
    const spelled = standardOf(text, lower, start, end);
    if (spelled !== undefined) built = replace(built, text, start, end, spelled);
  }
  if (built === undefined) return { text };
  copyTo(built, text, n);
  return { text: built.out, edits: built.edits };
}

/** The span of the original text that [start, end) of the normalised text came from. */
export function originalSpan(
  normalised: Normalised,
  start: number,
  end: number,
): { start: number; end: number } {
  const { edits } = normalised;
  if (edits === undefined) return { start, end };
  // Before the first rewrite the offsets are the same; after rewrite k they differ by its shift.
  let from = start;
  let to = end;
  for (let k = 0; k < edits.length; k += 4) {
    const at = edits[k] as number;
    const atEnd = edits[k + 1] as number;
    const typed = edits[k + 2] as number;
    const typedEnd = edits[k + 3] as number;
    if (start >= atEnd) from = typedEnd + (start - atEnd);
    else if (start >= at) from = typed;
    if (end >= atEnd) to = typedEnd + (end - atEnd);
    else if (end > at) to = typedEnd;
    if (at >= end) break;
  }
  return { start: from, end: Math.max(from, to) };
}

/** The moves found in the normalised text, with their spans on the text as typed. */
export function movesOnOriginal<M extends { start: number; end: number }>(
  normalised: Normalised,
  moves: M[],
): M[] {
  if (normalised.edits === undefined) return moves;
  return moves.map((m) => ({ ...m, ...originalSpan(normalised, m.start, m.end) }));
}
