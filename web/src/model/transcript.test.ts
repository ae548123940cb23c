import { describe, expect, it } from "vitest";
import { PatternSchema } from "../../../server/content/pattern.schema";
import { scoreTranscript } from "../../../server/rubric";
import { quotesItsNote, renumberNote } from "./transcript";

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
