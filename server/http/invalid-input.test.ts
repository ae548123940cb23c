import { describe, expect, it } from "vitest";
import { z } from "zod";
import { FlightdeckError } from "../errors";
import { describeIssues, parseInput, pathAt } from "./invalid-input";

const Body = z.strictObject({
  scenarioId: z.string().min(1),
  seed: z.number().int().optional(),
  options: z
    .strictObject({ difficulty: z.number().max(5) })
    .partial()
    .optional(),
});

const problems = (value: unknown, where?: string) => {
  const result = Body.safeParse(value);
  if (result.success) throw new Error("expected a problem");
  return describeIssues(result.error.issues, where, Body);
};

describe("describeIssues: one wording for request and frame problems (review 7, #9d)", () => {
  it("names each problem by its dotted path from the root of what was sent", () => {
    expect(problems({}, "body")).toBe("body.scenarioId: missing (expected string)");
    expect(problems({ scenarioId: "x", options: { difficulty: 9 } }, "body")).toBe(
      "body.options.difficulty: Too big: expected number to be <=5",
    );
  });

  it("says every problem, joined by semicolons, not only the first", () => {
    expect(problems({ scenarioId: 5, seed: "x" }, "body")).toBe(
      "body.scenarioId: Invalid input: expected string, received number; body.seed: Invalid input: expected number, received string",
    );
  });

  it("names an unknown key with the keys that would do, at the root and inside an optional object", () => {
    expect(problems({ scenarioId: "x", extra: 1 }, "body")).toBe(
      'body: unknown key "extra" (expected scenarioId, seed, options)',
    );
    expect(problems({ scenarioId: "x", options: { dificulty: 2 } }, "body")).toBe(
      'body.options: unknown key "dificulty" (expected difficulty)',
    );
    expect(problems({ scenarioId: "x", a: 1, b: 2 }, "query")).toBe(
      'query: unknown keys "a", "b" (expected scenarioId, seed, options)',
    );
  });

  it("a websocket frame is its own root: the path alone, or the problem alone", () => {
    expect(problems({})).toBe("scenarioId: missing (expected string)");
    expect(problems("text")).toBe("Invalid input: expected object, received string");
  });

  it("parseInput refuses with FD_BAD_REQUEST in the same words, and reads a valid value", () => {
    expect(parseInput(Body, { scenarioId: "x" }, "body")).toEqual({ scenarioId: "x" });
    expect(() => parseInput(Body, { scenarioId: "" }, "body")).toThrow(FlightdeckError);
    expect(() => parseInput(Body, undefined, "body")).toThrow(
      "body.scenarioId: missing (expected string)",
    );
  });

  it("pathAt words where unstorable text sits the same way", () => {
    expect(pathAt("body", "text")).toBe("body.text");
    expect(pathAt("body", "(value)")).toBe("body");
    expect(pathAt(undefined, "options.note")).toBe("options.note");
  });
});
