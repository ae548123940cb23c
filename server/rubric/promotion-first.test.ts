import { describe, expect, it } from "vitest";
import { alternating, patternOf, shippedContent } from "../../tests/support/shipped-content";
import { detectMoves } from "../moves";
import { scoreTranscript } from "./index";

// Review 8b #1, second part: "first" checked. The decision said in the first line, in wordings
// other than "decided not to promote you", reads as the decision; said only after turns of hedging
// it is Partly.
const promotion = patternOf(await shippedContent(), "promotion-readiness-conversation");
const REPLY = "Okay.";
const decisionStep = (...lines: string[]) =>
  scoreTranscript(alternating(...lines), promotion).steps.find((s) => s.id === "decision-first");

describe("the decision in the first line, however it is worded", () => {
  it.each([
    // Labelled conversations (held-out, fresh, fresh-2), then paraphrases of our own.
    "I’ve got news from calibration and I don’t want to make you wait for it: it’s a no for Staff this round.",
    "Marcus, I'll say it up front: the committee met on the 14th and you're not being promoted to Staff this round.",
    "So, Marcus, the committee met on the 14th, and I'm afraid it's a not-yet on Staff.",
    "I have the outcome from the panel and I won't keep you waiting: it's a not-yet for Staff.",
    "Priya, I'll be straight with you: it's a no on the promotion this cycle.",
    "So, Sam, calibration happened on Tuesday, and I'm afraid the answer is no for this round.",
    "Dana, I'm afraid it's a no for Senior this time.",
  ])("%s", (line) => {
    const kinds = detectMoves(line).map((m) => m.move);
    expect(kinds).not.toContain("summary");
    expect(kinds).not.toContain("reflection");
    expect(kinds).not.toContain("next_step");
    const step = decisionStep(line, REPLY);
    expect(step?.status).toBe("hit");
    expect(step?.evidence[0]?.turn).toBe(0);
  });
  it("a summing-up of what they said is still one", () => {
    const text =
      "So, the volume is huge, you're brought in late, and short comments are how you keep up.";
    expect(detectMoves(text).map((m) => m.move)).toContain("summary");
  });
});

describe("the decision buried", () => {
  it("the reviewer's fearful flight: told on turn 4 is Partly, saying so", () => {
    const step = decisionStep(
      "hi marcus, thanks for coming, how are you doing?",
      REPLY,
      "so um. I wanted to talk about the promo thing. I just want to say first that I really really fought for you in there, like I was the loudest person in the room honestly",
      REPLY,
      "and the committee, they have their process, and it's not really up to me, there were a lot of packets this time and the bar is kind of moving",
      REPLY,
      "ok so the answer is not this cycle. I'm sorry. I'm really sorry. it's not my decision",
      REPLY,
    );
    expect(step?.status).toBe("partial");
    expect(step?.note).toMatch(/^Done only on turn 7 .*after 3 turns without it/);
  });
  it("a greeting first, then the decision, is still first", () => {
    const step = decisionStep(
      "Hi Marcus, thanks for making the time.",
      REPLY,
      "The committee decided not to promote you to Staff this cycle.",
    );
    expect(step?.status).toBe("hit");
  });
});
