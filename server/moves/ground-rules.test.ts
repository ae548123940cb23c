import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import type { MoveKind } from "./move.schema";

/**
 * A ground rule put to the two of a mediation is about how they will talk, not a saying-back of
 * either of them (review 8b #8: "each of you finishes without being interrupted" read as a
 * reflection after Elena's "Noted.", and the offline engine had her correct it).
 */
const movesOf = (text: string, previous = "Noted."): MoveKind[] =>
  detectMoves(text, { previous: [{ speaker: "employee", text: previous }] }).map((m) => m.move);

describe("ground rules are no reflection", () => {
  it.each([
    // The reviewer's line, then paraphrases.
    "Two ground rules, if you're ok with them: each of you finishes without being interrupted, and we criticise designs, not people. Can we agree to that?",
    "Before we start, one rule if you're both fine with it: each of you gets to finish without the other jumping in. Would that work for you both?",
    "A couple of ground rules, if that works for you: nobody interrupts, and we talk about the designs, not about each other.",
  ])("%s", (text) => {
    expect(movesOf(text)).not.toContain("reflection");
  });

  it("still reads a saying-back of what they said as one", () => {
    expect(
      movesOf(
        "So you'd finish the failure section first, before anyone reviews it.",
        "I'd rather finish the failure section first, then get it reviewed.",
      ),
    ).toContain("reflection");
  });
});
