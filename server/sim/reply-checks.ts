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

export interface CheckContext {
  canary: string;
  /**
   * The instruction text as its lowercase words, each with one space before and after
   * (`instructionIndex`): a six-word run of a reply is a run of the instructions exactly when
   * " run " occurs in it. One string per reply instead of a set of every run of a 3 kB prompt.
   */
  instructionWords: string;
}

/** See `CheckContext.instructionWords`. */
export function instructionIndex(instructions: string): string {
  return ` ${words(instructions).join(" ")} `;
}

/**
 * Checks a reply (complete or partial) before any of it reaches the manager: the canary or a run of
 * six words from the instructions is a leak; AI talk, coaching or document formatting breaks
 * character. Pure.
 */
export function checkReply(text: string, ctx: CheckContext): ReplyProblem | null {
  return replyChecker(ctx)(text);
}

/**
 * `checkReply` for a reply that grows a chunk at a time: each call takes the whole text so far (the
 * previous text plus what arrived) and answers as `checkReply` would, but looks again only at the
 * word runs that the new text touches. Runs of words that ended before the previous call's last
 * word cannot change when text is appended, so they were already checked. A text that does not
 * extend the previous one (a new attempt) is checked from the start.
 */
export function replyChecker(ctx: CheckContext): (text: string) => ReplyProblem | null {
  const canary = ctx.canary.toLowerCase();
  let previous = "";
  let checkedRuns = 0;
  return (text) => {
    if (!text.startsWith(previous)) checkedRuns = 0;
    previous = text;
    if (canary && text.toLowerCase().includes(canary)) return { kind: "leak", reason: "canary" };
    const w = words(text);
    // The last word may still grow, so the runs that hold it are checked again next time.
    const from = Math.max(0, checkedRuns - 1);
    for (let i = from; i + SHINGLE_WORDS <= w.length; i++) {
      const run = w.slice(i, i + SHINGLE_WORDS).join(" ");
      if (ctx.instructionWords.includes(` ${run} `)) return { kind: "leak", reason: "prompt" };
    }
    checkedRuns = Math.max(0, w.length - SHINGLE_WORDS + 1);
    for (const [pattern, reason] of OUT_OF_CHARACTER) {
      if (pattern.test(text)) return { kind: "character", reason };
    }
    return null;
  };
}
