import { describe, expect, it } from "vitest";
import { scoreTranscript } from "../server/rubric";
import { alternating, patternOf, shippedContent } from "./support/shipped-content";

/**
 * Review 7 (#7), at the level of a step: the docs' example scenario (docs/authoring.md, a skipped
 * on-call handover) ended "still needed: the impact" although the manager's second line stated the
 * cost to Wei. Scored against the shipped feedback pattern.
 */
const content = await shippedContent();
const impact = (line: string) =>
  scoreTranscript(
    alternating(
      "Hi Dana, thanks for making time. I'd like to talk about last week's on-call handover. Is now ok?",
      "Sure.",
      line,
      "It was a rough week.",
    ),
    patternOf(content, "delivering-difficult-feedback"),
  ).steps.find((s) => s.id === "impact")?.status;

describe("the cost to a named person, with its cause, describes the impact", () => {
  it("with the observation in the same line: hit", () => {
    expect(
      impact(
        "Last Tuesday your on-call week ended without a handover, and Wei spent forty minutes at 02:10 working out which migration had run. What happened from your side?",
      ),
    ).toBe("hit");
  });

  it("with no observation before it: partial (the step must follow the observation)", () => {
    expect(
      impact(
        "Because there was no handover, Wei lost forty minutes at 2am finding out which migration had already run.",
      ),
    ).toBe("partial");
  });

  it.each([
    "Last Tuesday your on-call week ended without a handover. What happened from your side?",
    "Wei lost forty minutes in traffic on Tuesday, so he's a bit behind.",
  ])("not: %s", (line) => {
    expect(impact(line)).toBe("missed");
  });
});
