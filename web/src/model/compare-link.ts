import type { SessionSummary } from "../../../server/sessions/record.schema";
import { attemptScore, attemptsByScenario } from "./progress";

/**
 * The attempt a debrief offers to compare with (History's `/compare`): the scored attempt of the
 * scenario before this one, else the first after it; numbered as History numbers attempts. Null
 * when this session is not a scored attempt of mine or the scenario has no other.
 */
export function attemptToCompare(
  sessions: readonly SessionSummary[],
  sessionId: string,
): { id: string; n: number; earlier: boolean } | null {
  const group = attemptsByScenario(sessions).find((g) =>
    g.attempts.some((a) => a.id === sessionId),
  );
  if (!group) return null;
  const numbered = group.attempts.map((a, i) => ({ id: a.id, n: i + 1, scored: attemptScore(a) }));
  const at = numbered.findIndex((a) => a.id === sessionId);
  if (!numbered[at]?.scored) return null;
  const before = numbered.slice(0, at).findLast((a) => a.scored);
  const after = numbered.slice(at + 1).find((a) => a.scored);
  const other = before ?? after;
  return other ? { id: other.id, n: other.n, earlier: other === before } : null;
}
