import type { SessionSummary } from "../../../server/sessions/record.schema";

/** Each older attempt counts this much of the one after it, so recent practice weighs more. */
export const RECENCY_DECAY = 0.6;

export const TIERS = [
  { min: 85, label: "Strong" },
  { min: 70, label: "Proficient" },
  { min: 50, label: "Developing" },
  { min: 0, label: "Getting started" },
] as const;
export type Tier = (typeof TIERS)[number]["label"];

/** The tiers that say a pattern is mastered: they need at least one attempt that passed. */
const MASTERED: readonly Tier[] = ["Strong", "Proficient"];

/**
 * The tier of a weighted score. "Proficient" and "Strong" also need a passed attempt: a pass is
 * decided by the required steps and critical anti-patterns, not by the number, so a 70 that missed
 * a required step is not proficiency; it stays "Developing" until an attempt passes.
 */
export const tierOf = (score: number, passedAny = true): Tier => {
  const tier = TIERS.find((t) => score >= t.min)?.label ?? "Getting started";
  return !passedAny && MASTERED.includes(tier) ? "Developing" : tier;
};

/** An attempt's score as History counts it, and whether it is from before a rewind. */
export interface AttemptScore {
  overall: number;
  passed: boolean;
  patternId: string;
  /** The session was rewound after it was scored: this is the score it had then. */
  beforeRewind: boolean;
  /** A reviewer's score (a finished review) stands in for the machine's, which is kept here. */
  machine?: number;
  /** The machine's verdict, when a reviewer's step statuses changed it. */
  machinePassed?: boolean;
  /** A reviewer's step statuses decided `passed`, not the machine's. */
  passedByReviewer?: boolean;
  /** A finished review was of an earlier version of the conversation (before a rewind): it no longer counts. */
  reviewOfEarlier?: boolean;
}

/**
 * The score of the attempt being flown, or else the one it had before it was rewound: a scored
 * conversation you go back into still counts what it scored until it is scored again. The server's
 * `counted` (server/people/verdict.ts) decides it, as for the grid, the inbox and the debrief; an
 * older server's fields are read the old way.
 */
export function attemptScore(a: SessionSummary): AttemptScore | null {
  const c = a.counted;
  const patternId = a.patternId ?? a.earlier?.patternId ?? null;
  if (c && patternId !== null) {
    const byReviewer = c.reviewedOverall !== null || c.verdictByReviewer;
    return {
      overall: c.overall,
      passed: c.passed,
      patternId,
      beforeRewind: c.earlier,
      ...(byReviewer ? { machine: c.machineOverall } : {}),
      ...(c.verdictByReviewer ? { machinePassed: c.machinePassed, passedByReviewer: true } : {}),
      ...(c.staleReview ? { reviewOfEarlier: true } : {}),
    };
  }
  if (a.overall !== null && a.passed !== null && a.patternId !== null)
    return a.reviewedOverall != null
      ? {
          overall: a.reviewedOverall,
          passed: a.passed,
          patternId: a.patternId,
          beforeRewind: false,
          machine: a.overall,
        }
      : { overall: a.overall, passed: a.passed, patternId: a.patternId, beforeRewind: false };
  if (a.earlier) return { ...a.earlier, beforeRewind: true };
  return null;
}

/**
 * What an attempt's score in History rests on, after the number: "passed", "passed, by your reviewer
 * (machine 76, not passed)", "reviewed, not passed (machine 84)", "not passed · your review was of an
 * earlier version".
 */
export function attemptScoreWords(score: AttemptScore): string {
  const verdict = score.passed ? "passed" : "not passed";
  let words = verdict;
  if (score.passedByReviewer)
    words = `${verdict}, by your reviewer (machine ${score.machine ?? score.overall}, ${score.machinePassed ? "passed" : "not passed"})`;
  else if (score.machine !== undefined) words = `reviewed, ${verdict} (machine ${score.machine})`;
  if (score.reviewOfEarlier) words += " · the review was of an earlier version";
  if (score.beforeRewind) words += ", before you rewound";
  return words;
}

/**
 * Whether a session is an attempt: from the manager's first line in it, as the cohort grid, the
 * library, the briefing and the debrief count (docs/roles.md). Started and left with nothing said
 * (`firstLineAt: null`) is no attempt; `firstLineAt` absent is a server that does not say, and the
 * session counts.
 */
export const isAttempt = (s: { firstLineAt?: number | null | undefined }): boolean =>
  s.firstLineAt !== null;

export interface ScenarioAttempts {
  scenarioId: string;
  title: string;
  /** Oldest first; only attempts (`isAttempt`). */
  attempts: SessionSummary[];
  /** Sessions of the scenario where nothing was said yet, oldest first: no attempt, never numbered. */
  notStarted: SessionSummary[];
  /** The best score of the attempts. */
  best: number | null;
  /** The newest session, attempt or not. */
  latest: SessionSummary;
}

/** Attempts grouped by scenario, most recently practised scenario first. */
export function attemptsByScenario(sessions: readonly SessionSummary[]): ScenarioAttempts[] {
  const groups = new Map<string, SessionSummary[]>();
  for (const s of sessions) groups.set(s.scenarioId, [...(groups.get(s.scenarioId) ?? []), s]);
  return [...groups]
    .map(([scenarioId, list]) => {
      const all = [...list].sort((a, b) => a.createdAt - b.createdAt);
      const attempts = all.filter(isAttempt);
      const scores = attempts.flatMap((a) => attemptScore(a)?.overall ?? []);
      const latest = all.at(-1) as SessionSummary;
      return {
        scenarioId,
        title: latest.scenarioTitle,
        attempts,
        notStarted: all.filter((a) => !isAttempt(a)),
        best: scores.length ? Math.max(...scores) : null,
        latest,
      };
    })
    .sort((a, b) => b.latest.createdAt - a.latest.createdAt);
}

export interface PatternProficiency {
  patternId: string;
  /** Recency-weighted mean of the scored attempts, 0–100. */
  score: number;
  tier: Tier;
  attempts: number;
  /** Latest score minus the one before it; null with one attempt. */
  trend: number | null;
}

/**
 * Proficiency per pattern across scored attempts: a weighted mean where the newest attempt weighs 1
 * and each older one RECENCY_DECAY times the next, so a bad first try fades as practice goes on.
 */
export function proficiencyByPattern(sessions: readonly SessionSummary[]): PatternProficiency[] {
  const byPattern = new Map<string, { createdAt: number; overall: number; passed: boolean }[]>();
  for (const s of sessions) {
    const score = isAttempt(s) ? attemptScore(s) : null;
    if (!score) continue;
    const scored = { createdAt: s.createdAt, overall: score.overall, passed: score.passed };
    byPattern.set(score.patternId, [...(byPattern.get(score.patternId) ?? []), scored]);
  }
  return [...byPattern]
    .map(([patternId, list]) => {
      const newestFirst = [...list].sort((a, b) => b.createdAt - a.createdAt);
      let weighted = 0;
      let total = 0;
      newestFirst.forEach((s, i) => {
        const w = RECENCY_DECAY ** i;
        weighted += w * s.overall;
        total += w;
      });
      const score = Math.round(weighted / total);
      const [latest, before] = newestFirst;
      return {
        patternId,
        score,
        tier: tierOf(
          score,
          list.some((a) => a.passed),
        ),
        attempts: list.length,
        trend: latest && before ? latest.overall - before.overall : null,
      };
    })
    .sort((a, b) => b.score - a.score);
}
