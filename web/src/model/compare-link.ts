import type { SessionSummary } from "../../../server/sessions/record.schema";
import type { InboxItem } from "../api/people";
import { attemptScore, attemptsByScenario } from "./progress";

/** An attempt to compare with, numbered as History numbers it; `earlier`: it came before. */
export interface OtherAttempt {
  id: string;
  n: number;
  earlier: boolean;
}

/**
 * Of a scenario's numbered attempts (in order), the one to compare this one with: the scored one
 * before it, else the first scored one after it. Null when this one is not scored or not listed.
 */
function otherAttempt(
  numbered: readonly { id: string; n: number; scored: boolean }[],
  sessionId: string,
): OtherAttempt | null {
  const at = numbered.findIndex((a) => a.id === sessionId);
  if (!numbered[at]?.scored) return null;
  const before = numbered.slice(0, at).findLast((a) => a.scored);
  const after = numbered.slice(at + 1).find((a) => a.scored);
  const other = before ?? after;
  return other ? { id: other.id, n: other.n, earlier: other === before } : null;
}

/**
 * The attempt a debrief offers to compare with (History's `/compare`): the scored attempt of the
 * scenario before this one, else the first after it; numbered as History numbers attempts. Null
 * when this session is not a scored attempt of mine or the scenario has no other.
 */
export function attemptToCompare(
  sessions: readonly SessionSummary[],
  sessionId: string,
): OtherAttempt | null {
  const group = attemptsByScenario(sessions).find((g) =>
    g.attempts.some((a) => a.id === sessionId),
  );
  if (!group) return null;
  return otherAttempt(
    group.attempts.map((a, i) => ({ id: a.id, n: i + 1, scored: attemptScore(a) !== null })),
    sessionId,
  );
}

/**
 * The same for a reviewer, among the attempts shared with them: another attempt of this scenario by
 * the same manager, numbered by the server as the manager's History numbers it (`attempt.n`).
 */
export function sharedAttemptToCompare(
  inbox: readonly InboxItem[],
  sessionId: string,
): OtherAttempt | null {
  const self = inbox.find((i) => i.sessionId === sessionId);
  if (!self?.attempt || !self.owner) return null;
  const ownerId = self.owner.id;
  const numbered = inbox
    .filter(
      (i) =>
        i.owner?.id === ownerId &&
        i.scenarioId === self.scenarioId &&
        i.deletedAt == null &&
        i.attempt != null,
    )
    .map((i) => ({ id: i.sessionId, n: i.attempt?.n ?? 0, scored: i.counted != null }))
    .toSorted((a, b) => a.n - b.n);
  return otherAttempt(numbered, sessionId);
}
