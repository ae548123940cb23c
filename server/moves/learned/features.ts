import type { MoveKind } from "../move.schema";
import { measureOverlap } from "../overlap";

/**
 * The features the learned reader (reader.ts) sees in a manager's words: chosen to carry past the
 * exact wording the rules were written for. Lower-cased word stems and pairs of them, the shape of
 * the sentence (who is its subject, a modal verb, a time or date, a number or ticket id, a
 * question mark, a negation, how long it is), the moves the rules found, and how much of the
 * employee's last words it echoes. Pure: a text in, a list of feature names out.
 */

/**
 * Chat spellings read as the words they stand for, so "can u send it tmrw" and "can you send it
 * tomorrow" give the same features. Only spellings that are no other common word.
 */
const CHAT_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ["u", ["you"]],
  ["ya", ["you"]],
  ["ur", ["your"]],
  ["yr", ["your"]],
  ["r", ["are"]],
  ["pls", ["please"]],
  ["plz", ["please"]],
  ["tmrw", ["tomorrow"]],
  ["tmr", ["tomorrow"]],
  ["tmw", ["tomorrow"]],
  ["2moro", ["tomorrow"]],
  ["tomoz", ["tomorrow"]],
  ["tho", ["though"]],
  ["thx", ["thanks"]],
  ["thnx", ["thanks"]],
  ["ty", ["thank", "you"]],
  ["bc", ["because"]],
  ["cuz", ["because"]],
  ["coz", ["because"]],
  ["cos", ["because"]],
  ["wk", ["week"]],
  ["wks", ["weeks"]],
  ["mins", ["minutes"]],
  ["min", ["minutes"]],
  ["hrs", ["hours"]],
  ["rn", ["right", "now"]],
  ["idk", ["i", "don't", "know"]],
  ["imo", ["in", "my", "opinion"]],
  ["imho", ["in", "my", "opinion"]],
  ["tbh", ["to", "be", "honest"]],
  ["eod", ["end", "of", "day"]],
  ["eow", ["end", "of", "week"]],
  ["asap", ["soon"]],
  ["convo", ["conversation"]],
  ["w", ["with"]],
  ["b4", ["before"]],
  ["gonna", ["going", "to"]],
  ["wanna", ["want", "to"]],
  ["lemme", ["let", "me"]],
  ["gotta", ["have", "to"]],
]);

/** Crude suffix stripping, the same as overlap.ts uses: "deadlines"/"deadline", "worried"/"worrying". */
export function stemWord(word: string): string {
  const n = word.length;
  if (n > 5 && word.endsWith("ing")) return word.slice(0, n - 3);
  if (n > 4 && word.endsWith("ed")) return word.slice(0, n - 2);
  if (n > 4 && word.endsWith("es")) return word.slice(0, n - 2);
  if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("'s"))
    return word.slice(0, n - 1);
  return word;
}

const WORD = /[a-z0-9]+(?:['-][a-z0-9]+)*|[?&/]/g;

/**
 * The words of a lower-cased text (curly quotes already straight), chat spellings spelled out:
 * "&" is "and", "w/" is "with", "1:1" and "1-1" are "one-on-one".
 */
export function words(lower: string): string[] {
  const out: string[] = [];
  const text = lower.replace(/\b1(?::| ?-? ?on ?-? ?|-)1s?\b|\bone-on-ones?\b/g, " oneonone ");
  let previous = "";
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (w === "/") {
      // "w/" is "with"; any other slash is a separator.
      if (previous === "w" && out.length > 0) out[out.length - 1] = "with";
      previous = w;
      continue;
    }
    previous = w;
    if (w === "&") {
      out.push("and");
      continue;
    }
    const spelled = CHAT_WORDS.get(w);
    if (spelled) out.push(...spelled);
    else out.push(w);
  }
  return out;
}

const SUBJECTS: ReadonlySet<string> = new Set([
  "i",
  "i'm",
  "i've",
  "i'd",
  "i'll",
  "you",
  "you're",
  "you've",
  "you'd",
  "you'll",
  "we",
  "we're",
  "we've",
  "we'd",
  "we'll",
  "let's",
  "they",
  "he",
  "she",
  "it",
  "that",
  "this",
]);
const MODALS: ReadonlySet<string> = new Set([
  "can",
  "could",
  "would",
  "should",
  "will",
  "might",
  "may",
  "must",
  "shall",
  "i'll",
  "we'll",
  "you'll",
  "i'd",
  "we'd",
  "you'd",
]);
const NEGATIONS: ReadonlySet<string> = new Set(["not", "no", "never", "nothing", "nobody", "none"]);
const WH: ReadonlySet<string> = new Set(["what", "how", "why", "where", "when", "who", "which"]);

/** A day, date, time or a span of time ahead: "by Friday", "on the 10th", "in two weeks", "EOD". */
const TIME =
  /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\b|\b(?:tomorrow|tonight|today|weekend|fortnight|eod|eow|morning|afternoon|evening)\b|\b(?:next|this|coming|following|every|each|end of (?:the )?)\s*(?:day|week|month|sprint|quarter|cycle|time|one-on-one|oneonone|review|planning|retro|standup)\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}(?::\d\d)?\s?(?:am|pm)\b|\bq[1-4]\b|\bin (?:a|one|two|three|four|six|\d+) (?:days?|weeks?|months?)\b|\b(?:weekly|biweekly|monthly|daily)\b/;
const NUMBER = /\d/;
const TICKET = /\b[a-z]{2,}-\d+\b/;

/** Share of content words echoed from the employee's last words, in buckets. */
function echoFeature(lower: string, previous: ReadonlySet<string> | undefined): string {
  if (previous === undefined) return "echo:noprev";
  const { shared, total } = measureOverlap(lower, previous);
  if (total === 0 || shared === 0) return "echo:0";
  const share = shared / total;
  return share >= 0.5 ? "echo:high" : share >= 0.25 ? "echo:mid" : "echo:low";
}

function lengthFeature(n: number): string {
  return n <= 4 ? "len:1-4" : n <= 10 ? "len:5-10" : n <= 20 ? "len:11-20" : "len:21+";
}

/**
 * The features of one manager text (a turn or one of its sentences), lower-cased and with curly
 * quotes straightened, given the moves the rules found in it and the content-word stems of the
 * employee's recent words (undefined when there were none). Each feature at most once.
 */
export function textFeatures(
  lower: string,
  ruleMoves: Iterable<MoveKind>,
  previousStems: ReadonlySet<string> | undefined,
): string[] {
  const out = new Set<string>();
  const ws = words(lower);
  let prev = "^";
  let firstSubject: string | undefined;
  let questionMarks = 0;
  let modal = false;
  let negated = false;
  let count = 0;
  for (const w of ws) {
    if (w === "?") {
      questionMarks++;
      prev = "^";
      continue;
    }
    count++;
    const s = stemWord(w);
    out.add(`w:${s}`);
    out.add(`b:${prev}_${s}`);
    if (prev === "^") out.add(`start:${s}`);
    prev = s;
    if (firstSubject === undefined && SUBJECTS.has(w)) firstSubject = w.replace(/'.*$/, "");
    if (MODALS.has(w)) modal = true;
    if (NEGATIONS.has(w) || w.endsWith("n't")) negated = true;
  }
  out.add(lengthFeature(count));
  if (firstSubject !== undefined) out.add(`subject:${firstSubject}`);
  if (modal) out.add("modal");
  if (negated) out.add("negation");
  if (questionMarks > 0) out.add("question");
  if (/\?\W*$/.test(lower)) out.add("ends-question");
  const first = ws[0];
  if (first !== undefined && WH.has(first)) out.add("wh-start");
  // On the words, chat spellings spelled out: "tmrw" is a time.
  const spelled = ws.join(" ");
  if (TIME.test(spelled)) out.add("time");
  if (NUMBER.test(spelled)) out.add("number");
  if (TICKET.test(spelled)) out.add("ticket");
  out.add(echoFeature(lower, previousStems));
  for (const move of ruleMoves) out.add(`rule:${move}`);
  return [...out];
}
