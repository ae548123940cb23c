import { describe, expect, it } from "vitest";
import { alternating, patternOf, shippedContent } from "../../tests/support/shipped-content";
import { detectMoves } from "../moves";
import { disownedDecision, promisedOutcomes } from "../sim/disowning";
import { scoreTranscript } from "./index";

// Review 8b #1 and #11: the promotion "not yet" conversation.
const promotion = patternOf(await shippedContent(), "promotion-readiness-conversation");
const REPLY = "Okay.";
const quoted = (text: string, spans: readonly { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end));

describe("an outcome promised that the manager does not control", () => {
  it.each([
    [
      "look I can promise you'll get it in H1. I'll make sure of it.",
      "look I can promise you'll get it in H1.",
    ],
    [
      "you'll definitely make Staff next cycle, trust me",
      "you'll definitely make Staff next cycle, trust me",
    ],
    ["I'll make sure you get promoted in H1.", "I'll make sure you get promoted in H1."],
  ])("%s", (line, sentence) => {
    expect(quoted(line, promisedOutcomes(line))).toEqual([sentence]);
  });
  it.each([
    "I promise I'll send you the gap list by Friday.",
    "I can't promise you'll get it in H1, but I'll argue for you.",
    "I'll make sure the committee sees the design review.",
  ])("not: %s", (line) => {
    expect(promisedOutcomes(line)).toEqual([]);
  });
});

describe("the decision disowned", () => {
  it.each([
    ["ok so the answer is not this cycle. I'm sorry. it's not my decision", "it's not my decision"],
    ["I know, I know. honestly I think they got it wrong.", "honestly I think they got it wrong."],
    [
      "Between us, I don't agree with the decision.",
      "Between us, I don't agree with the decision.",
    ],
    ["its not up to me tbh", "its not up to me tbh"],
    [
      "Maybe I can push the committee to look again.",
      "Maybe I can push the committee to look again.",
    ],
  ])("%s", (line, sentence) => {
    expect(quoted(line, disownedDecision(line))).toEqual([sentence]);
  });
  it.each([
    "You think they got it wrong, and I hear that.",
    "I argued for you in calibration and lost, and I'm annoyed about it.",
    "The committee decided not yet, and here is what they need to see.",
  ])("not: %s", (line) => {
    expect(disownedDecision(line)).toEqual([]);
  });
});

describe("the scorecard flags both, on the exact turn", () => {
  it("flags the reviewer's fearful lines", () => {
    const card = scoreTranscript(
      alternating(
        "ok so the answer is not this cycle. I'm sorry. it's not my decision",
        REPLY,
        "look I can promise you'll get it in H1. I'll make sure of it.",
        REPLY,
        "I'll be honest: if it were up to me, you'd be Staff already.",
      ),
      promotion,
    );
    expect(card.antiPatterns.map((a) => [a.id, a.turn, a.quote])).toEqual([
      ["disowned-decision", 0, "it's not my decision"],
      ["promised-outcome", 2, "look I can promise you'll get it in H1."],
      ["disowned-decision", 4, "I'll be honest: if it were up to me, you'd be Staff already."],
    ]);
  });
});

describe("the decision told after a preface that it comes straight", () => {
  const decision =
    "Hi Marcus. I want to get straight to it because I know you've been waiting: the committee met on the 14th and decided not to promote you to Staff this cycle.";
  it.each([
    decision,
    "I'll be direct with you: you're not getting the promotion this cycle.",
    "Here's the news: the panel decided it's not yet, for this round.",
  ])("is read from after the colon, and no validation: %s", (line) => {
    const kinds = detectMoves(line).map((m) => m.move);
    expect(kinds).not.toContain("validation");
    expect(kinds.some((k) => k === "information" || k === "specific_observation")).toBe(true);
  });
  it("shares the decision, and is not the disappointment acknowledged", () => {
    const card = scoreTranscript(alternating(decision, REPLY), promotion);
    const step = (id: string) => card.steps.find((s) => s.id === id);
    expect(step("decision-first")?.status).toBe("hit");
    expect(step("decision-first")?.evidence[0]?.quote).toContain("decided not to promote you");
    expect(step("acknowledge")?.status).toBe("missed");
  });
  it("the process and a disowned decision do not share it", () => {
    const card = scoreTranscript(
      alternating(
        "and the committee, they have their process, and it's not really up to me, there were a lot of packets this time",
      ),
      promotion,
    );
    expect(card.steps.find((s) => s.id === "decision-first")?.status).toBe("missed");
  });
});

describe("a step with byTurn", () => {
  const late = {
    ...promotion,
    steps: promotion.steps.map((s) => (s.id === "decision-first" ? { ...s, byTurn: 2 } : s)),
  };
  const status = (...lines: string[]) =>
    scoreTranscript(alternating(...lines), late).steps.find((s) => s.id === "decision-first");
  it("is hit when done after a greeting", () => {
    expect(
      status(
        "Hi Marcus, thanks for coming.",
        REPLY,
        "The committee decided not to promote you to Staff this cycle.",
      )?.status,
    ).toBe("hit");
  });
  it("is partial when it comes after turns of hedging, saying on which turn", () => {
    const step = status(
      "Hi Marcus, thanks for coming.",
      REPLY,
      "I wanted to talk about the promo thing.",
      REPLY,
      "It is not really up to me, there were a lot of packets this time.",
      REPLY,
      "The committee decided not to promote you to Staff this cycle.",
    );
    expect(step?.status).toBe("partial");
    expect(step?.note).toMatch(/^Done only on turn 7 .*after 3 turns without it/);
  });
});
