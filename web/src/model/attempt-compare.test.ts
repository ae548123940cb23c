import { describe, expect, it } from "vitest";
import type {
  AntiPatternFlag,
  Metric,
  Metrics,
  Scorecard,
  StepResult,
} from "../../../server/rubric/scorecard.schema";
import type { WireTurn } from "../../../server/sessions/protocol.schema";
import type { CountedScoreWire, SessionRecord } from "../../../server/sessions/record.schema";
import { asVerb, compareAttempts, countedVersion, notComparable } from "./attempt-compare";

const turns = (...texts: string[]): WireTurn[] =>
  texts.map((text, index) => ({
    id: `t${index}`,
    index,
    seq: index + 2,
    speaker: index % 2 === 0 ? "manager" : "employee",
    text,
    status: "complete",
  }));

const metric = (value: number | null, band: Metric["band"], higherIsBetter = true): Metric => ({
  value,
  unit: "share",
  band,
  thresholds: { fair: 0.4, good: 0.6, higherIsBetter },
  source: "test",
});
const metrics = (over: Partial<Metrics> = {}): Metrics =>
  ({
    managerTalkShare: metric(0.5, "fair", false),
    openQuestionShare: metric(0.5, "fair"),
    ...over,
  }) as Metrics;

const step = (
  id: string,
  title: string,
  status: StepResult["status"],
  evidence: { turn: number; quote: string }[] = [],
  note = "",
): StepResult => ({
  id,
  title,
  status,
  required: true,
  evidence: evidence.map((e) => ({ ...e, start: 0, end: e.quote.length, move: "open_question" })),
  orderOk: true,
  note,
});

const flag = (
  id: string,
  title: string,
  turn: number,
  quote: string,
  critical = false,
): AntiPatternFlag => ({
  id,
  title,
  turn,
  start: 0,
  end: quote.length,
  quote,
  trigger: "blame",
  critical,
  why: "",
  better: "",
});

const card = (over: Partial<Scorecard>): Scorecard => ({
  patternId: "difficult-feedback",
  rubricVersion: "1",
  scorerVersion: 4,
  overall: 50,
  explanation: "",
  passed: false,
  failReasons: [],
  steps: [],
  antiPatterns: [],
  metrics: metrics(),
  ...over,
});

const counted = (
  overall: number,
  passed: boolean,
  over: Partial<NonNullable<CountedScoreWire>> = {},
) => ({
  overall,
  passed,
  machineOverall: overall,
  machinePassed: passed,
  machineAt: 1,
  reviewedOverall: null,
  reviewedAt: null,
  verdictByReviewer: false,
  failReasons: [],
  changedSteps: [],
  earlier: false,
  staleReview: null,
  ...over,
});

const record = (
  id: string,
  lines: WireTurn[],
  cards: Scorecard[],
  over: Partial<SessionRecord> = {},
): SessionRecord =>
  ({
    session: {
      id,
      scenarioId: "missed-sprints",
      status: "ended",
      outcome: "resolved",
      branchId: `${id}-b`,
      turnLimit: 12,
      managerTurns: 2,
      options: { coachHints: false, difficulty: 2 },
      lastSeq: 9,
    },
    turns: lines,
    ownerId: "u1",
    scorecards: cards,
    earlier: null,
    counted: cards[0] ? counted(cards[0].overall, cards[0].passed) : null,
    branches: [
      {
        id: `${id}-b`,
        parentId: null,
        forkIndex: null,
        active: true,
        createdAt: 1000,
        turns: lines,
        managerTurns: 2,
        outcome: "resolved",
        scorecards: cards,
      },
    ],
    ...over,
  }) as SessionRecord;

// Attempt 1: told them off, never asked. Attempt 3: asked for their view on the second line.
const first = record(
  "s1",
  turns("You always miss sprints.", "That's not fair.", "Fix it by Friday.", "Fine."),
  [
    card({
      overall: 42,
      steps: [
        step("observation", "State a specific observation", "partial", [
          { turn: 0, quote: "You always miss sprints." },
        ]),
        step(
          "perspective",
          "Ask for their perspective",
          "missed",
          [],
          "No line asked for their view.",
        ),
        step("next-step", "Agree a specific next step", "hit", [
          { turn: 2, quote: "Fix it by Friday." },
        ]),
      ],
      antiPatterns: [flag("absolute-language", "Absolute or blaming language", 0, "You always")],
      metrics: metrics({
        managerTalkShare: metric(0.72, "poor", false),
        openQuestionShare: metric(0, "poor"),
      }),
    }),
  ],
);
const third = record(
  "s3",
  turns(
    "The last three sprints closed with stories open.",
    "Yes, I know.",
    "What got in the way, from where you sit?",
    "The on-call load.",
  ),
  [
    card({
      overall: 71,
      passed: true,
      steps: [
        step("observation", "State a specific observation", "hit", [
          { turn: 0, quote: "The last three sprints closed with stories open." },
        ]),
        step("perspective", "Ask for their perspective", "hit", [
          { turn: 2, quote: "What got in the way, from where you sit?" },
        ]),
        step("next-step", "Agree a specific next step", "missed", [], "No next step was agreed."),
      ],
      antiPatterns: [],
      metrics: metrics({
        managerTalkShare: metric(0.45, "good", false),
        openQuestionShare: metric(1, "good"),
      }),
    }),
  ],
);

describe("compareAttempts", () => {
  const names = ["attempt 1", "attempt 3"] as const;

  it("says which step is now met, with the turn that shows it and what the earlier attempt had", () => {
    const c = compareAttempts(first, third, { names });
    const perspective = c.steps.find((s) => s.id === "perspective");
    expect(perspective?.a?.status).toBe("missed");
    expect(perspective?.b?.status).toBe("hit");
    expect(perspective?.change).toBe("better");
    expect(perspective?.b?.evidence).toEqual([
      { turn: "turn 2", quote: "What got in the way, from where you sit?" },
    ]);
    expect(c.better).toContain("You now ask for their perspective (turn 2) — missed in attempt 1.");
    expect(c.better).toContain(
      "You now state a specific observation (turn 1) — partly done in attempt 1.",
    );
  });

  it("says plainly what got worse: a step done before and missed now", () => {
    const c = compareAttempts(first, third, { names });
    expect(c.steps.find((s) => s.id === "next-step")?.change).toBe("worse");
    expect(c.worse).toContain(
      "You did not agree a specific next step this time — done in attempt 1 (turn 2).",
    );
  });

  it("reads the score and verdict that count, and says the change", () => {
    const c = compareAttempts(first, third, { names });
    expect(c.scoreA).toMatchObject({ overall: 42, passed: false });
    expect(c.scoreB).toMatchObject({ overall: 71, passed: true });
    expect(c.better).toContain("Score 42 → 71 (+29).");
    expect(c.better).toContain("Passed now — not passed in attempt 1.");
    const back = compareAttempts(third, first, { names: ["attempt 3", "attempt 1"] });
    expect(back.worse).toContain("Score 71 → 42 (−29).");
    expect(back.worse).toContain("Not passed this time — passed in attempt 3.");
  });

  it("counts a reviewer's score and step status in place of the machine's", () => {
    const reviewed = {
      ...third,
      counted: counted(60, false, {
        machineOverall: 71,
        machinePassed: true,
        reviewedOverall: 60,
        verdictByReviewer: true,
        changedSteps: [
          {
            id: "perspective",
            title: "Ask for their perspective",
            machine: "hit",
            reviewer: "partial",
          },
        ],
      }),
    } as SessionRecord;
    const c = compareAttempts(first, reviewed, { names });
    expect(c.scoreB).toMatchObject({ overall: 60, passed: false, reviewer: { machine: 71 } });
    const perspective = c.steps.find((s) => s.id === "perspective");
    expect(perspective?.b).toMatchObject({ status: "partial", machineStatus: "hit" });
    expect(c.better).toContain(
      "You now partly ask for their perspective (turn 2) — missed in attempt 1.",
    );
    expect(c.better).not.toContain("Passed now — not passed in attempt 1.");
  });

  it("never calls a step that did not apply better or worse", () => {
    const na = record("s2", third.turns, [
      card({
        overall: 60,
        steps: [
          step(
            "perspective",
            "Ask for their perspective",
            "not_applicable",
            [],
            "They gave their view first (turn 2).",
          ),
        ],
      }),
    ]);
    const c = compareAttempts(first, na, { names });
    const perspective = c.steps.find((s) => s.id === "perspective");
    expect(perspective?.change).toBeUndefined();
    expect(perspective?.b?.note).toBe(
      "They gave their view first (in their reply to your turn 1).",
    );
    expect([...c.better, ...c.worse].join(" ")).not.toMatch(/perspective/);
  });

  it("says a flag is gone, new, or on more or fewer lines", () => {
    const c = compareAttempts(first, third, { names });
    expect(c.flags).toEqual([
      expect.objectContaining({ id: "absolute-language", change: "gone", b: [] }),
    ]);
    expect(c.better).toContain(
      "No “Absolute or blaming language” flag this time — flagged in attempt 1 (turn 1).",
    );
    const labelled = record("s4", first.turns, [
      card({
        antiPatterns: [
          flag("labelling", "Labelling the person", 2, "lazy", true),
          flag("absolute-language", "Absolute or blaming language", 0, "You always"),
          flag("absolute-language", "Absolute or blaming language", 2, "never"),
        ],
      }),
    ]);
    const w = compareAttempts(first, labelled, { names });
    expect(w.flags.find((f) => f.id === "labelling")?.change).toBe("new");
    expect(w.worse).toContain(
      "New flag “Labelling the person” (critical) (turn 2): “lazy” — not in attempt 1.",
    );
    expect(w.worse).toContain(
      "“Absolute or blaming language” flagged on 2 lines (turn 1, turn 2), up from 1 in attempt 1.",
    );
  });

  it("says a flag on fewer lines is better", () => {
    const twice = record("s7", first.turns, [
      card({
        antiPatterns: [
          flag("absolute-language", "Absolute or blaming language", 0, "You always"),
          flag("absolute-language", "Absolute or blaming language", 2, "never"),
        ],
      }),
    ]);
    const c = compareAttempts(twice, first, { names });
    expect(c.flags[0]?.change).toBe("fewer");
    expect(c.better).toContain(
      "“Absolute or blaming language” flagged on 1 line (turn 1), down from 2 in attempt 1.",
    );
    expect(c.worse.filter((x) => x.includes("flag"))).toEqual([]);
  });

  it("reads a flag a reviewer set aside as the debrief does: struck, with the reason, not counted", () => {
    // Review 6 #3: the reviewer set aside the turn-2 label; compare still said it was gone "this time".
    const labelled = (id: string, aside: { turn: number; reason: string }[]) =>
      record(
        id,
        first.turns,
        [
          card({
            antiPatterns: [
              flag("labelling", "Labelling the person", 0, "You always", true),
              flag("labelling", "Labelling the person", 2, "lazy", true),
            ],
          }),
        ],
        {
          counted: counted(50, true, {
            machinePassed: false,
            verdictByReviewer: true,
            setAsideFlags: aside.map((x) => ({
              id: "labelling",
              turn: x.turn,
              title: "Labelling the person",
              critical: true,
              reason: x.reason,
            })),
          }),
        },
      );
    const one = labelled("s8", [{ turn: 0, reason: "It judges the reviews, not her." }]);
    const c = compareAttempts(one, third, { names, reviewer: "your reviewer" });
    expect(c.flags).toEqual([
      expect.objectContaining({
        id: "labelling",
        change: "gone",
        a: [
          { turn: "turn 1", quote: "You always", setAside: "It judges the reviews, not her." },
          { turn: "turn 2", quote: "lazy" },
        ],
      }),
    ]);
    // Only the line that still stands is named.
    expect(c.better).toContain(
      "No “Labelling the person” (critical) flag this time — flagged in attempt 1 (turn 2).",
    );

    const both = labelled("s9", [
      { turn: 0, reason: "A quote." },
      { turn: 2, reason: "Her word, not mine." },
    ]);
    const d = compareAttempts(both, third, { names });
    expect(d.flags[0]?.change).toBe("set_aside");
    expect([...d.better, ...d.worse].join(" ")).not.toMatch(/Labelling/);

    // Set aside in the first, standing in the second: new, and the sentence says why.
    const e = compareAttempts(one, labelled("s10", []), { names, reviewer: "your reviewer" });
    expect(e.flags[0]?.change).toBe("more");
    const f = compareAttempts(both, labelled("s11", []), { names, reviewer: "your reviewer" });
    expect(f.flags[0]?.change).toBe("new");
    expect(f.worse).toContain(
      "New flag “Labelling the person” (critical) (turn 1, turn 2): “You always” — set aside by your reviewer in attempt 1.",
    );
  });

  it("compares metrics by band and says the values", () => {
    const c = compareAttempts(first, third, { names });
    const talk = c.metrics.find((m) => m.key === "managerTalkShare");
    expect(talk?.change).toBe("better");
    expect(c.better).toContain(
      "How much of the talking you did: now Good (45%) — Poor in attempt 1 (72%).",
    );
    expect(c.better).toContain("Open questions: now Good (100%) — Poor in attempt 1 (0%).");
    // Same band, or a metric with no band: shown, not called better or worse.
    const same = record("s5", third.turns, [
      card({
        metrics: metrics({
          managerTalkShare: metric(0.7, "poor", false),
          openQuestionShare: metric(null, null),
        }),
      }),
    ]);
    const s = compareAttempts(first, same, { names });
    expect(s.metrics.find((m) => m.key === "managerTalkShare")?.change).toBe("same");
    expect(s.metrics.find((m) => m.key === "openQuestionShare")?.change).toBeUndefined();
    expect(s.worse.filter((x) => x.includes("Open questions"))).toEqual([]);
  });

  it("says when the conversation now ends resolved, or no longer does", () => {
    const ended = {
      ...first,
      session: { ...first.session, outcome: "ended" },
    } as SessionRecord;
    expect(compareAttempts(ended, third, { names }).better).toContain(
      "Resolved this time — ended by you in attempt 1.",
    );
    const shut = { ...third, session: { ...third.session, outcome: "shut_down" } } as SessionRecord;
    expect(compareAttempts(first, shut, { names }).worse).toContain(
      "Not resolved this time (they shut down) — resolved in attempt 1.",
    );
    // Two endings neither of which resolved it: shown in the table, not called better or worse.
    const c = compareAttempts(ended, shut, { names });
    expect([c.outcomeA, c.outcomeB]).toEqual(["ended", "shut_down"]);
    expect([...c.better, ...c.worse].join(" ")).not.toMatch(/resolved/i);
  });

  it("says which concern they now told, and which they kept back this time", () => {
    const truth = (concernId: string, summary: string) => ({
      personaId: "dana",
      personaName: "Dana Okafor",
      concernId,
      summary,
      trustNeeded: 0.6,
      unlockedBy: ["open_question"],
      revealed: false,
    });
    const told = (r: SessionRecord, revealed: string[]) =>
      ({
        ...r,
        hiddenTruth: [
          truth("on-call", "Every ledger alert routes to her since the payouts incident."),
          truth("hiring", "She was passed over for the hiring panel."),
        ],
        branches: r.branches.map((b) => ({ ...b, revealed })),
      }) as SessionRecord;
    const c = compareAttempts(told(first, ["hiring"]), told(third, ["on-call"]), { names });
    expect(c.concerns.map((x) => [x.id, x.a, x.b])).toEqual([
      ["on-call", false, true],
      ["hiring", true, false],
    ]);
    expect(c.better).toContain(
      "Dana Okafor told you what they were holding back (“Every ledger alert routes to her since the payouts incident.”) — kept back in attempt 1.",
    );
    expect(c.worse).toContain(
      "Dana Okafor kept back what they told you in attempt 1 (“She was passed over for the hiring panel.”).",
    );
  });

  it("reports nothing when nothing changed", () => {
    const c = compareAttempts(
      first,
      { ...first, session: { ...first.session, id: "s9" } },
      { names },
    );
    expect(c.better).toEqual([]);
    expect(c.worse).toEqual([]);
    expect(c.steps.every((s) => s.change === "same")).toBe(true);
  });
});

describe("countedVersion", () => {
  it("is the branch being flown once it is scored", () => {
    expect(countedVersion(third).card?.overall).toBe(71);
  });

  it("is the latest scored branch of a session rewound and not scored again", () => {
    const rewound = {
      ...third,
      scorecards: [],
      turns: turns("The last three sprints closed with stories open."),
      branches: [
        { ...third.branches[0], active: false, createdAt: 1000 },
        {
          id: "s3-c",
          parentId: "s3-b",
          forkIndex: 2,
          active: true,
          createdAt: 2000,
          turns: turns("The last three sprints closed with stories open."),
          managerTurns: 1,
          outcome: null,
        },
      ],
    } as SessionRecord;
    const v = countedVersion(rewound);
    expect(v.card?.overall).toBe(71);
    expect(v.turns).toHaveLength(4);
  });

  it("picks the main pattern's card when the scenario has two", () => {
    const two = record("s6", third.turns, [
      card({ patternId: "other", overall: 10 }),
      card({ patternId: "difficult-feedback", overall: 71 }),
    ]);
    expect(countedVersion(two, "difficult-feedback").card?.overall).toBe(71);
    expect(countedVersion(two).card?.overall).toBe(10);
  });
});

describe("notComparable", () => {
  it("refuses the same attempt, two scenarios, or two people", () => {
    expect(notComparable(first, first)).toMatch(/same attempt/);
    expect(
      notComparable(first, {
        ...third,
        session: { ...third.session, scenarioId: "burnout" },
      } as SessionRecord),
    ).toMatch(/two different scenarios/);
    expect(notComparable(first, { ...third, ownerId: "u2" } as SessionRecord)).toMatch(
      /two different people/,
    );
    expect(notComparable(first, third)).toBeNull();
  });
});

describe("asVerb", () => {
  it("lowers a step title's first letter to follow “You now”, but not an acronym's", () => {
    expect(asVerb("Ask for their view")).toBe("ask for their view");
    expect(asVerb("Let them react first")).toBe("let them react first");
    expect(asVerb("OKRs first")).toBe("OKRs first");
  });
});
