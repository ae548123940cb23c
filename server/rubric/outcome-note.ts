import { listOf } from "../text/list-of";
import type { Scorecard } from "./scorecard.schema";

/**
 * The session's outcome and the scorecard's pass answer different questions: the outcome is how the
 * employee responded (did the conversation get what it needed), passing is whether the manager
 * followed the practice (every required step, no critical anti-pattern). When they disagree, the
 * debrief and the CLI say so in this sentence, so "Resolved" next to "Not passed" is never left
 * unexplained. The web client imports this file, so it imports only types.
 */
export function outcomeNote(
  outcome: string | null | undefined,
  card: Pick<Scorecard, "passed" | "steps" | "antiPatterns">,
): string | undefined {
  if (!outcome) return undefined;
  if (outcome === "resolved" && !card.passed) {
    const why = [
      ...card.steps
        .filter((s) => s.required && s.status === "missed")
        .map((s) => `required step "${s.title}" was missed`),
      ...card.antiPatterns
        .filter((f) => f.critical && f.sameSentenceAs === undefined)
        .map((f) => `"${f.title}" was flagged as critical`),
    ];
    const reasons = why.length > 0 ? `: ${listOf([...new Set(why)])}` : "";
    return `The conversation got what it needed (resolved), but the attempt did not pass${reasons}. The outcome is how they responded; passing is whether you followed the practice.`;
  }
  if (outcome !== "resolved" && card.passed) {
    const how = cameRound(outcome, card.steps) ?? HOW_IT_ENDED[outcome] ?? `it ended (${outcome})`;
    return `The attempt passed, but the conversation did not get what it needed: ${how}. Passing is whether you followed the practice; the outcome is how they responded.`;
  }
  return undefined;
}

/**
 * In a mediation where one person took up the plan and the other did not: "it was ended before
 * Tomás came round (Elena agreed)", not "before they came round" as if nobody had.
 */
function cameRound(outcome: string, steps: Scorecard["steps"]): string | undefined {
  const agreement = steps.find((s) => s.agreement)?.agreement;
  const before = BEFORE[outcome];
  if (!agreement || !before) return undefined;
  const and = (names: readonly string[]) => names.join(" and ");
  return `${before} ${and(agreement.waiting)} came round (${and(agreement.agreed)} agreed)`;
}

const BEFORE: Readonly<Record<string, string>> = {
  ended: "it was ended before",
  out_of_turns: "the turns ran out before",
};

const HOW_IT_ENDED: Readonly<Record<string, string>> = {
  ended: `${BEFORE.ended} they came round`,
  out_of_turns: `${BEFORE.out_of_turns} they came round`,
  escalated: "it escalated",
  shut_down: "they shut down",
};
