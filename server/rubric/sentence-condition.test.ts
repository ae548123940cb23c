import { describe, expect, it } from "vitest";
import { type Pattern, PatternSchema } from "../content/pattern.schema";
import type { Transcript } from "../moves";
import { scoreTranscript } from "./index";

/** A pattern written for these tests, so content edits cannot change what they check. */
function pattern(extra: { steps?: unknown[]; antiPatterns?: unknown[] }): Pattern {
  return PatternSchema.parse({
    id: "test-conditions",
    title: "Test conditions",
    level: "L1",
    version: 1,
    context: "A test.",
    problem: "A test.",
    steps: extra.steps ?? [
      { id: "a", title: "A", evidencedBy: ["open_question"], required: false },
      { id: "b", title: "B", evidencedBy: ["closed_question"], required: false },
    ],
    antiPatterns: extra.antiPatterns ?? [
      { id: "t", title: "T", moves: ["threat"], critical: true, why: "x", better: "y" },
    ],
    examples: {
      good: ["a", "b", "c", "d"].map((text) => ({ text, moves: ["open_question"] })),
      bad: ["a", "b", "c", "d"].map((text) => ({ text, moves: ["advice"] })),
    },
    snippet: "…",
  });
}

const managerSays = (...lines: string[]): Transcript => ({
  turns: lines.flatMap((text) => [
    { speaker: "manager" as const, text },
    { speaker: "employee" as const, text: "Okay." },
  ]),
});

const STEP_AP = { id: "t", title: "T", moves: ["threat"], critical: true, why: "x", better: "y" };

describe("sentence conditions (where)", () => {
  const specific = pattern({
    steps: [
      {
        id: "specific",
        title: "Name it specifically",
        evidencedBy: ["specific_observation", "appreciation"],
        where: { appreciation: { matches: "\\d" } },
        required: true,
      },
      { id: "other", title: "Other", evidencedBy: ["next_step"], required: false },
    ],
    antiPatterns: [STEP_AP],
  });

  it("counts a move as a step's evidence only when its sentence meets the step's condition", () => {
    const vague = scoreTranscript(managerSays("Good job on the cutover."), specific);
    expect(vague.steps[0]?.status).toBe("missed");
    const concrete = scoreTranscript(
      managerSays("Good job on the cutover.", "Thanks for getting all 184,000 orders across."),
      specific,
    );
    expect(concrete.steps[0]?.status).toBe("hit");
    expect(concrete.steps[0]?.evidence.map((e) => e.turn)).toEqual([2]);
  });

  it("reads another move on the same sentence (withMoves, unlessMoves)", () => {
    const p = pattern({
      steps: [
        {
          id: "neutral",
          title: "Neutral",
          evidencedBy: ["next_step"],
          where: { next_step: { unlessMoves: ["advice"] } },
          required: false,
        },
        { id: "other", title: "Other", evidencedBy: ["open_question"], required: false },
      ],
      antiPatterns: [
        {
          id: "self-advice",
          title: "Advice wrapped in a story",
          moves: ["advice"],
          where: { advice: { withMoves: ["self_disclosure"] } },
          critical: false,
          why: "x",
          better: "y",
        },
      ],
    });
    const card = scoreTranscript(
      managerSays(
        "You should write it up, honestly.",
        "You should try meditation, it really helped me.",
        "I'll write the summary by Friday.",
      ),
      p,
    );
    expect(card.antiPatterns.map((f) => f.turn)).toEqual([2]);
    expect(card.steps[0]?.status).toBe("hit");
  });

  it("keeps a move out of an anti-pattern when its sentence matches unlessMatches", () => {
    const p = pattern({
      antiPatterns: [
        {
          id: "more-work",
          title: "More work",
          moves: ["advice"],
          where: { advice: { unlessMatches: "\\ball-hands\\b" } },
          critical: false,
          why: "x",
          better: "y",
        },
      ],
    });
    const card = scoreTranscript(
      managerSays("You should present it at the all-hands.", "You should take the on-call too."),
      p,
    );
    expect(card.antiPatterns.map((f) => f.quote)).toEqual(["You should take the on-call too."]);
  });

  it("rejects a condition that does not compile or says nothing", () => {
    const step = (where: unknown) => ({
      steps: [
        { id: "a", title: "A", evidencedBy: ["advice"], where, required: false },
        { id: "b", title: "B", evidencedBy: ["advice"], required: false },
      ],
    });
    expect(() => pattern(step({ advice: { matches: "(" } }))).toThrow(/regular expression/);
    expect(() => pattern(step({ advice: {} }))).toThrow(/at least one of/);
    expect(() => pattern(step({ advise: { matches: "x" } }))).toThrow();
    expect(() => pattern(step({ appreciation: { matches: "x" } }))).toThrow(
      /appreciation\\?" is not in evidencedBy/,
    );
  });
});

describe("one penalty per sentence", () => {
  const p = pattern({
    antiPatterns: [
      {
        id: "brush-off",
        title: "Dismissing",
        moves: ["dismissal"],
        critical: true,
        why: "x",
        better: "y",
      },
      {
        id: "fixing",
        title: "Advice before listening",
        structure: "advice_before_asking",
        critical: false,
        why: "x",
        better: "y",
      },
      {
        id: "speech",
        title: "Monologue",
        structure: "monologue",
        critical: false,
        why: "x",
        better: "y",
      },
    ],
  });

  it("lists a second flag on the same sentence without its penalty; the most severe counts", () => {
    const card = scoreTranscript(managerSays("Everyone's tired, you should just push through."), p);
    expect(card.antiPatterns.map((f) => [f.id, f.sameSentenceAs])).toEqual([
      ["brush-off", undefined],
      ["fixing", "brush-off"],
    ]);
    // The empty part ("0 flags at −5 and …") is left out (review 2: #19).
    expect(card.explanation).toContain("Anti-patterns: 1 critical at −15 = −15;");
    expect(card.explanation).toContain(
      "1 more flag on a sentence already penalised, without points",
    );
    expect(card.failReasons).toEqual(['Critical anti-pattern "Dismissing" on turn 1.']);
  });

  it("penalises flags on different sentences of a turn, and turn-shaped flags, each", () => {
    const card = scoreTranscript(
      managerSays("You should take a day off. Everyone's tired, that's just what on-call is like."),
      p,
    );
    expect(card.antiPatterns.map((f) => [f.id, f.sameSentenceAs])).toEqual([
      ["fixing", undefined],
      ["brush-off", undefined],
    ]);
    const long = `Everyone's tired, that's just what on-call is like. ${"We all carry the pager and it is what it is. ".repeat(14)}`;
    const monologue = scoreTranscript(managerSays(long), p);
    expect(monologue.antiPatterns.every((f) => f.sameSentenceAs === undefined)).toBe(true);
    expect(monologue.antiPatterns.map((f) => f.id).sort()).toEqual(["brush-off", "speech"]);
  });
});
