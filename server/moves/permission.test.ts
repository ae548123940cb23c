import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import { adviceWithoutPermission, isAdviceInvited, isAdviceInvitedByText } from "./permission";

describe("advice and permission", () => {
  it("counts advice as unasked when nothing asked first", () => {
    const moves = detectMoves("You should split the migration into two deploys.");
    expect(adviceWithoutPermission(moves)).toHaveLength(1);
  });

  it("counts advice as invited after a permission ask in the same turn", () => {
    const moves = detectMoves("Can I share a thought? You should split the migration.");
    expect(adviceWithoutPermission(moves)).toEqual([]);
  });

  it("does not let a permission ask after the advice invite it", () => {
    const moves = detectMoves("You should split the migration. Can I share a thought?");
    expect(adviceWithoutPermission(moves)).toHaveLength(1);
  });

  it("counts advice as invited after a permission ask in the previous manager turn", () => {
    const previous = detectMoves("Would it be okay if I offered a suggestion?");
    const moves = detectMoves("Try blocking two hours a day for deep work.");
    const advice = moves.find((m) => m.move === "advice");
    expect(advice).toBeDefined();
    expect(advice && isAdviceInvited(advice, moves, previous)).toBe(true);
    expect(advice && isAdviceInvited(advice, moves)).toBe(false);
  });

  // MITI 4.2: advice the person asked for, or given while leaving the choice to them, is invited.
  it.each([
    ["It's your call, but you could split the migration.", undefined],
    ["You know your team best; maybe try a shorter standup.", undefined],
    ["Try quarantining them for a week.", "What should I do about the flaky tests?"],
    ["Pair with Sam on the first deploy.", "Do you have any advice for the migration?"],
  ])("counts advice as invited by the words around it: %s", (text, employee) => {
    expect(isAdviceInvitedByText(text, employee)).toBe(true);
  });

  it.each([
    ["If you decide to take the role, you should talk to Sam first.", undefined],
    ["You should split the migration.", "The tests are flaky again."],
    ["Try quarantining them.", "I asked the platform team about the flaky tests."],
  ])(
    "does not count advice as invited without an ask or a choice left open: %s",
    (text, employee) => {
      expect(isAdviceInvitedByText(text, employee)).toBe(false);
    },
  );
});
