import { describe, expect, it } from "vitest";
import { spreadMarkers } from "./markers";

describe("spreadMarkers", () => {
  it("moves apart two circles on one turn that would cover each other", () => {
    // Trust 6 % and engagement 4 % after turn 1: the review saw circle 4 cover circle 1.
    const placed = spreadMarkers(
      [
        { label: "1", cx: 100, cy: 190 },
        { label: "4", cx: 100, cy: 194 },
        { label: "2", cx: 100, cy: 60 },
      ],
      20,
      0,
      200,
    );
    const ys = placed.map((m) => m.cy);
    for (const [i, a] of ys.entries())
      for (const b of ys.slice(i + 1)) expect(Math.abs(a - b)).toBeGreaterThanOrEqual(20);
    // The order from top to bottom stays, and nothing leaves the plot.
    expect(placed.map((m) => m.label)).toEqual(["1", "4", "2"]);
    expect((placed[0]?.cy ?? 0) < (placed[1]?.cy ?? 0)).toBe(true);
    expect(Math.max(...ys)).toBeLessThanOrEqual(200);
    // A circle that covered nothing stays where it was.
    expect(placed[2]?.cy).toBe(60);
  });

  it("moves only the circles that overlap, with one at the very top of the plot", () => {
    // Stress 100 %, guard 66 %, trust 6 %, engagement 4 % on one turn (a plot 0–200 px high).
    const placed = spreadMarkers(
      [
        { cx: 100, cy: 0 },
        { cx: 100, cy: 68 },
        { cx: 100, cy: 188 },
        { cx: 100, cy: 192 },
      ],
      20,
      9,
      191,
    );
    expect(placed.map((m) => m.cy)).toEqual([9, 68, 171, 191]);
  });

  it("leaves circles on different turns where they are", () => {
    const markers = [
      { cx: 100, cy: 50 },
      { cx: 200, cy: 50 },
    ];
    expect(spreadMarkers(markers, 20, 0, 200)).toEqual(markers);
  });
});
