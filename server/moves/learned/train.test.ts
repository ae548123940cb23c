import { describe, expect, it } from "vitest";
import { sigmoid } from "./model";
import { chooseThreshold, type Example, trainLogistic } from "./train";

const toy: Example[] = [
  { features: ["w:by", "time"], label: 1, weight: 1 },
  { features: ["w:by", "time", "w:i'll"], label: 1, weight: 1 },
  { features: ["time", "w:i'll"], label: 1, weight: 1 },
  { features: ["w:great", "w:job"], label: 0, weight: 1 },
  { features: ["w:great", "time"], label: 0, weight: 3 },
  { features: ["w:job", "w:by"], label: 0, weight: 1 },
  { features: ["w:great", "w:i'll"], label: 0, weight: 1 },
];

describe("trainLogistic", () => {
  it("gives the same weights for the same examples, bit for bit", () => {
    const a = trainLogistic(toy);
    const b = trainLogistic(toy);
    expect(b.bias).toBe(a.bias);
    expect([...b.weights]).toEqual([...a.weights]);
  });

  it("learns which features go with the label", () => {
    const { bias, weights } = trainLogistic(toy, {
      l2: 0.001,
      epochs: 300,
      rate: 0.5,
      minCount: 1,
      prune: 0,
    });
    const p = (fs: string[]) => sigmoid(fs.reduce((z, f) => z + (weights.get(f) ?? 0), bias));
    expect(p(["w:by", "time", "w:i'll"])).toBeGreaterThan(0.5);
    expect(p(["w:great", "w:job"])).toBeLessThan(0.5);
  });

  it("leaves out features seen too rarely and prunes small weights", () => {
    const { weights } = trainLogistic(toy, {
      l2: 0.001,
      epochs: 50,
      rate: 0.5,
      minCount: 3,
      prune: 0,
    });
    expect(weights.has("w:job")).toBe(false);
    expect(weights.has("time")).toBe(true);
  });
});

describe("chooseThreshold", () => {
  const rule = { minPrecision: 0.6, floor: 0.3, nearMissAllowance: 0 };
  it("adds the most labelled moves above no near-miss at the precision asked", () => {
    const scored = [
      { score: 0.9, label: 1 as const },
      { score: 0.8, label: 1 as const },
      { score: 0.7, label: 0 as const },
      { score: 0.6, label: 1 as const },
      { score: 0.5, label: -1 as const },
      { score: 0.4, label: 1 as const },
    ];
    expect(chooseThreshold(scored, rule)).toBe(0.6);
  });
  it("adds nothing when precision is never reached or the scores are low", () => {
    expect(
      chooseThreshold(
        [
          { score: 0.9, label: 0 },
          { score: 0.8, label: 0 },
          { score: 0.7, label: 1 },
        ],
        rule,
      ),
    ).toBe(Number.POSITIVE_INFINITY);
    expect(chooseThreshold([{ score: 0.2, label: 1 }], rule)).toBe(Number.POSITIVE_INFINITY);
  });
  it("does not split a tie", () => {
    const scored = [
      { score: 0.9, label: 1 as const },
      { score: 0.5, label: 1 as const },
      { score: 0.5, label: 0 as const },
      { score: 0.5, label: 0 as const },
    ];
    expect(chooseThreshold(scored, rule)).toBe(0.9);
  });
});
