import { daysLate } from "./due-date";
import type { ProgressStatus } from "./people.schema";

/**
 * The facilitator's progress grid, pure: member × assigned scenario. A session becomes an attempt
 * when the member says their first line in it (Start pressed and left is none), and it counts for an
 * assignment when that line came after the scenario was assigned. Only the first `maxAttempts` attempts
 * count. The cell's best attempt is the best that passed at or above the target when one did, else
 * the highest score, passed or not. A cell is done once the counted attempts reach `minAttempts`
 * and an attempt passed with a score at or above the target; it was done late when that moment came
 * after the due date.
 *
 * Each attempt arrives with the score and verdict it counts with (verdict.ts, counted.ts): the latest
 * scoring of the branch being flown, with a finished review's score and step statuses in place of the
 * machine's.
 *
 * A reviewer's word outranks the rules: when a mentor who finished their review of an attempt gave it
 * an overall score, that score is the attempt's, up or down, unless the session was scored again
 * after it (a rewind made a new line the reviewer did not see).
 */

export interface GridAssignment {
  readonly id: string;
  readonly scenarioId: string;
  readonly scenarioTitle: string;
  /** The scenario's level on the L1–L4 ladder, as the library's chips show it; absent if unknown. */
  readonly level?: string;
  /** "YYYY-MM-DD": the same calendar day for everyone. */
  readonly dueDate: string | null;
  /** When it becomes overdue: the last millisecond of `dueDate` anywhere on Earth (due-date.ts). */
  readonly dueAt: number | null;
  readonly targetScore: number;
  readonly minAttempts: number;
  readonly maxAttempts: number | null;
  readonly createdAt: number;
}

export interface GridMember {
  readonly id: string;
  readonly displayName: string;
  readonly email: string | null;
  /**
   * False when the account lost the manager role (an admin changed it): still in the cohort, but it
   * can no longer practise, so its cells cannot move. The grid says so. Absent: true.
   */
  readonly canPractise?: boolean;
  /** True when an admin disabled the account (canPractise is false then too). */
  readonly disabled?: boolean;
}

export interface GridAttempt {
  readonly userId: string;
  readonly scenarioId: string;
  readonly sessionId: string;
  /** When the member said their first line in the session: the moment it became an attempt. */
  readonly firstLineAt: number;
  readonly updatedAt: number;
  /** The overall score the session counts with on the scenario's first pattern; null until scored. */
  readonly score: number | null;
  /** The verdict it counts with (a reviewer's step statuses may have changed it); null until scored. */
  readonly passed: boolean | null;
  /** A reviewer's step statuses changed the machine's verdict. */
  readonly passedByReviewer?: boolean;
  /**
   * Every overall score of the session on that pattern with when it was given, oldest first (a
   * rewound session is scored again). Absent: `score` was given at `updatedAt`.
   */
  readonly scores?: readonly { readonly overall: number; readonly at: number }[];
  /** The overall score a reviewer gave in a finished review (the latest), and when. */
  readonly reviewed?: { readonly score: number; readonly at: number } | null;
  /**
   * How the conversation ended when it did not come round ("escalated", "shut_down"), and on which
   * of the member's lines (the debrief's "turn N"); absent otherwise.
   */
  readonly ending?: { readonly outcome: string; readonly turn: number } | null;
  /** Why the verdict it counts with did not pass (verdict.ts `failReasons`); absent when unknown. */
  readonly failReasons?: readonly string[];
}

/** An attempt its member deleted: it no longer counts, but the grid says it was there. */
export interface GridDeletion {
  readonly userId: string;
  readonly scenarioId: string;
  /** When it had become an attempt. */
  readonly firstLineAt: number;
  /** A reviewer had finished a review of it. */
  readonly reviewed: boolean;
}

/** The score an attempt counts with, and its history, a reviewer's score standing in for the rules'. */
function effectiveScores(a: GridAttempt): {
  score: number | null;
  passed: boolean;
  scores: readonly { readonly overall: number; readonly at: number }[];
  reviewed: boolean;
} {
  const passed = a.score !== null && a.passed === true;
  const machine = a.scores ?? (a.score === null ? [] : [{ overall: a.score, at: a.updatedAt }]);
  const lastMachine = Math.max(-Infinity, ...machine.map((s) => s.at));
  if (a.reviewed && a.reviewed.at >= lastMachine)
    return {
      score: a.reviewed.score,
      passed,
      scores: [{ overall: a.reviewed.score, at: a.reviewed.at }],
      reviewed: true,
    };
  return { score: a.score, passed, scores: machine, reviewed: false };
}

export interface GridCell {
  readonly assignmentId: string;
  readonly status: ProgressStatus;
  readonly bestScore: number | null;
  /** The best score is a reviewer's, not the rules'. */
  readonly bestReviewed: boolean;
  /** Whether the best attempt passed; null without a score. */
  readonly bestPassed: boolean | null;
  /** The best attempt's verdict was changed by a reviewer's step statuses. */
  readonly bestPassedByReviewer: boolean;
  /**
   * Why the best attempt did not pass, in words ("Escalated on turn 2", "Required step “Name the
   * impact” missed"), so "Best 0, not passed" says why; empty when it passed or has no score.
   */
  readonly bestWhyNotPassed: readonly string[];
  /** Attempts (sessions with a line of the member's) since the assignment, counted or not. */
  readonly attempts: number;
  readonly lastActivityAt: number | null;
  /** Past the due date and not done. */
  readonly overdue: boolean;
  /** When the cell became done: the later of the minimum attempt's first line and the target's score. */
  readonly completedAt: number | null;
  /**
   * For a done cell, how many days late it was done (due-date.ts `daysLate`: calendar days from the
   * due date to the UTC day it was done), 0 on time; else null. The grid and the CSV show this one.
   */
  readonly daysLate: number | null;
  /** Attempts since the assignment that the member deleted (not in `attempts`, never counted). */
  readonly deletedAttempts: number;
  /** Of those, how many a reviewer had finished reviewing. */
  readonly deletedReviewed: number;
}

export interface GridRow {
  readonly member: GridMember;
  readonly cells: readonly GridCell[];
}

/** Someone invited into the cohort as a manager who has not joined yet, while the link works. */
export interface GridInvitee {
  readonly email: string;
  readonly name?: string | undefined;
  readonly invitedAt: number;
  readonly expiresAt: number;
}

export interface ProgressGrid {
  readonly assignments: readonly GridAssignment[];
  readonly rows: readonly GridRow[];
  /** Invited as managers, not joined yet (their links still work), by name: not rows, no cells. */
  readonly invited: readonly GridInvitee[];
}

export function cellOf(
  assignment: GridAssignment,
  attempts: readonly GridAttempt[],
  now: number,
  deletions: readonly GridDeletion[] = [],
): GridCell {
  const deleted = deletions.filter((d) => d.firstLineAt >= assignment.createdAt);
  const mine = attempts
    .filter((a) => a.firstLineAt >= assignment.createdAt)
    .toSorted((a, b) => a.firstLineAt - b.firstLineAt);
  const counted = assignment.maxAttempts === null ? mine : mine.slice(0, assignment.maxAttempts);
  const effective = counted.map(effectiveScores);
  // The best attempt: one that passed at or above the target before any other, then the higher
  // score; of a tie, a reviewer's score (a person stood behind it).
  const qualifies = (e: { passed: boolean; score: number | null }) =>
    e.passed && e.score !== null && e.score >= assignment.targetScore;
  const best = effective
    .map((e, i) => ({ ...e, attempt: counted[i] as GridAttempt }))
    .filter((e) => e.score !== null)
    .toSorted(
      (x, y) =>
        Number(qualifies(y)) - Number(qualifies(x)) ||
        (y.score ?? 0) - (x.score ?? 0) ||
        Number(y.reviewed) - Number(x.reviewed),
    )[0];
  const bestScore = best?.score ?? null;
  const bestReviewed = best?.reviewed ?? false;
  const status: ProgressStatus =
    mine.length === 0
      ? "not_started"
      : counted.length >= assignment.minAttempts &&
          best?.passed === true &&
          bestScore !== null &&
          bestScore >= assignment.targetScore
        ? "done"
        : "in_progress";
  const completedAt =
    status === "done"
      ? doneAt(
          assignment,
          counted,
          effective.map((e) => (e.passed ? e.scores : [])),
        )
      : null;
  return {
    assignmentId: assignment.id,
    status,
    bestScore,
    bestReviewed,
    bestPassed: best ? best.passed : null,
    bestPassedByReviewer: best?.attempt.passedByReviewer === true,
    bestWhyNotPassed: best && !best.passed ? whyNotPassed(best.attempt) : [],
    attempts: mine.length,
    lastActivityAt: mine.length > 0 ? Math.max(...mine.map((a) => a.updatedAt)) : null,
    overdue: status !== "done" && assignment.dueAt !== null && now > assignment.dueAt,
    completedAt,
    daysLate:
      completedAt === null
        ? null
        : assignment.dueAt === null || assignment.dueDate === null
          ? 0
          : daysLate(assignment.dueDate, completedAt, assignment.dueAt),
    deletedAttempts: deleted.length,
    deletedReviewed: deleted.filter((d) => d.reviewed).length,
  };
}

const ENDINGS: Readonly<Record<string, string>> = {
  escalated: "Escalated",
  shut_down: "They shut down",
};

/**
 * An attempt that did not pass, why, in words: how the conversation ended when it broke down ("Escalated
 * on turn 2", the member's own numbering, as the debrief's), then the rubric's reasons without their
 * transcript turn numbers ("Required step “Name the impact” missed", "Critical anti-pattern
 * “Threat” flagged").
 */
export function whyNotPassed(a: Pick<GridAttempt, "ending" | "failReasons">): string[] {
  const words: string[] = [];
  const ended = a.ending ? ENDINGS[a.ending.outcome] : undefined;
  if (a.ending && ended) words.push(`${ended} on turn ${a.ending.turn}`);
  for (const reason of a.failReasons ?? []) {
    const step = /^Required step "(.*)" was missed\.$/.exec(reason);
    const flag = /^Critical anti-pattern "(.*)" on turn \d+\.$/.exec(reason);
    if (step) words.push(`Required step “${step[1]}” missed`);
    else if (flag) words.push(`Critical anti-pattern “${flag[1]}” flagged`);
    else words.push(reason.replace(/\.$/, ""));
  }
  return [...new Set(words)];
}

/** The moment a done cell's rules were both met, from its counted attempts in order. */
function doneAt(
  assignment: GridAssignment,
  counted: readonly GridAttempt[],
  scores: readonly (readonly { readonly overall: number; readonly at: number }[])[],
): number {
  const minimumAt = counted[assignment.minAttempts - 1]?.firstLineAt ?? 0;
  const targetAt = Math.min(
    ...scores.flatMap((list) =>
      list.filter((s) => s.overall >= assignment.targetScore).map((s) => s.at),
    ),
  );
  return Math.max(minimumAt, targetAt);
}

/** People by display name, ignoring case and accents ("émile" beside "Emma"), then by email. */
export const byName = (
  a: { displayName: string; email?: string | null },
  b: { displayName: string; email?: string | null },
) =>
  a.displayName.localeCompare(b.displayName, "en", { sensitivity: "base", numeric: true }) ||
  (a.email ?? "").localeCompare(b.email ?? "");

export function progressGrid(
  members: readonly GridMember[],
  assignments: readonly GridAssignment[],
  attempts: readonly GridAttempt[],
  now: number,
  deletions: readonly GridDeletion[] = [],
  invited: readonly GridInvitee[] = [],
): ProgressGrid {
  const of = <T extends { userId: string; scenarioId: string }>(
    list: readonly T[],
    member: GridMember,
    a: GridAssignment,
  ) => list.filter((t) => t.userId === member.id && t.scenarioId === a.scenarioId);
  return {
    assignments,
    // By name, as a roster is read (and the CSV with it), not in the order people accepted their
    // invitations: a facilitator of thirty finds someone at once.
    rows: [...members].sort(byName).map((member) => ({
      member,
      cells: assignments.map((a) =>
        cellOf(a, of(attempts, member, a), now, of(deletions, member, a)),
      ),
    })),
    invited: invited
      .map((i) => ({ ...i, displayName: i.name ?? i.email }))
      .sort(byName)
      .map(({ displayName: _, ...i }) => i),
  };
}

/**
 * RFC 4180 field. A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a
 * leading apostrophe, so an exported name cannot execute anything.
 */
function csvField(value: string | number | boolean | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** ISO 8601 UTC to the second, the same precision in every row: "2026-11-27T04:21:05Z". */
const isoOrEmpty = (ms: number | null) =>
  ms === null ? null : `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`;

/** Byte order mark: without it Excel on Windows reads UTF-8 as its local code page ("ZoÃ«"). */
const UTF8_BOM = "\uFEFF";

/**
 * The CSV file: a byte order mark, a header, then one line per member and assignment; times in
 * ISO 8601 UTC to the second, due dates as the calendar day.
 */
export function progressCsv(grid: ProgressGrid): string {
  const header = [
    "member",
    "email",
    "scenario",
    "status",
    "best_score",
    "target_score",
    "attempts",
    "min_attempts",
    "max_attempts",
    "last_activity",
    "due",
    "overdue",
    "completed",
    "completed_late",
    "days_late",
    "best_score_reviewed",
    "deleted_attempts",
    "deleted_reviewed",
    "passed",
    "why_not_passed",
    "membership",
    "invited",
    "invitation_expires",
  ];
  const lines = [header.join(",")];
  for (const row of grid.rows) {
    for (const [i, cell] of row.cells.entries()) {
      const a = grid.assignments[i] as GridAssignment;
      lines.push(
        [
          row.member.displayName,
          row.member.email,
          a.scenarioTitle,
          cell.status,
          cell.bestScore,
          a.targetScore,
          cell.attempts,
          a.minAttempts,
          a.maxAttempts,
          isoOrEmpty(cell.lastActivityAt),
          a.dueDate,
          cell.overdue,
          isoOrEmpty(cell.completedAt),
          cell.daysLate === null ? null : cell.daysLate > 0,
          cell.daysLate,
          cell.bestScore === null ? null : cell.bestReviewed,
          cell.deletedAttempts,
          cell.deletedReviewed,
          cell.bestPassed,
          cell.bestWhyNotPassed.join("; ") || null,
          "joined",
          null,
          null,
        ]
          .map(csvField)
          .join(","),
      );
    }
  }
  // Invited, not joined: a line per assignment too, so the export has everyone the grid has, with
  // nothing done and when their link stops working.
  for (const i of grid.invited) {
    for (const a of grid.assignments) {
      lines.push(
        [
          i.name ?? "",
          i.email,
          a.scenarioTitle,
          "not_joined",
          null,
          a.targetScore,
          0,
          a.minAttempts,
          a.maxAttempts,
          null,
          a.dueDate,
          null,
          null,
          null,
          null,
          null,
          0,
          0,
          null,
          null,
          "invited",
          isoOrEmpty(i.invitedAt),
          isoOrEmpty(i.expiresAt),
        ]
          .map(csvField)
          .join(","),
      );
    }
  }
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}

/**
 * The download's Content-Disposition for a cohort's CSV: `filename*` (RFC 5987/6266) keeps the name's
 * letters in any script ("progress-Équipe-Plateforme.csv"); `filename` is its ASCII stand-in for
 * clients that read only that (accents dropped, not the letters).
 */
export function csvContentDisposition(cohortName: string): string {
  const dashed = (text: string) => text.replace(/^-+|-+$/g, "") || "cohort";
  const utf8 = dashed(cohortName.normalize("NFC").replace(/[^\p{L}\p{N}_-]+/gu, "-"));
  const ascii = dashed(
    cohortName
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .replace(/[^A-Za-z0-9_-]+/g, "-"),
  );
  const encoded = encodeURIComponent(`progress-${utf8}.csv`).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="progress-${ascii}.csv"; filename*=UTF-8''${encoded}`;
}
