import { describe, expect, it } from "vitest";
import {
  countedScore,
  type FinishedReview,
  type MachineFlag,
  type MachineScoring,
} from "./verdict";

const steps = [
  { id: "open", title: "Open the conversation", required: true, status: "hit" },
  { id: "next", title: "Agree a specific next step", required: true, status: "missed" },
  { id: "reflect", title: "Reflect what you heard", required: false, status: "partial" },
];
const missedNext: MachineScoring = {
  branchId: "b1",
  overall: 76,
  passed: false,
  at: 100,
  steps,
  antiPatterns: [],
  failReasons: ['Required step "Agree a specific next step" was missed.'],
};
const review = (
  doneAt: number,
  adjustments: FinishedReview["adjustments"],
  reviewerId = "maya",
): FinishedReview => ({ reviewerId, doneAt, adjustments });
const stepDone = (stepId: string, status: string, updatedAt = 150) => ({
  stepId,
  status,
  score: null,
  updatedAt,
});
const overall = (score: number, updatedAt = 150) => ({
  stepId: null,
  status: null,
  score,
  updatedAt,
});

describe("countedScore", () => {
  it("is null for a session never scored, and the machine's without a review", () => {
    expect(countedScore([], "b1", [])).toBeNull();
    const c = countedScore([missedNext], "b1", []);
    expect(c).toMatchObject({ overall: 76, passed: false, reviewedOverall: null });
    expect(c?.verdictByReviewer).toBe(false);
  });

  it("passes an attempt once a finished review marks its missed required step done", () => {
    const c = countedScore([missedNext], "b1", [
      review(200, [stepDone("next", "hit"), overall(84)]),
    ]);
    expect(c).toMatchObject({
      overall: 84,
      passed: true,
      machinePassed: false,
      machineOverall: 76,
    });
    expect(c?.verdictByReviewer).toBe(true);
    expect(c?.failReasons).toEqual([]);
    expect(c?.changedSteps).toEqual([
      { id: "next", title: "Agree a specific next step", machine: "missed", reviewer: "hit" },
    ]);
  });

  it("a partly done required step passes too; an optional step's change never decides", () => {
    expect(
      countedScore([missedNext], "b1", [review(200, [stepDone("next", "partial")])])?.passed,
    ).toBe(true);
    const optional = countedScore([missedNext], "b1", [
      review(200, [stepDone("reflect", "missed")]),
    ]);
    expect(optional).toMatchObject({ passed: false, verdictByReviewer: false });
  });

  it("fails a machine pass when the reviewer marks a required step missed", () => {
    const passed = {
      ...missedNext,
      passed: true,
      failReasons: [],
      steps: steps.map((s) => ({ ...s, status: "hit" })),
    };
    const c = countedScore([passed], "b1", [review(200, [stepDone("open", "missed")])]);
    expect(c).toMatchObject({ passed: false, verdictByReviewer: true });
    expect(c?.failReasons).toEqual(['Required step "Open the conversation" was missed.']);
  });

  it("keeps a critical flag failing the attempt when a review changes only steps", () => {
    const flagged: MachineScoring = {
      ...missedNext,
      antiPatterns: [
        { title: "Threat", turn: 3, critical: true },
        { title: "Label", turn: 4, critical: true, sameSentenceAs: "threat" },
      ],
    };
    const c = countedScore([flagged], "b1", [review(200, [stepDone("next", "hit")])]);
    expect(c?.passed).toBe(false);
    expect(c?.failReasons).toEqual(['Critical anti-pattern "Threat" on turn 4.']);
  });

  it("an open review (not given here) or a review before a new scoring counts for nothing", () => {
    const rewound: MachineScoring = { ...missedNext, branchId: "b2", overall: 71, at: 300 };
    const c = countedScore([missedNext, rewound], "b2", [
      review(200, [stepDone("next", "hit"), overall(84)]),
    ]);
    expect(c).toMatchObject({ overall: 71, passed: false, reviewedOverall: null });
    expect(c?.staleReview).toEqual({ overall: 84, doneAt: 200 });
    // Finished again after the new scoring: it counts, and is no longer stale.
    const again = countedScore([missedNext, rewound], "b2", [
      review(350, [stepDone("next", "hit", 150), overall(80, 320)]),
    ]);
    expect(again).toMatchObject({ overall: 80, passed: true, staleReview: null });
  });

  it("counts the branch being flown, not the best branch; a rewound session unscored keeps its earlier score", () => {
    const rewound: MachineScoring = { ...missedNext, branchId: "b2", overall: 71, at: 300 };
    expect(countedScore([missedNext, rewound], "b2", [])?.overall).toBe(71);
    // Undo of the rewind: the first branch is flown again, and counts.
    expect(countedScore([missedNext, rewound], "b1", [])?.overall).toBe(76);
    const mid = countedScore([missedNext], "b3", []);
    expect(mid).toMatchObject({ overall: 76, earlier: true });
  });

  it("of two finished reviews the later word on each item counts", () => {
    const c = countedScore([missedNext], "b1", [
      review(200, [stepDone("next", "hit"), overall(84)], "maya"),
      review(260, [overall(62, 250)], "sam"),
    ]);
    expect(c).toMatchObject({ overall: 62, passed: true });
    const back = countedScore([missedNext], "b1", [
      review(200, [stepDone("next", "hit")], "maya"),
      review(260, [stepDone("next", "missed", 250)], "sam"),
    ]);
    expect(back?.passed).toBe(false);
  });
});

describe("countedScore with flags a reviewer set aside", () => {
  const label = {
    id: "labelling",
    title: "Labelling the person",
    turn: 2,
    quote: "you are lazy",
    critical: true,
  };
  const threat = {
    id: "threat",
    title: "A threat",
    turn: 4,
    quote: "or you are out",
    critical: true,
  };
  const allDone = steps.map((s) => ({ ...s, status: "hit" }));
  const flagged = (antiPatterns: readonly MachineFlag[]): MachineScoring => ({
    branchId: "b1",
    overall: 58,
    passed: false,
    at: 100,
    steps: allDone,
    antiPatterns,
    failReasons: ["Critical anti-pattern."],
  });
  const setAside = (f: { id: string; turn: number; quote: string }, updatedAt = 150) => ({
    flagId: f.id,
    turn: f.turn,
    quote: f.quote,
    reason: "a quote of what the customer said, not a label",
    updatedAt,
  });
  const withSetAsides = (
    doneAt: number,
    setAsides: FinishedReview["setAsides"],
    reviewerId = "maya",
  ): FinishedReview => ({ reviewerId, doneAt, adjustments: [], setAsides });

  it("passes an attempt whose only critical flag a finished review set aside", () => {
    const c = countedScore([flagged([label])], "b1", [withSetAsides(200, [setAside(label)])]);
    expect(c).toMatchObject({ passed: true, machinePassed: false, verdictByReviewer: true });
    expect(c?.failReasons).toEqual([]);
    // The score stays the machine's: setting a flag aside re-decides the verdict only.
    expect(c?.overall).toBe(58);
    expect(c?.setAsideFlags).toEqual([
      {
        id: "labelling",
        turn: 2,
        title: "Labelling the person",
        critical: true,
        reason: "a quote of what the customer said, not a label",
      },
    ]);
  });

  it("still fails on a critical flag left standing, or a required step missed", () => {
    const two = countedScore([flagged([label, threat])], "b1", [
      withSetAsides(200, [setAside(label)]),
    ]);
    expect(two?.passed).toBe(false);
    expect(two?.failReasons).toEqual(['Critical anti-pattern "A threat" on turn 5.']);
    const missed: MachineScoring = { ...flagged([label]), steps };
    const c = countedScore([missed], "b1", [withSetAsides(200, [setAside(label)])]);
    expect(c?.passed).toBe(false);
    expect(c?.failReasons).toEqual(['Required step "Agree a specific next step" was missed.']);
    expect(c?.verdictByReviewer).toBe(false);
  });

  it("does not count a set-aside in an open review, nor one of an earlier version", () => {
    expect(countedScore([flagged([label])], "b1", [])?.passed).toBe(false);
    // Scored again (a rewind) after the review was finished: it counts for nothing.
    const rescored = { ...flagged([label]), at: 300 };
    const c = countedScore([flagged([label]), rescored], "b1", [
      withSetAsides(200, [setAside(label)]),
    ]);
    expect(c?.passed).toBe(false);
    expect(c?.setAsideFlags).toEqual([]);
    expect(c?.staleReview).not.toBeNull();
  });

  it("matches a flag by its anti-pattern, turn and words, never other words on that turn", () => {
    const other = { ...label, quote: "you never listen" };
    for (const wrong of [
      { ...label, quote: "you are late" },
      { ...label, turn: 3 },
    ])
      expect(
        countedScore([flagged([label])], "b1", [withSetAsides(200, [setAside(wrong)])])?.passed,
      ).toBe(false);
    expect(
      countedScore([flagged([other])], "b1", [withSetAsides(200, [setAside(label)])])?.passed,
    ).toBe(false);
  });

  it("lets a critical flag carried by a set-aside flag on its sentence count on its own", () => {
    const carried = { ...threat, turn: 2, quote: "you are lazy", sameSentenceAs: "labelling" };
    const one = countedScore([flagged([label, carried])], "b1", [
      withSetAsides(200, [setAside(label)]),
    ]);
    expect(one?.passed).toBe(false);
    expect(one?.failReasons).toEqual(['Critical anti-pattern "A threat" on turn 3.']);
    const both = countedScore([flagged([label, carried])], "b1", [
      withSetAsides(200, [setAside(label), setAside(carried)]),
    ]);
    expect(both?.passed).toBe(true);
  });

  it("counts a set-aside changed after the done mark as part of the review, not as stale", () => {
    const c = countedScore([flagged([label])], "b1", [withSetAsides(90, [setAside(label, 150)])]);
    expect(c?.passed).toBe(true);
  });
});
