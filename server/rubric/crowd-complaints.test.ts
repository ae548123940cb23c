import { describe, expect, it } from "vitest";
import { alternating, patternOf, shippedContent } from "../../tests/support/shipped-content";
import { detectMoves } from "../moves";
import { lintDraft, scoreTranscript } from "./index";

/**
 * Review 6 (27 November), item 5: "people are complaining about your code reviews." got no
 * appeal-to-the-crowd flag (the rule knew "complained" and "been complaining", not "are
 * complaining"), and the debrief flagged nothing on that turn. A crowd complaining about them, with
 * no instance, is an appeal to the crowd as a draft and vague feedback on the scorecard.
 */
const content = await shippedContent();
const rules = [...content.lintRules.values()];
const rulesOf = (text: string) => new Set(lintDraft(text, rules).flags.map((f) => f.rule));

const CROWD = [
  "people are complaining about your code reviews.",
  "Everyone is complaining about your code reviews.",
  "Everyone's complaining about your tone in reviews.",
  "A few people have complained about your reviews.",
  "Honestly, folks on the team are complaining about how you run stand-up.",
];

describe("a crowd complaining about them", () => {
  it.each(CROWD)("is an appeal to the crowd in a draft: %s", (line) => {
    expect(rulesOf(line).has("appeal-to-the-crowd")).toBe(true);
  });

  it.each(CROWD.slice(0, 4))("is vague feedback, flagged on the scorecard: %s", (line) => {
    expect(detectMoves(line).map((m) => m.move)).toContain("vague_feedback");
    const card = scoreTranscript(
      alternating(line, "Okay.", "What's your read on the reviews?"),
      patternOf(content, "delivering-difficult-feedback"),
    );
    expect(card.antiPatterns.filter((f) => f.turn === 0).map((f) => f.id)).toContain("vague");
  });

  it.each([
    // about something else, or with its instance
    "People are complaining about the rota, and I think they're right; let's fix it together.",
    "People are complaining that the build is slow.",
  ])("not a complaint about them: %s", (line) => {
    expect(rulesOf(line).has("appeal-to-the-crowd")).toBe(false);
    expect(detectMoves(line).map((m) => m.move)).not.toContain("vague_feedback");
  });

  it("a complaint with its instance is not vague", () => {
    const moves = detectMoves("A few people complained about your comment on PR 4411.");
    expect(moves.map((m) => m.move)).not.toContain("vague_feedback");
  });
});
