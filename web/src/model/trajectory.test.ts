import { describe, expect, it } from "vitest";
import type { WireTurn } from "../../../server/sessions/protocol.schema";
import type { TrajectoryPoint } from "../../../server/sessions/record.schema";
import { describeChange, isBetter, largeChanges, seriesOf } from "./trajectory";
import { managerNumbers, renumberNote, scoredTurnIndex } from "./transcript";

const turns: WireTurn[] = [0, 1, 2, 3, 4, 5].map((index) => ({
  id: `t${index}`,
  index,
  seq: index + 2,
  speaker: index % 2 === 0 ? "manager" : "employee",
  text: index === 3 ? "" : `line ${index}`,
  status: "complete",
}));
const point = (
  turn: number,
  state: Record<string, number>,
  changes: [string, number, string][],
): TrajectoryPoint => ({
  turn,
  speakerId: "dana",
  intent: "deflect",
  state: { dana: state },
  changes: changes.map(([variable, delta, cause]) => ({
    personaId: "dana",
    variable,
    delta,
    cause,
  })),
  reveals: [],
});
const points = [
  point(1, { trust: 0.5, guard: 0.5, stress: 0.4, engagement: 0.5 }, [
    ["trust", 0.05, "open_question"],
  ]),
  point(3, { trust: 0.3, guard: 0.7, stress: 0.5, engagement: 0.5 }, [
    ["trust", -0.15, "blame_absolute"],
    ["trust", -0.05, "memory"],
    ["trust", 0.0, "drift"],
    ["guard", 0.2, "blame_absolute"],
    ["stress", 0.1, "blame_absolute"],
  ]),
  point(5, { trust: 0.45, guard: 0.6, stress: 0.5, engagement: 0.6 }, [
    ["trust", 0.1, "reflection"],
    ["trust", 0.05, "perspective_ask"],
  ]),
];

describe("seriesOf", () => {
  it("plots the state before the first line and after each of the manager's turns", () => {
    const s = seriesOf(points, "dana", turns);
    expect(s.x).toEqual([0, 1, 2, 3]);
    expect(s.values.trust.map((v) => v?.toFixed(2))).toEqual(["0.45", "0.50", "0.30", "0.45"]);
    expect(s.values.guard).toEqual([0.5, 0.5, 0.7, 0.6]);
  });
  it("is empty for a persona who is not in the conversation", () => {
    expect(seriesOf(points, "jun", turns)).toEqual({
      x: [],
      values: { trust: [], guard: [], stress: [], engagement: [] },
    });
  });
});

describe("largeChanges", () => {
  it("marks moves of 0.15 or more with the manager turn and the causes that pushed that way", () => {
    const big = largeChanges(points, turns);
    expect(big.map(describeChange)).toEqual([
      "trust \u221220 pts at turn 2: absolute or blaming words, memory",
      "guard +20 pts at turn 2: absolute or blaming words",
      "trust +15 pts at turn 3: a reflection of what they said, a question about their view",
    ]);
    // Guard going up is for the worse, trust going up for the better.
    expect(big.map(isBetter)).toEqual([false, false, true]);
    expect(big[0]?.managerTurn).toBe(2);
  });
  it("leaves small moves out", () => {
    expect(largeChanges([points[0] as TrajectoryPoint], turns)).toEqual([]);
  });
});

describe("transcript numbering", () => {
  it("numbers the manager's lines from 1", () => {
    expect([...managerNumbers(turns)]).toEqual([
      [0, 1],
      [2, 2],
      [4, 3],
    ]);
  });
  it("maps a scored position past an empty reply back to the turn index", () => {
    const at = scoredTurnIndex(turns);
    expect([0, 2, 3, 4, 9].map(at)).toEqual([0, 2, 4, 5, undefined]);
  });
});

describe("renumberNote", () => {
  const at = scoredTurnIndex(turns);
  const numbers = managerNumbers(turns);
  it.each([
    // Position 4 (Turn 4) is index 4 once the empty reply is left out: the manager's third line.
    ['Turn 4: "line 4" (reflection).', 'Turn 3: "line 4" (reflection).'],
    ["Turn 1 and Turn 3.", "Turn 1 and Turn 2."],
    // Position 2 is an employee turn: left as written.
    ["Turn 2: x", "Turn 2: x"],
    ["No manager turn showed next_step.", "No manager turn showed next_step."],
  ])("%s → %s", (note, out) => {
    expect(renumberNote(note, at, (i) => numbers.get(i))).toBe(out);
  });
});
