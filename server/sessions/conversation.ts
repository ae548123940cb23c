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
  // Walk up: each ancestor contributes the turns before the fork index of the child below it.
  const chain: { id: string; before: number }[] = [];
  let current = byId.get(branchId);
  let before = Number.POSITIVE_INFINITY;
  while (current) {
    chain.push({ id: current.id, before });
    before = current.fork_index ?? 0;
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
