import { useEffect, useState } from "react";
import { loadMyAssignments, type MyAssignment } from "../../api/auth";
import { attemptAgainstTarget, attemptsText, dueText } from "../../model/assignments";
import { formatDate } from "../../model/format";

/**
 * The facilitator's assignment of this scenario, where the manager is about to practise it or reads
 * how it went: due date, target and attempts on the briefing; on the debrief, also whether this
 * attempt's score meets the target. Nothing shows when the scenario was not assigned to them, or
 * while (or if) the assignments fail to load: the library lists them and says so.
 */
export function AssignmentNote(props: {
  scenarioId: string;
  score?: number | null;
  passed?: boolean;
}) {
  const [assignment, setAssignment] = useState<MyAssignment | null>(null);
  useEffect(() => {
    let live = true;
    loadMyAssignments().then(
      (list) => {
        if (live) setAssignment(list.find((a) => a.scenarioId === props.scenarioId) ?? null);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [props.scenarioId]);
  if (!assignment) return null;
  const progress = assignment.progress;
  const overdue = progress?.overdue ?? false;
  const verdict =
    props.score === undefined
      ? null
      : attemptAgainstTarget(
          props.score,
          assignment.targetScore,
          progress?.bestScore ?? null,
          props.passed,
        );
  return (
    <aside className="panel assignment-note" aria-labelledby="assignment-note-title">
      <h2 id="assignment-note-title">Assigned in {assignment.cohortName}</h2>
      {verdict && <p className="assignment-verdict">{verdict}</p>}
      <p className="small">
        {overdue && <span aria-hidden="true">⚠ </span>}
        {dueText(assignment.dueAt, overdue, Date.now(), formatDate)} · target{" "}
        {assignment.targetScore} ·{" "}
        {attemptsText(progress?.attempts ?? 0, assignment.minAttempts, assignment.maxAttempts)}
      </p>
    </aside>
  );
}
