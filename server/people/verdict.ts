/**
 * The score and verdict an attempt counts with, the one every screen shows (debrief, History, the
 * cohort grid and its CSV, the reviewer's inbox, the export). Pure; the web client imports it.
 *
 * - The machine's score is the latest of the scenario's main pattern on the branch being flown; a
 *   session rewound and not yet scored again counts with its earlier version's latest score.
 * - A finished review counts only if it is of the version that counts: a review finished before the
 *   session was scored again (a rewind made lines the reviewer never read) is of an earlier version
 *   and counts for nothing until the reviewer finishes it again.
 * - A counting review's overall score replaces the machine's number, up or down.
 * - A counting review's step statuses replace the machine's, and the verdict is decided again by the
 *   machine's own pass rule (server/rubric/score-transcript.ts): a required step missed, or a
 *   critical anti-pattern not already carried by a more severe flag on its sentence, fails the
 *   attempt.
 * - A counting review's set-aside flags (a reviewer read the machine's flag as a false alarm, and
 *   said why) are left out of that rule: a critical flag set aside no longer fails the attempt. A
 *   flag that was listed without points because a set-aside flag carried its sentence stands on its
 *   own again. A set-aside matches a flag by its anti-pattern, turn and quote, so it never lands on
 *   other words. It does not change the score: the reviewer adjusts that themselves.
 */

export interface MachineStep {
  readonly id: string;
  readonly title: string;
  readonly required: boolean;
  readonly status: string;
}

export interface MachineFlag {
  /** The anti-pattern's id (absent in old test data: such a flag cannot be set aside). */
  readonly id?: string | undefined;
  readonly quote?: string | undefined;
  readonly title: string;
  readonly turn: number;
  readonly critical: boolean;
  readonly sameSentenceAs?: string | undefined;
}

/** One stored scoring of the main pattern. `steps`/`antiPatterns` are needed only to re-decide. */
export interface MachineScoring {
  readonly branchId: string;
  readonly overall: number;
  readonly passed: boolean;
  readonly at: number;
  readonly steps?: readonly MachineStep[] | undefined;
  readonly antiPatterns?: readonly MachineFlag[] | undefined;
  readonly failReasons?: readonly string[] | undefined;
}

/** A finished review of the session: when it was (last) marked done, and its reviewer's notes. */
export interface FinishedReview {
  readonly reviewerId: string;
  readonly doneAt: number;
  /** The reviewer's adjustments of the main pattern: overall (stepId null) and steps. */
  readonly adjustments: readonly {
    readonly stepId: string | null;
    readonly status: string | null;
    readonly score: number | null;
    readonly updatedAt: number;
  }[];
  /** The machine flags of the main pattern the reviewer set aside. */
  readonly setAsides?: readonly FlagSetAside[] | undefined;
}

/** A reviewer's set-aside of one machine flag: which flag (anti-pattern, turn, quote) and why. */
export interface FlagSetAside {
  readonly flagId: string;
  readonly turn: number;
  readonly quote: string;
  readonly reason: string;
  readonly updatedAt: number;
}

/** Whether a set-aside is of this flag: same anti-pattern, same turn, same words. */
export const setAsideMatches = (
  a: Pick<FlagSetAside, "flagId" | "turn" | "quote">,
  f: MachineFlag,
) => f.id !== undefined && a.flagId === f.id && a.turn === f.turn && a.quote === (f.quote ?? "");

export interface CountedScore {
  /** The score that counts: the reviewer's when a counting review gave one, else the machine's. */
  readonly overall: number;
  /** The verdict that counts. */
  readonly passed: boolean;
  readonly machineOverall: number;
  readonly machinePassed: boolean;
  /** When the machine gave the score that counts. */
  readonly machineAt: number;
  /** The reviewer's overall score when it counts; null otherwise. */
  readonly reviewedOverall: number | null;
  /** When that review's score was given or its review last finished; null without one. */
  readonly reviewedAt: number | null;
  /** A counting review's step statuses gave a different verdict from the machine's. */
  readonly verdictByReviewer: boolean;
  /**
   * Why the counted verdict is "not passed" (empty when passed), in the rubric's words. Read without
   * the scorecard's step and flag lists (a list of sessions none reviewed), it is empty.
   */
  readonly failReasons: readonly string[];
  /** Steps whose status a counting review changed: title, the machine's and the reviewer's. */
  readonly changedSteps: readonly {
    id: string;
    title: string;
    machine: string;
    reviewer: string;
  }[];
  /**
   * Machine flags a counting review set aside, in the card's order: the flag and the reviewer's
   * reason. They no longer decide the verdict; the screens show them struck, with the reason.
   */
  readonly setAsideFlags: readonly {
    id: string;
    turn: number;
    title: string;
    critical: boolean;
    reason: string;
  }[];
  /** The session has no score on the branch being flown: this is its earlier version's. */
  readonly earlier: boolean;
  /**
   * The latest finished review was of an earlier version (the session was scored again after it):
   * what it gave, for "your reviewer's 84 was for the earlier version". Null otherwise.
   */
  readonly staleReview: { readonly overall: number | null; readonly doneAt: number } | null;
}

/**
 * The machine's pass rule, over (possibly reviewed) step statuses and the machine's flags less those
 * a reviewer set aside. A flag carried by another on its sentence (`sameSentenceAs`) counts on its
 * own when that other flag was set aside: the sentence keeps its most severe standing flag.
 */
export function failReasonsOf(
  steps: readonly MachineStep[],
  flags: readonly MachineFlag[],
  setAside: (f: MachineFlag) => boolean = () => false,
): string[] {
  const reasons: string[] = [];
  for (const s of steps)
    if (s.required && s.status === "missed") reasons.push(`Required step "${s.title}" was missed.`);
  const carried = (f: MachineFlag) => {
    if (f.sameSentenceAs === undefined) return false;
    const carrier = flags.find((g) => g.id === f.sameSentenceAs && g.turn === f.turn);
    return carrier === undefined || !setAside(carrier);
  };
  for (const f of flags)
    if (f.critical && !setAside(f) && !carried(f))
      reasons.push(`Critical anti-pattern "${f.title}" on turn ${f.turn + 1}.`);
  return reasons;
}

/**
 * The counted score of one session on its main pattern, or null when it was never scored.
 * `scorings` are every scoring of the main pattern, any branch, in any order.
 */
export function countedScore(
  scorings: readonly MachineScoring[],
  activeBranchId: string | null,
  reviews: readonly FinishedReview[],
): CountedScore | null {
  if (scorings.length === 0) return null;
  const inOrder = scorings.toSorted((a, b) => a.at - b.at);
  const onBranch = inOrder.findLast((s) => s.branchId === activeBranchId);
  const machine = onBranch ?? (inOrder.at(-1) as MachineScoring);
  const lastScored = (inOrder.at(-1) as MachineScoring).at;
  // A review counts from the later of its done mark and its last note; it must not be older than
  // the latest scoring, or it was of another version of the conversation.
  const at = (r: FinishedReview) =>
    Math.max(
      r.doneAt,
      ...r.adjustments.map((a) => Number(a.updatedAt)),
      ...(r.setAsides ?? []).map((a) => Number(a.updatedAt)),
    );
  const finished = reviews.toSorted((a, b) => at(a) - at(b));
  const current = finished.filter((r) => at(r) >= lastScored);
  const latestStale = finished.filter((r) => at(r) < lastScored).at(-1);

  // Of several counting reviews the latest word on each item counts.
  let reviewedOverall: number | null = null;
  let reviewedAt: number | null = null;
  const stepStatus = new Map<string, string>();
  for (const r of current)
    for (const a of r.adjustments.toSorted((x, y) => x.updatedAt - y.updatedAt)) {
      if (a.stepId === null && a.score !== null) {
        reviewedOverall = Number(a.score);
        reviewedAt = at(r);
      }
      if (a.stepId !== null && a.status !== null) stepStatus.set(a.stepId, a.status);
    }

  const changedSteps = (machine.steps ?? []).flatMap((s) => {
    const reviewer = stepStatus.get(s.id);
    return reviewer !== undefined && reviewer !== s.status
      ? [{ id: s.id, title: s.title, machine: s.status, reviewer }]
      : [];
  });
  // Every counting review's set-asides; the latest reason of each flag is the one shown.
  const setAsides = current
    .flatMap((r) => r.setAsides ?? [])
    .toSorted((x, y) => x.updatedAt - y.updatedAt);
  const setAsideOf = (f: MachineFlag) => setAsides.findLast((a) => setAsideMatches(a, f));
  const setAsideFlags = (machine.antiPatterns ?? []).flatMap((f) => {
    const a = setAsideOf(f);
    return a && f.id !== undefined
      ? [{ id: f.id, turn: f.turn, title: f.title, critical: f.critical, reason: a.reason }]
      : [];
  });
  let passed = machine.passed;
  let failReasons: readonly string[] = machine.failReasons ?? [];
  if ((changedSteps.length > 0 || setAsideFlags.length > 0) && machine.steps) {
    failReasons = failReasonsOf(
      machine.steps.map((s) => ({ ...s, status: stepStatus.get(s.id) ?? s.status })),
      machine.antiPatterns ?? [],
      (f) => setAsideOf(f) !== undefined,
    );
    passed = failReasons.length === 0;
  }
  const staleOverall = latestStale?.adjustments.findLast(
    (a) => a.stepId === null && a.score !== null,
  );
  return {
    overall: reviewedOverall ?? machine.overall,
    passed,
    machineOverall: machine.overall,
    machinePassed: machine.passed,
    machineAt: machine.at,
    reviewedOverall,
    reviewedAt,
    verdictByReviewer: passed !== machine.passed,
    failReasons,
    changedSteps,
    setAsideFlags,
    earlier: onBranch === undefined,
    staleReview:
      latestStale && current.length === 0
        ? { overall: staleOverall ? Number(staleOverall.score) : null, doneAt: latestStale.doneAt }
        : null,
  };
}

/** A step status in words, as the debrief's status pills say it. */
export const STEP_STATUS_WORDS: Readonly<Record<string, string>> = {
  hit: "Done",
  partial: "Partly",
  missed: "Missed",
  not_applicable: "Not applicable",
};
const statusWords = (status: string) => STEP_STATUS_WORDS[status] ?? status;

/**
 * What a counting review changed and what that does to the verdict, as the debrief says it under
 * the verdict (and the Markdown export under the score): 'Your reviewer marked "…" Missed; the
 * machine had it Done.', each flag set aside with the reviewer's reason, then whether the attempt
 * passes with that reading. Empty when the review changed neither a step nor a flag.
 */
export function reviewedVerdictText(
  counted: Pick<CountedScore, "passed" | "verdictByReviewer" | "changedSteps"> & {
    readonly setAsideFlags?:
      | readonly { turn: number; title: string; critical: boolean; reason: string }[]
      | undefined;
  },
  /** "Your reviewer" for the manager, "The review" on the review page. */
  who: string,
  /** Words for a rubric turn position ("on turn 3"), in the reader's numbering. */
  renumber: (text: string) => string = (text) => text,
): string {
  const setAside = counted.setAsideFlags ?? [];
  if (counted.changedSteps.length === 0 && setAside.length === 0) return "";
  const sentences = [
    ...counted.changedSteps.map(
      (s) =>
        `${who} marked "${s.title}" ${statusWords(s.reviewer)}; the machine had it ${statusWords(s.machine)}.`,
    ),
    ...setAside.map(
      (f) =>
        `${who} set aside the machine's ${f.critical ? "critical " : ""}flag "${f.title}" ${renumber(`on turn ${f.turn + 1}`)}: ${f.reason}`,
    ),
  ];
  const after = counted.verdictByReviewer
    ? counted.passed
      ? "With that reading the attempt passes, and it counts as passed in History and toward an assignment."
      : "With that reading the attempt does not pass, and it counts as not passed in History and toward an assignment."
    : counted.passed
      ? ""
      : "The attempt still does not pass, for the reasons below.";
  return [...sentences, after].filter(Boolean).join(" ");
}

/**
 * The card as the counted verdict reads it: a counting review's step statuses in place of the
 * machine's, its set-aside flags left out, and the counted pass. What the debrief and the export
 * explain the outcome and the pass from (server/rubric/outcome-note.ts).
 */
export function countedCard<
  S extends { id: string; status: string },
  F extends { id?: string | undefined; turn: number },
>(
  card: { passed: boolean; steps: readonly S[]; antiPatterns: readonly F[] },
  counted:
    | {
        readonly passed: boolean;
        readonly changedSteps?: readonly { id: string; reviewer: string }[] | undefined;
        readonly setAsideFlags?: readonly { id: string; turn: number }[] | undefined;
      }
    | null
    | undefined,
): { passed: boolean; steps: S[]; antiPatterns: F[] } {
  if (!counted) return { ...card, steps: [...card.steps], antiPatterns: [...card.antiPatterns] };
  const reviewed = new Map((counted.changedSteps ?? []).map((s) => [s.id, s.reviewer]));
  const aside = counted.setAsideFlags ?? [];
  return {
    passed: counted.passed,
    steps: card.steps.map((s) => ({ ...s, status: reviewed.get(s.id) ?? s.status }) as S),
    antiPatterns: card.antiPatterns.filter(
      (f) => !aside.some((a) => a.id === f.id && a.turn === f.turn),
    ),
  };
}
