import { describe, expect, it } from "vitest";
import { overdueCopiedWords, overdueEmails } from "./overdue-emails";

const cell = (status: "not_started" | "in_progress" | "done", overdue: boolean, id = "a1") => ({
  assignmentId: id,
  status,
  overdue,
});
const row = (email: string | null, cells: ReturnType<typeof cell>[], canPractise?: boolean) => ({
  member: { email, ...(canPractise === undefined ? {} : { canPractise }) },
  cells,
});

describe("overdueEmails", () => {
  it("takes the members with any scenario overdue, in the grid's order, once each", () => {
    const rows = [
      row("ann@example.com", [cell("done", false), cell("not_started", true)]),
      row("ben@example.com", [cell("in_progress", false), cell("not_started", false)]),
      row("cy@example.com", [cell("in_progress", true), cell("in_progress", true)]),
      row("dee@example.com", [cell("done", false), cell("done", false)]),
    ];
    expect(overdueEmails(rows)).toEqual({
      emails: ["ann@example.com", "cy@example.com"],
      left: 0,
    });
  });

  it("leaves out, and counts, whoever cannot act on a nudge", () => {
    const rows = [
      row("ann@example.com", [cell("not_started", true)]),
      row("gone@example.com", [cell("not_started", true)], false),
      row(null, [cell("in_progress", true)]),
      row("ok@example.com", [cell("in_progress", true)], true),
    ];
    expect(overdueEmails(rows)).toEqual({ emails: ["ann@example.com", "ok@example.com"], left: 2 });
  });

  it("with an assignment, takes only those overdue on that scenario", () => {
    const rows = [
      row("ann@example.com", [cell("done", false, "a1"), cell("not_started", true, "a2")]),
      row("cy@example.com", [cell("in_progress", true, "a1"), cell("done", false, "a2")]),
      row(
        "gone@example.com",
        [cell("not_started", true, "a1"), cell("in_progress", true, "a2")],
        false,
      ),
    ];
    expect(overdueEmails(rows, "a1")).toEqual({ emails: ["cy@example.com"], left: 1 });
    expect(overdueEmails(rows, "a2")).toEqual({ emails: ["ann@example.com"], left: 1 });
    expect(overdueEmails(rows, "a3")).toEqual({ emails: [], left: 0 });
  });

  it("is empty when nobody is overdue: not started or in progress before the due date is not", () => {
    const rows = [row("ann@example.com", [cell("not_started", false), cell("in_progress", false)])];
    expect(overdueEmails(rows)).toEqual({ emails: [], left: 0 });
  });
});

describe("overdueCopiedWords", () => {
  it("says how many emails it copied, and who was left out", () => {
    expect(overdueCopiedWords({ emails: ["a", "b", "c"], left: 0 })).toBe("3 emails copied.");
    expect(overdueCopiedWords({ emails: ["a"], left: 0 })).toBe("1 email copied.");
    expect(overdueCopiedWords({ emails: ["a", "b"], left: 1 })).toBe(
      "2 emails copied; 1 overdue person left out (account disabled, no manager role, or no email).",
    );
  });
});
