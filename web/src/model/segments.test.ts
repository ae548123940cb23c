import { describe, expect, it } from "vitest";
import { formatSigned, humanize } from "./format";
import { segmentText } from "./segments";

describe("segmentText", () => {
  it("marks one span", () => {
    expect(segmentText("You always miss it.", [{ start: 4, end: 10, key: "a" }])).toEqual([
      { text: "You ", start: 0, keys: [], ends: [] },
      { text: "always", start: 4, keys: ["a"], ends: ["a"] },
      { text: " miss it.", start: 10, keys: [], ends: [] },
    ]);
  });
  it("splits overlapping spans and keeps every character once", () => {
    const segs = segmentText("abcdef", [
      { start: 1, end: 4, key: "x" },
      { start: 3, end: 5, key: "y" },
    ]);
    expect(segs.map((s) => [s.text, s.keys])).toEqual([
      ["a", []],
      ["bc", ["x"]],
      ["d", ["x", "y"]],
      ["e", ["y"]],
      ["f", []],
    ]);
    expect(segs.map((s) => s.text).join("")).toBe("abcdef");
    // Each span's marker goes once, where it ends.
    expect(segs.map((s) => s.ends)).toEqual([[], [], ["x"], ["y"], []]);
  });
  it("clips spans past the end and drops empty ones", () => {
    expect(
      segmentText("hi", [
        { start: 1, end: 9, key: "a" },
        { start: 1, end: 1, key: "b" },
      ]),
    ).toEqual([
      { text: "h", start: 0, keys: [], ends: [] },
      { text: "i", start: 1, keys: ["a"], ends: ["a"] },
    ]);
  });
  it("leaves markup-looking text as text", () => {
    const text = '<img src=x onerror="alert(1)">';
    expect(segmentText(text, [])).toEqual([{ text, start: 0, keys: [], ends: [] }]);
  });
});

describe("format", () => {
  it.each([
    [-0.2, "\u22120.2"],
    [0.15, "+0.15"],
    [0.0001, "0"],
    [-0.125, "\u22120.13"],
  ])("formatSigned(%d) → %s", (n, out) => {
    expect(formatSigned(n)).toBe(out);
  });
  it("humanizes ids", () => {
    expect(humanize("blame_absolute")).toBe("blame absolute");
    expect(humanize("dana-okafor")).toBe("dana okafor");
  });
});
