/**
 * How a pattern step's status moved between two attempts: shared by the comparison of two branches
 * of one conversation (branches.ts) and of two conversations of one scenario (attempt-compare.ts).
 */

/**
 * How far a step got. "Not reached" (an attempt left by a rewind before it got there) ranks with
 * "missed": neither met it. "Not applicable" has no rank, so a step that did not apply to one
 * attempt is never better or worse than the other's.
 */
const STATUS_RANK: Readonly<Record<string, number>> = {
  hit: 2,
  partial: 1,
  missed: 0,
  not_reached: 0,
};

export const stepRank = (status: string | null | undefined): number | undefined =>
  status ? STATUS_RANK[status] : undefined;

export type StepChange = "better" | "worse" | "same";

/** From `before` to `after`: better, worse, the same, or undefined when either has no rank. */
export function stepChange(
  before: string | null | undefined,
  after: string | null | undefined,
): StepChange | undefined {
  const [a, b] = [stepRank(before), stepRank(after)];
  if (a === undefined || b === undefined) return undefined;
  return b > a ? "better" : b < a ? "worse" : "same";
}

/**
 * The steps of two scorecards of one pattern, paired by id, in the first card's order with any
 * step only the second has after them (a pattern edited between the two scorings).
 */
export function pairSteps<S extends { id: string; title: string }>(
  a: readonly S[] | undefined,
  b: readonly S[] | undefined,
): { id: string; title: string; a: S | undefined; b: S | undefined }[] {
  const ids = [...new Set([...(a ?? []), ...(b ?? [])].map((s) => s.id))];
  return ids.map((id) => {
    const sa = a?.find((s) => s.id === id);
    const sb = b?.find((s) => s.id === id);
    return { id, title: sa?.title ?? sb?.title ?? id, a: sa, b: sb };
  });
}
