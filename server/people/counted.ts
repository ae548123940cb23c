import type { Content } from "../content";
import { branchTurns } from "../sessions/conversation";
import type { Queryable } from "../store";
import { peopleRepo as repo } from "../store/people-repo";
import type { BranchRow, TurnRow } from "../store/sessions-repo";
import {
  type CountedScore,
  countedScore,
  type FinishedReview,
  type MachineFlag,
  type MachineScoring,
  type MachineStep,
} from "./verdict";

/** A session as the counted score needs it. */
export interface CountedSession {
  readonly id: string;
  readonly scenario_id: string;
  readonly active_branch_id: string | null;
}

interface StoredCard {
  steps?: MachineStep[];
  antiPatterns?: MachineFlag[];
  failReasons?: string[];
}

/**
 * The counted score (verdict.ts) of each of these sessions on its scenario's main pattern: the one
 * reader the debrief, History, the grid, the inbox and the export share. Scorecards' step and flag
 * lists are read only for sessions with a finished review (a reviewer's step status or set-aside
 * flag may re-decide the verdict); the others need only their overall scores.
 */
export async function countedScores(
  db: Queryable,
  content: Content,
  sessions: readonly CountedSession[],
  /**
   * Read every session's step and flag lists (one session's record), so `failReasons` is whole;
   * "failed": those of the sessions the machine failed too (the grid's reason why not passed).
   */
  full: boolean | "failed" = false,
): Promise<Map<string, CountedScore | null>> {
  const ids = sessions.map((s) => s.id);
  const [scores, reviews, adjustments, setAsides] = await Promise.all([
    repo.overallScores(db, ids),
    repo.reviewsOfSessions(db, ids),
    repo.adjustments(db, ids),
    repo.flagSetAsides(db, ids),
  ]);
  const done = reviews.filter((r) => r.status === "done");
  const reviewedIds =
    full === true
      ? ids
      : [
          ...new Set([
            ...done.map((r) => r.session_id),
            ...(full === "failed" ? scores.filter((c) => !c.passed).map((c) => c.session_id) : []),
          ]),
        ];
  const cards = await repo.scorecards(db, reviewedIds);
  const result = new Map<string, CountedScore | null>();
  for (const s of sessions) {
    const primary = content.scenarios.get(s.scenario_id)?.patterns[0];
    const scorings: MachineScoring[] = (reviewedIds.includes(s.id) ? cards : scores)
      .filter((c) => c.session_id === s.id && c.pattern_id === primary)
      .map((c) => {
        const data = "data" in c ? (c.data as StoredCard) : undefined;
        return {
          branchId: c.branch_id,
          overall: Number(c.overall),
          passed: Boolean(c.passed),
          at: Number(c.created_at),
          steps: data?.steps,
          antiPatterns: data?.antiPatterns,
          failReasons: data?.failReasons,
        };
      });
    const finished: FinishedReview[] = done
      .filter((r) => r.session_id === s.id)
      .map((r) => ({
        reviewerId: r.reviewer_id,
        doneAt: Number(r.done_at ?? r.updated_at),
        adjustments: adjustments
          .filter(
            (a) =>
              a.session_id === s.id && a.author_id === r.reviewer_id && a.pattern_id === primary,
          )
          .map((a) => ({
            stepId: a.step_id,
            status: a.status,
            score: a.score === null ? null : Number(a.score),
            updatedAt: Number(a.updated_at),
          })),
        setAsides: setAsides
          .filter(
            (a) =>
              a.session_id === s.id && a.author_id === r.reviewer_id && a.pattern_id === primary,
          )
          .map((a) => ({
            flagId: a.flag_id,
            turn: Number(a.turn),
            quote: a.quote,
            reason: a.reason,
            updatedAt: Number(a.updated_at),
          })),
      }));
    result.set(s.id, countedScore(scorings, s.active_branch_id, finished));
  }
  return result;
}

/**
 * For the attempts that ended broken down (escalated, shut down): the member's line it ended on, on
 * the branch being flown, numbered as the debrief numbers them.
 */
export async function brokenDownEndings(
  db: Queryable,
  sessions: readonly {
    id: string;
    outcome: string | null;
    status: string;
    active_branch_id: string | null;
  }[],
): Promise<Map<string, { outcome: string; turn: number }>> {
  const broken = sessions.filter(
    (s) => s.status === "ended" && (s.outcome === "escalated" || s.outcome === "shut_down"),
  );
  const { branches, lines } = await repo.managerLinesOf(
    db,
    broken.map((s) => s.id),
  );
  const result = new Map<string, { outcome: string; turn: number }>();
  for (const s of broken) {
    if (s.active_branch_id === null || s.outcome === null) continue;
    const mine = (list: readonly { session_id: string }[]) =>
      list.filter((x) => x.session_id === s.id);
    const onBranch = branchTurns(
      s.active_branch_id,
      mine(branches) as BranchRow[],
      mine(lines) as TurnRow[],
    );
    if (onBranch.length > 0) result.set(s.id, { outcome: s.outcome, turn: onBranch.length });
  }
  return result;
}
