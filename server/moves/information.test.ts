import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import type { TranscriptTurn } from "./move.schema";

const kinds = (text: string, previous?: string) => {
  const context: TranscriptTurn[] | undefined =
    previous === undefined ? undefined : [{ speaker: "employee", text: previous }];
  return detectMoves(text, context ? { previous: context } : undefined).map((m) => m.move);
};

describe("information: a statement that tells, with no other move", () => {
  it.each([
    "The committee meets again in March and reviews every packet then.",
    "We've decided to freeze hiring until the budget is approved.",
    "The promotion committee decided not to move the packet forward this cycle.",
    "Budgets for next year were fixed before the review season started.",
    "Finance confirmed that the band for this role is already at its top.",
  ])("%s", (text) => {
    expect(kinds(text)).toContain("information");
    expect(kinds(text, "I don't get why it takes so long.")).toContain("information");
  });

  it.each([
    ["You seem tired lately and quieter in stand-ups.", "a remark about the listener"],
    ["Okay, fair enough.", "too short to inform"],
    ["What happened in the review on Tuesday?", "a question"],
    ["Thanks for sending the doc ahead of time, it helped a lot.", "thanks, already a move"],
    ["Let's check in on this at our one-on-one next Tuesday.", "a follow-up, already a move"],
  ])("%s is not information (%s)", (text) => {
    expect(kinds(text)).not.toContain("information");
  });
});
