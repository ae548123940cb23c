import { rowsShown } from "../../model/people-view";

interface RowLike {
  member: { email: string | null; canPractise?: boolean | undefined };
  cells: readonly {
    assignmentId: string;
    status: "not_started" | "in_progress" | "done";
    overdue: boolean;
  }[];
}

/**
 * Whom a facilitator nudges about overdue work: the members the grid's Overdue filter shows (a
 * scenario past its due date and not done, as the server marks a cell `overdue`, due-date.ts), or
 * with `assignmentId` those overdue on that one scenario, who can still practise and have an email.
 * `left` counts the overdue ones left out: a disabled account, no manager role, or no email.
 */
export function overdueEmails(
  rows: readonly RowLike[],
  assignmentId?: string,
): { emails: string[]; left: number } {
  const overdue =
    assignmentId === undefined
      ? rowsShown(rows, "overdue")
      : rows.filter((r) => r.cells.some((c) => c.assignmentId === assignmentId && c.overdue));
  const emails = [
    ...new Set(
      overdue.flatMap((r) =>
        r.member.canPractise !== false && r.member.email ? [r.member.email] : [],
      ),
    ),
  ];
  return { emails, left: overdue.length - emails.length };
}

/** What the button's status says once the list is on the clipboard. */
export function overdueCopiedWords(copied: { emails: readonly string[]; left: number }): string {
  const n = copied.emails.length;
  const said = `${n} ${n === 1 ? "email" : "emails"} copied`;
  if (copied.left === 0) return `${said}.`;
  return `${said}; ${copied.left} overdue ${copied.left === 1 ? "person" : "people"} left out (account disabled, no manager role, or no email).`;
}
