import type { BranchRow, TurnRow } from "../store/sessions-repo";

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

/**
 * The transcript to score, with what the session recorded per turn: the persona's intent on each
 * reply and the moves detected live on each manager turn (so scores match what the persona reacted to).
 */
export function scoringInputOf(turns: readonly TurnRow[]) {
  const spoken = turns.filter((t) => t.text.length > 0);
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
