import type { Move, MoveKind } from "./move.schema";

/**
 * A proposal is a step put to the listener to weigh: a sentence that carries a way forward (a next
 * step, an invitation to solve it together, a suggestion, help or a meeting offered) and asks them
 * about it (a question, or leave to go ahead). "How about you log every interrupt for the next
 * sprint?", "Would you be willing to talk to Wei this week?", "What if you reviewed two design docs
 * a month?", "If we could fix the on-call load, would that change anything for you?". A step said
 * as a statement ("I'll talk to the DevEx lead this week") is not put to them: it is a next step.
 *
 * Read from the moves the detectors found, so whatever reads a proposal (the scorer, the persona
 * engine's reaction to one: server/sim/turn-kind.ts has its own PROPOSAL regexes today) sees the
 * same phrasing the move detectors read, "Lets meet …" and "how about you …" included.
 */
const WAY_FORWARD: ReadonlySet<MoveKind> = new Set([
  "next_step",
  "solution_collab",
  "advice",
  "support_offer",
  "follow_up",
]);
const ASKS: ReadonlySet<MoveKind> = new Set(["open_question", "closed_question", "permission_ask"]);

/** The spans [start, end) of the sentences that put a step to the listener, in order. */
export function proposalSpans(moves: readonly Move[]): { start: number; end: number }[] {
  const bySentence = new Map<number, { end: number; forward: boolean; asks: boolean }>();
  for (const m of moves) {
    const s = bySentence.get(m.start) ?? { end: m.end, forward: false, asks: false };
    if (WAY_FORWARD.has(m.move)) s.forward = true;
    if (ASKS.has(m.move)) s.asks = true;
    bySentence.set(m.start, s);
  }
  return [...bySentence]
    .filter(([, s]) => s.forward && s.asks)
    .map(([start, s]) => ({ start, end: s.end }))
    .sort((a, b) => a.start - b.start);
}

/** Whether a manager turn, given its moves (detectMoves), puts a step to the listener. */
export function isProposal(moves: readonly Move[]): boolean {
  return proposalSpans(moves).length > 0;
}
