import type { Move, MoveKind } from "./move.schema";
import { MOVE_INFO } from "./move-info";

/**
 * A turn's moves without the kind-sounding ones (`kinds`) that share their words with a put-down, a
 * move of negative polarity (a label, blame, a dismissal, a threat, vague feedback …). "Honestly
 * you're nowhere near Staff" is about the listener, as a reflection is, but it judges them: it says
 * nothing back and earns nothing. One rule for both readers of a turn, the scorecard's listening
 * measure and the persona's ear, so the two cannot disagree about what an insult is.
 */
export function withoutKindnessInPutDowns(
  moves: readonly Move[],
  kinds: ReadonlySet<MoveKind>,
): readonly Move[] {
  const downs = moves.filter((m) => MOVE_INFO[m.move].polarity === "negative");
  if (downs.length === 0) return moves;
  return moves.filter(
    (m) => !kinds.has(m.move) || !downs.some((d) => d.start < m.end && m.start < d.end),
  );
}
