import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import { reflectionDepth, turnReflectionDepth } from "./reflection-depth";
import { normaliseText } from "./segment";

const depth = (manager: string, employee?: string) =>
  reflectionDepth(normaliseText(manager), employee && normaliseText(employee));

describe("reflectionDepth", () => {
  it("calls a restatement of what was said simple", () => {
    const said = "The pager went off every night this week and I barely slept.";
    expect(depth("So the pager went off every night.", said)).toBe("simple");
    expect(depth("You barely slept this week.", said)).toBe("simple");
    expect(depth("You're exhausted.", "Honestly I'm exhausted.")).toBe("simple");
  });

  it("calls a feeling the speaker did not name complex", () => {
    const said = "The pager went off every night this week.";
    expect(depth("You're exhausted.", said)).toBe("complex");
    expect(depth("That sounds really frustrating.", said)).toBe("complex");
  });

  it("calls both sides of ambivalence, a guess or a value complex", () => {
    const said = "I want the promotion but I also want my evenings.";
    expect(
      depth("Part of you wants the promotion, and part of you wants your evenings back.", said),
    ).toBe("complex");
    expect(depth("It's as if nobody sees the on-call work.", said)).toBe("complex");
    expect(depth("Being trusted with the design matters to you.", said)).toBe("complex");
  });

  it("calls a metaphor for their state, or what it feels like they cannot do, complex", () => {
    const said = "I took the extra shifts again because nobody else would.";
    expect(depth("You're running on fumes.", said)).toBe("complex");
    expect(depth("It's feeling like you can't turn anything down.", said)).toBe("complex");
    expect(depth("So you took the extra shifts again.", said)).toBe("simple");
  });
});

describe("turnReflectionDepth", () => {
  const employee = "The estimates were set before I even saw the tickets.";
  const previous = [{ speaker: "employee" as const, text: employee }];
  const turn = (text: string) =>
    turnReflectionDepth(text, detectMoves(text, { previous }), employee);

  it("is null without a reflection", () => {
    expect(turn("Did you raise it in planning?")).toBeNull();
  });

  it("calls a long reflection complex: it links and extends past a restatement", () => {
    expect(
      turn(
        "So the estimates were set before you saw the tickets, and the board assumed a full week from you while the interrupts kept coming in.",
      ),
    ).toBe("complex");
  });

  it("follows the most complex reflection sentence of the turn", () => {
    expect(turn("So the estimates were set before you saw the tickets.")).toBe("simple");
    expect(
      turn("So the estimates were set before you saw the tickets. That must be frustrating."),
    ).toBe("complex");
  });

  it("calls a summary complex", () => {
    expect(
      turnReflectionDepth("To sum up: …", [{ move: "summary", start: 0, end: 12 }], employee),
    ).toBe("complex");
  });
});
