import { describe, expect, it } from "vitest";
import type { MyAssignment } from "../api/auth";
import {
  assignmentsOfScenario,
  attemptAgainstTarget,
  attemptsText,
  attemptVerdict,
  bestScoreText,
  countsToward,
  dueText,
  orderAssignments,
  progressLabel,
} from "./assignments";

const NOW = new Date(2026, 10, 25, 15, 0).getTime();
const at = (day: number, hour = 12) => new Date(2026, 10, day, hour).getTime();
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe("dueText", () => {
  it.each([
    [null, false, "No due date"],
    [at(25, 23), false, "Due today"],
    [at(26), false, "Due tomorrow"],
    [at(30), false, "Due 2026-11-30 (in 5 days)"],
    [at(25, 9), true, "Overdue: was due today"],
    [at(24), true, "Overdue: was due yesterday"],
    [at(20), true, "Overdue: was due 2026-11-20 (5 days ago)"],
    [at(20), false, "Was due 2026-11-20"],
  ])("%s overdue=%s → %s", (dueAt, overdue, text) => {
    expect(dueText(dueAt, overdue, NOW, iso)).toBe(text);
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
      "This attempt's 45 meets the target of 40, though the attempt itself did not pass (see Score).",
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
});

describe("progressLabel", () => {
  it("says done late, with the days", () => {
    expect(progressLabel("done", 0)).toBe("Done");
    expect(progressLabel("done", 3)).toBe("Done late (3 days)");
    expect(progressLabel("done", 1)).toBe("Done late (1 day)");
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
