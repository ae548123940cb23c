import type { Move, MoveKind } from "../moves/move.schema";
import { normaliseChat } from "../moves/normalise";
import { HEDGED_TIME } from "../moves/rules";

/**
 * A plan left open: "ok. lets talk next week maybe", "we can catch up next week or something",
 * "Let's chat again, maybe next week". The speaker puts a time to meet or act (we, let's, I'll),
 * and hedges the time itself, so nothing is booked: the detectors find no next step and no
 * follow-up in it (server/moves/rules.ts, HEDGED_TIME), and the persona hedges ("Maybe, if it comes
 * with something concrete.") instead of taking it as a plan (review 8b #9). A turn with a real
 * step beside it ("I'll send the list by Friday, and let's check in next week") is a plan.
 */
const PLAN_MOVES: readonly MoveKind[] = ["next_step", "follow_up", "solution_collab"];
/** Someone in the sentence is to do it: the speaker, the two of them. */
const WHO_ACTS =
  /\b(?:let's|lets|let us|we|we'll|we can|we could|i'll|i will|i can|i could|you and i)\b/;

export function vaguePlan(text: string, moves: readonly Move[]): boolean {
  if (moves.some((m) => PLAN_MOVES.includes(m.move))) return false;
  const lower = normaliseChat(text).text.toLowerCase();
  return lower.split(/(?<=[.!?])\s+/).some((s) => HEDGED_TIME.test(s) && WHO_ACTS.test(s));
}
