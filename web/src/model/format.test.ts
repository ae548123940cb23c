import { describe, expect, it } from "vitest";
import { percent, pointsBetween } from "./format";

describe("pointsBetween", () => {
  it("is the difference of the two percentages shown beside it", () => {
    // Compare attempts showed "53%" and "66% (+14 pts)": the raw levels differ by 13.8 points.
    const [a, b] = [0.526, 0.664];
    expect([percent(a), percent(b)]).toEqual(["53%", "66%"]);
    expect(pointsBetween(a, b)).toBe("+13 pts");
    // Engagement 75% and 99%: "+24 pts", not the raw "+25 pts".
    expect(pointsBetween(0.754, 0.994)).toBe("+24 pts");
    expect(pointsBetween(0.664, 0.526)).toBe("\u221213 pts");
    expect(pointsBetween(0.501, 0.504)).toBe("0 pts");
  });
});
