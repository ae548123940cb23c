import { useEffect, useId, useState } from "react";
import { loadMyAssignments, type MyAssignment } from "../../api/auth";
import { loadSessions } from "../../api/sessions";
import {
  assignmentsOfScenario,
  attemptsText,
  attemptVerdict,
  dueText,
} from "../../model/assignments";
import { formatDay } from "../../model/format";

/**
 * The facilitator's assignments of this scenario, where the manager is about to practise it or reads
 * how it went: due date, target and attempts on the briefing; on the debrief, also whether this
 * attempt's score meets the target. One note per cohort that assigns the scenario, each counted by
 * its own rules (a fourth attempt can be past one cohort's three and count in another's). Nothing
 * shows when the scenario was not assigned to them, or while (or if) the assignments fail to load:
 * the library lists them and says so.
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
  const [found, setFound] = useState<{
    assignments: MyAssignment[];
    mine: { id: string; createdAt: number; firstLineAt?: number | null | undefined }[];
  } | null>(null);
  useEffect(() => {
    let live = true;
    loadMyAssignments().then(
      async (list) => {
        const assignments = assignmentsOfScenario(list, props.scenarioId);
        const mine =
          assignments.length > 0 && props.sessionId ? await loadSessions(props.scenarioId) : [];
        if (live) setFound({ assignments, mine });
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [props.scenarioId, props.sessionId]);
  if (!found) return null;
  return (
    <>
      {found.assignments.map((a) => (
        <OneAssignment
          key={a.id}
          assignment={a}
          verdict={
            props.score === undefined
              ? null
              : attemptVerdict(
                  a,
                  {
                    sessionId: props.sessionId,
                    score: props.score,
                    passed: props.passed,
                    reviewedScore: props.reviewedScore,
                  },
                  found.mine,
                )
          }
        />
      ))}
    </>
  );
}

function OneAssignment(props: { assignment: MyAssignment; verdict: string | null }) {
  const { assignment } = props;
  const titleId = useId();
  const progress = assignment.progress;
  const overdue = progress?.overdue ?? false;
  return (
    <aside className="panel assignment-note" aria-labelledby={titleId}>
      <h2 id={titleId}>Assigned in {assignment.cohortName}</h2>
      {props.verdict && <p className="assignment-verdict">{props.verdict}</p>}
      <p className="small">
        {overdue && <span aria-hidden="true">⚠ </span>}
        {dueText(assignment.dueDate, overdue, Date.now(), formatDay)} · target{" "}
        {assignment.targetScore} ·{" "}
        {attemptsText(progress?.attempts ?? 0, assignment.minAttempts, assignment.maxAttempts)}
      </p>
    </aside>
  );
}
