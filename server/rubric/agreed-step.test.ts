import { describe, expect, it } from "vitest";
import { alternating, patternOf, shippedContent } from "../../tests/support/shipped-content";
import { scoreTranscript } from "./index";

/**
 * Review 6 (27 November), item 6: a step about agreeing is done only once they agree. A proposal
 * they hedge on, or do not answer, is partial, and says so; live sessions decide by the persona's
 * recorded intent, as the persona engine's "agreed to a next step" does (a `commit`).
 */
const content = await shippedContent();
const feedback = patternOf(content, "delivering-difficult-feedback");
const PLAN =
  "So to make it concrete: you pick a second codeowner by Friday, I get it approved, and you draft the review guide by end of next week. Does that work for you?";
const OPENING = [
  "In the last two weeks 14 of your review comments on Growth PRs were one line with no reason.",
  "I'm the only codeowner. I review forty percent of all PRs, mostly at night.",
];
const nextStep = (card: ReturnType<typeof scoreTranscript>) =>
  card.steps.find((s) => s.id === "next-step");

describe("Agree a specific next step", () => {
  it.each([
    "Maybe. I'd want to see the numbers first.",
    "Hm. Okay.",
    "Okay. Thanks.",
    "Noted. Thanks.",
  ])("is partial when the reply is %j, and says they did not agree", (reply) => {
    const step = nextStep(scoreTranscript(alternating(...OPENING, PLAN, reply), feedback));
    expect(step?.status).toBe("partial");
    expect(step?.note).toMatch(/Proposed; they did not agree to it yet\.$/);
    expect(step?.evidence[0]?.turn).toBe(2);
  });

  it("is partial when the proposal is the last word", () => {
    expect(nextStep(scoreTranscript(alternating(...OPENING, PLAN), feedback))?.status).toBe(
      "partial",
    );
  });

  it.each(["Fine. I'll have the names to you by Friday.", "Okay. That's workable.", "Deal."])(
    "is done when the reply is %j",
    (reply) => {
      expect(
        nextStep(scoreTranscript(alternating(...OPENING, PLAN, reply), feedback))?.status,
      ).toBe("hit");
    },
  );

  it("is done after a hedge once a restated step is accepted", () => {
    const card = scoreTranscript(
      alternating(
        ...OPENING,
        PLAN,
        "Maybe. I'd want to see the numbers first.",
        "I'll send you the review numbers tomorrow, and you pick the codeowner by Friday.",
        "Fine. Friday.",
      ),
      feedback,
    );
    expect(nextStep(card)?.status).toBe("hit");
  });

  it("follows the recorded intent where there is one, as the persona engine counts agreement", () => {
    const turns = alternating(...OPENING, PLAN, "Okay. Let's do that.");
    const agreed = scoreTranscript(turns, feedback, {
      employeeIntents: [null, null, null, "commit"],
    });
    const acknowledged = scoreTranscript(turns, feedback, {
      employeeIntents: [null, null, null, "acknowledge"],
    });
    expect(nextStep(agreed)?.status).toBe("hit");
    expect(nextStep(acknowledged)?.status).toBe("partial");
  });

  it("every pattern's required 'Agree …' step asks for their agreement", () => {
    for (const pattern of content.patterns.values()) {
      for (const step of pattern.steps) {
        if (step.required && /^Agree\b/.test(step.title))
          expect(step.agreedWhen, `${pattern.id}/${step.id}`).toBeDefined();
      }
    }
  });
});
