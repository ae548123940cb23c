import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import { compileHotRegexes, compileRegex, hot, hotRegexes, LONG_SUBJECT } from "./hot-regexes";

describe("hot regexes", () => {
  it("registers the detectors' per-sentence regexes when their modules load", () => {
    // questions.ts, detect-moves.ts, sandwich.ts, reflection-depth.ts, permission.ts, segment.ts
    expect(hotRegexes().length).toBeGreaterThanOrEqual(50);
    expect(new Set(hotRegexes()).size).toBe(hotRegexes().length);
  });

  it("leaves a g regex's lastIndex at 0 after compiling it", () => {
    const re = hot(/x/g);
    compileHotRegexes();
    expect(re.lastIndex).toBe(0);
    const other = /x x/g;
    compileRegex(other);
    expect(other.lastIndex).toBe(0);
    expect(LONG_SUBJECT.length).toBeGreaterThanOrEqual(1000);
  });

  it("changes no result: moves are the same before and after compiling", () => {
    const text = "Great demo, but you missed the deadline twice. Still, really proud of you.";
    const before = detectMoves(text);
    compileHotRegexes();
    expect(detectMoves(text)).toEqual(before);
    expect(before.map((m) => m.move)).toContain("sandwich");
  });
});
