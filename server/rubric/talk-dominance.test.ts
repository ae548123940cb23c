import { describe, expect, it } from "vitest";
import { type Pattern, PatternSchema } from "../content/pattern.schema";
import type { Transcript } from "../moves";
import { scoreTranscript } from "./index";

/** A pattern written for these tests, so content edits cannot change what they check. */
const ONE_ON_ONE: Pattern = PatternSchema.parse({
  id: "test-talk",
  title: "Test talk",
  level: "L1",
  version: 1,
  context: "A test.",
  problem: "A test.",
  steps: [
    { id: "ask", title: "Ask", evidencedBy: ["open_question"], required: false },
    { id: "next", title: "Next", evidencedBy: ["next_step"], required: false },
  ],
  antiPatterns: [
    {
      id: "monologue",
      title: "Doing most of the talking",
      structure: "talk_dominance",
      critical: false,
      why: "x",
      better: "y",
    },
  ],
  examples: {
    good: ["a", "b", "c", "d"].map((text) => ({ text, moves: ["open_question"] })),
    bad: ["a", "b", "c", "d"].map((text) => ({ text, moves: ["advice"] })),
  },
  snippet: "…",
});

/** Manager and employee lines, alternating, manager first. */
const talk = (...lines: string[]): Transcript => ({
  turns: lines.map((text, i) => ({ speaker: i % 2 === 0 ? "manager" : "employee", text })),
});

const OPENER =
  "Thanks for making time today. I wanted to use this half hour for whatever is on your mind, and I'll hold anything of mine until the end.";
const SPEECH = `${"The reorg means a new roadmap, new rituals and a new review cadence for all of us. ".repeat(5)}That's the plan.`;

describe("talk_dominance and the talk-share band", () => {
  it("do not blame the manager for a terse person's 'Fine.' after short turns", () => {
    // The reviewer's good runs: pinned on a 30-word opener and an 11-word line answered "Fine."
    const card = scoreTranscript(
      talk(
        OPENER,
        "Fine.",
        "What would make this week feel like a good one for you?",
        "Sure.",
        "What's the part of the migration you keep coming back to?",
        "Honestly the rollback plan. Nobody has tested it end to end yet.",
        "So the rollback is the piece that worries you most.",
        "Yes, and I don't want to be the one who finds out in production.",
      ),
      ONE_ON_ONE,
    );
    expect(card.antiPatterns).toEqual([]);
    expect(card.metrics.managerTalkShare.band).not.toBe("poor");
    expect(card.metrics.managerTalkShare.note).toBe(
      "counted where they said more than a few words",
    );
  });

  it("still flags a speech answered with 'Okay.', on the speech", () => {
    const card = scoreTranscript(
      talk("How are things?", "Busy, but fine overall I think.", SPEECH, "Okay."),
      ONE_ON_ONE,
    );
    expect(card.antiPatterns.map((f) => [f.id, f.turn])).toEqual([["monologue", 2]]);
    expect(card.metrics.managerTalkShare.band).toBe("poor");
  });

  it("does not measure talk share when the employee never said more than a word or two", () => {
    const card = scoreTranscript(
      talk(OPENER, "Fine.", "Anything on your mind?", "No."),
      ONE_ON_ONE,
    );
    expect(card.antiPatterns).toEqual([]);
    expect(card.metrics.managerTalkShare).toMatchObject({ value: null, band: null });
    expect(card.metrics.managerTalkShare.note).toMatch(
      /^they answered in a word or two, so it says little \(\d+% of all the words were yours\)$/,
    );
  });

  it("does not pin dominance on a line too short to hold the floor", () => {
    const card = scoreTranscript(
      talk(
        "What is the one thing slowing you down most right now?",
        "The flaky deploys, mostly.",
        "Which part of the deploy fails first when it goes wrong?",
        "The canary step, I think.",
      ),
      ONE_ON_ONE,
    );
    expect(card.metrics.managerTalkShare.band).toBe("poor");
    expect(card.antiPatterns).toEqual([]);
  });
});

describe("metric notes", () => {
  it("say what was counted in a manager's words, not an analyst's", () => {
    const card = scoreTranscript(
      talk(
        "How are things going with the migration?",
        "Honestly it's been a slog, the rollback plan keeps changing under me.",
        "It sounds like the rollback plan changing under you is wearing you down.",
        "Yes, that's exactly it.",
        "You should write the whole plan down in one doc.",
        "Maybe.",
      ),
      ONE_ON_ONE,
    );
    const notes = Object.values(card.metrics)
      .map((m) => m.note)
      .filter((n): n is string => n !== undefined);
    expect(notes).toContain(
      "you gave advice in 1 turn, 1 of them before asking whether it was wanted",
    );
    expect(notes).toContainEqual(
      expect.stringMatching(
        /^[01] of the 1 turn where you said back what you heard added something$/,
      ),
    );
    for (const note of notes) {
      expect(note).not.toMatch(
        /\b(?:reflect\w*|permission|manager turns|exchanges|of all words)\b/,
      );
    }
  });
});

describe("a pattern's own talk-share bands (review 9a #12: a PIP kickoff presents a plan)", () => {
  // Between 60% and 70% of the words are the manager's (the test checks it).
  const lines = talk(
    "Today we're starting a formal six-week improvement plan, and I'll walk you through it now.",
    "Okay. I did not expect this, honestly, but go on and tell me.",
    "The expectations are a first response to every review within two working days, and any risk to a date flagged in writing three days ahead.",
    "That sounds doable, if the reviews are spread fairly.",
  );
  const PRESENTING = PatternSchema.parse({
    ...ONE_ON_ONE,
    talkShare: { fair: 0.7, good: 0.6, why: "the manager presents the plan" },
  });

  it("bands the same share by the pattern's thresholds, and says whose they are", () => {
    const plain = scoreTranscript(lines, ONE_ON_ONE).metrics.managerTalkShare;
    const presenting = scoreTranscript(lines, PRESENTING).metrics.managerTalkShare;
    expect(plain.value).toBe(presenting.value);
    expect(plain.value).toBeGreaterThan(0.6);
    expect(plain.value).toBeLessThan(0.7);
    expect(plain.band).toBe("poor");
    expect(presenting.band).toBe("fair");
    expect(presenting.thresholds).toEqual({ fair: 0.7, good: 0.6, higherIsBetter: false });
    expect(presenting.source).toBe(
      "This pattern: the manager presents the plan; fair up to 70%, good up to 60%",
    );
  });

  it("refuses bands the wrong way round, naming the field", () => {
    const wrong = PatternSchema.safeParse({
      ...ONE_ON_ONE,
      talkShare: { fair: 0.5, good: 0.6, why: "x" },
    });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]).toMatchObject({
      path: ["talkShare", "good"],
      message: "good must be below fair (less talking is better)",
    });
  });
});
