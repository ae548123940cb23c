/**
 * How often reviewers agree with the machine, per pattern step, pure. Each finished review gives one
 * observation per step of the session's scorecard: the machine's status and the reviewer's (their
 * adjustment, or the machine's status when they left the step alone).
 */

export interface StepObservation {
  readonly patternId: string;
  readonly stepId: string;
  readonly machine: string;
  readonly reviewer: string;
}

export interface StepAgreement {
  readonly patternId: string;
  readonly stepId: string;
  /** Finished reviews that saw this step. */
  readonly reviews: number;
  readonly agreed: number;
  /** agreed / reviews, 0–1. */
  readonly agreementRate: number;
  /**
   * Cohen's κ between machine and reviewers: agreement corrected for chance. null below
   * MIN_REVIEWS_FOR_KAPPA reviews, or when chance agreement is 1 (both always said the same status).
   */
  readonly kappa: number | null;
  /** How often each (machine → reviewer) pair occurred, e.g. `{ "hit→missed": 2 }`. */
  readonly confusion: Readonly<Record<string, number>>;
}

/** Below this, κ swings too much to read anything into it (one disagreement moves it by ~0.2). */
export const MIN_REVIEWS_FOR_KAPPA = 10;

/** Cohen's κ over paired labels: (p_o − p_e) / (1 − p_e). null when p_e is 1. */
export function cohensKappa(pairs: readonly (readonly [string, string])[]): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  const left = new Map<string, number>();
  const right = new Map<string, number>();
  let agreed = 0;
  for (const [a, b] of pairs) {
    left.set(a, (left.get(a) ?? 0) + 1);
    right.set(b, (right.get(b) ?? 0) + 1);
    if (a === b) agreed++;
  }
  const po = agreed / n;
  let pe = 0;
  for (const [label, count] of left) pe += (count / n) * ((right.get(label) ?? 0) / n);
  if (pe >= 1) return null;
  return (po - pe) / (1 - pe);
}

export function stepAgreement(observations: readonly StepObservation[]): StepAgreement[] {
  const groups = new Map<string, StepObservation[]>();
  for (const o of observations) {
    const key = `${o.patternId}\u0000${o.stepId}`;
    const group = groups.get(key);
    if (group) group.push(o);
    else groups.set(key, [o]);
  }
  return [...groups.values()]
    .map((group) => {
      const first = group[0] as StepObservation;
      const agreed = group.filter((o) => o.machine === o.reviewer).length;
      const confusion: Record<string, number> = {};
      for (const o of group) {
        const key = `${o.machine}→${o.reviewer}`;
        confusion[key] = (confusion[key] ?? 0) + 1;
      }
      return {
        patternId: first.patternId,
        stepId: first.stepId,
        reviews: group.length,
        agreed,
        agreementRate: agreed / group.length,
        kappa:
          group.length >= MIN_REVIEWS_FOR_KAPPA
            ? cohensKappa(group.map((o) => [o.machine, o.reviewer] as const))
            : null,
        confusion,
      };
    })
    .sort((a, b) => a.patternId.localeCompare(b.patternId) || a.stepId.localeCompare(b.stepId));
}

export interface OverallChanges {
  /** Overall-score adjustments in finished reviews. */
  readonly adjusted: number;
  readonly raised: number;
  readonly lowered: number;
  /** Mean of |reviewer − machine|: how far reviewers moved it, whichever way. */
  readonly meanAbsolute: number;
  /** Mean of (reviewer − machine): raises and cuts cancel out here, so read it beside the above. */
  readonly meanShift: number;
}

/**
 * How reviewers changed the overall score: how many times up and down, and by how much either way,
 * so a +28 and a −34 read as large disagreement rather than "−3 on average". Null without any.
 */
export function overallChanges(
  pairs: readonly { readonly machine: number; readonly reviewer: number }[],
): OverallChanges | null {
  if (pairs.length === 0) return null;
  const deltas = pairs.map((p) => p.reviewer - p.machine);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    adjusted: pairs.length,
    raised: deltas.filter((d) => d > 0).length,
    lowered: deltas.filter((d) => d < 0).length,
    meanAbsolute: mean(deltas.map(Math.abs)),
    meanShift: mean(deltas),
  };
}

/** One machine flag seen by one finished review: kept, or set aside as a misreading. */
export interface FlagObservation {
  readonly patternId: string;
  /** The anti-pattern's id. */
  readonly antiPatternId: string;
  readonly critical: boolean;
  readonly setAside: boolean;
}

export interface FlagAgreement {
  readonly patternId: string;
  readonly antiPatternId: string;
  /** Flags of this anti-pattern that finished reviews saw. */
  readonly flagged: number;
  /** Of those, how many their reviewer set aside. */
  readonly setAside: number;
  /** setAside / flagged, 0–1: reviewers' reading of the detector's false alarms. */
  readonly setAsideRate: number;
  /** Of the flags set aside, how many were critical (they had failed the attempt). */
  readonly criticalSetAside: number;
}

/**
 * Per anti-pattern: how often finished reviews set its flags aside. A high rate points at a detector
 * that misreads (a quoted label read as a label); read it beside the count, as a rate over three
 * flags says little.
 */
export function flagAgreement(observations: readonly FlagObservation[]): FlagAgreement[] {
  const groups = new Map<string, FlagObservation[]>();
  for (const o of observations) {
    const key = `${o.patternId}\u0000${o.antiPatternId}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  return [...groups.values()]
    .map((group) => {
      const first = group[0] as FlagObservation;
      const aside = group.filter((o) => o.setAside);
      return {
        patternId: first.patternId,
        antiPatternId: first.antiPatternId,
        flagged: group.length,
        setAside: aside.length,
        setAsideRate: aside.length / group.length,
        criticalSetAside: aside.filter((o) => o.critical).length,
      };
    })
    .sort(
      (a, b) =>
        b.setAsideRate - a.setAsideRate ||
        a.patternId.localeCompare(b.patternId) ||
        a.antiPatternId.localeCompare(b.antiPatternId),
    );
}
