import { describe, expect, it } from "vitest";
import type { InvitationRow } from "../store/people-repo";
import { invitedManagers } from "./cohorts";
import {
  csvContentDisposition,
  type GridAssignment,
  type GridAttempt,
  progressCsv,
  progressGrid,
  whyNotPassed,
} from "./progress";

const DAY = 86_400_000;
const assignment: GridAssignment = {
  id: "a1",
  scenarioId: "late-report",
  scenarioTitle: "The late report",
  dueDate: "1970-01-11",
  dueAt: 10 * DAY,
  targetScore: 70,
  minAttempts: 2,
  maxAttempts: 3,
  createdAt: 1 * DAY,
};
const member = { id: "m1", displayName: "Ana", email: "ana@example.com" };
const attempt = (
  at: number,
  score: number | null,
  over: Partial<GridAttempt> = {},
): GridAttempt => ({
  userId: "m1",
  scenarioId: "late-report",
  sessionId: `s${at}`,
  firstLineAt: at * DAY,
  updatedAt: at * DAY + 1000,
  score,
  passed: score === null ? null : true,
  ...over,
});
const cell = (attempts: GridAttempt[], now = 5 * DAY, a = assignment) =>
  progressGrid([member], [a], attempts, now).rows[0]?.cells[0];

describe("progressGrid", () => {
  it("lists members by name, whatever the order they joined in, and the CSV with it", () => {
    const joined = [
      { id: "m3", displayName: "zoë Park", email: "zoe@example.com" },
      { id: "m1", displayName: "Émile Roux", email: "emile@example.com" },
      { id: "m2", displayName: "Ana", email: "ana2@example.com" },
      { id: "m4", displayName: "ana", email: "ana1@example.com" },
      { id: "m5", displayName: "Dev 10", email: "dev10@example.com" },
      { id: "m6", displayName: "Dev 9", email: "dev9@example.com" },
    ];
    const grid = progressGrid(joined, [assignment], [], 5 * DAY);
    expect(grid.rows.map((r) => r.member.displayName)).toEqual([
      "ana",
      "Ana",
      "Dev 9",
      "Dev 10",
      "Émile Roux",
      "zoë Park",
    ]);
    expect(
      progressCsv(grid)
        .split("\r\n")
        .slice(1, 3)
        .map((l) => l.split(",")[1]),
    ).toEqual(["ana1@example.com", "ana2@example.com"]);
  });

  it.each([
    ["no attempt is not started", [], "not_started", null, 0],
    ["one good attempt is short of the minimum", [attempt(2, 90)], "in_progress", 90, 1],
    ["two attempts reaching the target are done", [attempt(2, 50), attempt(3, 80)], "done", 80, 2],
    [
      "two attempts below the target are in progress",
      [attempt(2, 50), attempt(3, 60)],
      "in_progress",
      60,
      2,
    ],
    ["an unscored attempt counts as an attempt", [attempt(2, null), attempt(3, 75)], "done", 75, 2],
    [
      "attempts after the maximum do not count toward the best score",
      [attempt(2, 10), attempt(3, 20), attempt(4, 30), attempt(4.5, 95)],
      "in_progress",
      30,
      4,
    ],
    ["attempts before the assignment do not count", [attempt(0.5, 99)], "not_started", null, 0],
  ] as const)("%s", (_name, attempts, status, best, count) => {
    expect(cell([...attempts])).toMatchObject({ status, bestScore: best, attempts: count });
  });

  it("ignores other members' and other scenarios' sessions", () => {
    const others = [attempt(2, 99, { userId: "m2" }), attempt(3, 99, { scenarioId: "other" })];
    expect(cell(others)).toMatchObject({ status: "not_started", attempts: 0 });
  });

  it("marks overdue only past the due date and only when not done", () => {
    expect(cell([attempt(2, 50)], 11 * DAY)?.overdue).toBe(true);
    expect(cell([attempt(2, 50)], 9 * DAY)?.overdue).toBe(false);
    expect(cell([attempt(2, 80), attempt(3, 80)], 11 * DAY)?.overdue).toBe(false);
    expect(cell([], 11 * DAY, { ...assignment, dueAt: null })?.overdue).toBe(false);
  });

  it("says when a cell was done and how many days after the due date (day 10)", () => {
    // Two attempts needed, target 70: done at the later of the second start and the 70.
    expect(cell([attempt(2, 80), attempt(3, 50)], 20 * DAY)).toMatchObject({
      status: "done",
      completedAt: 3 * DAY,
      daysLate: 0,
      overdue: false,
    });
    // Finished on Jan 16 for a Jan 11 due date: done, not overdue, and 5 days late, the calendar's
    // count (the hours since the due time, rounded up, would say 6: review 8a #5).
    expect(cell([attempt(12, 40), attempt(15.5, 90)], 20 * DAY)).toMatchObject({
      status: "done",
      completedAt: 15.5 * DAY + 1000,
      daysLate: 5,
      overdue: false,
    });
    // A session rewound and scored again: the first score that reached the target decides.
    const rewound = attempt(9, 90, {
      scores: [
        { overall: 50, at: 9 * DAY },
        { overall: 75, at: 9.5 * DAY },
        { overall: 90, at: 12 * DAY },
      ],
    });
    expect(cell([attempt(8, 10), rewound], 20 * DAY)).toMatchObject({
      completedAt: 9.5 * DAY,
      daysLate: 0,
    });
    expect(cell([attempt(2, 50)], 20 * DAY)).toMatchObject({ completedAt: null, daysLate: null });
    expect(
      cell([attempt(12, 80), attempt(13, 80)], 20 * DAY, { ...assignment, dueAt: null }),
    ).toMatchObject({ daysLate: 0 });
  });

  it("is done only with an attempt that passed at or above the target, and says whether the best passed", () => {
    // 76 over a target of 70, but a required step was missed: not done, and the cell says so.
    const missed = attempt(3, 76, { passed: false });
    expect(cell([attempt(2, 40), missed], 20 * DAY)).toMatchObject({
      status: "in_progress",
      bestScore: 76,
      bestPassed: false,
      completedAt: null,
    });
    // A passed attempt at the target ranks above a higher one that did not pass, and makes it done.
    const passed = attempt(4, 72);
    expect(cell([attempt(2, 40), missed, passed], 20 * DAY)).toMatchObject({
      status: "done",
      bestScore: 72,
      bestPassed: true,
      completedAt: 4 * DAY + 1000,
    });
    // Passed but under the target: in progress, and the best is the highest score.
    expect(cell([attempt(2, 90, { passed: false }), attempt(3, 65)], 20 * DAY)).toMatchObject({
      status: "in_progress",
      bestScore: 90,
      bestPassed: false,
    });
    expect(cell([attempt(2, 50, { passed: false }), attempt(3, 65)], 20 * DAY)).toMatchObject({
      bestScore: 65,
      bestPassed: true,
    });
    // A reviewer's step statuses made it pass: done, and the cell knows whose verdict it is.
    const byReviewer = attempt(3, 76, { passed: true, passedByReviewer: true });
    expect(cell([attempt(2, 40), byReviewer], 20 * DAY)).toMatchObject({
      status: "done",
      bestPassedByReviewer: true,
    });
    // The CSV's column: whether the best attempt passed (empty without a score).
    const column = (attempts: GridAttempt[], name: string) => {
      const [head, first] = progressCsv(progressGrid([member], [assignment], attempts, 20 * DAY))
        .replace("\uFEFF", "")
        .split("\r\n");
      return first?.split(",")[head?.split(",").indexOf(name) ?? -1];
    };
    const line = (attempts: GridAttempt[]) => column(attempts, "passed");
    expect(line([attempt(2, 40), missed])).toBe("false");
    expect(line([attempt(2, 40), passed])).toBe("true");
    expect(line([])).toBe("");
    // And why it did not: how it ended, then the rubric's reasons (review 8a #13).
    const escalated = attempt(3, 0, {
      passed: false,
      ending: { outcome: "escalated", turn: 2 },
      failReasons: ['Required step "Name the impact" was missed.'],
    });
    expect(cell([escalated], 20 * DAY)?.bestWhyNotPassed).toEqual([
      "Escalated on turn 2",
      "Required step “Name the impact” missed",
    ]);
    expect(column([escalated], "why_not_passed")).toBe(
      "Escalated on turn 2; Required step “Name the impact” missed",
    );
    expect(cell([attempt(2, 40), passed], 20 * DAY)?.bestWhyNotPassed).toEqual([]);
    expect(column([attempt(2, 40), passed], "why_not_passed")).toBe("");
  });

  it("counts a reviewer's overall score in place of the rules', up or down", () => {
    // The rules gave 60 and 65; a mentor who finished the review gave the second one 74.
    const raised = attempt(3, 65, { reviewed: { score: 74, at: 4 * DAY } });
    expect(cell([attempt(2, 60), raised], 20 * DAY)).toMatchObject({
      status: "done",
      bestScore: 74,
      bestReviewed: true,
      // Done when the reviewer's score reached the target, not when the rules scored it.
      completedAt: 4 * DAY,
    });
    // Lowered below the target: the 85 of the rules no longer counts, and the best is the other.
    const lowered = attempt(3, 85, { reviewed: { score: 55, at: 4 * DAY } });
    expect(cell([attempt(2, 60), lowered], 20 * DAY)).toMatchObject({
      status: "in_progress",
      bestScore: 60,
      bestReviewed: false,
    });
    // Scored again after the review (a rewind made a new line): the rules' new score stands.
    const rescored = attempt(3, 90, {
      scores: [
        { overall: 65, at: 3 * DAY },
        { overall: 90, at: 5 * DAY },
      ],
      reviewed: { score: 50, at: 4 * DAY },
    });
    expect(cell([attempt(2, 60), rescored], 20 * DAY)).toMatchObject({
      bestScore: 90,
      bestReviewed: false,
    });
    // Without a review the cell says the best is the rules'.
    expect(cell([attempt(2, 60), attempt(3, 80)])?.bestReviewed).toBe(false);
    const grid = progressGrid([member], [assignment], [attempt(2, 60), raised], 20 * DAY);
    expect(progressCsv(grid).split("\r\n")[1]).toMatch(/,done,74,.*,true,0,0,true,,joined,,$/);
  });

  it("says how many attempts since the assignment the member deleted, and how many were reviewed, without counting them", () => {
    const deletion = (at: number, reviewed: boolean, over = {}) => ({
      userId: "m1",
      scenarioId: "late-report",
      firstLineAt: at * DAY,
      reviewed,
      ...over,
    });
    const grid = progressGrid([member], [assignment], [attempt(2, 50)], 5 * DAY, [
      deletion(3, true),
      deletion(4, false),
      // Before the assignment, another scenario, another member: not this cell's.
      deletion(0.5, true),
      deletion(3, true, { scenarioId: "other" }),
      deletion(3, true, { userId: "m2" }),
    ]);
    expect(grid.rows[0]?.cells[0]).toMatchObject({
      status: "in_progress",
      attempts: 1,
      bestScore: 50,
      deletedAttempts: 2,
      deletedReviewed: 1,
    });
    expect(progressCsv(grid).split("\r\n")[1]).toMatch(/,in_progress,50,.*,2,1,true,,joined,,$/);
  });

  it("reports the last activity of the member's attempts", () => {
    expect(cell([attempt(2, 50), attempt(3, 60)])?.lastActivityAt).toBe(3 * DAY + 1000);
    expect(cell([])?.lastActivityAt).toBeNull();
  });
});

describe("progressCsv", () => {
  it("writes a header and one escaped line per member and assignment", () => {
    const grid = progressGrid(
      [member, { id: "m2", displayName: 'Bo "the boss", Jr', email: null }],
      [assignment],
      [attempt(2, 80), attempt(3, 75)],
      11 * DAY,
    );
    const lines = progressCsv(grid).split("\r\n");
    expect(lines[0]).toBe(
      "\uFEFFmember,email,scenario,status,best_score,target_score,attempts,min_attempts,max_attempts,last_activity,due,overdue,completed,completed_late,days_late,best_score_reviewed,deleted_attempts,deleted_reviewed,passed,why_not_passed,membership,invited,invitation_expires",
    );
    expect(lines[1]).toBe(
      "Ana,ana@example.com,The late report,done,80,70,2,2,3,1970-01-04T00:00:01Z,1970-01-11,false,1970-01-04T00:00:00Z,false,0,false,0,0,true,,joined,,",
    );
    expect(lines[2]).toBe(
      `"Bo ""the boss"", Jr",,The late report,not_started,,70,0,2,3,,1970-01-11,true,,,,,0,0,,,joined,,`,
    );
    expect(lines[3]).toBe("");
  });

  it("starts with a UTF-8 byte order mark and gives every time to the second", () => {
    const grid = progressGrid(
      [{ ...member, displayName: "Zoë Ångström" }],
      [assignment],
      [attempt(2, 80, { updatedAt: 2 * DAY + 478 }), attempt(3, 75, { updatedAt: 3 * DAY + 5000 })],
      11 * DAY,
    );
    const csv = progressCsv(grid);
    expect([...Buffer.from(csv, "utf8").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const line = csv.split("\r\n")[1] ?? "";
    expect(line.startsWith("Zoë Ångström,")).toBe(true);
    // Whole seconds everywhere, never "…05.000Z" in one row and "…52.478Z" in the next.
    expect(line).toContain(",1970-01-04T00:00:05Z,");
    expect(line).not.toMatch(/\.\d{3}Z/);
  });

  it("names the download with the cohort's letters in any script, and an ASCII stand-in", () => {
    expect(csvContentDisposition("Équipe Plateforme — Hiver")).toBe(
      "attachment; filename=\"progress-Equipe-Plateforme-Hiver.csv\"; filename*=UTF-8''progress-%C3%89quipe-Plateforme-Hiver.csv",
    );
    expect(csvContentDisposition("Spring 2026 (new) managers")).toBe(
      "attachment; filename=\"progress-Spring-2026-new-managers.csv\"; filename*=UTF-8''progress-Spring-2026-new-managers.csv",
    );
    expect(csvContentDisposition("👩🏽‍💻")).toBe(
      "attachment; filename=\"progress-cohort.csv\"; filename*=UTF-8''progress-cohort.csv",
    );
    expect(csvContentDisposition("محمد")).toContain(
      "filename*=UTF-8''progress-%D9%85%D8%AD%D9%85%D8%AF.csv",
    );
  });

  it("carries a late completion: done, not overdue, completed_late true and the days", () => {
    const grid = progressGrid([member], [assignment], [attempt(15, 80), attempt(16, 75)], 20 * DAY);
    expect(progressCsv(grid).split("\r\n")[1]).toMatch(
      /,done,.*,false,[^,]+,true,6,false,0,0,true,,joined,,$/,
    );
  });

  it.each(["=HYPERLINK(1)", "+1", "-1", "@SUM(A1)"])(
    "defuses a spreadsheet formula in a name: %s",
    (name) => {
      const grid = progressGrid([{ ...member, displayName: name }], [assignment], [], DAY);
      expect(progressCsv(grid).split("\r\n")[1]?.startsWith(`'${name}`)).toBe(true);
    },
  );

  it("leaves ordinary names alone", () => {
    const grid = progressGrid([member], [assignment], [], DAY);
    expect(progressCsv(grid).split("\r\n")[1]?.startsWith("Ana,")).toBe(true);
  });
});

describe("whyNotPassed", () => {
  it("says how it ended on the member's own line, then the rubric's reasons without transcript turns", () => {
    expect(
      whyNotPassed({
        ending: { outcome: "shut_down", turn: 4 },
        failReasons: [
          'Critical anti-pattern "Threatening consequences" on turn 7.',
          'Required step "Ask" was missed.',
        ],
      }),
    ).toEqual([
      "They shut down on turn 4",
      "Critical anti-pattern “Threatening consequences” flagged",
      "Required step “Ask” missed",
    ]);
    // An ending that is no breakdown says nothing; an unknown reason is kept as it is.
    expect(
      whyNotPassed({ ending: { outcome: "resolved", turn: 3 }, failReasons: ["Something."] }),
    ).toEqual(["Something"]);
    expect(whyNotPassed({})).toEqual([]);
  });
});

describe("invited managers in the grid and the CSV (review 8a #11)", () => {
  it("lists each manager invited and not joined once, newest link, none expired, no member", () => {
    const row = (email: string, at: number, over: Partial<InvitationRow> = {}): InvitationRow => ({
      id: `${email}-${at}`,
      email,
      roles: ["manager"],
      cohort_id: "c1",
      created_by: "f1",
      created_at: at,
      expires_at: at + 7 * DAY,
      used_at: null,
      used_by: null,
      ...over,
    });
    const invited = invitedManagers(
      [
        row("jonas@example.com", 1 * DAY),
        row("jonas@example.com", 2 * DAY),
        row("isla@example.com", 1 * DAY, { name: "Isla Moreau" }),
        row("old@example.com", 0, { expires_at: 1 * DAY }),
        row("mentor@example.com", 1 * DAY, { roles: ["mentor"] }),
        row("declined@example.com", 1 * DAY, { declined_at: 2 * DAY }),
        row("ANA@example.com", 1 * DAY),
      ],
      [{ email: "ana@example.com" }],
      3 * DAY,
    );
    expect(invited).toEqual([
      { email: "jonas@example.com", invitedAt: 2 * DAY, expiresAt: 9 * DAY },
      { email: "isla@example.com", name: "Isla Moreau", invitedAt: 1 * DAY, expiresAt: 8 * DAY },
    ]);
    const grid = progressGrid([member], [assignment], [], 3 * DAY, [], invited);
    expect(grid.invited.map((i) => i.email)).toEqual(["isla@example.com", "jonas@example.com"]);
    const lines = progressCsv(grid).split("\r\n");
    expect(lines[2]).toBe(
      "Isla Moreau,isla@example.com,The late report,not_joined,,70,0,2,3,,1970-01-11,,,,,,0,0,,,invited,1970-01-02T00:00:00Z,1970-01-09T00:00:00Z",
    );
    expect(lines[3]?.startsWith(",jonas@example.com,The late report,not_joined,")).toBe(true);
  });
});
