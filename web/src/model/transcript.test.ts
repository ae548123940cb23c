import { describe, expect, it } from "vitest";
import { PatternSchema } from "../../../server/content/pattern.schema";
import { scoreTranscript } from "../../../server/rubric";
import type { WireTurn } from "../../../server/sessions/protocol.schema";
import { lineLabel, quotedLinkName, quotesItsNote, renumberNote } from "./transcript";

const PATTERN = PatternSchema.parse({
  id: "test-note",
  title: "Test",
  level: "L1",
  version: "1.0.0",
  context: "A test.",
  problem: "A test.",
  steps: [
    { id: "observe", title: "Observe", evidencedBy: ["specific_observation"], required: true },
    {
      id: "impact",
      title: "Impact",
      evidencedBy: ["impact_statement"],
      required: true,
      mustFollow: ["observe"],
    },
    { id: "ask", title: "Ask their view", evidencedBy: ["perspective_ask"], required: true },
  ],
  antiPatterns: [
    {
      id: "label",
      title: "Labelling the person",
      moves: ["character_label"],
      critical: true,
      why: "A label cannot be fixed.",
      better: "Describe the behaviour.",
    },
  ],
  examples: {
    good: ["a", "b", "c", "d"].map((text) => ({ text, moves: ["open_question"] })),
    bad: ["a", "b", "c", "d"].map((text) => ({ text, moves: ["advice"] })),
  },
  snippet: "…",
});

describe("quotesItsNote", () => {
  // Impact before the observation: "impact" is done out of order; "ask" is missed.
  const card = scoreTranscript(
    {
      turns: [
        { speaker: "manager", text: "As a result, the release slipped a week." },
        { speaker: "employee", text: "Okay." },
        { speaker: "manager", text: "In Tuesday's review you interrupted Wei three times." },
      ],
    },
    PATTERN,
  );
  const step = (id: string) => card.steps.find((s) => s.id === id);

  it("leaves out the note of a hit step, which repeats its first quote", () => {
    const observe = step("observe");
    expect(observe?.status).toBe("hit");
    expect(observe?.note).toContain(observe?.evidence[0]?.quote.slice(0, 20) ?? "?");
    expect(observe && quotesItsNote(observe)).toBe(true);
  });

  it("keeps the note that says why a step was missed or done out of order", () => {
    expect(step("impact")?.status).toBe("partial");
    expect(step("ask")?.status).toBe("missed");
    for (const id of ["impact", "ask"]) {
      const s = step(id);
      expect(s && quotesItsNote(s)).toBe(false);
    }
  });
});

describe("renumberNote", () => {
  it("says an employee line as the reply to the manager's line it answers", () => {
    const turnOf = (position: number) => position;
    const numberOf = (index: number) => (index === 2 ? 2 : undefined);
    const replyTo = (index: number) => (index === 3 ? 2 : undefined);
    expect(
      renumberNote("They proposed a next step themselves (turn 4).", turnOf, numberOf, replyTo),
    ).toBe("They proposed a next step themselves (in their reply to your turn 2).");
    expect(renumberNote("(turn 3)", turnOf, numberOf, replyTo)).toBe("(your turn 2)");
    expect(renumberNote("(turn 9)", turnOf, numberOf, replyTo)).toBe("(turn 9)");
  });

  it("renumbers the turns that are the manager's own lines", () => {
    const turnOf = (position: number) => (position === 2 ? 7 : undefined);
    const numberOf = (index: number) => (index === 7 ? 2 : undefined);
    expect(renumberNote('Turn 3: "…" and Turn 2.', turnOf, numberOf)).toBe(
      'Turn 2: "…" and Turn 2.',
    );
  });
});

describe("renumberNote on a fail reason", () => {
  // Two manager lines and their replies: positions 0 and 2 are the manager's turns 1 and 2.
  const turnOf = (position: number) => position;
  const numberOf = (index: number) => (index === 0 ? 1 : index === 2 ? 2 : undefined);
  const replyTo = (index: number) => (index === 1 ? 1 : index === 3 ? 2 : undefined);

  it("names a critical flag's turn as the manager counts their lines", () => {
    // The rubric counts every line from 1: the manager's second line is its turn 3.
    expect(
      renumberNote('Critical anti-pattern "Dismissing the distress" on turn 3.', turnOf, numberOf),
    ).toBe('Critical anti-pattern "Dismissing the distress" on turn 2.');
  });

  it("says a flag on an employee line as the reply to the manager's line", () => {
    expect(renumberNote('Critical anti-pattern "X" on turn 4.', turnOf, numberOf, replyTo)).toBe(
      'Critical anti-pattern "X" in the reply to turn 2.',
    );
  });
});

describe("lineLabel", () => {
  const turn = (index: number, speaker: "manager" | "employee"): WireTurn => ({
    id: `t${index}`,
    index,
    seq: index,
    speaker,
    text: "…",
    status: "complete",
  });
  // The persona opens, then the manager and the persona take turns; a persona says two lines once.
  const turns = [
    turn(0, "employee"),
    turn(1, "manager"),
    turn(2, "employee"),
    turn(3, "manager"),
    turn(4, "employee"),
    turn(5, "employee"),
  ];
  it.each([
    [0, "Elena Voss's opening line"],
    [1, "turn 1"],
    [2, "Elena Voss's reply to turn 1"],
    [3, "turn 2"],
    [4, "Elena Voss's reply to turn 2"],
  ])("turn index %i is %s", (index, label) => {
    expect(lineLabel(turns, turns[index] as WireTurn, "Elena Voss")).toBe(label);
  });
  it("never names two employee lines the same when each answers another line", () => {
    const labels = turns.slice(0, 5).map((t) => lineLabel(turns, t, "Elena Voss"));
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe("quotedLinkName", () => {
  it("adds the start of the quote to the label, cut at a word with an ellipsis", () => {
    expect(
      quotedLinkName("Turn 1", "I've noticed you've been on call, every weekend since May."),
    ).toBe("Turn 1: I've noticed you've been on call…");
    expect(quotedLinkName("Turn 2", "How are you doing?")).toBe("Turn 2: How are you doing?");
    expect(quotedLinkName("turn 3", "  one two three four five six  ")).toBe(
      "turn 3: one two three four five six",
    );
  });
  it("tells two quotes of the same turn apart, and keeps the label alone for an empty quote", () => {
    const a = quotedLinkName("Turn 1", "I've noticed you've been on call every weekend.");
    const b = quotedLinkName("Turn 1", "What would help?");
    expect(a).not.toBe(b);
    expect(quotedLinkName("Turn 1", "  ")).toBe("Turn 1");
  });
});
