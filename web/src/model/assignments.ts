import { daysBetween } from "../../../server/people/due-date";
import type { MyAssignment } from "../api/auth";
import { lateDays, localDate, plural } from "./people-view";
import { isAttempt } from "./progress";

export const PROGRESS_LABELS: Record<string, { label: string; icon: string }> = {
  not_started: { label: "Not started", icon: "○" },
  in_progress: { label: "In progress", icon: "◐" },
  done: { label: "Done", icon: "✓" },
};

/**
 * The due date in words, so "overdue" never rests on colour: "Due today", "Due in 3 days",
 * "Overdue: was due yesterday". The date is a calendar day, the same for every reader, counted from
 * the reader's today. The server's `overdue` decides (it also knows whether the work is done, and
 * whether the day has ended everywhere); the date only words it.
 */
export function dueText(
  dueDate: string | null,
  overdue: boolean,
  now: number,
  formatDay: (date: string) => string,
): string {
  if (dueDate === null) return "No due date";
  const days = daysBetween(localDate(now), dueDate);
  if (overdue) {
    const when =
      days === 0
        ? "today"
        : days === -1
          ? "yesterday"
          : `${formatDay(dueDate)} (${plural(-days, "day")} ago)`;
    return `Overdue: was due ${when}`;
  }
  if (days < 0) return `Was due ${formatDay(dueDate)}`;
  if (days === 0) return "Due today";
  if (days === 1) return "Due tomorrow";
  return `Due ${formatDay(dueDate)} (in ${days} days)`;
}

const attemptsWord = (n: number) => (n === 1 ? "attempt" : "attempts");

/** Attempts used against what was asked: "1 of 2–5 attempts", "3 attempts (at least 2 asked)". */
export function attemptsText(attempts: number, min: number, max: number | null): string {
  if (max === null)
    return attempts >= min
      ? `${attempts} ${attemptsWord(attempts)} (at least ${min} asked)`
      : `${attempts} of at least ${min} ${attemptsWord(min)}`;
  const range = min === max ? `${max}` : `${min}–${max}`;
  const over =
    attempts > max
      ? max === 1
        ? " (only the first counts)"
        : ` (only the first ${max} count)`
      : "";
  return `${attempts} of ${range} ${attemptsWord(max)}${over}`;
}

/**
 * Best score against the target, in words: "Best 72 · target 70: met", "No score yet · target 70",
 * "Best 72, given by a reviewer · target 70: met".
 */
export function bestScoreText(best: number | null, target: number, reviewed = false): string {
  if (best === null) return `No score yet · target ${target}`;
  const by = reviewed ? ", given by a reviewer" : "";
  return `Best ${best}${by} · target ${target}: ${best >= target ? "met" : "not met yet"}`;
}

/**
 * Overdue first, then by due date (none last), then by title: what needs doing soonest leads. "Assigned
 * to you" and the cohort grid's columns share it; `overdue` says which are (by default my progress's;
 * the grid's: anyone in the column).
 */
export function orderAssignments<
  T extends {
    dueAt: number | null;
    scenarioTitle: string;
    progress?: { overdue: boolean } | null | undefined;
  },
>(list: readonly T[], overdue: (a: T) => boolean = (a) => a.progress?.overdue ?? false): T[] {
  const due = (a: T) => a.dueAt ?? Number.POSITIVE_INFINITY;
  return list.toSorted(
    (a, b) =>
      Number(overdue(b)) - Number(overdue(a)) ||
      due(a) - due(b) ||
      a.scenarioTitle.localeCompare(b.scenarioTitle),
  );
}

/**
 * What one attempt's score means for its assignment, in words: "81 meets the target of 75",
 * "62 is under the target of 75; your best is 72". Null without a score. The best can be a
 * reviewer's score (the grid counts it in place of the rules'), which is then said. The target is a score, so
 * an attempt can meet it and still not pass (a missed required step): that is said too.
 */
export function attemptAgainstTarget(
  score: number | null,
  target: number,
  best: number | null,
  passed = true,
  bestReviewed = false,
  scoreReviewed = false,
): string | null {
  if (score === null) return null;
  const its = scoreReviewed
    ? `This attempt's reviewed score, ${score},`
    : `This attempt's ${score}`;
  if (score >= target)
    return `${its} meets the target of ${target}${passed ? "." : ", but the attempt did not pass (see Score), so it does not complete the assignment."}`;
  const by = bestReviewed ? ", given by a reviewer" : "";
  const bestPart =
    best !== null && best > score
      ? best >= target
        ? ` Your best, ${best}${by}, already meets it.`
        : ` Your best so far is ${best}${by}.`
      : "";
  return `${its} is under the target of ${target}.${bestPart}`;
}

/**
 * Whether one session counts toward its assignment, as the grid counts (server/people/progress.ts):
 * a session is an attempt from the manager's first line in it ("empty" before), it counts when that
 * line came after the scenario was assigned, and only the first `maxAttempts` such attempts count.
 * `mine` is every session of mine on the scenario (`firstLineAt` absent: a server that does not say,
 * so the start stands in for it).
 */
export function countsToward(
  sessionId: string,
  mine: readonly { id: string; createdAt: number; firstLineAt?: number | null | undefined }[],
  assignedAt: number,
  maxAttempts: number | null,
): "counts" | "before" | "over" | "empty" {
  const at = (s: (typeof mine)[number]) =>
    s.firstLineAt === undefined ? s.createdAt : s.firstLineAt;
  const self = mine.find((s) => s.id === sessionId);
  if (self && !isAttempt(self)) return "empty";
  const since = mine
    .flatMap((s) => {
      const when = at(s);
      return when !== null && when >= assignedAt ? [{ id: s.id, when }] : [];
    })
    .sort((a, b) => a.when - b.when);
  const place = since.findIndex((s) => s.id === sessionId);
  if (place < 0) return "before";
  return maxAttempts !== null && place >= maxAttempts ? "over" : "counts";
}

/**
 * The status of a cell in words: "Done", "Done late (3 days)". Given when it was done and the due
 * date, the days are counted as the due date's "7 days ago" is (people-view `lateDays`).
 */
export function progressLabel(
  status: string,
  daysLate: number | null | undefined,
  done?: { completedAt: number | null | undefined; dueDate: string | null | undefined },
): string {
  const base = PROGRESS_LABELS[status]?.label ?? status;
  const late = done
    ? lateDays({ status, daysLate, completedAt: done.completedAt }, done.dueDate)
    : status === "done"
      ? (daysLate ?? 0)
      : 0;
  if (late <= 0) return base;
  return `Done late (${late} ${late === 1 ? "day" : "days"})`;
}

/**
 * Every assignment of one scenario, one per cohort that assigns it (a manager in two cohorts can
 * have the same scenario twice, with different targets and limits), by cohort name.
 */
export function assignmentsOfScenario(
  list: readonly MyAssignment[],
  scenarioId: string,
): MyAssignment[] {
  return list
    .filter((a) => a.scenarioId === scenarioId)
    .toSorted((a, b) => a.cohortName.localeCompare(b.cohortName));
}

/** One attempt as the debrief knows it. */
export interface DebriefAttempt {
  sessionId?: string | undefined;
  score: number | null;
  passed?: boolean | undefined;
  /** A reviewer's overall score from a finished review: it counts instead. */
  reviewedScore?: number | null | undefined;
}

/**
 * What one attempt means for one assignment, in words, as that assignment counts it (when it was
 * assigned, how many attempts count): so an attempt past one cohort's limit still counts in
 * another's. `mine` is every session of mine on the scenario.
 */
export function attemptVerdict(
  assignment: MyAssignment,
  attempt: DebriefAttempt,
  mine: readonly { id: string; createdAt: number; firstLineAt?: number | null | undefined }[],
): string | null {
  const counts = attempt.sessionId
    ? countsToward(attempt.sessionId, mine, assignment.createdAt, assignment.maxAttempts)
    : "counts";
  if (counts === "empty")
    return "You said nothing in this conversation, so it is not an attempt: it does not count toward the assignment.";
  if (counts === "before")
    return "This attempt was started before the scenario was assigned, so it does not count toward the assignment.";
  if (counts === "over")
    return `This attempt is past the ${assignment.maxAttempts === 1 ? "one attempt" : `${assignment.maxAttempts} attempts`} that count, so its score does not count toward the assignment.`;
  const progress = assignment.progress;
  return attemptAgainstTarget(
    attempt.reviewedScore ?? attempt.score,
    assignment.targetScore,
    progress?.bestScore ?? null,
    attempt.passed,
    progress?.bestReviewed ?? false,
    attempt.reviewedScore != null,
  );
}

/**
 * The conversation a briefing offers to continue instead of starting another: the newest of mine on
 * this scenario that has not ended. Null when every one has ended.
 */
export function unfinishedSession<T extends { status: string; createdAt: number }>(
  sessions: readonly T[],
): T | null {
  return (
    sessions
      .filter((s) => s.status === "active")
      .toSorted((a, b) => b.createdAt - a.createdAt)[0] ?? null
  );
}

/**
 * What the briefing warns before a new attempt on a scenario whose counted attempts are used up in
 * one or more cohorts: "You have used the 3 attempts that count in Spring leads. …". Null while a new
 * attempt still counts everywhere it is assigned.
 */
export function attemptsUsedUpText(
  assignments: readonly Pick<
    MyAssignment,
    "scenarioId" | "cohortName" | "maxAttempts" | "progress"
  >[],
  scenarioId: string,
): string | null {
  const used = assignments.filter(
    (a) =>
      a.scenarioId === scenarioId &&
      a.maxAttempts !== null &&
      (a.progress?.attempts ?? 0) >= a.maxAttempts,
  );
  if (used.length === 0) return null;
  const each = used
    .map(
      (a) =>
        `the ${a.maxAttempts === 1 ? "one attempt that counts" : `${a.maxAttempts} attempts that count`} in ${a.cohortName}`,
    )
    .join(" and ");
  const still = assignments
    .filter((a) => a.scenarioId === scenarioId && !used.includes(a))
    .map((a) => a.cohortName);
  const there = used.length === 1 ? "there" : "in those cohorts";
  return `You have used ${each}: a new attempt is practice ${there} and does not count toward the assignment.${still.length > 0 ? ` It still counts in ${still.join(" and ")}.` : ""}`;
}
