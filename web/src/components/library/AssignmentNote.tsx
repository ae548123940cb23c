import { useEffect, useState } from "react";
import { loadMyAssignments, type MyAssignment } from "../../api/auth";
import { loadSessions } from "../../api/sessions";
import { attemptAgainstTarget, attemptsText, countsToward, dueText } from "../../model/assignments";
import { formatDay } from "../../model/format";

/**
 * The facilitator's assignment of this scenario, where the manager is about to practise it or reads
 * how it went: due date, target and attempts on the briefing; on the debrief, also whether this
 * attempt's score meets the target. Nothing shows when the scenario was not assigned to them, or
 * while (or if) the assignments fail to load: the library lists them and says so.
 */
export function AssignmentNote(props: {
  scenarioId: string;
  /** On a debrief: this session, to tell whether it counts toward the assignment. */
  sessionId?: string;
  score?: number | null;
  passed?: boolean;
  /** A reviewer's overall score for this attempt (a finished review): it counts instead. */
  reviewedScore?: number | null;
}) {
  const [assignment, setAssignment] = useState<MyAssignment | null>(null);
  const [counts, setCounts] = useState<ReturnType<typeof countsToward>>("counts");
  useEffect(() => {
    let live = true;
    loadMyAssignments().then(
      async (list) => {
        const found = list.find((a) => a.scenarioId === props.scenarioId) ?? null;
        if (found && props.sessionId) {
          const mine = await loadSessions(props.scenarioId);
          if (live)
            setCounts(countsToward(props.sessionId, mine, found.createdAt, found.maxAttempts));
        }
        if (live) setAssignment(found);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [props.scenarioId, props.sessionId]);
  if (!assignment) return null;
  const progress = assignment.progress;
  const overdue = progress?.overdue ?? false;
  const verdict =
    props.score === undefined
      ? null
      : counts === "empty"
        ? "You said nothing in this conversation, so it is not an attempt: it does not count toward the assignment."
        : counts === "before"
          ? "This attempt was started before the scenario was assigned, so it does not count toward the assignment."
          : counts === "over"
            ? `This attempt is past the ${assignment.maxAttempts === 1 ? "one attempt" : `${assignment.maxAttempts} attempts`} that count, so its score does not count toward the assignment.`
            : attemptAgainstTarget(
                props.reviewedScore ?? props.score,
                assignment.targetScore,
                progress?.bestScore ?? null,
                props.passed,
                progress?.bestReviewed ?? false,
                props.reviewedScore != null,
              );
  return (
    <aside className="panel assignment-note" aria-labelledby="assignment-note-title">
      <h2 id="assignment-note-title">Assigned in {assignment.cohortName}</h2>
      {verdict && <p className="assignment-verdict">{verdict}</p>}
      <p className="small">
        {overdue && <span aria-hidden="true">⚠ </span>}
        {dueText(assignment.dueDate, overdue, Date.now(), formatDay)} · target{" "}
        {assignment.targetScore} ·{" "}
        {attemptsText(progress?.attempts ?? 0, assignment.minAttempts, assignment.maxAttempts)}
      </p>
    </aside>
  );
}
