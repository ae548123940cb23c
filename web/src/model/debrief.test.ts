import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Content, loadContent } from "../../../server/content";
import { scoreTranscript } from "../../../server/rubric";
import type { Scorecard } from "../../../server/rubric/scorecard.schema";
import type { WireTurn } from "../../../server/sessions/protocol.schema";
import type { TrajectoryPoint } from "../../../server/sessions/record.schema";
import {
  carryOnFrom,
  endedBeforeFirstLine,
  flagPartsByLine,
  orderedScorecards,
  quotedPart,
  suggestedRewind,
  transcriptFlags,
} from "./debrief";

// The conversation of the review (UX 4, 5): a label with a crowd appeal on turn 1, which loses
// Priya's trust, then blame and a brush-off on turn 2, a critical flag; she escalates.
const LINES: [WireTurn["speaker"], string][] = [
  [
    "manager",
    "Hey Priya, quick one. You've been kind of slow lately and honestly everyone on the team has noticed.",
  ],
  ["employee", "It's fine."],
  [
    "manager",
    "You always do this, you're just not a team player. You need to work harder and stop making excuses.",
  ],
  ["employee", "Honestly, maybe it's time I started looking elsewhere."],
];
const turns: WireTurn[] = LINES.map(([speaker, text], index) => ({
  id: `t${index}`,
  index,
  seq: index + 1,
  speaker,
  text,
  status: "complete",
  ...(speaker === "employee" ? { personaId: "priya" } : {}),
}));
/** The hidden state the offline engine gave this conversation: trust 50% → 6% → 0%. */
const point = (turn: number, trust: number, delta: number, cause: string): TrajectoryPoint => ({
  turn,
  speakerId: "priya",
  intent: "go_quiet",
  state: { priya: { trust, guard: 0.7, stress: 1, engagement: 0.04 } },
  changes: [{ personaId: "priya", variable: "trust", delta, cause }],
  reveals: [],
});
const trajectory = [
  point(1, 0.0625, -0.4375, "character_label"),
  point(3, 0, -0.0625, "blame_absolute"),
];

let content: Content;
let cards: Scorecard[];
beforeAll(async () => {
  content = (await loadContent(resolve(import.meta.dirname, "../../.."))).content;
  const scenario = content.scenarios.get("burnout-signals");
  cards = (scenario?.patterns ?? []).map((id) => {
    const pattern = content.patterns.get(id);
    if (!pattern) throw new Error(`no pattern ${id}`);
    return scoreTranscript({ turns: LINES.map(([speaker, text]) => ({ speaker, text })) }, pattern);
  });
});

describe("orderedScorecards", () => {
  it("puts the scenario's main pattern first and marks it, whatever order the cards came in", () => {
    const ordered = orderedScorecards([...cards].reverse(), [
      "supporting-a-struggling-report",
      "weekly-one-on-one",
    ]);
    expect(ordered.map((o) => [o.card.patternId, o.main])).toEqual([
      ["supporting-a-struggling-report", true],
      ["weekly-one-on-one", false],
    ]);
  });
  it("keeps the server's order (the scenario's) until the scenario's patterns are known", () => {
    expect(orderedScorecards(cards, undefined).map((o) => o.main)).toEqual([true, false]);
  });
});

describe("the parts of a flag spread over lines (review 9a #11)", () => {
  it("names a line that holds two parts once, with both quotes", () => {
    expect(
      flagPartsByLine([
        { index: 0, quote: "Hi Jun, thanks for making time." },
        { index: 0, quote: "There's something we need to go over." },
        { index: 4, quote: "You've been great." },
      ]),
    ).toEqual([
      {
        index: 0,
        quotes: ["Hi Jun, thanks for making time.", "There's something we need to go over."],
      },
      { index: 4, quotes: ["You've been great."] },
    ]);
  });

  it("does not merge parts of different lines", () => {
    expect(
      flagPartsByLine([
        { index: 0, quote: "Great work." },
        { index: 2, quote: "The tests were skipped." },
      ]).map((l) => l.index),
    ).toEqual([0, 2]);
  });

  it("quotes a part in curly quotes without the sentence's full stop", () => {
    expect(quotedPart("Great work on the launch. ")).toBe("\u201cGreat work on the launch\u201d");
    expect(quotedPart("What happened?")).toBe("\u201cWhat happened?\u201d");
    expect(quotedPart("Wait…")).toBe("\u201cWait…\u201d");
  });
});

describe("transcriptFlags", () => {
  it("marks the main pattern's flags, and another pattern's only on words not flagged yet", () => {
    const byTurn = transcriptFlags(orderedScorecards(cards, undefined), turns);
    const second = byTurn.get(2) ?? [];
    const main = cards[0]?.antiPatterns.filter((f) => f.turn === 2) ?? [];
    // Every flag of the main pattern on turn 2 is there.
    expect(main.length).toBeGreaterThan(0);
    for (const f of main)
      expect(second.some((g) => g.id === f.id && g.patternId === cards[0]?.patternId)).toBe(true);
    // The weekly 1-on-1 flags the same words (blame, the brush-off): not a second note on them.
    const other = cards[1]?.antiPatterns.filter((f) => f.turn === 2) ?? [];
    expect(other.length).toBeGreaterThan(0);
    for (const g of second.filter((x) => x.patternId !== cards[0]?.patternId))
      expect(main.some((f) => f.start < g.end && g.start < f.end)).toBe(false);
    // In the order of the words.
    expect(second.map((f) => f.start)).toEqual(
      [...second.map((f) => f.start)].sort((a, b) => a - b),
    );
  });
});

describe("suggestedRewind", () => {
  // Turn 2's "Dismissing the distress" alone: the cases below place it before, after and on the
  // line where trust fell.
  const dismissalOn = (turn: number) => {
    const all = transcriptFlags(orderedScorecards(cards, undefined), turns);
    const dismissal = (all.get(2) ?? []).filter((f) => f.title === "Dismissing the distress");
    return new Map([[turn, dismissal.map((f) => ({ ...f, turn }))]]);
  };

  it("offers the first line of this conversation: labelled critical, and where their trust fell most", () => {
    const flags = transcriptFlags(orderedScorecards(cards, undefined), turns);
    expect(flags.get(0)?.some((f) => f.critical)).toBe(true);
    expect(suggestedRewind(turns, flags, trajectory)).toEqual({
      turnIndex: 0,
      why: "flagged: labelling the person; their trust fell most here, \u221244 pts",
    });
  });

  it("goes back to the line that lost their trust when the critical flag comes after it", () => {
    const flags = dismissalOn(2);
    expect(flags.get(2)?.some((f) => f.critical)).toBe(true);
    // Trust fell 44 points on turn 1: rewinding to turn 2 keeps that, and she shuts down.
    expect(suggestedRewind(turns, flags, trajectory)).toEqual({
      turnIndex: 0,
      why: "where their trust fell most, \u221244 pts, before the flag on turn 2",
    });
  });

  it("goes to the critical flag when it comes first: a rewind there replays the fall after it", () => {
    const later = [point(1, 0.45, -0.05, "drift"), point(3, 0.05, -0.4, "blame_absolute")];
    const onlyFirst = dismissalOn(0);
    expect(suggestedRewind(turns, onlyFirst, later)?.turnIndex).toBe(0);
    expect(suggestedRewind(turns, onlyFirst, later)?.why).toBe("flagged: dismissing the distress");
  });

  it("says both when the critical flag and the worst fall are the same line", () => {
    const atTwo = [point(1, 0.48, -0.02, "drift"), point(3, 0.1, -0.38, "dismissal")];
    expect(suggestedRewind(turns, dismissalOn(2), atTwo)).toEqual({
      turnIndex: 2,
      why: "flagged: dismissing the distress; their trust fell most here, \u221238 pts",
    });
  });

  it("falls back to the first flag, and to nothing when no line stands out", () => {
    const mild = new Map([[2, (cards[1]?.antiPatterns ?? []).filter((f) => !f.critical)]]);
    expect(suggestedRewind(turns, mild, [])?.turnIndex).toBe(2);
    expect(suggestedRewind(turns, new Map(), [point(1, 0.52, 0.02, "open_question")])).toBe(
      undefined,
    );
  });
});

describe("a near miss: one rewind from a pass", () => {
  const wire = (lines: [WireTurn["speaker"], string][]): WireTurn[] =>
    lines.map(([speaker, text], index) => ({
      id: `n${index}`,
      index,
      seq: index + 1,
      speaker,
      text,
      status: "complete",
      ...(speaker === "employee" ? { personaId: "dana" } : {}),
    }));
  const scored = (turns: WireTurn[]) => {
    const pattern = content.patterns.get("delivering-difficult-feedback");
    if (!pattern) throw new Error("no pattern");
    return scoreTranscript(
      { turns: turns.map((t) => ({ speaker: t.speaker, text: t.text })) },
      pattern,
    );
  };

  it("offers the last line when the missed step comes last in the pattern: the next step", () => {
    const turns = wire([
      [
        "manager",
        "In three of the last four sprints, work carried over: 21 points from Sprint 42.",
      ],
      ["employee", "The scope moved."],
      ["manager", "It meant Product had to move the payments forecast twice."],
      ["employee", "I know."],
      ["manager", "How does it look from your side?"],
      ["employee", "Interrupts eat my week."],
      ["manager", "So the pager work never shows on the board. What could we change together?"],
      ["employee", "Count the interrupts in planning."],
      ["manager", "Thanks, that's helpful."],
      ["employee", "Okay."],
    ]);
    const card = scored(turns);
    const missed = card.steps.filter((s) => s.required && s.status === "missed");
    expect(missed.map((s) => s.id)).toEqual(["next-step"]);
    expect(card.passed).toBe(false);
    expect(suggestedRewind(turns, new Map(), [], undefined, card)).toEqual({
      turnIndex: 8,
      why: "to agree a specific next step, the required step that was missed",
    });
  });

  it("offers the line that showed a later step when the missed one belongs before it", () => {
    const turns = wire([
      [
        "manager",
        "In three of the last four sprints, work carried over: 21 points from Sprint 42.",
      ],
      ["employee", "The scope moved."],
      ["manager", "How does it look from your side?"],
      ["employee", "Interrupts eat my week."],
      ["manager", "So the pager work never shows on the board. What could we change together?"],
      ["employee", "Count the interrupts in planning."],
      ["manager", "Let's do that: you add an interrupts column by Thursday's planning."],
      ["employee", "Fine."],
    ]);
    const card = scored(turns);
    const first = card.steps.find((s) => s.required && s.status === "missed");
    expect(first?.id).toBe("impact");
    // The impact belongs before the question that asked for her side (turn 2, index 2).
    expect(suggestedRewind(turns, new Map(), [], undefined, card)?.turnIndex).toBe(2);
  });

  it("says nothing when more than one required step is missing: more than a line to mend", () => {
    const turns = wire([
      ["manager", "Thanks for making time. I'd like to talk about the last three sprints."],
      ["employee", "Sure."],
    ]);
    const card = scored(turns);
    expect(card.steps.filter((s) => s.required && s.status === "missed").length).toBeGreaterThan(1);
    expect(suggestedRewind(turns, new Map(), [], undefined, card)).toBeUndefined();
  });

  it("leaves a critical flag or a fall in trust first, and says nothing for a pass", () => {
    const turns = wire([
      ["manager", "You always miss your commitments."],
      ["employee", "That's not fair."],
    ]);
    const card = scored(turns);
    const flags = transcriptFlags([{ card, main: true }], turns);
    const fall = [point(1, 0.3, -0.2, "blame_absolute")];
    expect(suggestedRewind(turns, flags, fall, undefined, card)?.why).toMatch(/trust fell most/);
    const passed = { ...card, steps: card.steps.map((s) => ({ ...s, status: "hit" as const })) };
    expect(suggestedRewind(turns, new Map(), [], undefined, passed)).toBeUndefined();
  });
});

describe("the notes of the flags on a line", () => {
  it("fit what was said: no note talks of words or tips the manager did not use", () => {
    const flags = transcriptFlags(orderedScorecards(cards, undefined), turns).get(2) ?? [];
    expect(flags.map((f) => f.title)).toContain("Dismissing the distress");
    for (const f of flags) {
      expect(f.why).not.toMatch(/Everyone's tired/i);
      expect(f.why).not.toMatch(/meditation|time-blocking/i);
    }
  });
});

describe("endedBeforeFirstLine", () => {
  const manager = { speaker: "manager" };
  const employee = { speaker: "employee" };
  it("is true for a conversation ended at once, with nothing said", () => {
    expect(endedBeforeFirstLine({ turns: [], branches: [{}] })).toBe(true);
    expect(endedBeforeFirstLine({ turns: [], branches: [] })).toBe(true);
  });
  it("is true when only the employee spoke (a persona that opens the conversation)", () => {
    expect(endedBeforeFirstLine({ turns: [employee], branches: [{}] })).toBe(true);
  });
  it("is false once the manager said a line", () => {
    expect(endedBeforeFirstLine({ turns: [manager, employee], branches: [{}] })).toBe(false);
    expect(endedBeforeFirstLine({ turns: [employee, manager], branches: [{}] })).toBe(false);
  });
  it("is false for a conversation rewound to its first line: the earlier attempt is there to compare", () => {
    expect(endedBeforeFirstLine({ turns: [], branches: [{}, {}] })).toBe(false);
  });
});

describe("carryOnFrom", () => {
  const lines = [
    { speaker: "manager", text: "a" },
    { speaker: "employee", text: "b" },
    { speaker: "manager", text: "c" },
    { speaker: "employee", text: "d" },
  ];
  it("is the manager's last line when they ended it themselves", () => {
    expect(carryOnFrom("ended", lines)?.text).toBe("c");
    expect(carryOnFrom("ended", lines.slice(0, 3))?.text).toBe("c");
  });
  it("is nothing when it ended by itself", () => {
    for (const outcome of ["resolved", "escalated", "shut_down", "out_of_turns", null])
      expect(carryOnFrom(outcome, lines)).toBeUndefined();
  });
  it("is nothing before the first line", () => {
    expect(carryOnFrom("ended", [])).toBeUndefined();
    expect(carryOnFrom("ended", [{ speaker: "employee", text: "b" }])).toBeUndefined();
  });
});

describe("transcriptFlags, a sandwich over turns", () => {
  const spread: [WireTurn["speaker"], string][] = [
    ["manager", "Great work on the launch."],
    ["employee", "ok thanks"],
    ["manager", "One thing: the tests were skipped."],
    ["employee", ""],
    ["employee", "Right."],
    ["manager", "But honestly, you're one of our best."],
  ];
  // A cut reply with no words (index 3) is not in the scored transcript: positions and indices differ.
  const wire: WireTurn[] = spread.map(([speaker, text], index) => ({
    id: `s${index}`,
    index,
    seq: index + 1,
    speaker,
    text,
    status: text === "" ? "interrupted" : "complete",
    ...(speaker === "employee" ? { personaId: "priya" } : {}),
  }));

  it("carries the earlier parts by transcript index, with their words", () => {
    const pattern = content.patterns.get("delivering-difficult-feedback");
    if (!pattern) throw new Error("no pattern");
    const card = scoreTranscript(
      { turns: spread.filter(([, t]) => t !== "").map(([speaker, text]) => ({ speaker, text })) },
      pattern,
    );
    const byTurn = transcriptFlags([{ card, main: true }], wire);
    const sandwich = (byTurn.get(5) ?? []).find((f) => f.trigger === "sandwich");
    expect(sandwich?.parts).toEqual([
      { index: 0, quote: "Great work on the launch." },
      { index: 2, quote: "One thing: the tests were skipped." },
    ]);
    // A flag on one line has no parts.
    for (const list of byTurn.values())
      for (const f of list) if (f.trigger !== "sandwich") expect(f.parts).toBeUndefined();
  });
});
