import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import type { MoveKind } from "./move.schema";

/**
 * How managers say the constructive moves in plain words (issue 4), written for these rules and
 * not taken from the evaluation lines: for each move, sentences that must carry it and
 * near-misses that must not.
 */
const has = (text: string, move: MoveKind): boolean =>
  detectMoves(text).some((m) => m.move === move);

interface Table {
  readonly move: MoveKind;
  readonly matches: readonly string[];
  readonly nearMisses: readonly string[];
}

const TABLES: readonly Table[] = [
  {
    move: "specific_observation",
    matches: [
      // A share of a counted set, and a pair named.
      "In both releases, two of the four migrations you owned were rolled back.",
      "Four of the seven incidents this quarter were paged to you after midnight.",
      "Two of them were merged without a second reviewer.",
      // A number after last/past counts whatever follows it.
      "Your last three status notes say the same thing.",
      // "by" that reports, not a deadline.
      "The hotfix was reverted by the on-call engineer on the 4th.",
      // The perfect, its negation and irregular past forms.
      "You've skipped the design sync since February.",
      "You haven't opened a ticket in the last two sprints.",
      "At the retro on Tuesday you spoke for most of the hour.",
      "Since the 3rd you've taken over six support escalations.",
      "One of your PRs sat in review for the last nine days.",
    ],
    nearMisses: [
      "One of the best demos we've had.",
      "Most of them were fine, honestly.",
      "Please get the two of the five remaining tickets reviewed by Friday.",
      "I'd like us to look at the last four sprints together.",
      "I'll check in on Monday after you've spoken to the platform team.",
      "We'll review it on the 12th once you've tested it.",
    ],
  },
];

describe("managers' own words", () => {
  for (const table of TABLES) {
    describe(table.move, () => {
      it.each(table.matches)(`finds ${table.move} in %j`, (text) => {
        expect(has(text, table.move)).toBe(true);
      });
      it.each(table.nearMisses)(`finds no ${table.move} in %j`, (text) => {
        expect(has(text, table.move)).toBe(false);
      });
    });
  }
});
