import { describe, expect, it } from "vitest";
import { alternating, patternOf, shippedContent } from "../../tests/support/shipped-content";
import { scoreTranscript } from "./index";

/**
 * Fresh-3 round: when the engineer names the next meeting or the next step themselves ("same time
 * next week?") and the manager goes along with it, the manager has not skipped the step; the step
 * does not apply. A manager who leaves it unnamed on both sides still misses it.
 */
const content = await shippedContent();
const pattern = (id: string) => patternOf(content, id);
const status = (patternId: string, stepId: string, ...lines: string[]) =>
  scoreTranscript(alternating(...lines), pattern(patternId)).steps.find((s) => s.id === stepId)
    ?.status;

describe("the engineer named the next meeting", () => {
  it.each([
    ["weekly-one-on-one", "next"],
    ["sharing-a-hard-decision", "next-step"],
    ["promotion-readiness-conversation", "follow-up"],
  ])("%s / %s does not apply", (p, s) => {
    expect(
      status(
        p,
        s,
        "How has the week been?",
        "Fine. Can we check in again next Tuesday?",
        "Sure, that works.",
      ),
    ).toBe("not_applicable");
  });

  it.each([
    ["weekly-one-on-one", "next"],
    ["sharing-a-hard-decision", "next-step"],
    ["promotion-readiness-conversation", "follow-up"],
  ])("%s / %s is missed when nobody names it", (p, s) => {
    expect(status(p, s, "How has the week been?", "Fine, busy.", "Okay, thanks.")).toBe("missed");
  });
});
