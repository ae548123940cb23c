import { countWords } from "./count-words";
import { hot } from "./hot-regexes";
import type { Move } from "./move.schema";
import { FEELING_WORDS } from "./rules";
import { normaliseText } from "./segment";

/**
 * MITI 4.2 splits reflections in two. A simple reflection repeats or rephrases what the person
 * said; a complex one adds meaning: it names a feeling they did not name, guesses at what they
 * left unsaid, or holds both sides of their ambivalence. The share of complex reflections is a
 * MITI competency figure (fair 40%, good 50%).
 */
export type ReflectionDepth = "simple" | "complex";

/** Both sides held at once: "part of you wants to stay, and part of you is done". */
const DOUBLE_SIDED = hot(
  /\b(?:on (?:the )?one hand|on the other hand|(?:a |one )?part of you|at the same time|and yet|mixed feelings|torn between|both .{1,40}? and\b)/,
);
/**
 * A guess at the unsaid, a meaning or a value: "as if nobody sees it", "what matters to you is",
 * "I wonder if", "maybe you're afraid".
 */
const ADDS_MEANING = hot(
  /\b(?:as if|as though|almost like|kind of like|sort of like|like you(?:'re| are)? (?:carrying|holding|stuck|on your own|alone|the only)|(?:important|matters|meaningful) (?:to|for) you|you (?:really )?(?:value|care (?:about|a lot|deeply))|what you(?:'re| are)? (?:really )?(?:want|need|hoping|afraid|worried)|i wonder if|i(?:'m| am) guessing|i (?:get|have) the (?:sense|feeling|impression)|i sense|(?:maybe|perhaps) (?:part of )?you(?:'re| are)? (?:\w+ )?(?:afraid|worried|scared|feeling|wondering|hoping|not sure)|running on (?:empty|fumes)|feel(?:ing|s)? like you(?:'re| are)? (?:can(?:'|no)?t|have to|must|the only|on your own|alone|stuck|failing|letting))\b/,
);
const FEELING = hot(new RegExp(`\\b${FEELING_WORDS}\\b`, "g"));

/** Reflection sentences in one turn that run this long (words) say more than a restatement. */
const LONG_REFLECTION_WORDS = 20;

/**
 * Whether the sentence names a feeling the employee did not: a feeling word whose root (the word
 * less a three-letter ending, so "exhausting" meets "exhausted") is not in their words.
 */
function namesNewFeeling(sentence: string, employee: string | undefined): boolean {
  FEELING.lastIndex = 0;
  for (let m = FEELING.exec(sentence); m !== null; m = FEELING.exec(sentence)) {
    const word = m[0];
    const root = word.length > 5 ? word.slice(0, word.length - 3) : word;
    if (employee === undefined || !employee.includes(root)) return true;
  }
  return false;
}

/**
 * Classifies one reflection sentence (lower-cased, as detectMoves sees it) against the employee's
 * recent words (lower-cased; undefined when there are none). Deterministic and lexical, so it is a
 * lower bound of what a trained coder would call complex.
 */
export function reflectionDepth(
  sentence: string,
  employeeText: string | undefined,
): ReflectionDepth {
  if (DOUBLE_SIDED.test(sentence) || ADDS_MEANING.test(sentence)) return "complex";
  return namesNewFeeling(sentence, employeeText) ? "complex" : "simple";
}

/**
 * The depth of a turn's reflecting: complex when it summarises or any of its reflection sentences
 * is complex; null when the turn has no reflection or summary. `employeeText` is what the
 * employee said in the last few turns (any case), undefined when nothing.
 */
export function turnReflectionDepth(
  text: string,
  moves: readonly Move[],
  employeeText: string | undefined,
): ReflectionDepth | null {
  let depth: ReflectionDepth | null = null;
  let words = 0;
  const employee = employeeText === undefined ? undefined : normaliseText(employeeText);
  for (const m of moves) {
    if (m.move === "summary") return "complex";
    if (m.move !== "reflection") continue;
    const sentence = normaliseText(text.slice(m.start, m.end));
    depth = reflectionDepth(sentence, employee);
    if (depth === "complex") return depth;
    words += countWords(sentence);
  }
  // Reflecting at length goes past a restatement: it links, extends or continues the paragraph.
  return depth !== null && words >= LONG_REFLECTION_WORDS ? "complex" : depth;
}
