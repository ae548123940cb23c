import { describe, expect, it } from "vitest";
import { afterFailure, EMAIL_RULE, type ThrottleState, waitMs } from "./throttle";

describe("login backoff", () => {
  it("lets the first failures through, then doubles the wait up to the cap", () => {
    let state: ThrottleState | undefined;
    const waits: number[] = [];
    for (let i = 0; i < 20; i++) {
      state = afterFailure(state, 0, EMAIL_RULE);
      waits.push(waitMs(state, 0));
    }
    expect(waits.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(waits.slice(5, 9)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(Math.max(...waits)).toBe(EMAIL_RULE.maxMs);
  });

  it("lets a key try again once its wait has passed", () => {
    const state = { failures: 6, blockedUntil: 5_000 };
    expect(waitMs(state, 4_000)).toBe(1_000);
    expect(waitMs(state, 5_000)).toBe(0);
    expect(waitMs(undefined, 0)).toBe(0);
  });
});
