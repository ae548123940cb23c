import { useCallback, useEffect, useState } from "react";
import type { Briefing } from "../../../../server/content/briefing";
import { loadMyAssignments, type MyAssignment } from "../../api/auth";
import { messageOf } from "../../api/http";
import {
  attemptsText,
  bestScoreText,
  dueText,
  orderAssignments,
  PROGRESS_LABELS,
  progressLabel,
} from "../../model/assignments";
import { formatDay } from "../../model/format";
import { paths } from "../../model/routes";
import { Link } from "../Link";
import { ScenarioCard } from "./ScenarioCard";

type State =
  | { status: "loading" }
  | { status: "ready"; list: MyAssignment[] }
  | { status: "error"; message: string };

/**
 * "Assigned to you", first in the library: each scenario a facilitator assigned, with its due date
 * (overdue said in words), target, attempts and best score. Nothing shows while there are none.
 */
export function AssignedToYou(props: { scenarios: readonly Briefing[] }) {
  const [state, setState] = useState<State>({ status: "loading" });
  const load = useCallback(() => {
    loadMyAssignments().then(
      (list) => setState({ status: "ready", list: orderAssignments(list) }),
      (err) => setState({ status: "error", message: messageOf(err) }),
    );
  }, []);
  useEffect(load, [load]);

  if (state.status === "loading") return null;
  if (state.status === "error")
    return (
      <p className="form-error small" role="alert">
        Your assignments did not load: {state.message}{" "}
        <button type="button" className="link-button" onClick={load}>
          Try again
        </button>
      </p>
    );
  if (state.list.length === 0) return null;
  const now = Date.now();
  return (
    <section className="assigned" aria-labelledby="assigned-title">
      <h2 id="assigned-title">Assigned to you</h2>
      <ul className="assigned-list">
        {state.list.map((a) => {
          const briefing = props.scenarios.find((s) => s.id === a.scenarioId);
          const overdue = a.progress?.overdue ?? false;
          const className = `assignment${overdue ? " assignment-overdue" : ""}`;
          return briefing ? (
            <ScenarioCard key={a.id} briefing={briefing} className={className}>
              <AssignmentFacts assignment={a} now={now} />
            </ScenarioCard>
          ) : (
            <li key={a.id} className={className}>
              <Link to={paths.briefing(a.scenarioId)} className="card">
                <h3 className="card-title">{a.scenarioTitle}</h3>
              </Link>
              <AssignmentFacts assignment={a} now={now} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function AssignmentFacts(props: { assignment: MyAssignment; now: number }) {
  const a = props.assignment;
  const progress = a.progress;
  const overdue = progress?.overdue ?? false;
  const status = PROGRESS_LABELS[progress?.status ?? "not_started"];
  return (
    <dl className="assignment-facts">
      <dt>Deadline</dt>
      <dd className="due">
        {overdue && <span aria-hidden="true">⚠ </span>}
        {dueText(a.dueDate, overdue, props.now, formatDay)}
      </dd>
      <dt>Status</dt>
      <dd>
        <span aria-hidden="true">{status?.icon} </span>
        {progressLabel(progress?.status ?? "not_started", progress?.daysLate, {
          completedAt: progress?.completedAt,
          dueDate: a.dueDate,
        })}
      </dd>
      <dt>Score</dt>
      <dd>
        {bestScoreText(progress?.bestScore ?? null, a.targetScore, progress?.bestReviewed ?? false)}
      </dd>
      <dt>Attempts</dt>
      <dd>{attemptsText(progress?.attempts ?? 0, a.minAttempts, a.maxAttempts)}</dd>
      {a.cohortName && (
        <>
          <dt>Cohort</dt>
          <dd>{a.cohortName}</dd>
        </>
      )}
    </dl>
  );
}
