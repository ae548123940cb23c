import { describe, expect, it } from "vitest";
import { detectMoves } from "../../server/moves";
import { annomiLabelOf } from "./annomi";
import { esconvLabelOf } from "./esconv";
import { questionShare } from "./main-move";

/** Sentences written for Flightdeck; nothing here comes from the corpora. */
const label = (text: string) => {
  const moves = detectMoves(text);
  return { annomi: annomiLabelOf(moves, text), esconv: esconvLabelOf(moves, text) };
};

describe("one label per turn (main behaviour)", () => {
  it("measures the share of a turn held by its question sentences", () => {
    const text = "The rota changes on Monday. Does that work?";
    expect(questionShare(detectMoves(text), text)).toBeCloseTo(
      "Does that work?".length / text.length,
      5,
    );
    expect(questionShare(detectMoves("The rota changes on Monday."), "x")).toBe(0);
  });

  // The question is longer than the 40-character reaction check, so only the share rule applies.
  it("lets a long piece of input keep its label over a short question after it", () => {
    const text =
      "The incident review found that the alert fired forty minutes after the queue backed up, and the runbook still points at the old dashboard. We recommend moving the alert threshold down to five minutes. What do you think about trying that next week?";
    expect(label(text).annomi).toBe("therapist_input");
  });

  it("keeps a turn that is mostly a question a question", () => {
    const text =
      "Okay. What would a good on-call week look like for you, and what gets in the way?";
    expect(label(text)).toEqual({ annomi: "question", esconv: "Questions" });
  });

  it("keeps a question however short when nothing else in the turn has a label", () => {
    const text =
      "Thursday went by and the tickets piled up while the whole team sat in the planning offsite all afternoon. Why?";
    expect(label(text).annomi).toBe("question");
    expect(label(text).esconv).toBe("Questions");
  });

  it("counts every question without the turn's text, as before", () => {
    const text =
      "The incident review found that the alert fired forty minutes after the queue backed up, and the runbook still points at the old dashboard. We recommend moving the alert threshold down to five minutes. What do you think about trying that next week?";
    expect(annomiLabelOf(detectMoves(text))).toBe("question");
  });
});
