import { describe, expect, it } from "vitest";
import { endedText } from "./labels";

describe("endedText", () => {
  it("says why the conversation ended once, not the outcome and then the same again", () => {
    expect(endedText("shut_down", "They shut down and stopped engaging.")).toBe(
      "They shut down and stopped engaging.",
    );
    expect(endedText("escalated", "The conversation escalated past the point of repair.")).toBe(
      "The conversation escalated past the point of repair.",
    );
  });
  it("falls back to the outcome in words without a reason", () => {
    expect(endedText("shut_down", undefined)).toBe("They shut down.");
    expect(endedText("something_new", "")).toBe("something_new.");
    expect(endedText(undefined, undefined)).toBe("");
  });
});
