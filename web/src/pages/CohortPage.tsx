import { useEffect, useState } from "react";
import { loadScenarios } from "../api/content";
import { messageOf } from "../api/http";
import {
  type Assignment,
  assignScenario,
  type Cohort,
  cohortProgress,
  progressCsvUrl,
  readCohort,
  removeAssignment,
  removeMember,
  removeMentor,
  updateAssignment,
} from "../api/people";
import { AssignmentForm } from "../components/cohorts/AssignmentForm";
import { Invitations } from "../components/cohorts/Invitations";
import { ProgressGrid } from "../components/cohorts/ProgressGrid";
import { useLoad } from "../components/cohorts/use-load";
import { Link } from "../components/Link";
import { ErrorState, Loading } from "../components/LoadStates";
import { useTitle } from "../components/use-title";
import { formatDate, formatDay } from "../model/format";
import { assignmentRules, dueWords, plural } from "../model/people-view";
import { paths } from "../model/routes";
import { useAppStore } from "../state/store";

/** One cohort for its facilitator: the progress grid, its assignments, its people and invitations. */
export default function CohortPage(props: { cohortId: string }) {
  const { cohortId } = props;
  const [cohort, reloadCohort] = useLoad(() => readCohort(cohortId), cohortId);
  const title = cohort.status === "ready" ? cohort.data.name : "Cohort";
  useTitle(cohort.status === "ready" ? cohort.data.name : undefined);
  return (
    <section aria-labelledby="cohort-title" className="people-page">
      <p className="breadcrumb">
        <Link to={paths.cohorts()}>Cohorts</Link>
      </p>
      <h1 id="cohort-title" tabIndex={-1}>
        {title}
      </h1>
      {cohort.status === "loading" || cohort.status === "idle" ? (
        <Loading label="Loading the cohort" />
      ) : cohort.status === "error" ? (
        <ErrorState
          message={cohort.message}
          httpStatus={cohort.httpStatus}
          onRetry={() => void reloadCohort()}
        />
      ) : cohort.data.members === undefined ? (
        <MemberView cohort={cohort.data} />
      ) : (
        <FacilitatorView cohort={cohort.data} reload={reloadCohort} />
      )}
    </section>
  );
}

/** A member or mentor of the cohort sees its assignments, never the other people in it. */
function MemberView(props: { cohort: Cohort }) {
  const mentors = props.cohort.yourRoles.includes("mentor");
  const practises = props.cohort.yourRoles.includes("member");
  return (
    <>
      {mentors && (
        <p className="lede">
          You are a mentor in this cohort. Its managers can share a session with you from its
          debrief; you find those under <Link to={paths.inbox()}>Reviews</Link>. You see no session
          that was not shared with you.
        </p>
      )}
      <p className={mentors ? "muted" : "lede"}>
        {practises ? "You are a member of this cohort. " : ""}
        {props.cohort.assignments.length === 0
          ? "Nothing is assigned yet."
          : practises
            ? "Its assignments:"
            : "The scenarios its managers practise:"}
      </p>
      <ul className="assignment-list">
        {props.cohort.assignments.map((a) => (
          <li key={a.id} className="panel">
            <Link to={paths.briefing(a.scenarioId)}>{a.scenarioTitle}</Link>
            <p className="muted small">
              {assignmentRules(a)} · {dueWords(a.dueDate, Date.now())}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

function FacilitatorView(props: { cohort: Cohort; reload: () => Promise<void> }) {
  const { cohort } = props;
  const [progress, reloadProgress] = useLoad(() => cohortProgress(cohort.id), cohort.id);
  const reloadAll = async () => {
    await Promise.all([props.reload(), reloadProgress()]);
  };
  const members = cohort.members ?? [];
  const mentors = cohort.mentors ?? [];
  const now = Date.now();
  const localMode = useAppStore((s) => s.me?.authMode === "local");

  return (
    <>
      <p className="muted">
        {plural(members.length, "manager")} · {plural(mentors.length, "mentor")} · created{" "}
        {formatDate(cohort.createdAt)}
        {cohort.facilitators &&
          ` · facilitated by ${cohort.facilitators.map((f) => f.displayName).join(", ")}`}
      </p>

      <section aria-labelledby="progress-title" className="panel">
        <div className="section-head">
          <h2 id="progress-title">Progress</h2>
          <span className="section-actions">
            <button type="button" className="link-button" onClick={() => void reloadProgress()}>
              Refresh
            </button>
            <a href={progressCsvUrl(cohort.id)} download>
              Download CSV
            </a>
          </span>
        </div>
        <p className="muted small">
          A scenario is done once a member has made the minimum number of attempts and their best
          counted score reaches the target; done late when that came after the due date. Overdue:
          past the due date and not done.
        </p>
        {progress.status === "loading" || progress.status === "idle" ? (
          <Loading label="Loading progress" />
        ) : progress.status === "error" ? (
          <ErrorState
            message={progress.message}
            httpStatus={progress.httpStatus}
            onRetry={() => void reloadProgress()}
          />
        ) : (
          <ProgressGrid progress={progress.data} now={now} />
        )}
      </section>

      <Assignments cohort={cohort} onChange={reloadAll} now={now} />

      <section aria-labelledby="people-title" className="panel">
        <h2 id="people-title">People</h2>
        <h3>Managers</h3>
        {members.length === 0 ? (
          <p className="muted">No managers yet. Invite them below.</p>
        ) : (
          <ul className="people-list" aria-label="Managers">
            {members.map((m) => (
              <MemberItem
                key={m.id}
                member={m}
                question={`Remove ${m.displayName} from this cohort? Their sessions stay theirs.`}
                remove={() => removeMember(cohort.id, m.id)}
                onRemoved={reloadAll}
              />
            ))}
          </ul>
        )}
        <h3>Mentors</h3>
        {mentors.length === 0 ? (
          <p className="muted">
            No mentors yet. A mentor in the cohort reviews the sessions its managers share with
            them, nothing else.
          </p>
        ) : (
          <ul className="people-list" aria-label="Mentors">
            {mentors.map((m) => (
              <MemberItem
                key={m.id}
                member={m}
                question={`Remove ${m.displayName} as a mentor of this cohort? Sessions shared with them stay shared.`}
                remove={() => removeMentor(cohort.id, m.id)}
                onRemoved={props.reload}
              />
            ))}
          </ul>
        )}
        <h3>Invite someone</h3>
        {localMode ? (
          <p className="muted">
            Invitations need accounts: this server runs in local mode, with one user and no sign-in.
            Start it with <code>AUTH_MODE=password</code> to invite managers and mentors (see the
            README).
          </p>
        ) : (
          <Invitations
            cohortId={cohort.id}
            invitations={cohort.invitations ?? []}
            onChange={props.reload}
          />
        )}
      </section>
    </>
  );
}

function MemberItem(props: {
  member: NonNullable<Cohort["members"]>[number];
  question: string;
  remove: () => Promise<void>;
  onRemoved: () => Promise<void>;
}) {
  const { member } = props;
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    if (!window.confirm(props.question)) return;
    try {
      await props.remove();
      await props.onRemoved();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <li>
      {member.displayName} <span className="muted small">{member.email}</span>{" "}
      <button type="button" className="link-button" onClick={() => void remove()}>
        Remove<span className="visually-hidden"> {member.displayName}</span>
      </button>
      {error && (
        <span className="form-error" role="alert">
          {" "}
          {error}
        </span>
      )}
    </li>
  );
}

function Assignments(props: { cohort: Cohort; onChange: () => Promise<void>; now: number }) {
  const { cohort } = props;
  const scenarios = useScenarioChoices();
  const assigned = new Set(cohort.assignments.map((a) => a.scenarioId));
  const available = scenarios.filter((s) => !assigned.has(s.id));
  return (
    <section aria-labelledby="assignments-title" className="panel">
      <h2 id="assignments-title">Assigned scenarios</h2>
      {cohort.assignments.length === 0 ? (
        <p className="muted">Nothing assigned yet.</p>
      ) : (
        <ul className="assignment-list">
          {cohort.assignments.map((a) => (
            <AssignmentItem key={a.id} assignment={a} onChange={props.onChange} now={props.now} />
          ))}
        </ul>
      )}
      <h3>Assign a scenario</h3>
      <AssignmentForm
        scenarios={available}
        submitLabel="Assign"
        onSubmit={async (input, scenarioId) => {
          await assignScenario(cohort.id, scenarioId, input);
          await props.onChange();
        }}
      />
    </section>
  );
}

function AssignmentItem(props: {
  assignment: Assignment;
  onChange: () => Promise<void>;
  now: number;
}) {
  const a = props.assignment;
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    if (
      !window.confirm(
        `Stop assigning “${a.scenarioTitle}”? The grid drops the column. Members keep their sessions, and assigning the scenario here again brings their progress back, counted from when it was first assigned.`,
      )
    )
      return;
    try {
      await removeAssignment(a.id);
      await props.onChange();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <li className="assignment-item">
      <p className="assignment-title">
        <Link to={paths.briefing(a.scenarioId)}>{a.scenarioTitle}</Link>
      </p>
      <p className="muted small">
        {assignmentRules(a)} ·{" "}
        {a.dueDate === null
          ? "no due date"
          : `${dueWords(a.dueDate, props.now)} (${formatDay(a.dueDate)})`}
      </p>
      {editing ? (
        <AssignmentForm
          initial={a}
          submitLabel="Save changes"
          onCancel={() => setEditing(false)}
          onSubmit={async (input) => {
            await updateAssignment(a.id, input);
            setEditing(false);
            await props.onChange();
          }}
        />
      ) : (
        <p className="item-actions">
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            Change<span className="visually-hidden"> {a.scenarioTitle}</span>
          </button>
          <button type="button" className="link-button" onClick={() => void remove()}>
            Remove<span className="visually-hidden"> {a.scenarioTitle}</span>
          </button>
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

/** The scenario library for the picker, loaded once and shared with the library page. */
function useScenarioChoices() {
  const scenarios = useAppStore((s) => s.scenarios);
  useEffect(() => {
    void loadScenarios();
  }, []);
  return scenarios.status === "ready"
    ? [...scenarios.data].sort((x, y) => x.title.localeCompare(y.title))
    : [];
}
