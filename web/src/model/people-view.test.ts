import { describe, expect, it } from "vitest";
import {
  gridInDueOrder,
  invitedRowWords,
  inviteExpiryChoices,
  overdueOnWords,
} from "./cohort-grid";
import { formatDateTime } from "./format";
import {
  addMadeLink,
  assignmentRules,
  attemptWords,
  awaitingOnlyReply,
  awaitingReview,
  type CellStatus,
  cellStatusLabel,
  cellSummary,
  cohortPeopleWords,
  columnTally,
  commentsByTurn,
  deletedWords,
  disabledWords,
  disableQuestion,
  disagreements,
  dueFromDateInput,
  dueWords,
  emailList,
  enableQuestion,
  filterAccounts,
  finishedDay,
  historyCount,
  historyNewsWords,
  historyReview,
  historyReviewWords,
  inboxScoreText,
  invitationWhat,
  invitedAs,
  inviteeList,
  inviteeText,
  inviteeWords,
  isMine,
  isPastDay,
  kappaWords,
  lateDays,
  leaveQuestion,
  localDate,
  madeLinkLines,
  madeLinksWords,
  newNotesWords,
  notDoneWhy,
  notPassedWhy,
  overallChangeWords,
  reviewOfEarlierVersion,
  reviewStatusLabel,
  revokeMadeLink,
  rowsShown,
  settingsOffDefault,
  sharedCohortNames,
  sortInbox,
  waitingWords,
  weakestFirst,
} from "./people-view";

describe("cellSummary", () => {
  it("says the status in words, overdue included, then the best score and attempts", () => {
    expect(
      cellSummary({ status: "not_started", bestScore: null, attempts: 0, overdue: false }, 70),
    ).toBe("Not started");
    expect(
      cellSummary({ status: "not_started", bestScore: null, attempts: 0, overdue: true }, 70),
    ).toBe("Not started, overdue");
    expect(
      cellSummary({ status: "in_progress", bestScore: 62, attempts: 2, overdue: true }, 70),
    ).toBe("In progress, overdue · best 62 of 70 · 2 attempts");
    expect(cellSummary({ status: "done", bestScore: 81, attempts: 1, overdue: false }, 70)).toBe(
      "Done · best 81 of 70 · 1 attempt",
    );
    expect(
      cellSummary({ status: "done", bestScore: 81, attempts: 1, overdue: false, daysLate: 0 }, 70),
    ).toBe("Done · best 81 of 70 · 1 attempt");
    // Finished after the due date: done, and late by so many days.
    expect(
      cellSummary({ status: "done", bestScore: 81, attempts: 1, overdue: false, daysLate: 6 }, 70),
    ).toBe("Done late (6 days) · best 81 of 70 · 1 attempt");
    // A reviewer's score says whose it is.
    expect(
      cellSummary(
        { status: "done", bestScore: 74, bestReviewed: true, attempts: 1, overdue: false },
        70,
      ),
    ).toBe("Done · best 74 of 70, given by a reviewer · 1 attempt");
    // Whether the best attempt passed, and when a reviewer's step statuses decided it.
    expect(
      cellSummary(
        { status: "in_progress", bestScore: 76, bestPassed: false, attempts: 1, overdue: false },
        70,
      ),
    ).toBe("In progress · best 76 of 70, not passed · 1 attempt");
    expect(
      cellSummary(
        {
          status: "done",
          bestScore: 84,
          bestReviewed: true,
          bestPassed: true,
          bestPassedByReviewer: true,
          attempts: 1,
          overdue: false,
        },
        70,
      ),
    ).toBe("Done · best 84 of 70, given by a reviewer, passed by a reviewer · 1 attempt");
    expect(cellStatusLabel({ status: "done", daysLate: 1 })).toBe("Done late (1 day)");
    expect(cellStatusLabel({ status: "in_progress", daysLate: null })).toBe("In progress");
    // An attempt still going has no score yet.
    expect(
      cellSummary({ status: "in_progress", bestScore: null, attempts: 1, overdue: false }, 70),
    ).toBe("In progress · 1 attempt");
  });

  it("says how many attempts the member deleted, and whether they were reviewed", () => {
    const base = { bestScore: null, overdue: false } as const;
    expect(
      cellSummary({ ...base, status: "not_started", attempts: 0, deletedAttempts: 1 }, 70),
    ).toBe("Not started · 1 attempt deleted");
    expect(
      cellSummary(
        { ...base, status: "in_progress", attempts: 1, deletedAttempts: 2, deletedReviewed: 2 },
        70,
      ),
    ).toBe("In progress · 1 attempt · 2 reviewed attempts deleted");
    expect(deletedWords({ deletedAttempts: 3, deletedReviewed: 1 })).toBe(
      "3 attempts deleted (1 reviewed)",
    );
    // None, or a server before migration 9 that does not say.
    expect(deletedWords({ deletedAttempts: 0, deletedReviewed: 0 })).toBeNull();
    expect(deletedWords({})).toBeNull();
  });
});

describe("emailList", () => {
  it("reads one email, or a pasted list split at new lines, commas, semicolons or spaces", () => {
    expect(emailList("  ann@example.com ")).toEqual(["ann@example.com"]);
    expect(emailList("ann@example.com\nbo@example.com\r\ncy@example.com\n")).toEqual([
      "ann@example.com",
      "bo@example.com",
      "cy@example.com",
    ]);
    expect(emailList("ann@example.com, bo@example.com; cy@example.com dee@example.com")).toEqual([
      "ann@example.com",
      "bo@example.com",
      "cy@example.com",
      "dee@example.com",
    ]);
  });
  it("takes the address out of a To line, and counts an address once", () => {
    expect(emailList('"Ann Lee" <ann@example.com>, Bo <bo@example.com>, ANN@example.com')).toEqual([
      "ann@example.com",
      "bo@example.com",
    ]);
  });
  it("finds nothing in words without an address", () => {
    expect(emailList("")).toEqual([]);
    expect(emailList("Ann Lee, Bo")).toEqual([]);
  });
});

describe("inviteeList", () => {
  it("keeps the names of a pasted To line, quoted or not", () => {
    expect(
      inviteeList(
        'Priya Raman <priya@acme.test>; "Bianchi, Marco" <marco.bianchi@acme.test>, <lee@acme.test>',
      ),
    ).toEqual([
      { email: "priya@acme.test", name: "Priya Raman" },
      { email: "marco.bianchi@acme.test", name: "Bianchi, Marco" },
      { email: "lee@acme.test" },
    ]);
  });
  it("reads a spreadsheet row of a name and an address, in either order", () => {
    expect(
      inviteeList("Priya Raman\tpriya@acme.test\r\nmarco@acme.test\t Marco  Bianchi\n"),
    ).toEqual([
      { email: "priya@acme.test", name: "Priya Raman" },
      { email: "marco@acme.test", name: "Marco Bianchi" },
    ]);
    // Three cells (a team beside the name) give no name rather than a wrong one.
    expect(inviteeList("Priya Raman\tPlatform\tpriya@acme.test")).toEqual([
      { email: "priya@acme.test" },
    ]);
  });
  it("keeps a bare address before a named one apart, and the first name given for an address", () => {
    expect(inviteeList("ann@example.com Bo <bo@example.com> BO@example.com")).toEqual([
      { email: "ann@example.com" },
      { email: "bo@example.com", name: "Bo" },
    ]);
    expect(inviteeList("bo@example.com\nBo Lind <bo@example.com>")).toEqual([
      { email: "bo@example.com", name: "Bo Lind" },
    ]);
  });
  it("keeps a broken address in the list, for the server to refuse and the box to keep", () => {
    expect(inviteeList("yara@example.com\nnobody@\nLee <lee@>")).toEqual([
      { email: "yara@example.com" },
      { email: "nobody@" },
      { email: "lee@", name: "Lee" },
    ]);
  });
  it("writes a refused invitee back as it can be read again", () => {
    for (const i of [
      { email: "priya@acme.test", name: "Priya Raman" },
      { email: "marco@acme.test", name: "Bianchi, Marco" },
      { email: "lee@acme.test" },
    ])
      expect(inviteeList(inviteeText(i))).toEqual([i]);
    expect(inviteeWords({ email: "priya@acme.test", name: "Priya Raman" })).toBe(
      "Priya Raman (priya@acme.test)",
    );
  });
});

describe("rowsShown", () => {
  const row = (name: string, ...cells: [CellStatus, boolean][]) => ({
    name,
    cells: cells.map(([status, overdue]) => ({ status, overdue })),
  });
  const rows = [
    row("all done", ["done", false], ["done", false]),
    row("one to go", ["done", false], ["in_progress", false]),
    row("behind", ["not_started", true], ["done", false]),
    row("done late", ["done", false], ["done", false]),
  ];
  const names = (f: "everyone" | "not_done" | "overdue") => rowsShown(rows, f).map((r) => r.name);
  it("keeps everyone, or those with a scenario not done, or those with one overdue", () => {
    expect(names("everyone")).toEqual(["all done", "one to go", "behind", "done late"]);
    expect(names("not_done")).toEqual(["one to go", "behind"]);
    expect(names("overdue")).toEqual(["behind"]);
  });
});

describe("the grid's columns and the sticky column's overdue mark (review 8a #4, #12)", () => {
  // Review 8a's cohort: three scenarios whose titles sort opposite to their due dates.
  const assignments = [
    { id: "burnout", scenarioTitle: "Burnout signals", dueAt: 30 },
    { id: "feedback", scenarioTitle: "Feedback that didn't land", dueAt: 40 },
    { id: "sprint", scenarioTitle: "Three missed sprint commitments", dueAt: 10 },
    { id: "none", scenarioTitle: "A raise below expectations", dueAt: null },
  ];
  const cell = (assignmentId: string, overdue = false) => ({ assignmentId, overdue });
  const rows = [
    { name: "Ava", cells: [cell("burnout"), cell("feedback"), cell("sprint"), cell("none")] },
    { name: "Ben", cells: [cell("burnout"), cell("feedback"), cell("sprint", true), cell("none")] },
  ];

  it("puts a column with anyone overdue first, then by due date, none last, cells following", () => {
    const grid = gridInDueOrder({ assignments, rows });
    expect(grid.assignments.map((a) => a.id)).toEqual(["sprint", "burnout", "feedback", "none"]);
    expect(grid.rows.map((r) => r.cells.map((c) => c.assignmentId))).toEqual([
      ["sprint", "burnout", "feedback", "none"],
      ["sprint", "burnout", "feedback", "none"],
    ]);
    // An overdue column leads even when another is due sooner (everyone finished that one).
    const later = rows.map((r) => ({
      ...r,
      cells: r.cells.map((c) => (c.assignmentId === "feedback" ? { ...c, overdue: true } : c)),
    }));
    const noneOverdue = later.map((r) => ({
      ...r,
      cells: r.cells.map((c) => (c.assignmentId === "sprint" ? { ...c, overdue: false } : c)),
    }));
    expect(gridInDueOrder({ assignments, rows: noneOverdue }).assignments[0]?.id).toBe("feedback");
  });

  it("names what a member is overdue on, for under their name", () => {
    expect(overdueOnWords(rows[1]?.cells ?? [], assignments)).toBe(
      "⚠ Overdue: Three missed sprint commitments",
    );
    expect(overdueOnWords(rows[0]?.cells ?? [], assignments)).toBeNull();
    expect(overdueOnWords([cell("sprint", true), cell("burnout", true)], assignments)).toBe(
      "⚠ 2 overdue: Three missed sprint commitments; Burnout signals",
    );
  });
});

describe("why not passed, invitees' rows and how long a link works (review 8a #11, #13)", () => {
  it("says why the best attempt did not pass, only when it did not", () => {
    const why = ["Escalated on turn 2", "Required step “Name the impact” missed"];
    expect(notPassedWhy({ bestPassed: false, bestWhyNotPassed: why })).toBe(
      "Escalated on turn 2 · Required step “Name the impact” missed",
    );
    expect(notPassedWhy({ bestPassed: true, bestWhyNotPassed: why })).toBeNull();
    expect(notPassedWhy({ bestPassed: false, bestWhyNotPassed: [] })).toBeNull();
    expect(
      cellSummary(
        {
          status: "in_progress",
          bestScore: 0,
          bestPassed: false,
          bestWhyNotPassed: why,
          attempts: 2,
          overdue: false,
        },
        70,
      ),
    ).toBe(
      "In progress · best 0 of 70, not passed · Escalated on turn 2 · Required step “Name the impact” missed · 2 attempts",
    );
  });

  it("says when someone was invited and when their link stops working", () => {
    const at = (iso: string) => Date.parse(iso);
    expect(
      invitedRowWords({
        invitedAt: at("2026-11-28T12:00:00Z"),
        expiresAt: at("2026-12-05T12:00:00Z"),
      }),
    ).toMatch(/^Invited Nov 28, 2026, not joined · link expires Dec 5, 2026$/);
  });

  it("offers 7, 14 or 30 days, and until the cohort's last due date when that is within 30 days", () => {
    const now = Date.parse("2026-11-28T00:00:00Z");
    const labels = (dates: (string | null)[]) =>
      inviteExpiryChoices(dates, now).map((c) => c.label);
    expect(labels([])).toEqual(["7 days", "14 days", "30 days"]);
    // Review 8a: due Nov 20, Dec 11 and Dec 23; the last ends everywhere at noon UTC Dec 24.
    const choices = inviteExpiryChoices(["2026-11-20", "2026-12-23", "2026-12-11", null], now);
    expect(choices.at(-1)).toEqual({
      hours: 26 * 24 + 12,
      label: "Until the last due date, Dec 23, 2026 (27 days)",
    });
    // Further than the longest link (30 days), or past: not offered.
    expect(labels(["2027-02-01"])).toHaveLength(3);
    expect(labels(["2026-11-01"])).toHaveLength(3);
  });
});

describe("notDoneWhy", () => {
  const rules = { targetScore: 60, minAttempts: 2, maxAttempts: 3 };
  const inProgress = (bestScore: number | null, attempts: number) => ({
    status: "in_progress" as const,
    bestScore,
    attempts,
  });
  it("says a cell at the target is not done while no attempt at the target passed", () => {
    const unpassed = { ...inProgress(76, 2), bestPassed: false };
    expect(notDoneWhy(unpassed, rules)).toBe(
      "No attempt at the target has passed yet (a required step missed or a critical flag)",
    );
    expect(notDoneWhy({ ...inProgress(76, 1), bestPassed: false }, rules)).toBe(
      "1 of 2 attempts made; none at the target has passed yet",
    );
    // Below the target, that is what it lacks first; a passed best says nothing more.
    expect(notDoneWhy({ ...inProgress(40, 2), bestPassed: false }, rules)).toBe(
      "Below the target of 60",
    );
    expect(notDoneWhy({ ...inProgress(80, 1), bestPassed: true }, rules)).toBe(
      "1 of 2 attempts made",
    );
  });
  it("says what a cell in progress still lacks: attempts, the target, or both", () => {
    expect(notDoneWhy(inProgress(80, 1), rules)).toBe("1 of 2 attempts made");
    expect(notDoneWhy(inProgress(0, 2), rules)).toBe("Below the target of 60");
    expect(notDoneWhy(inProgress(40, 1), rules)).toBe(
      "1 of 2 attempts made; below the target of 60",
    );
    expect(notDoneWhy(inProgress(null, 2), { ...rules, maxAttempts: null })).toBe(
      "Below the target of 60",
    );
  });
  it("says when no attempt that counts is left, so the cell cannot become done", () => {
    expect(notDoneWhy(inProgress(55, 3), rules)).toBe(
      "Below the target of 60, and no attempt that counts is left (the first 3 attempts count)",
    );
    expect(notDoneWhy(inProgress(55, 5), { ...rules, maxAttempts: 1 })).toMatch(
      /first 1 attempt count\)$/,
    );
  });
  it("says nothing for a cell done or not started", () => {
    expect(notDoneWhy({ status: "done", bestScore: 90, attempts: 2 }, rules)).toBeNull();
    expect(notDoneWhy({ status: "not_started", bestScore: null, attempts: 0 }, rules)).toBeNull();
  });
});

describe("columnTally", () => {
  const cell = (status: CellStatus, overdue = false) => ({ status, overdue });
  it("counts one scenario across the cohort: done of all, then what is not done, then overdue", () => {
    expect(columnTally([cell("done"), cell("in_progress", true), cell("not_started", true)])).toBe(
      "1 of 3 done · 1 in progress · 1 not started · 2 overdue",
    );
  });
  it("says only the counts there are", () => {
    expect(columnTally([cell("done"), cell("done")])).toBe("2 of 2 done");
    expect(columnTally([cell("not_started"), cell("not_started")])).toBe(
      "0 of 2 done · 2 not started",
    );
  });
});

describe("assignmentRules", () => {
  it("names the target, the minimum and, when set, how many attempts count", () => {
    expect(assignmentRules({ targetScore: 70, minAttempts: 1, maxAttempts: null })).toBe(
      "Target 70 · at least 1 attempt",
    );
    expect(assignmentRules({ targetScore: 80, minAttempts: 2, maxAttempts: 5 })).toBe(
      "Target 80 · at least 2 attempts, the first 5 attempts count",
    );
  });
});

describe("due dates", () => {
  it("keep the calendar day itself, not an instant in the facilitator's time zone", () => {
    expect(dueFromDateInput("2026-12-01")).toBe("2026-12-01");
    expect(localDate(new Date(2026, 11, 1, 23, 59).getTime())).toBe("2026-12-01");
    expect(localDate(new Date(2026, 11, 2, 0, 1).getTime())).toBe("2026-12-02");
  });

  it("refuses what is not a real day", () => {
    expect(dueFromDateInput("")).toBeNull();
    expect(dueFromDateInput("2026-02-30")).toBeNull();
    expect(dueFromDateInput("tomorrow")).toBeNull();
  });

  it("says how far away the due date is, in days from the reader's today", () => {
    const now = new Date(2026, 10, 25, 12, 0).getTime();
    expect(dueWords(null, now)).toBe("no due date");
    expect(dueWords("2026-11-25", now)).toBe("due today");
    expect(dueWords("2026-11-26", now)).toBe("due tomorrow");
    expect(dueWords("2026-11-30", now)).toBe("due in 5 days");
    // A past due date says when, not "overdue": members who finished in time are not late.
    expect(dueWords("2026-11-23", now)).toBe("due 2 days ago");
    expect(dueWords("2026-11-19", now)).toBe("due 6 days ago");
    // Late in the evening it is still the same day, whatever hour the day ends elsewhere.
    expect(dueWords("2026-11-25", new Date(2026, 10, 25, 23, 59).getTime())).toBe("due today");
  });

  it("tells a day that has ended from today and later days", () => {
    const now = new Date(2026, 10, 25, 12, 0).getTime();
    expect(isPastDay("2026-11-24", now)).toBe(true);
    expect(isPastDay("2024-01-15", now)).toBe(true);
    expect(isPastDay("2026-11-25", now)).toBe(false);
    expect(isPastDay("2026-12-01", now)).toBe(false);
    expect(isPastDay("", now)).toBe(false);
    expect(isPastDay("2026-02-30", now)).toBe(false);
  });
});

describe("invitation links made on this visit", () => {
  const link = (id: string, email: string) => ({
    id,
    url: `https://fd.example/invite#${id}`,
    email,
    roles: ["manager"],
    expiresAt: 1,
    replaced: 0,
  });

  it("keeps every link, newest first, and marks one replaced by a newer link for its email", () => {
    let links = addMadeLink([], link("a", "ana@example.com"));
    links = addMadeLink(links, link("b", "bo@example.com"));
    expect(links.map((l) => [l.id, l.closed])).toEqual([
      ["b", null],
      ["a", null],
    ]);
    links = addMadeLink(links, link("c", "ana@example.com"));
    expect(links.map((l) => [l.id, l.closed])).toEqual([
      ["c", null],
      ["b", null],
      ["a", "replaced"],
    ]);
    expect(revokeMadeLink(links, "b").map((l) => l.closed)).toEqual([null, "revoked", "replaced"]);
  });

  it("keeps a pasted list in the order it was pasted, its batch above the earlier links", () => {
    let links = addMadeLink([], link("a", "ana@example.com"));
    for (const [id, email] of [
      ["b", "alex@example.com"],
      ["c", "bea@example.com"],
      ["d", "fatima@example.com"],
    ] as const)
      links = addMadeLink(links, { ...link(id, email), batch: 1 });
    expect(links.map((l) => l.id)).toEqual(["b", "c", "d", "a"]);
    // The next list goes above, in its own order; an email in it again replaces its earlier link.
    links = addMadeLink(links, { ...link("e", "zoe@example.com"), batch: 2 });
    links = addMadeLink(links, { ...link("f", "bea@example.com"), batch: 2 });
    expect(links.map((l) => [l.id, l.closed])).toEqual([
      ["e", null],
      ["f", null],
      ["b", null],
      ["c", "replaced"],
      ["d", null],
      ["a", null],
    ]);
    // Copy all: the working links as listed, email and link, one a line.
    expect(madeLinkLines(links).split("\n")).toEqual(
      ["zoe", "bea", "alex", "fatima", "ana"].map(
        (n, i) => `${n}@example.com\t${links.filter((l) => l.closed === null)[i]?.url}`,
      ),
    );
  });

  it("says how many links a list made, not the last one's email", () => {
    const made = (n: number, replaced = 0) =>
      Array.from({ length: n }, (_, i) => ({
        email: `p${i}@example.com`,
        replaced: i < replaced ? 1 : 0,
      }));
    expect(madeLinksWords(made(6))).toBe(
      "6 invitation links created, in the order you gave the emails. Copy them below, one by one or all at once.",
    );
    expect(madeLinksWords(made(3, 1))).toContain("(1 of them replace an earlier link)");
    expect(madeLinksWords(made(1))).toBe(
      "Invitation link for p0@example.com created. Copy it from the list below.",
    );
    expect(madeLinksWords([])).toBe("");
  });

  it("names the place an invitation offers", () => {
    expect(invitedAs(["manager"])).toBe("Manager");
    expect(invitedAs(["mentor"])).toBe("Mentor");
  });
});

describe("the mentor inbox", () => {
  const item = (
    sessionId: string,
    sharedAt: number,
    review: { status: "open" | "done"; doneAt: number | null } | null,
  ) => ({ sessionId, sharedAt, review });

  it("puts sessions awaiting review first, longest waiting on top, then finished ones newest first", () => {
    const sorted = sortInbox([
      item("done-early", 1, { status: "done", doneAt: 10 }),
      item("new", 30, null),
      item("open-old", 5, { status: "open", doneAt: null }),
      item("done-late", 2, { status: "done", doneAt: 50 }),
      item("old", 3, null),
    ]);
    expect(sorted.map((s) => s.sessionId)).toEqual([
      "old",
      "open-old",
      "new",
      "done-late",
      "done-early",
    ]);
  });

  it("puts a session its owner deleted with the finished ones, by when it was deleted, never as awaiting review", () => {
    const sorted = sortInbox([
      item("done", 1, { status: "done", doneAt: 10 }),
      { ...item("deleted-unreviewed", 2, null), deletedAt: 40 },
      item("waiting", 3, null),
      { ...item("deleted-reviewed", 4, { status: "done", doneAt: 5 }), deletedAt: 20 },
    ]);
    expect(sorted.map((s) => s.sessionId)).toEqual([
      "waiting",
      "deleted-unreviewed",
      "deleted-reviewed",
      "done",
    ]);
    expect(awaitingReview({ ...item("x", 1, null), deletedAt: 2 })).toBe(false);
    expect(awaitingReview({ ...item("x", 1, null), deletedAt: null })).toBe(true);
  });

  it("tells a session waiting only for a reply to be read from one awaiting review", () => {
    const done = item("replied", 1, { status: "done", doneAt: 10 });
    expect(awaitingOnlyReply({ ...done, unreadReplies: 2 })).toBe(true);
    // Not done, changed since the review, or deleted: it awaits review (or nothing), not a reply.
    expect(awaitingOnlyReply({ ...item("x", 1, null), unreadReplies: 1 })).toBe(false);
    expect(awaitingOnlyReply({ ...done, unreadReplies: 1, changedSinceReview: true })).toBe(false);
    expect(awaitingOnlyReply({ ...done, unreadReplies: 1, deletedAt: 5 })).toBe(false);
    expect(awaitingOnlyReply(done)).toBe(false);
    expect(waitingWords(2, 1)).toBe("1 awaiting review · 1 with a new reply");
    expect(waitingWords(1, 1)).toBe("1 with a new reply");
    expect(waitingWords(3, 0)).toBe("3 awaiting review");
    expect(waitingWords(0, 0, true)).toBe("0 awaiting your review");
    expect(waitingWords(3, 1, true)).toBe("2 awaiting your review · 1 with a new reply");
  });

  it("puts a finished review with an unread reply among those awaiting review", () => {
    const done = item("replied", 1, { status: "done", doneAt: 10 });
    expect(awaitingReview(done)).toBe(false);
    expect(awaitingReview({ ...done, unreadReplies: 1 })).toBe(true);
    expect(awaitingReview({ ...done, unreadReplies: 1, deletedAt: 5 })).toBe(false);
    const sorted = sortInbox([
      item("other", 0, { status: "done", doneAt: 20 }),
      { ...done, unreadReplies: 2 },
    ]);
    expect(sorted.map((s) => s.sessionId)).toEqual(["replied", "other"]);
  });

  it("labels the review status in words", () => {
    expect(reviewStatusLabel(null)).toBe("Not started");
    expect(reviewStatusLabel({ status: "open", doneAt: null })).toBe("In review");
    expect(reviewStatusLabel({ status: "done", doneAt: 1 })).toBe("Reviewed");
  });
  it("does not ask for a review of a session its owner deleted, and keeps a finished one", () => {
    expect(reviewStatusLabel(null, true)).toBe("Nothing to review");
    expect(reviewStatusLabel({ status: "open", doneAt: null }, true)).toBe("Nothing to review");
    expect(reviewStatusLabel({ status: "done", doneAt: 1 }, true)).toBe("Reviewed");
  });
});

describe("notes", () => {
  it("are editable only by their author", () => {
    expect(isMine({ authorId: "u1" }, "u1")).toBe(true);
    expect(isMine({ authorId: "u1" }, "u2")).toBe(false);
    expect(isMine({ authorId: "u1" }, undefined)).toBe(false);
  });

  it("group comments by turn, oldest first", () => {
    const grouped = commentsByTurn([
      { id: "b", turnId: "t1", createdAt: 2 },
      { id: "c", turnId: "t2", createdAt: 1 },
      { id: "a", turnId: "t1", createdAt: 1 },
    ]);
    expect(grouped.get("t1")?.map((c) => c.id)).toEqual(["a", "b"]);
    expect(grouped.get("t2")?.map((c) => c.id)).toEqual(["c"]);
    expect(grouped.get("t3")).toBeUndefined();
  });
});

describe("scoring agreement", () => {
  it("reads κ on the Landis and Koch scale", () => {
    expect(kappaWords(-0.1)).toBe("worse than chance");
    expect(kappaWords(0.1)).toBe("slight");
    expect(kappaWords(0.35)).toBe("fair");
    expect(kappaWords(0.5)).toBe("moderate");
    expect(kappaWords(0.7)).toBe("substantial");
    expect(kappaWords(0.95)).toBe("almost perfect");
  });

  it("lists only the pairs where reviewers changed the machine's status, most frequent first", () => {
    expect(disagreements({ "hit→hit": 7, "hit→missed": 1, "partial→hit": 2 })).toEqual([
      ["partial→hit", 2],
      ["hit→missed", 1],
    ]);
    expect(disagreements({ "hit→hit": 3 })).toEqual([]);
  });

  it("puts the steps reviewers agree with least first, the better evidenced first among equals", () => {
    const step = (stepId: string, agreementRate: number, reviews: number) => ({
      stepId,
      agreementRate,
      reviews,
    });
    expect(
      weakestFirst([step("a", 1, 4), step("b", 0.5, 2), step("c", 0.5, 6), step("d", 0, 1)]).map(
        (s) => s.stepId,
      ),
    ).toEqual(["d", "c", "b", "a"]);
  });

  it("keeps raises and cuts of the overall score apart, with the change either way", () => {
    // +28 and −34: not "−3 on average".
    expect(overallChangeWords({ adjusted: 2, raised: 1, lowered: 1, meanAbsolute: 31 }, -3)).toBe(
      "Reviewers set the overall score in 2 finished reviews: raised it in 1 and lowered it in 1, by 31 points on average either way (net \u22123).",
    );
    expect(overallChangeWords({ adjusted: 3, raised: 2, lowered: 0, meanAbsolute: 6.4 }, 4.3)).toBe(
      "Reviewers set the overall score in 3 finished reviews: raised it in 2 and kept it in 1, by 6 points on average either way.",
    );
    expect(overallChangeWords({ adjusted: 1, raised: 0, lowered: 0, meanAbsolute: 0 }, 0)).toBe(
      "Reviewers set the overall score in 1 finished review, each time the same as the machine's.",
    );
  });
});

describe("inboxScoreText", () => {
  it("lists a finished review's score first, with the machine's beside it", () => {
    // The reviewer set 55 on a session the machine scored 89: the inbox said 89.
    expect(inboxScoreText({ overall: 89, reviewedOverall: 55 })).toBe("55 (machine 89)");
    expect(inboxScoreText({ overall: 89, reviewedOverall: null })).toBe("89");
    expect(inboxScoreText({ overall: 89 })).toBe("89");
    expect(inboxScoreText({ overall: null })).toBe("No score");
  });
});

describe("the accounts list's search", () => {
  const users = [
    { displayName: "Zoë Quinn", email: "zoe@example.com" },
    { displayName: "Tomás Ortega", email: "t.ortega@corp.example" },
    { displayName: "Ada Lovelace", email: "ada@example.com" },
    { displayName: "Local", email: null },
  ];
  const names = (q: string) => filterAccounts(users, q).map((u) => u.displayName);

  it("finds a name or an email, ignoring case and accents either way", () => {
    expect(names("zoe")).toEqual(["Zoë Quinn"]);
    expect(names("ZOË")).toEqual(["Zoë Quinn"]);
    expect(names("tomas")).toEqual(["Tomás Ortega"]);
    expect(names("corp.example")).toEqual(["Tomás Ortega"]);
  });

  it("needs every word of the query, in any order, and an empty query shows everyone", () => {
    expect(names("quinn zoe")).toEqual(["Zoë Quinn"]);
    expect(names("ada quinn")).toEqual([]);
    expect(names("   ")).toHaveLength(4);
  });

  it("finds nobody for a word no name or email holds", () => {
    expect(names("example.org")).toEqual([]);
    expect(names("@")).toEqual(["Zoë Quinn", "Tomás Ortega", "Ada Lovelace"]);
  });
});

describe("a disabled account in words", () => {
  it("says when, by whom, and what it means", () => {
    const at = Date.UTC(2026, 10, 27, 12);
    expect(disabledWords(at, "Ada")).toMatch(/^Disabled on .*2026 by Ada: cannot sign in$/);
    expect(disabledWords(at, null)).toMatch(/^Disabled on .*2026: cannot sign in$/);
  });

  it("asks before disabling, saying what stops and what is kept", () => {
    const q = disableQuestion("Mia");
    expect(q).toContain("Disable Mia's account?");
    expect(q).toContain("signed out at once");
    expect(q).toContain("are kept");
    expect(enableQuestion("Mia")).toContain("sign in again");
  });
});

describe("a finished review in History", () => {
  const at = Date.UTC(2026, 10, 27, 12);
  const reviewer = (displayName: string, status: string, doneAt: number | null) => ({
    displayName,
    status,
    doneAt,
  });

  it("names who finished it and when (the latest), and whether it is new", () => {
    const review = historyReview({
      reviewed: true,
      unseen: true,
      reviewers: [reviewer("Maya Chen", "done", at - 86_400_000), reviewer("Sam", "done", at)],
    });
    expect(review).toEqual({ names: ["Maya Chen", "Sam"], doneAt: at, unseen: true });
    expect(historyReviewWords(review as never)).toMatch(
      /^reviewed by Maya Chen and Sam on .*2026$/,
    );
  });

  it("leaves out a reviewer still at work, and says nothing until one has finished", () => {
    const review = historyReview({
      reviewed: true,
      reviewers: [reviewer("Maya Chen", "done", at), reviewer("Sam", "open", null)],
    });
    expect(review).toEqual({ names: ["Maya Chen"], doneAt: at, unseen: false });
    expect(historyReview({ reviewed: false, reviewers: [reviewer("Sam", "open", null)] })).toBe(
      null,
    );
  });

  it("says what is new besides a finished review: replies and late comments, and from whom", () => {
    expect(historyNewsWords({ replies: 1, comments: 0, from: ["Maya Chen"] })).toBe(
      "1 new reply from Maya Chen",
    );
    expect(historyNewsWords({ replies: 2, comments: 1, from: ["Maya Chen", "Sam Lee"] })).toBe(
      "2 new replies and 1 comment from Maya Chen and Sam Lee",
    );
    expect(historyNewsWords({ replies: 0, comments: 3, from: ["A", "B", "C"] })).toBe(
      "3 new comments from A, B and C",
    );
    expect(historyNewsWords({ replies: 0, comments: 0, from: [] })).toBeNull();
    expect(historyNewsWords(null)).toBeNull();
    expect(historyNewsWords(undefined)).toBeNull();
    expect(historyNewsWords({ replies: 1, comments: 0, from: [""] })).toBe("1 new reply");
  });

  it("says which kind is new, 'new' once: a review, a reply, a late comment, or several", () => {
    expect(newNotesWords({ reviews: 1, replies: 0, comments: 0 })).toBe("1 new review");
    expect(newNotesWords({ reviews: 0, replies: 1, comments: 0 })).toBe("1 new reply");
    expect(newNotesWords({ replies: 0, comments: 1 })).toBe("1 new comment");
    expect(newNotesWords({ reviews: 2, replies: 0, comments: 0 })).toBe("2 new reviews");
    expect(newNotesWords({ reviews: 1, replies: 2, comments: 0 })).toBe(
      "1 new review and 2 replies",
    );
    expect(newNotesWords({ reviews: 0, replies: 1, comments: 3 })).toBe(
      "1 new reply and 3 comments",
    );
    expect(newNotesWords({ reviews: 1, replies: 2, comments: 1 })).toBe(
      "1 new review, 2 replies and 1 comment",
    );
    expect(newNotesWords({ reviews: 0, replies: 0, comments: 0 })).toBeNull();
  });

  it("counts beside History each new review, reply and late comment, and says which", () => {
    const n = (reviews: number, replies: number, comments: number, reviewsNew = 1) =>
      historyCount({ reviewsNew, news: { reviews, replies, comments } });
    // A late comment alone is not called a review or a reply.
    expect(n(0, 0, 1)).toEqual({ n: 1, words: "1 new comment" });
    expect(n(1, 0, 0)).toEqual({ n: 1, words: "1 new review" });
    expect(n(0, 1, 0)).toEqual({ n: 1, words: "1 new reply" });
    // The number agrees with the words: one attempt with a review and two replies shows 3.
    expect(n(1, 2, 0)).toEqual({ n: 3, words: "1 new review and 2 replies" });
    expect(n(2, 0, 0, 2)).toEqual({ n: 2, words: "2 new reviews" });
    // An older server says only how many attempts have something new.
    expect(historyCount({ reviewsNew: 1 })).toEqual({
      n: 1,
      words: "1 attempt with something new",
    });
    expect(historyCount({ reviewsNew: 3 })).toEqual({
      n: 3,
      words: "3 attempts with something new",
    });
    expect(n(0, 0, 0, 0).n).toBe(0);
  });
});

describe("an invitation offered to a signed-in person", () => {
  it("says, before a manager joins, what the cohort's facilitators will see", () => {
    const what = invitationWhat({ by: "Fran", cohort: "Spring", roles: ["manager"] });
    expect(what.headline).toBe("Fran invited you to join the cohort “Spring” as a manager.");
    expect(what.consequence).toContain("your progress on the scenarios assigned there");
    expect(what.consequence).toContain("never your conversations");
  });

  it("tells a mentor they read only what is shared, and names several roles in words", () => {
    const mentor = invitationWhat({ by: null, cohort: "Spring", roles: ["mentor"] });
    expect(mentor.headline).toBe("Someone invited you to join the cohort “Spring” as a mentor.");
    expect(mentor.consequence).toContain("only the sessions its managers share with you");
    const both = invitationWhat({ by: "Ada", cohort: "S", roles: ["manager", "mentor"] });
    expect(both.headline).toBe("Ada invited you to join the cohort “S” as a manager and a mentor.");
  });

  it("offers roles alone when the invitation is into no cohort", () => {
    const what = invitationWhat({ by: "Ada", cohort: null, roles: ["facilitator"] });
    expect(what.headline).toBe("Ada invited you to take the facilitator role.");
  });
});

describe("days late: one count for the grid and the CSV (review 8a #5)", () => {
  const utc = (iso: string) => Date.parse(iso);

  it("reads done Nov 28 00:10 UTC on a date due Nov 20 as 8 days late, as the CSV does", () => {
    // The server's old count was 7 (hours since the due date ended everywhere, rounded up).
    const cell = { status: "done", daysLate: 8, completedAt: utc("2026-11-28T00:10:00Z") };
    expect(lateDays(cell, "2026-11-20")).toBe(8);
    expect(cellStatusLabel({ ...cell, status: "done" }, "2026-11-20")).toBe("Done late (8 days)");
    expect(
      cellSummary(
        { ...cell, status: "done", bestScore: 81, attempts: 1, overdue: false },
        70,
        "2026-11-20",
      ),
    ).toBe("Done late (8 days) · finished Nov 28, 2026 · best 81 of 70 · 1 attempt");
    // The day it was done is the UTC day the count uses, whatever the reader's zone.
    expect(finishedDay(utc("2026-11-28T00:10:00Z"))).toBe("Nov 28, 2026");
  });

  it("is at least a day when the server says late, and 0 when on time or not done", () => {
    expect(
      lateDays(
        { status: "done", daysLate: 1, completedAt: utc("2026-11-21T12:30:00Z") },
        "2026-11-20",
      ),
    ).toBe(1);
    expect(
      lateDays(
        { status: "done", daysLate: 0, completedAt: utc("2026-11-21T11:00:00Z") },
        "2026-11-20",
      ),
    ).toBe(0);
    expect(lateDays({ status: "in_progress", daysLate: 3, completedAt: null }, "2026-11-20")).toBe(
      0,
    );
    // Without the day it was done (an older server), the server's count stands.
    expect(lateDays({ status: "done", daysLate: 4 }, "2026-11-20")).toBe(4);
  });
});

describe("the question before leaving a cohort", () => {
  it("tells a manager what the facilitators stop seeing and what stays", () => {
    const q = leaveQuestion("Spring", ["member"]);
    expect(q).toContain("Leave the cohort “Spring”?");
    expect(q).toContain("no longer see your progress");
    expect(q).toContain("Your sessions stay yours");
  });

  it("tells a mentor that shared sessions stay shared", () => {
    const q = leaveQuestion("Spring", ["mentor"]);
    expect(q).toContain("You are no longer its mentor");
    expect(q).not.toContain("progress");
  });
});

describe("settingsOffDefault", () => {
  it("names the attempt settings a next scenario would inherit, and nothing at the defaults", () => {
    expect(settingsOffDefault({ target: "70", min: "1", max: "" })).toEqual([]);
    expect(settingsOffDefault({ target: "70", min: "1", max: "3" })).toEqual([
      "at most 3 attempts",
    ]);
    expect(settingsOffDefault({ target: "40", min: "2", max: "1" })).toEqual([
      "target 40",
      "at least 2 attempts",
      "at most 1 attempt",
    ]);
  });
});

describe("the cohort list", () => {
  it("says who is invited and has not joined, beside who has", () => {
    expect(cohortPeopleWords({ members: 0, mentors: 0, invited: 7 })).toBe(
      "0 managers · 0 mentors · 7 invited, not yet joined",
    );
    expect(cohortPeopleWords({ members: 1, mentors: 1, invited: 0 })).toBe("1 manager · 1 mentor");
    expect(cohortPeopleWords({ members: 2, mentors: 0 })).toBe("2 managers · 0 mentors");
  });
  it("finds names several cards share, however typed", () => {
    expect([
      ...sharedCohortNames([
        { name: "Spring 2027 new managers" },
        { name: "spring 2027  New managers" },
        { name: "Autumn" },
      ]),
    ]).toEqual(["spring 2027 new managers"]);
    expect(sharedCohortNames([{ name: "A" }, { name: "B" }]).size).toBe(0);
  });
});

describe("a review of an earlier version", () => {
  it("is back among those waiting, said to have changed since the review", () => {
    const item = {
      sessionId: "s",
      sharedAt: 1,
      review: { status: "done" as const, doneAt: 5 },
      changedSinceReview: true,
    };
    expect(awaitingReview(item)).toBe(true);
    expect(awaitingReview({ ...item, changedSinceReview: false })).toBe(false);
    expect(awaitingReview({ ...item, deletedAt: 9 })).toBe(false);
    expect(reviewStatusLabel(item.review, false, true)).toBe("Changed since your review");
    expect(reviewStatusLabel({ status: "open", doneAt: null }, false, true)).toBe("In review");
  });
  it("is told apart from the times: scored after the review's done mark and my last adjustment", () => {
    const done = { status: "done", doneAt: 100 };
    expect(reviewOfEarlierVersion(done, [], 150)).toBe(true);
    expect(reviewOfEarlierVersion(done, [{ updatedAt: 160 }], 150)).toBe(false);
    expect(reviewOfEarlierVersion(done, [], 90)).toBe(false);
    expect(reviewOfEarlierVersion({ status: "open", doneAt: null }, [], 150)).toBe(false);
    expect(reviewOfEarlierVersion(done, [], undefined)).toBe(false);
  });
  it("names a shared attempt as the manager's History numbers it, with when it was started", () => {
    const at = new Date(2026, 10, 27, 18, 49).getTime();
    expect(attemptWords({ n: 2, of: 3, startedAt: at })).toBe(
      `Attempt 2 of 3 · ${formatDateTime(at)}`,
    );
    expect(attemptWords({ n: 1, of: 1, startedAt: at })).toMatch(/^Attempt 1 of 1 · Nov 27/);
  });
  it("lists the verdict that counts beside the score", () => {
    expect(
      inboxScoreText({
        overall: 76,
        reviewedOverall: 84,
        counted: { passed: true, verdictByReviewer: true },
      }),
    ).toBe("84 (machine 76), passed by review");
    expect(
      inboxScoreText({
        overall: 71,
        reviewedOverall: null,
        counted: { passed: false, verdictByReviewer: false },
      }),
    ).toBe("71, not passed");
  });
});
