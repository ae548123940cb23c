import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import type { MoveKind } from "./move.schema";

/**
 * Review 5 (27 November), item 6: a verdict on the person by the yardstick of their rank was read
 * as a reflection of what they said (credit for listening), and a brush-off of their reasons was
 * not flagged. Sentences written for these rules, in several voices, with near-misses.
 */
const EMPLOYEE =
  "We estimate in points and then get judged in dates. The migration estimate was set before anyone opened the code.";
const movesOf = (text: string): MoveKind[] =>
  detectMoves(text, { previous: [{ speaker: "employee", text: EMPLOYEE }] }).map((m) => m.move);

describe("a verdict measured against their seniority is vague feedback, never a reflection", () => {
  it.each([
    "Frankly, for someone at your level, that's embarrassing.",
    "I'd expect a lot better from someone with your experience.",
    "Someone as experienced as you should know better.",
    "Missing a sprint goal is unacceptable for a senior engineer.",
    "Honestly, this is not good enough from someone as senior as you.",
    "You of all people should know better.",
  ])("%s", (line) => {
    const moves = movesOf(line);
    expect(moves).toContain("vague_feedback");
    expect(moves).not.toContain("reflection");
  });

  it.each([
    // Their level as information, with no verdict.
    "For someone at your level, the committee looks for cross-team design work.",
    // The person is not the yardstick: the situation is judged, on their side.
    "It's not acceptable that someone as senior as you is stuck on the pager every night.",
    "Someone as senior as you shouldn't have to carry every alert alone.",
    // The shortfall owned by the speaker.
    "I expected more support for someone at your level, and that's on me.",
    // Knowing better than something named is not the bare verdict.
    "You know better than anyone how the ledger works.",
  ])("%s is not vague feedback", (line) => {
    expect(movesOf(line)).not.toContain("vague_feedback");
  });
});

describe("their reasons brushed aside before they are heard is a dismissal", () => {
  it.each([
    "I don't really care why, I just need the tickets closed.",
    "Honestly I don't care about the reasons, the dates are the dates.",
    "I'm not interested in the reasons, just fix it.",
    "Spare me the backstory.",
    "I don't need to know why, just get it done.",
    "The why doesn't matter here.",
  ])("%s", (line) => {
    expect(movesOf(line)).toContain("dismissal");
  });

  it.each([
    // Room given on the how.
    "I don't care how you do it, as long as it ships by Friday.",
    // The brush-off denied.
    "It's not that I don't care why, I do.",
    "I'm not interested in blame, I want to understand why.",
    // Put second to a way forward, not waved away.
    "I don't care why it broke as much as how we stop it happening again.",
    "I really do care why this keeps happening.",
    "You don't need to explain why you took the day off.",
  ])("%s is not a dismissal", (line) => {
    expect(movesOf(line)).not.toContain("dismissal");
  });
});

describe("a put-down is never credited as listening (review 5, item 17)", () => {
  it.each([
    "I hear you, but you're overreacting.",
    "What I'm hearing is excuses.",
    "So what I'm hearing is a lot of excuses.",
    "It sounds like you're making a big deal out of nothing.",
  ])("%s is a dismissal, not a reflection", (line) => {
    const moves = movesOf(line);
    expect(moves).toContain("dismissal");
    expect(moves).not.toContain("reflection");
  });

  it.each([
    "It sounds like you've been carrying a lot, and it's not your fault.",
    "I hear you, it's frustrating, and it isn't your fault.",
    // Not dismissals: growing up somewhere, and what they were made to say of themselves.
    "You want your son to grow up somewhere safe.",
    "You were made to say you're lucky.",
  ])("%s still says back what was heard", (line) => {
    const moves = movesOf(line);
    expect(moves).toContain("reflection");
    expect(moves).not.toContain("dismissal");
  });

  it.each([
    "I hear you, and I don't think you're overreacting.",
    "I'm not saying you're being too sensitive.",
    "I don't think you're exaggerating.",
  ])("%s denies the put-down: no dismissal", (line) => {
    expect(movesOf(line)).not.toContain("dismissal");
  });

  it("an order to grow up is still a dismissal", () => {
    expect(movesOf("Oh, just grow up.")).toContain("dismissal");
  });
});
