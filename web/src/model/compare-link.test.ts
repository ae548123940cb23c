import { describe, expect, it } from "vitest";
import type { SessionSummary } from "../../../server/sessions/record.schema";
import type { InboxItem } from "../api/people";
import { attemptToCompare, sharedAttemptToCompare } from "./compare-link";

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

describe("the review page's link to compare a manager's shared attempts", () => {
  const shared = (
    sessionId: string,
    n: number | null,
    scored = true,
    more: Partial<InboxItem> = {},
  ): InboxItem =>
    ({
      sessionId,
      scenarioId: "s",
      scenarioTitle: "S",
      owner: { id: "priya", displayName: "Priya" },
      status: "ended",
      overall: scored ? 70 : null,
      counted: scored ? ({ overall: 70, passed: true } as InboxItem["counted"]) : null,
      attempt: n === null ? null : { n, of: 3, startedAt: n * 10 },
      sharedAt: 100,
      review: null,
      ...more,
    }) as InboxItem;

  it("offers the manager's earlier shared attempt, by History's number, else the next", () => {
    const inbox = [shared("b", 3), shared("a", 1)];
    expect(sharedAttemptToCompare(inbox, "b")).toEqual({ id: "a", n: 1, earlier: true });
    expect(sharedAttemptToCompare(inbox, "a")).toEqual({ id: "b", n: 3, earlier: false });
  });

  it("offers nothing without another shared scored attempt of the same manager and scenario", () => {
    expect(sharedAttemptToCompare([shared("b", 3)], "b")).toBeNull();
    expect(
      sharedAttemptToCompare(
        [
          shared("b", 3),
          shared("x", 1, true, { owner: { id: "marco", displayName: "Marco" } }),
          shared("y", 2, true, { scenarioId: "other" }),
          shared("z", 1, true, { deletedAt: 5 }),
          shared("w", 2, false),
        ],
        "b",
      ),
    ).toBeNull();
    // Not an attempt yet (no line said), or not in my inbox: nothing to offer.
    expect(sharedAttemptToCompare([shared("b", null), shared("a", 1)], "b")).toBeNull();
    expect(sharedAttemptToCompare([shared("a", 1)], "elsewhere")).toBeNull();
  });
});
