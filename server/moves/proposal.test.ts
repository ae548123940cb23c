import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import { isProposal, proposalSpans } from "./proposal";

describe("a step put to the listener to weigh", () => {
  it.each([
    "How about you log every interrupt for the next sprint and we bring that log to Thursday's sprint planning?",
    "Would you be willing to talk to Wei this week, and in the next design review let people finish before you jump in?",
    "What if you reviewed two other teams' design docs a month, and we picked one to co-lead?",
    "If we could fix the on-call load on Platform, would that change anything for you?",
    "Lets meet every two weeks from next Friday, does that work?",
  ])("%s", (text) => {
    expect(isProposal(detectMoves(text))).toBe(true);
  });

  it.each([
    "I'll talk to the DevEx lead this week about the opening.",
    "How was the sprint?",
    "You're doing great work.",
  ])("%s puts nothing to them", (text) => {
    expect(isProposal(detectMoves(text))).toBe(false);
  });

  it("gives the span of the sentence that proposes", () => {
    const text = "Thanks for that. How about we pair on the rollback plan on Friday?";
    const [span] = proposalSpans(detectMoves(text));
    expect(text.slice(span?.start, span?.end)).toBe(
      "How about we pair on the rollback plan on Friday?",
    );
  });
});
