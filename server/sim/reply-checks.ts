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

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
}

/** The set of consecutive-word runs of a text, for spotting a repeated piece of the prompt. */
export function shinglesOf(text: string, n = SHINGLE_WORDS): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(" "));
  return out;
}

export interface CheckContext {
  canary: string;
  /** Shingles of the prompt's instruction text (see `shinglesOf`). */
  instructionShingles: ReadonlySet<string>;
}

/**
 * Checks a reply (complete or partial) before any of it reaches the manager: the canary or a run of
 * six words from the instructions is a leak; AI talk, coaching or document formatting breaks
 * character. Pure.
 */
export function checkReply(text: string, ctx: CheckContext): ReplyProblem | null {
  if (ctx.canary && text.toLowerCase().includes(ctx.canary.toLowerCase())) {
    return { kind: "leak", reason: "canary" };
  }
  for (const s of shinglesOf(text)) {
    if (ctx.instructionShingles.has(s)) return { kind: "leak", reason: "prompt" };
  }
  for (const [pattern, reason] of OUT_OF_CHARACTER) {
    if (pattern.test(text)) return { kind: "character", reason };
  }
  return null;
}
