import { hot } from "./hot-regexes";
import type { Move } from "./move.schema";

/**
 * Advice counts as invited when a permission_ask comes before it in the same turn or anywhere in
 * the previous manager turn ("Can I share a thought?" … "Sure." … "Try pairing on it.").
 */
export function isAdviceInvited(
  advice: Move,
  turnMoves: readonly Move[],
  previousManagerMoves: readonly Move[] = [],
): boolean {
  for (const m of previousManagerMoves) if (m.move === "permission_ask") return true;
  for (const m of turnMoves) {
    if (m.move === "permission_ask" && m.start <= advice.start) return true;
  }
  return false;
}

/** The advice moves of a turn that were given without asking first. */
export function adviceWithoutPermission(
  turnMoves: readonly Move[],
  previousManagerMoves: readonly Move[] = [],
): Move[] {
  return turnMoves.filter(
    (m) => m.move === "advice" && !isAdviceInvited(m, turnMoves, previousManagerMoves),
  );
}

/**
 * MITI 4.2 codes advice as given *with* permission in two more cases than an ask: the person
 * asked for it ("What should I do about the rota?"), or the speaker stresses that the choice is
 * theirs ("It's your call", "you know your team best"). These read the turns' text.
 */
const ASKS_FOR_ADVICE = hot(
  /\b(?:what (?:should|would|could|can|do) i (?:do|try|say)|what do you (?:think|suggest|recommend) i|(?:any|some|your) (?:advice|suggestions?|tips|recommendations?)\b|do you (?:have|know) (?:any|a|some) (?:advice|suggestions?|ideas|tips|way)|what would you do|how (?:should|can|could|do) i\b|should i\b|can you (?:help|tell) me (?:how|what))/,
);
const STRESSES_AUTONOMY = hot(
  /\b(?:(?:it's|it is|that's|that is) (?:\w+ )?up to you|(?:it's|it is|that's|that is) your (?:call|choice|decision)|(?:entirely |totally |completely )?up to you\b|you(?:'re| are) the (?:best )?(?:judge|expert|one who (?:knows|decides))|you know (?:yourself|your \w+|them|it|this) (?:best|better)|(?:whatever|what) you (?:decide|choose)|(?<!\b(?:if|when|once|until|unless) )you (?:get to )?decide|may or may not (?:apply|work|fit|be right) (?:for|to) you|see (?:what|if it) (?:works|fits) for you|take it or leave it)/,
);

/**
 * Whether a turn's advice counts as invited by the words around it: the employee's last turn
 * asked for advice, or the manager's own turn leaves the choice to them.
 */
export function isAdviceInvitedByText(managerText: string, employeeText?: string): boolean {
  const own = managerText.toLowerCase().replace(/\u2019/g, "'");
  if (STRESSES_AUTONOMY.test(own)) return true;
  if (employeeText === undefined) return false;
  return ASKS_FOR_ADVICE.test(employeeText.toLowerCase().replace(/\u2019/g, "'"));
}
