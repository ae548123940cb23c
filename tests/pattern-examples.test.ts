import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../server/content";
import { patternExampleIssues } from "../server/rubric/example-checks";

/**
 * Every good and bad example in every pattern file is classified as the file says: each listed move
 * is detected. A bad example also shows one of its pattern's anti-patterns when scored as a one-turn
 * transcript, and a good example shows none of the pattern's anti-pattern moves. The same check
 * `flightdeck validate` runs on a facilitator's patterns (server/rubric/example-checks.ts).
 */
const { content, problems } = await loadContent(join(import.meta.dirname, ".."));
const patterns = [...content.patterns.values()];

describe("pattern examples", () => {
  it("loads every pattern", () => {
    expect(problems).toEqual([]);
    expect(patterns.length).toBeGreaterThan(0);
  });

  // A test per example (the issue asks for one), each reading the shared check's issues at its path.
  const issues = new Map(patterns.map((p) => [p.id, patternExampleIssues(p)]));
  const cases = patterns.flatMap((p) =>
    (["good", "bad"] as const).flatMap((kind) =>
      p.examples[kind].map((e, i) => [p.id, kind, e.text, i] as const),
    ),
  );
  it.each(cases)("%s: %s example %j is what its file says", (id, kind, _text, i) => {
    const mine = (issues.get(id) ?? []).filter(
      (issue) => issue.path[1] === kind && issue.path[2] === i,
    );
    expect(mine.map((issue) => issue.message)).toEqual([]);
  });
});
