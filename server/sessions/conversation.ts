import type { BranchRow, TurnRow } from "../store/sessions-repo";

/**
 * The outcome the persona state holds after the last complete reply on this line of the conversation (the
 * state snapshot each reply stores; the engine keeps an outcome once reached, so a resolution stands
 * through the closing lines after it), else the outcome a reply's step reported, else null. A
 * branch's outcome is read from its state, not from its last line: "Thanks, Dana." after the
 * agreement reports no outcome of its own.
 */
export function outcomeOfLine(turns: readonly TurnRow[]): string | null {
  for (let i = turns.length - 1; i >= 0; i--) {
    const t = turns[i] as TurnRow;
    const stored = t.state as { sim?: unknown; outcome?: unknown } | null;
    // A reply cut off is not counted as said (its state still carries on to the next one).
    if (t.speaker !== "employee" || t.status !== "complete" || !stored || stored.sim === undefined)
      continue;
    const held = (stored.sim as { outcome?: unknown } | null)?.outcome;
    if (typeof held === "string") return held;
    break;
  }
  // An engine whose state does not say: a step that reported an outcome on this line.
  const reported = turns.findLast(
    (t) =>
      t.speaker === "employee" &&
      t.status === "complete" &&
      typeof (t.state as { outcome?: unknown } | null)?.outcome === "string",
  );
  return ((reported?.state as { outcome?: string } | null)?.outcome ?? null) as string | null;
}

/**
 * A branch's conversation: its own turns, after the turns of its ancestors that come before each fork
 * point. Rewinding never copies or deletes a turn, so the original line stays in history.
 */
export function branchTurns(
  branchId: string,
  branches: readonly BranchRow[],
  turns: readonly TurnRow[],
): TurnRow[] {
  const byId = new Map(branches.map((b) => [b.id, b]));
  // Walk up: each ancestor contributes the turns before the lowest fork index below it. A branch
  // forked at turn 0 from one forked at turn 4 keeps none of the root's turns, not four.
  const chain: { id: string; before: number }[] = [];
  let current = byId.get(branchId);
  let before = Number.POSITIVE_INFINITY;
  while (current) {
    chain.push({ id: current.id, before });
    before = Math.min(before, current.fork_index ?? 0);
    current = current.parent_branch_id ? byId.get(current.parent_branch_id) : undefined;
  }
  const limit = new Map(chain.map((c) => [c.id, c.before]));
  return turns
    .filter((t) => {
      const max = limit.get(t.branch_id);
      return max !== undefined && t.idx < max;
    })
    .sort((a, b) => a.idx - b.idx || a.seq - b.seq);
}

/** A turn as far as counting goes: the store's row and the wire's turn both have these. */
interface Said {
  speaker: string;
  status: string;
  text: string;
  /** The wire's turn: why it was interrupted. */
  cause?: string | undefined;
  /** The store's row: its state holds `cause`. */
  state?: unknown;
}

/**
 * A reply that never began because the model was unavailable (LLM_FALLBACK=error; `cause` "model").
 * The line it was to answer counts for nothing (docs/protocol.md). A reply a rewind, an end or a
 * server stopping cut before a word is not one: its state carries on, as before.
 */
export const isUnanswered = (t: Said) =>
  t.speaker === "employee" &&
  t.status === "interrupted" &&
  t.text.trim() === "" &&
  (t.cause ?? (t.state as { cause?: unknown } | null | undefined)?.cause) === "model";

/**
 * The turns that count: all but each reply that never began and the manager's line it was to
 * answer. That line stays in the transcript, stored; it reveals nothing, moves no state, resolves
 * nothing, is not scored and uses no turn, and the next line is played from the state before it
 * (as `flightdeck rehearse` does with a reply the model failed).
 */
export function answeredTurns<T extends Said>(turns: readonly T[]): T[] {
  const out: T[] = [];
  for (const t of turns) {
    if (!isUnanswered(t)) out.push(t);
    else if (out.at(-1)?.speaker === "manager") out.pop();
  }
  return out;
}

/**
 * The turns the rubric scores, in order: the answered ones with text. Its turn positions index this
 * list (the debrief, the review page and the export map them back to the transcript with it).
 */
export const scoredTurns = <T extends Said>(turns: readonly T[]): T[] =>
  answeredTurns(turns).filter((t) => t.text.length > 0);

/** The manager's lines that count (answered, or being answered), for the turn limit. */
export const countedLines = (turns: readonly Said[]) =>
  answeredTurns(turns).filter((t) => t.speaker === "manager").length;

/**
 * The transcript to score, with what the session recorded per turn: the persona's intent on each
 * reply and the moves detected live on each manager turn (so scores match what the persona reacted to).
 */
export function scoringInputOf(turns: readonly TurnRow[]) {
  const spoken = scoredTurns(turns);
  return {
    transcript: spoken.map((t) => ({ speaker: t.speaker, text: t.text })),
    recorded: {
      intents: spoken.map((t) =>
        t.speaker === "employee" ? ((t.state as { intent?: string } | null)?.intent ?? null) : null,
      ),
      moves: spoken.map((t) =>
        t.speaker === "manager" && Array.isArray(t.moves) ? (t.moves as unknown[]) : undefined,
      ),
    },
  };
}
