import { describe, expect, it } from "vitest";
import type { SessionSummary } from "../../../server/sessions/record.schema";
import {
  attemptScore,
  attemptScoreWords,
  attemptsByScenario,
  proficiencyByPattern,
  tierOf,
} from "./progress";

const attempt = (
  id: string,
  scenarioId: string,
  createdAt: number,
  overall: number | null,
  patternId: string | null = "feedback",
): SessionSummary => ({
  id,
  scenarioId,
  scenarioTitle: scenarioId.toUpperCase(),
  status: overall === null ? "active" : "ended",
  outcome: null,
  createdAt,
  endedAt: null,
  overall,
  passed: overall === null ? null : overall >= 70,
  patternId: overall === null ? null : patternId,
  earlier: null,
});

describe("attemptsByScenario", () => {
  it("groups oldest first, most recent scenario first, with the best score", () => {
    const groups = attemptsByScenario([
      attempt("1", "a", 10, 40),
      attempt("2", "b", 20, 60),
      attempt("3", "a", 30, 70),
      attempt("4", "a", 40, null),
    ]);
    expect(groups.map((g) => [g.scenarioId, g.attempts.map((a) => a.id), g.best])).toEqual([
      ["a", ["1", "3", "4"], 70],
      ["b", ["2"], 60],
    ]);
  });
  it("keeps a session with nothing said apart from the attempts, and out of the best and the proficiency", () => {
    // Start pressed and left: an active session without a first line; and one ended (and scored)
    // before the first line. Neither is an attempt (docs/roles.md), as the grid counts.
    const left = { ...attempt("e1", "a", 50, null), firstLineAt: null };
    const endedEmpty = { ...attempt("e2", "a", 60, 90), firstLineAt: null };
    const said = { ...attempt("1", "a", 10, 40), firstLineAt: 11 };
    const groups = attemptsByScenario([said, left, endedEmpty, attempt("2", "b", 20, 60)]);
    expect(
      groups.map((g) => [
        g.scenarioId,
        g.attempts.map((a) => a.id),
        g.notStarted.map((a) => a.id),
        g.best,
      ]),
    ).toEqual([
      ["a", ["1"], ["e1", "e2"], 40],
      ["b", ["2"], [], 60],
    ]);
    expect(proficiencyByPattern([said, endedEmpty])).toMatchObject([{ score: 40, attempts: 1 }]);
    // Only empty sessions: the scenario is listed (to continue or delete them), with no attempt.
    const [only] = attemptsByScenario([left]);
    expect([only?.attempts, only?.notStarted.map((a) => a.id), only?.best]).toEqual([
      [],
      ["e1"],
      null,
    ]);
  });
});

describe("proficiencyByPattern", () => {
  it("weighs recent attempts more than old ones", () => {
    const [p] = proficiencyByPattern([attempt("1", "a", 1, 20), attempt("2", "a", 2, 80)]);
    // (80·1 + 20·0.6) / 1.6 = 57.5
    expect(p).toEqual({
      patternId: "feedback",
      score: 58,
      tier: "Developing",
      attempts: 2,
      trend: 60,
    });
  });
  it("leaves out attempts without a score", () => {
    expect(proficiencyByPattern([attempt("1", "a", 1, null)])).toEqual([]);
  });
  it("keeps patterns apart", () => {
    const out = proficiencyByPattern([
      attempt("1", "a", 1, 90, "feedback"),
      attempt("2", "b", 2, 30, "mediation"),
    ]);
    expect(out.map((p) => [p.patternId, p.tier, p.trend])).toEqual([
      ["feedback", "Strong", null],
      ["mediation", "Getting started", null],
    ]);
  });
  it.each([
    [0, "Getting started"],
    [49, "Getting started"],
    [50, "Developing"],
    [70, "Proficient"],
    [85, "Strong"],
    [100, "Strong"],
  ])("tier of %i is %s", (score, tier) => {
    expect(tierOf(score)).toBe(tier);
  });
});

describe("a tier that says a pattern is mastered", () => {
  it("needs an attempt that passed: a 70 that did not pass is Developing, not Proficient", () => {
    const notPassed = { ...attempt("1", "a", 1, 70), passed: false };
    expect(proficiencyByPattern([notPassed])).toMatchObject([{ score: 70, tier: "Developing" }]);
    const strongButFailed = { ...attempt("2", "a", 2, 90), passed: false };
    expect(proficiencyByPattern([strongButFailed])[0]?.tier).toBe("Developing");
    expect(tierOf(70, false)).toBe("Developing");
    expect(tierOf(40, false)).toBe("Getting started");
  });
  it("counts a pass in any attempt of the pattern", () => {
    const passed = { ...attempt("1", "a", 1, 72), passed: true };
    const later = { ...attempt("2", "a", 2, 70), passed: false };
    expect(proficiencyByPattern([passed, later])[0]?.tier).toBe("Proficient");
  });
});

describe("a conversation rewound after it was scored", () => {
  const rewound: SessionSummary = {
    ...attempt("5", "a", 50, null),
    earlier: { overall: 64, passed: false, patternId: "feedback" },
  };
  it("keeps the score it had until the new attempt is scored", () => {
    expect(attemptScore(rewound)).toEqual({
      overall: 64,
      passed: false,
      patternId: "feedback",
      beforeRewind: true,
    });
    expect(attemptsByScenario([attempt("1", "a", 10, 40), rewound])[0]?.best).toBe(64);
    expect(proficiencyByPattern([rewound])).toMatchObject([{ score: 64, attempts: 1 }]);
  });
  it("counts the new score once there is one", () => {
    const rescored = { ...rewound, ...attempt("5", "a", 50, 80), earlier: rewound.earlier };
    expect(attemptScore(rescored)).toMatchObject({ overall: 80, beforeRewind: false });
  });
});

describe("an attempt a reviewer scored", () => {
  it("counts the reviewer's score for best and proficiency, keeping the machine's beside it", () => {
    const reviewed: SessionSummary = { ...attempt("7", "a", 70, 84), reviewedOverall: 60 };
    expect(attemptScore(reviewed)).toMatchObject({ overall: 60, machine: 84 });
    expect(attemptScoreWords(attemptScore(reviewed) as never)).toBe(
      "reviewed, passed (machine 84)",
    );
    expect(attemptsByScenario([attempt("6", "a", 60, 55), reviewed])[0]?.best).toBe(60);
    expect(proficiencyByPattern([reviewed])).toMatchObject([{ score: 60 }]);
  });
});

describe("the counted verdict from the server", () => {
  const counted = {
    overall: 84,
    passed: true,
    machineOverall: 76,
    machinePassed: false,
    machineAt: 1,
    reviewedOverall: 84,
    reviewedAt: 2,
    verdictByReviewer: true,
    failReasons: [],
    changedSteps: [
      { id: "next", title: "Agree a specific next step", machine: "missed", reviewer: "hit" },
    ],
    earlier: false,
    staleReview: null,
  };
  it("counts a reviewer's pass for History and proficiency, saying whose verdict it is", () => {
    const reviewed: SessionSummary = {
      ...attempt("8", "a", 80, 76),
      passed: false,
      reviewedOverall: 84,
      counted,
    };
    expect(attemptScore(reviewed)).toEqual({
      overall: 84,
      passed: true,
      patternId: "feedback",
      beforeRewind: false,
      machine: 76,
      machinePassed: false,
      passedByReviewer: true,
    });
    expect(attemptScoreWords(attemptScore(reviewed) as never)).toBe(
      "passed, by your reviewer (machine 76, not passed)",
    );
    // Proficiency needs an attempt that passed: the reviewed one does now.
    expect(proficiencyByPattern([reviewed])[0]?.tier).toBe("Proficient");
  });
  it("after a rewind counts the machine's new score and says the review was of an earlier version", () => {
    const rewound: SessionSummary = {
      ...attempt("9", "a", 90, 71),
      passed: false,
      reviewedOverall: null,
      counted: {
        ...counted,
        overall: 71,
        passed: false,
        machineOverall: 71,
        reviewedOverall: null,
        reviewedAt: null,
        verdictByReviewer: false,
        changedSteps: [],
        staleReview: { overall: 84, doneAt: 2 },
      },
    };
    expect(attemptScore(rewound)).toEqual({
      overall: 71,
      passed: false,
      patternId: "feedback",
      beforeRewind: false,
      reviewOfEarlier: true,
    });
    expect(attemptScoreWords(attemptScore(rewound) as never)).toBe(
      "not passed · the review was of an earlier version",
    );
  });
});
