/**
 * Words and order for the cohort page's grid and invitation form only (review 8a #4, #11, #12), apart
 * from people-view.ts so they stay in the cohort page's lazy chunk, out of the first page's script.
 */

import { dueDateEndsAt, isDueDate } from "../../../server/people/due-date";
import { orderAssignments } from "./assignments";
import { formatDate, formatDay } from "./format";
import { plural } from "./people-view";

/**
 * A grid's columns in the order "Assigned to you" uses (assignments.ts `orderAssignments`): a column
 * with anyone overdue first, then by due date, so what is behind is leftmost and, on a phone, in view.
 * Each row's cells follow their column.
 */
export function gridInDueOrder<
  A extends { id: string; dueAt: number | null; scenarioTitle: string },
  C extends { assignmentId: string; overdue: boolean },
  R extends { cells: readonly C[] },
>(grid: { assignments: readonly A[]; rows: readonly R[] }): { assignments: A[]; rows: R[] } {
  const overdue = new Set(
    grid.rows.flatMap((r) => r.cells.filter((c) => c.overdue).map((c) => c.assignmentId)),
  );
  const assignments = orderAssignments(grid.assignments, (a) => overdue.has(a.id));
  const place = new Map(assignments.map((a, i) => [a.id, i]));
  const rows = grid.rows.map((r) => ({
    ...r,
    cells: r.cells.toSorted(
      (x, y) => (place.get(x.assignmentId) ?? 0) - (place.get(y.assignmentId) ?? 0),
    ),
  }));
  return { assignments, rows };
}

/**
 * What a member is overdue on, for under their name in the grid's sticky column, so a phone answers
 * "who is behind, on what" without scrolling sideways: "⚠ Overdue: Three missed sprint commitments",
 * "⚠ 2 overdue: Burnout signals; Three missed sprint commitments". Null when nothing is.
 */
export function overdueOnWords(
  cells: readonly { assignmentId: string; overdue: boolean }[],
  assignments: readonly { id: string; scenarioTitle: string }[],
): string | null {
  const titles = cells
    .filter((c) => c.overdue)
    .map((c) => assignments.find((a) => a.id === c.assignmentId)?.scenarioTitle ?? "a scenario");
  if (titles.length === 0) return null;
  return `⚠ ${titles.length === 1 ? "Overdue" : `${titles.length} overdue`}: ${titles.join("; ")}`;
}

/** How long a new invitation link works, as the invitation form offers it (hours, as the API takes). */
export interface ExpiryChoice {
  hours: number;
  label: string;
}

/** The server's longest link: 30 days (`expiresInHours` ≤ 720); its default is 7 days. */
const MAX_LINK_HOURS = 720;

/**
 * The invitation form's choices of how long a link works: 7 (the default), 14 or 30 days, and,
 * when the cohort's last due date is within 30 days, until the end of that day everywhere, so a
 * link can last as long as the cohort does (review 8a #11).
 */
export function inviteExpiryChoices(
  dueDates: readonly (string | null)[],
  now: number,
): ExpiryChoice[] {
  const choices: ExpiryChoice[] = [
    { hours: 168, label: "7 days" },
    { hours: 336, label: "14 days" },
    { hours: MAX_LINK_HOURS, label: "30 days" },
  ];
  const last = dueDates
    .filter((d): d is string => d !== null && isDueDate(d))
    .toSorted()
    .at(-1);
  if (last === undefined) return choices;
  const hours = Math.ceil((dueDateEndsAt(last) - now) / 3_600_000);
  if (hours < 1 || hours > MAX_LINK_HOURS || choices.some((c) => c.hours === hours)) return choices;
  return [
    ...choices,
    {
      hours,
      label: `Until the last due date, ${formatDay(last)} (${plural(Math.ceil(hours / 24), "day")})`,
    },
  ];
}

/**
 * A row of the grid for someone invited who has not joined (review 8a #11): "Invited Nov 28, 2026,
 * not joined · link expires Dec 5, 2026".
 */
export function invitedRowWords(i: { invitedAt: number; expiresAt: number }): string {
  return `Invited ${formatDate(i.invitedAt)}, not joined · link expires ${formatDate(i.expiresAt)}`;
}
