import { describe, expect, it } from "vitest";
import type { MyAssignment } from "../api/auth";
import {
  assignmentsOfScenario,
  attemptAgainstTarget,
  attemptsText,
  attemptsUsedUpText,
  attemptVerdict,
  bestScoreText,
  countsToward,
  dueText,
  orderAssignments,
  progressLabel,
  unfinishedSession,
} from "./assignments";
import { formatDay } from "./format";

const NOW = new Date(2026, 10, 25, 15, 0).getTime();
const at = (day: number, hour = 12) => new Date(2026, 10, day, hour).getTime();
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe("dueText", () => {
  it.each([
    [null, false, "No due date"],
    ["2026-11-25", false, "Due today"],
    ["2026-11-26", false, "Due tomorrow"],
    ["2026-11-30", false, "Due 2026-11-30 (in 5 days)"],
    ["2026-11-24", true, "Overdue: was due yesterday"],
    ["2026-11-20", true, "Overdue: was due 2026-11-20 (5 days ago)"],
    ["2026-11-20", false, "Was due 2026-11-20"],
  ] as const)("%s overdue=%s → %s", (dueDate, overdue, text) => {
    expect(dueText(dueDate, overdue, NOW, (d) => d)).toBe(text);
  });

  it("shows the facilitator's day to every reader, whatever their time zone", () => {
    // The date is formatted as a calendar day, not as an instant in the reader's zone.
    expect(formatDay("2026-12-10")).toBe(
      new Date(2026, 11, 10).toLocaleDateString(undefined, {
        year: "numeric",
        month: "short",
        day: "numeric",
      }),
    );
  });
});

describe("attemptsText", () => {
  it.each([
    [0, 1, 1, "0 of 1 attempt"],
    [1, 2, 5, "1 of 2–5 attempts"],
    [3, 3, 3, "3 of 3 attempts"],
    [6, 1, 5, "6 of 1–5 attempts (only the first 5 count)"],
    [1, 2, null, "1 of at least 2 attempts"],
    [3, 2, null, "3 attempts (at least 2 asked)"],
    [1, 1, null, "1 attempt (at least 1 asked)"],
  ])("%i used, min %i max %s → %s", (used, min, max, text) => {
    expect(attemptsText(used, min, max)).toBe(text);
  });
});

describe("bestScoreText", () => {
  it("says whether the target is met in words", () => {
    expect(bestScoreText(null, 70)).toBe("No score yet · target 70");
    expect(bestScoreText(72, 70)).toBe("Best 72 · target 70: met");
    expect(bestScoreText(69, 70)).toBe("Best 69 · target 70: not met yet");
    expect(bestScoreText(74, 70, true)).toBe("Best 74, given by a reviewer · target 70: met");
  });
});

describe("orderAssignments", () => {
  const assignment = (
    id: string,
    dueAt: number | null,
    overdue = false,
    title = id,
  ): MyAssignment => ({
    id,
    cohortId: "c",
    cohortName: "C",
    scenarioId: `s-${id}`,
    scenarioTitle: title,
    dueDate: dueAt === null ? null : iso(dueAt),
    dueAt,
    targetScore: 70,
    minAttempts: 1,
    maxAttempts: null,
    createdAt: 0,
    progress: {
      assignmentId: id,
      status: "not_started",
      bestScore: null,
      bestReviewed: false,
      attempts: 0,
      lastActivityAt: null,
      overdue,
      completedAt: null,
      daysLate: null,
    },
  });
  it("puts overdue work first, then the soonest due, then no due date", () => {
    const list = [
      assignment("none", null),
      assignment("late", at(30)),
      assignment("soon", at(26)),
      assignment("overdue", at(20), true),
    ];
    expect(orderAssignments(list).map((a) => a.id)).toEqual(["overdue", "soon", "late", "none"]);
    expect(list[0]?.id).toBe("none");
  });
});

describe("attemptAgainstTarget", () => {
  it("says whether this attempt met the target, and the best when that is better", () => {
    expect(attemptAgainstTarget(81, 75, 81)).toBe("This attempt's 81 meets the target of 75.");
    expect(attemptAgainstTarget(62, 75, 72)).toBe(
      "This attempt's 62 is under the target of 75. Your best so far is 72.",
    );
    expect(attemptAgainstTarget(62, 75, 80)).toBe(
      "This attempt's 62 is under the target of 75. Your best, 80, already meets it.",
    );
    expect(attemptAgainstTarget(62, 75, 62)).toBe("This attempt's 62 is under the target of 75.");
    expect(attemptAgainstTarget(62, 75, 80, true, true)).toBe(
      "This attempt's 62 is under the target of 75. Your best, 80, given by a reviewer, already meets it.",
    );
    expect(attemptAgainstTarget(60, 80, 60, true, false, true)).toBe(
      "This attempt's reviewed score, 60, is under the target of 80.",
    );
    expect(attemptAgainstTarget(74, 70, 74, true, true, true)).toBe(
      "This attempt's reviewed score, 74, meets the target of 70.",
    );
    expect(attemptAgainstTarget(62, 75, 70, true, true)).toBe(
      "This attempt's 62 is under the target of 75. Your best so far is 70, given by a reviewer.",
    );
    expect(attemptAgainstTarget(null, 75, null)).toBeNull();
    expect(attemptAgainstTarget(45, 40, 45, false)).toBe(
      "This attempt's 45 meets the target of 40, but the attempt did not pass (see Score), so it does not complete the assignment.",
    );
  });
});

describe("countsToward", () => {
  const mine = [
    { id: "early", createdAt: 5 },
    { id: "one", createdAt: 20 },
    { id: "two", createdAt: 30 },
  ];
  it("counts what was started after the assignment, up to the maximum", () => {
    expect(countsToward("early", mine, 10, 1)).toBe("before");
    expect(countsToward("one", mine, 10, 1)).toBe("counts");
    expect(countsToward("two", mine, 10, 1)).toBe("over");
    expect(countsToward("two", mine, 10, null)).toBe("counts");
  });

  it("counts a session from the manager's first line: one with none is no attempt", () => {
    const withLines = [
      // Start pressed and left: not an attempt, and it takes no place among the counted ones.
      { id: "empty", createdAt: 20, firstLineAt: null },
      { id: "one", createdAt: 25, firstLineAt: 26 },
      // Started before the assignment, first line after it: an attempt since that line.
      { id: "opened", createdAt: 5, firstLineAt: 30 },
    ];
    expect(countsToward("empty", withLines, 10, 1)).toBe("empty");
    expect(countsToward("one", withLines, 10, 1)).toBe("counts");
    expect(countsToward("opened", withLines, 10, 1)).toBe("over");
    expect(countsToward("opened", withLines, 10, 2)).toBe("counts");
  });
});

describe("progressLabel", () => {
  it("says done late, with the days", () => {
    expect(progressLabel("done", 0)).toBe("Done");
    expect(progressLabel("done", 3)).toBe("Done late (3 days)");
    expect(progressLabel("done", 1)).toBe("Done late (1 day)");
    // Counted as "due 7 days ago" beside it is, when the day it was done is known.
    const today = new Date(2026, 10, 27, 12).getTime();
    expect(progressLabel("done", 6, { completedAt: today, dueDate: "2026-11-20" })).toBe(
      "Done late (7 days)",
    );
    expect(progressLabel("in_progress", null)).toBe("In progress");
  });
});

describe("one scenario assigned in two cohorts", () => {
  const assignment = (cohortName: string, over: Partial<MyAssignment>): MyAssignment => ({
    id: `a-${cohortName}`,
    cohortId: `c-${cohortName}`,
    cohortName,
    scenarioId: "burnout-signals",
    scenarioTitle: "Burnout signals",
    dueDate: null,
    dueAt: null,
    targetScore: 60,
    minAttempts: 1,
    maxAttempts: null,
    createdAt: at(1),
    progress: null,
    ...over,
  });
  const spring = assignment("Spring 2026 new managers", { targetScore: 60, maxAttempts: 3 });
  const platform = assignment("Platform leads", { targetScore: 80, createdAt: at(2) });
  const other = assignment("Spring 2026 new managers", { id: "a-other", scenarioId: "promotion" });
  const mine = [3, 4, 5, 6].map((day) => ({ id: `s${day}`, createdAt: at(day) }));

  it("finds each cohort's assignment of the scenario, not only the first", () => {
    expect(
      assignmentsOfScenario([spring, other, platform], "burnout-signals").map((a) => a.cohortName),
    ).toEqual(["Platform leads", "Spring 2026 new managers"]);
  });

  it("words a fourth attempt past one cohort's three that count, and against the other's target", () => {
    const fourth = { sessionId: "s6", score: 85, passed: true };
    expect(attemptVerdict(spring, fourth, mine)).toBe(
      "This attempt is past the 3 attempts that count, so its score does not count toward the assignment.",
    );
    expect(attemptVerdict(platform, fourth, mine)).toBe(
      "This attempt's 85 meets the target of 80.",
    );
    const first = { sessionId: "s3", score: 70, passed: true };
    expect(attemptVerdict(spring, first, mine)).toBe("This attempt's 70 meets the target of 60.");
    expect(attemptVerdict(platform, first, mine)).toBe(
      "This attempt's 70 is under the target of 80.",
    );
  });

  it("counts a reviewer's score in place of the machine's, per cohort", () => {
    const reviewed = { sessionId: "s4", score: 90, passed: true, reviewedScore: 65 };
    expect(attemptVerdict(spring, reviewed, mine)).toBe(
      "This attempt's reviewed score, 65, meets the target of 60.",
    );
    expect(attemptVerdict(platform, reviewed, mine)).toBe(
      "This attempt's reviewed score, 65, is under the target of 80.",
    );
  });
});

describe("the briefing's offers", () => {
  it("offers the newest conversation that has not ended", () => {
    const list = [
      { id: "a", status: "active", createdAt: 1 },
      { id: "b", status: "active", createdAt: 3 },
      { id: "c", status: "ended", createdAt: 5 },
    ];
    expect(unfinishedSession(list)?.id).toBe("b");
    expect(unfinishedSession(list.filter((s) => s.status === "ended"))).toBeNull();
  });

  it("warns when the attempts that count are used up, and says where they still count", () => {
    const mine = (cohortName: string, maxAttempts: number | null, attempts: number) => ({
      scenarioId: "s1",
      cohortName,
      maxAttempts,
      progress: {
        assignmentId: cohortName,
        status: "in_progress" as const,
        bestScore: 50,
        bestReviewed: false,
        attempts,
        lastActivityAt: 1,
        overdue: false,
        completedAt: null,
        daysLate: null,
      },
    });
    expect(attemptsUsedUpText([mine("Spring", 3, 2)], "s1")).toBeNull();
    expect(attemptsUsedUpText([mine("Spring", null, 9)], "s1")).toBeNull();
    expect(attemptsUsedUpText([mine("Spring", 3, 3)], "other")).toBeNull();
    expect(attemptsUsedUpText([mine("Spring", 3, 3)], "s1")).toBe(
      "You have used the 3 attempts that count in Spring: a new attempt is practice there and does not count toward the assignment.",
    );
    expect(attemptsUsedUpText([mine("Spring", 1, 1), mine("Autumn", null, 1)], "s1")).toBe(
      "You have used the one attempt that counts in Spring: a new attempt is practice there and does not count toward the assignment. It still counts in Autumn.",
    );
  });
});
