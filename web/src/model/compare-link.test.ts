import { describe, expect, it } from "vitest";
import type { SessionSummary } from "../../../server/sessions/record.schema";
import { attemptToCompare } from "./compare-link";

describe("the debrief's link to compare attempts", () => {
  const attempt = (
    id: string,
    createdAt: number,
    overall: number | null,
    firstLineAt: number | null = createdAt,
  ): SessionSummary => ({
    id,
    scenarioId: "s",
    scenarioTitle: "S",
    status: overall === null ? "active" : "ended",
    outcome: null,
    createdAt,
    endedAt: null,
    overall,
    passed: overall === null ? null : overall >= 70,
    patternId: overall === null ? null : "feedback",
    earlier: null,
    firstLineAt,
  });
  const other = { ...attempt("o", 5, 90), scenarioId: "other" };

  it("offers the scored attempt before this one, numbered as History numbers it", () => {
    const list = [attempt("1", 10, 50), attempt("2", 20, null), attempt("3", 30, 70), other];
    expect(attemptToCompare(list, "3")).toEqual({ id: "1", n: 1, earlier: true });
    // The first attempt compares with the next scored one; a conversation never started is no attempt.
    const withEmpty = [attempt("0", 5, null, null), ...list];
    expect(attemptToCompare(withEmpty, "1")).toEqual({ id: "3", n: 3, earlier: false });
  });

  it("offers nothing without another scored attempt of the scenario, or for someone else's", () => {
    expect(attemptToCompare([attempt("1", 10, 50), other], "1")).toBeNull();
    expect(attemptToCompare([attempt("1", 10, 50), attempt("2", 20, null)], "1")).toBeNull();
    expect(attemptToCompare([attempt("1", 10, 50), attempt("2", 20, 60)], "not-mine")).toBeNull();
    // An attempt still in flight has no score to compare.
    expect(attemptToCompare([attempt("1", 10, 50), attempt("2", 20, null)], "2")).toBeNull();
  });
});
