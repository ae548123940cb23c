import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import { adviceWithoutPermission, isAdviceInvited } from "./permission";

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
});
