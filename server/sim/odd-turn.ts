import { contentStems } from "../moves/overlap";

/**
 * Turns that are not about the conversation's subject, and that a line on the subject does not
 * answer (review 8b #13): a question about the person they are talking to ("are you a bot?"), a
 * request for their advice in the manager's place ("what would you do in my place?"), and the
 * manager's own line said again. Pure regexes and word sets.
 */

/**
 * "are you a bot?", "seriously, are you an AI? what model are you", "am I talking to a real
 * person?", "is this ChatGPT?": whether they are a person at all. Said to a colleague it is an odd
 * remark, and gets the reaction an odd remark gets, not a line about the sprint.
 */
const WHAT_ARE_YOU_ASKED: readonly string[] = [
  "\\b(?:are|r) (?:you|u) (?:even |actually |really |just |like )?(?:an? )?(?:bot|robot|ai|llm|chat ?bot|language model|machine|computer|program|npc|simulation|human|real person|real)",
  "\\b(?:you're|youre|you are|ur) (?:just )?(?:an? )?(?:bot|robot|ai|chat ?bot|llm|language model)",
  "\\b(?:am i|are we) (?:talking|speaking|chatting) (?:to|with) (?:an? )?(?:bot|robot|ai|machine|computer|program|human|real person|person)",
  "\\bwhat (?:model|llm|ai|language model|gpt|version) (?:are (?:you|u)|is (?:this|that|it)|runs (?:you|this))",
  "\\bwhich (?:model|llm|ai) (?:are (?:you|u)|is this)",
  "\\bis (?:this|that) (?:chat ?gpt|gpt|claude|an? (?:ai|bot|llm)|a real person)",
];
/** The question ends there ("are you a bot?", "…a bot or something"): not "are you real about that". */
const WHAT_ARE_YOU = new RegExp(
  `(?:${WHAT_ARE_YOU_ASKED.join("|")})(?=\\s*(?:[?.!,]|$|or\\b|lol\\b|right\\b|though\\b))`,
  "i",
);

/**
 * "what would you do in my place?", "if you were me, what would you do?", "what would you do in
 * my shoes?": the manager asks them to do the manager's part. Not "what would you do about the
 * alerts?", which asks for their idea of the plan.
 */
const IN_MY_PLACE =
  /\bin my (?:place|shoes|position)\b|\bif you were (?:me|in my (?:place|shoes|position)|the manager|your (?:own )?manager|managing (?:you|this|the team))\b|\bif you (?:had|were doing) my job\b|\bwhat would you do if you were (?:me|your manager)\b/i;

/** "what would you do", "what should I do", "how would you handle it": asked, with a question mark. */
const ASKS_WHAT_THEY_WOULD_DO =
  /\b(?:what|how) (?:would|should|do|'d) (?:you|u|i)\b[^?]*\?|\bwhat'd you\b[^?]*\?|\bif you were me\b[^?]*\?/i;

export type OddAsk = "odd" | "turnBack";

/** A question about the person themselves, or for their advice in the manager's place; else null. */
export function oddAsk(text: string): OddAsk | null {
  if (WHAT_ARE_YOU.test(text)) return "odd";
  // In one sentence: "In my position I report the dates. What's realistic?" asks for their view.
  const sentences = text.match(/[^.!?]+[.!?]*/g) ?? [];
  if (sentences.some((s) => IN_MY_PLACE.test(s) && ASKS_WHAT_THEY_WOULD_DO.test(s)))
    return "turnBack";
  return null;
}

/** The turn's words as a set: a line said again, in other case or punctuation, is the same line. */
function said(text: string): string {
  return [...contentStems(text.toLowerCase())].sort().join(" ");
}

/**
 * Whether the manager says again, word for word or near it ("we need to talk about the sprint
 * commitments" a second time), a line of theirs from earlier in the conversation: the same content
 * words, at least two of them. A thanks or an "Anything else?" has none and is never a repeat.
 */
export function repeatsLine(text: string, earlier: readonly string[]): boolean {
  const key = said(text);
  if (key.split(" ").length < 2) return false;
  return earlier.some((e) => said(e) === key);
}
