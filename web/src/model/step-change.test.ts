import { describe, expect, it } from "vitest";
import { pairSteps, stepChange, stepRank } from "./step-change";

describe("stepChange", () => {
  it("ranks done over partly over missed, and not reached with missed", () => {
    expect(stepChange("missed", "hit")).toBe("better");
    expect(stepChange("partial", "hit")).toBe("better");
    expect(stepChange("hit", "partial")).toBe("worse");
    expect(stepChange("not_reached", "missed")).toBe("same");
    expect(stepChange("hit", "hit")).toBe("same");
  });

  it("has no change where a step did not apply or is absent", () => {
    expect(stepChange("not_applicable", "hit")).toBeUndefined();
    expect(stepChange("hit", "not_applicable")).toBeUndefined();
    expect(stepChange(null, "hit")).toBeUndefined();
    expect(stepChange("missed", undefined)).toBeUndefined();
    expect(stepRank("not_applicable")).toBeUndefined();
  });
});

describe("pairSteps", () => {
  it("pairs by id in the first card's order, then steps only the second has", () => {
    const a = [
      { id: "obs", title: "State an observation", status: "hit" },
      { id: "ask", title: "Ask for their view", status: "missed" },
    ];
    const b = [
      { id: "ask", title: "Ask for their view", status: "hit" },
      { id: "next", title: "Agree a next step", status: "hit" },
    ];
    expect(pairSteps(a, b).map((p) => [p.id, p.a?.status ?? null, p.b?.status ?? null])).toEqual([
      ["obs", "hit", null],
      ["ask", "missed", "hit"],
      ["next", null, "hit"],
    ]);
    expect(pairSteps(undefined, b).map((p) => p.title)).toEqual([
      "Ask for their view",
      "Agree a next step",
    ]);
  });
});
