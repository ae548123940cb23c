import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import type { MoveKind } from "./move.schema";

/**
 * Lines a newcomer's whole-conversation review found read as the wrong move (first run, 27
 * November), each with other sentences of its class and near-misses that keep their reading.
 */
const EMPLOYEE =
  "The synchronous checkout path paged me nine times last month, and my RFC got closed in four minutes.";
const movesOf = (text: string, employee = EMPLOYEE): MoveKind[] =>
  detectMoves(text, { previous: [{ speaker: "employee", text: employee }] }).map((m) => m.move);

describe("an order after their name is not a say-back (#16)", () => {
  it.each([
    "Tomás, you need to stop taking it personally.",
    "Tomás, you need to stop worrying about it.",
    "Elena, you have to stop feeling so attacked by every comment.",
    "Honestly, Marcus, you need to stop being so upset about the review.",
    "Elena, you have to let him finish before you answer.",
  ])("%s", (line) => {
    const moves = movesOf(line);
    expect(moves).not.toContain("reflection");
    expect(moves).toContain("advice");
  });

  it.each([
    // A need said back, after the name, is still a reflection.
    "Priya, you need to rest.",
    "Tomás, you need to feel heard on this before anything else.",
  ])("keeps a need said back: %s", (line) => {
    expect(movesOf(line)).toContain("reflection");
  });
});

describe("the hurt ordered away or made ordinary is a dismissal (#16)", () => {
  it.each([
    "Tomás, you need to stop taking it personally.",
    "Quit taking it so personally.",
    "Everyone gets their RFCs closed.",
    "We've all had designs shot down.",
    "Everybody gets a PR rejected now and then.",
    "All of us have had proposals turned down.",
  ])("%s", (line) => {
    expect(movesOf(line, "It was humiliating.")).toContain("dismissal");
  });

  it.each([
    "Everyone gets their RFCs reviewed by two people.",
    "The RFC was closed in four minutes.",
    "Everyone got their bonus.",
    "I'd like to stop the threads in public before they get more personal.",
  ])("not %s", (line) => {
    expect(movesOf(line, "It was humiliating.")).not.toContain("dismissal");
  });
});

describe("someone else's reasoning, or the case itself, is not a say-back (#8)", () => {
  const SHOCK = "Okay. I didn't expect that.";
  it.each([
    "Their reasoning: your delivery is clearly at Staff level, but the packet shows little cross-team technical leadership and not much mentoring.",
    "The committee's feedback was that your design work is strong but you haven't led anything across teams.",
    "The panel's view is that you're close, but there's not enough evidence of mentoring.",
    "The main reason is that they wanted more evidence of technical leadership beyond your own team.",
    "The gap is cross-team technical leadership; the packet has no design you led outside Search.",
  ])("%s", (line) => {
    const moves = movesOf(line, SHOCK);
    expect(moves).not.toContain("reflection");
    expect(moves).toContain("information");
  });

  it.each([
    "It sounds like their decision felt unfair to you.",
    "It sounds like their verdict stung.",
    "So your reasoning is that you did the work and nobody noticed.",
  ])("keeps a say-back about it: %s", (line) => {
    expect(movesOf(line, SHOCK)).toContain("reflection");
  });
});

describe("a praise word they are quoted as saying leaves the absolute a charge (#13)", () => {
  it.each([
    'You always say "all good" and clearly it isn\'t.',
    "You always say all good.",
    "You never say anything but 'great'.",
    "You always tell me everything's good.",
    "You always write 'LGTM, great work' without reading the diff.",
  ])("%s", (line) => {
    expect(movesOf(line, "All good.")).toContain("blame_absolute");
  });

  it.each([
    "You always bring great ideas to planning.",
    "You're always good about flagging risks early.",
    "You always do a good job on the runbooks.",
  ])("praise stays praise: %s", (line) => {
    expect(movesOf(line, "All good.")).not.toContain("blame_absolute");
  });
});
