import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import shipped from "../../server/moves/learned/weights.json" with { type: "json" };
import { readTrainingData } from "./data";

const ROOT = resolve(import.meta.dirname, "../..");

describe("the learned reader's shipped weights", () => {
  it("were trained on the committed sets with the committed code (else: npm run train:moves)", () => {
    const data = readTrainingData(join(ROOT, "eval", "manager-lines"));
    expect(shipped.trainedOn.sha256).toBe(data.sha256);
    expect(shipped.trainedOn.lines).toBe(data.lines.length);
  });

  it("never reads a blind set", () => {
    const data = readTrainingData(join(ROOT, "eval", "manager-lines"));
    expect(new Set(data.lines.map((l) => l.set))).toEqual(
      new Set(["development", "held out", "fresh", "fresh 2", "fresh 3", "review 2"]),
    );
  });
});
