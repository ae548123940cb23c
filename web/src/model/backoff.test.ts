import { describe, expect, it } from "vitest";
import { backoffMs } from "./backoff";

describe("backoffMs", () => {
  it("doubles from half a second and stops at ten seconds", () => {
    expect([0, 1, 2, 3, 4, 5, 10].map((a) => backoffMs(a, 0))).toEqual([
      500, 1000, 2000, 4000, 8000, 10_000, 10_000,
    ]);
  });
  it("jitters downwards by at most 30 %", () => {
    expect(backoffMs(2, 0.999)).toBeGreaterThanOrEqual(1400);
    expect(backoffMs(2, 0.999)).toBeLessThan(2000);
  });
});
