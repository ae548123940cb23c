import type { Reader, SentenceCondition, Where } from "../content/pattern.schema";
import type { Move, MoveKind } from "../moves";
import { READ } from "./readers";

/** Whether a detected move counts for a step or an anti-pattern, judged on its sentence. */
export type MoveTest = (m: Move, turnMoves: readonly Move[], text: string) => boolean;

interface Compiled {
  readonly withMoves: readonly MoveKind[] | undefined;
  readonly unlessMoves: readonly MoveKind[] | undefined;
  readonly matches: RegExp | undefined;
  readonly unlessMatches: RegExp | undefined;
  readonly unlessReads: readonly Reader[] | undefined;
}

const compile = (c: SentenceCondition): Compiled => ({
  withMoves: c.withMoves,
  unlessMoves: c.unlessMoves,
  matches: c.matches === undefined ? undefined : new RegExp(c.matches, "i"),
  unlessMatches: c.unlessMatches === undefined ? undefined : new RegExp(c.unlessMatches, "i"),
  unlessReads: c.unlessReads,
});

/** Another move of `kinds` on the same sentence as `m` (an overlapping span). */
function sameSentence(m: Move, turnMoves: readonly Move[], kinds: readonly MoveKind[]): boolean {
  for (const x of turnMoves) {
    if (x !== m && x.start < m.end && m.start < x.end && kinds.includes(x.move)) return true;
  }
  return false;
}

function holds(c: Compiled, m: Move, turnMoves: readonly Move[], text: string): boolean {
  if (c.withMoves && !sameSentence(m, turnMoves, c.withMoves)) return false;
  if (c.unlessMoves && sameSentence(m, turnMoves, c.unlessMoves)) return false;
  if (c.matches === undefined && c.unlessMatches === undefined && c.unlessReads === undefined)
    return true;
  const sentence = text.slice(m.start, m.end);
  if (c.matches && !c.matches.test(sentence)) return false;
  if (c.unlessMatches?.test(sentence)) return false;
  return !c.unlessReads?.some((r) => READ[r](sentence).length > 0);
}

/**
 * The test for a move of `kinds`, each under its condition in `where` (docs/scoring.md, "Sentence
 * conditions"): a move of another kind never counts; one whose kind has no condition always does.
 */
export function moveTest(kinds: readonly MoveKind[], where: Where | undefined): MoveTest {
  if (where === undefined) return (m) => kinds.includes(m.move);
  const compiled = new Map<MoveKind, Compiled>();
  for (const [kind, c] of Object.entries(where) as [MoveKind, SentenceCondition | undefined][]) {
    if (c !== undefined) compiled.set(kind, compile(c));
  }
  return (m, turnMoves, text) => {
    if (!kinds.includes(m.move)) return false;
    const c = compiled.get(m.move);
    return c === undefined || holds(c, m, turnMoves, text);
  };
}
