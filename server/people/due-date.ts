/**
 * Due dates are calendar days ("2026-12-10"), the same day for everyone wherever they are. A member
 * who has not finished is overdue once that day has ended everywhere on Earth: at the end of the day
 * in UTC−12, which is noon UTC the day after. So nobody is marked late while it is still the due date
 * where they are. Pure, with no imports: the server and the web client share it.
 */

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** "2026-12-10" → [2026, 12, 10], or null when it is not a real calendar day. */
function parts(date: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = new Date(Date.UTC(y, mo - 1, d));
  if (at.getUTCFullYear() !== y || at.getUTCMonth() !== mo - 1 || at.getUTCDate() !== d)
    return null;
  return [y, mo, d];
}

export const isDueDate = (date: string): boolean => parts(date) !== null;

/** Midnight UTC at the start of a calendar day: for counting days between dates, and formatting. */
export function dayStartUtc(date: string): number {
  const p = parts(date);
  if (!p) throw new Error(`not a calendar day: ${date}`);
  return Date.UTC(p[0], p[1] - 1, p[2]);
}

/** The last millisecond of the due date anywhere on Earth (its end in UTC−12); overdue after it. */
export const dueDateEndsAt = (date: string): number =>
  dayStartUtc(date) + DAY_MS + 12 * HOUR_MS - 1;

/** The calendar day, as "YYYY-MM-DD", of an instant in UTC. */
export function utcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The due date an old epoch-millisecond due time meant. The web client used to send the last
 * millisecond of the chosen day where the facilitator was; read as a day in a zone from UTC−10 to
 * UTC+14 (Hawaii to Kiribati: every zone where a pilot is likely), that is the day ten hours before it
 * in UTC. Migration 7 converts stored rows by the same rule.
 */
export const dueDateOfInstant = (ms: number): string => utcDate(ms - 10 * HOUR_MS);

/** Whole calendar days from `from` to `to` (both "YYYY-MM-DD"): 1 for tomorrow, −1 for yesterday. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((dayStartUtc(to) - dayStartUtc(from)) / DAY_MS);

/**
 * How many days late work done at `doneAt` was for a due date: 0 when it was done before the due
 * date ended everywhere (`dueAt`, by default `dueDateEndsAt`); else the calendar days from the due
 * date to the day it was done in UTC (the day the export's `completed` time names), at least 1.
 * "Due Nov 20, finished Nov 28" is 8 days late. The one count of the grid, History and the CSV.
 */
export function daysLate(dueDate: string, doneAt: number, dueAt = dueDateEndsAt(dueDate)): number {
  if (doneAt <= dueAt) return 0;
  return Math.max(1, daysBetween(dueDate, utcDate(doneAt)));
}
