import type { Move } from "./move.schema";

/**
 * Whether a turn says back what was heard, as the "Saying back what you heard" metric and the
 * listening steps of the rubrics (reflection or summary in `evidencedBy`) both count it: a reflection
 * or a summary, whatever else the turn does. A turn that says back and then advises ("So the pages
 * are what wear you down. Let's move you off the rota.") does say back, and the step already counted
 * it; the metric left it out, so a debrief could say "Reflect what you heard ✓ Done" beside "you
 * said back what you heard in 0 turns" (review 8b #5). The listening index (conversationQuality)
 * still codes such a turn as input, as AnnoMI's coders code a whole therapist turn.
 */
export function turnSaysBack(turnMoves: readonly Move[]): boolean {
  return turnMoves.some((m) => m.move === "reflection" || m.move === "summary");
}
