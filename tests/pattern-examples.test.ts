import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../server/content";
import type { Pattern } from "../server/content/pattern.schema";
import { detectMoves, type MoveKind } from "../server/moves";
import { scoreTranscript } from "../server/rubric";

/**
 * Every good and bad example in every pattern file is classified as the file says: each listed move
 * is detected. A bad example also shows one of its pattern's anti-patterns when scored as a one-turn
 * transcript, and a good example shows none of the pattern's anti-pattern moves.
 */
const { content, problems } = await loadContent(join(import.meta.dirname, ".."));
const patterns = [...content.patterns.values()];

/** Structures that need a whole conversation: any single turn would show them. */
const CONVERSATION_STRUCTURES = new Set(["no_next_step", "talk_dominance"]);

const cases = (kind: "good" | "bad") =>
  patterns.flatMap((p) => p.examples[kind].map((e) => [p.id, e.text, e.moves, p] as const));

const antiPatternMoves = (p: Pattern): Set<MoveKind> =>
  new Set(p.antiPatterns.flatMap((a) => a.moves ?? []));

describe("pattern examples", () => {
  it("loads every pattern", () => {
    expect(problems).toEqual([]);
    expect(patterns.length).toBeGreaterThan(0);
  });

  describe.each([["good"], ["bad"]] as const)("%s examples", (kind) => {
    it.each(cases(kind))("%s: %j has %j", (_, text, moves) => {
      const found = new Set(detectMoves(text).map((m) => m.move));
      const missing = moves.filter((m) => !found.has(m));
      expect(missing, `detected: ${[...found].join(", ") || "nothing"}`).toEqual([]);
    });
  });

  it.each(cases("bad"))(
    "%s: bad example %j shows an anti-pattern of its pattern",
    (_, text, _m, p) => {
      const card = scoreTranscript({ turns: [{ speaker: "manager", text }] }, p);
      const flagged = card.antiPatterns
        .filter((f) => !CONVERSATION_STRUCTURES.has(f.trigger))
        .map((f) => f.id);
      expect(
        flagged.length,
        `moves: ${detectMoves(text)
          .map((m) => m.move)
          .join(", ")}`,
      ).toBeGreaterThan(0);
    },
  );

  it.each(cases("good"))("%s: good example %j shows no anti-pattern move", (_, text, _m, p) => {
    // Scored, so an anti-pattern's sentence conditions (`where`) apply: advice to share a win is
    // not "more work".
    const card = scoreTranscript({ turns: [{ speaker: "manager", text }] }, p);
    const bad = antiPatternMoves(p);
    expect(
      card.antiPatterns.filter((f) => bad.has(f.trigger as MoveKind)).map((f) => f.trigger),
    ).toEqual([]);
  });
});
