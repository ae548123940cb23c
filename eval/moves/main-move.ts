import type { Move, MoveKind } from "../../server/moves";

export const QUESTION_MOVES: readonly MoveKind[] = ["open_question", "closed_question"];

/**
 * Below this share of a turn, its questions do not decide the turn's label when another row of
 * the precedence table matches: a round figure (a third), not the best one on the dev data.
 */
export const MINOR_QUESTION_SHARE = 1 / 3;

/**
 * Share of a turn's characters (surrounding space left out) that lie in sentences holding a
 * question move, each sentence counted once.
 */
export function questionShare(moves: readonly Move[], text: string): number {
  const length = text.trim().length;
  if (length === 0) return 0;
  let covered = 0;
  let lastStart = -1;
  for (const m of moves) {
    if (!QUESTION_MOVES.includes(m.move) || m.start === lastStart) continue;
    lastStart = m.start;
    covered += m.end - m.start;
  }
  return Math.min(covered / length, 1);
}

/**
 * One label for a turn from a precedence table: the first row whose moves occur wins, except
 * that the question row is passed over when the turn's questions are a minor part of it and a
 * later row also matches. Both corpora label the *main* behaviour of an utterance (AnnoMI's
 * `main_therapist_behaviour`, "the (main) therapist behaviour of this utterance"; ESConv's one
 * strategy per supporter message), and a short question after a longer piece of input, a
 * reassurance or a statement ("… Does that sound okay?") rides along with what the turn mostly
 * does. A turn whose only labelled move is a question stays a question, however short.
 */
export function labelByPrecedence<L extends string>(
  moves: readonly Move[],
  text: string | undefined,
  precedence: readonly (readonly [L, readonly MoveKind[]])[],
  questionLabel: L,
  fallback: L,
): L {
  const minorQuestions = text !== undefined && questionShare(moves, text) < MINOR_QUESTION_SHARE;
  let passedOver: L | undefined;
  for (const [label, kinds] of precedence) {
    if (!moves.some((m) => kinds.includes(m.move))) continue;
    if (label === questionLabel && minorQuestions) {
      passedOver = label;
      continue;
    }
    return label;
  }
  return passedOver ?? fallback;
}
