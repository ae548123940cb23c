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
