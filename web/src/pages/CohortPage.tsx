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
  updateAssignment,
} from "../api/people";
import { AssignmentForm } from "../components/cohorts/AssignmentForm";
import { InviteForm } from "../components/cohorts/InviteForm";
import { ProgressGrid } from "../components/cohorts/ProgressGrid";
import { useLoad } from "../components/cohorts/use-load";
import { Link } from "../components/Link";
import { ErrorState, Loading } from "../components/LoadStates";
import { useTitle } from "../components/use-title";
import { formatDate, formatDateTime } from "../model/format";
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
        <ErrorState message={cohort.message} onRetry={() => void reloadCohort()} />
      ) : cohort.data.members === undefined ? (
        <MemberView cohort={cohort.data} />
      ) : (
        <FacilitatorView cohort={cohort.data} reload={reloadCohort} />
      )}
    </section>
  );
}

/** A member of the cohort sees its assignments, never the other members. */
function MemberView(props: { cohort: Cohort }) {
  return (
    <>
      <p className="lede">You are a member of this cohort. Its assignments:</p>
      <ul className="assignment-list">
        {props.cohort.assignments.map((a) => (
          <li key={a.id} className="panel">
            <Link to={paths.briefing(a.scenarioId)}>{a.scenarioTitle}</Link>
            <p className="muted small">
              {assignmentRules(a)} · {dueWords(a.dueAt, Date.now())}
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
  const now = Date.now();
  const localMode = useAppStore((s) => s.me?.authMode === "local");

  return (
    <>
      <p className="muted">
        {plural(members.length, "member")} · created {formatDate(cohort.createdAt)}
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
          counted score reaches the target. Overdue: past the due date and not done.
        </p>
        {progress.status === "loading" || progress.status === "idle" ? (
          <Loading label="Loading progress" />
        ) : progress.status === "error" ? (
          <ErrorState message={progress.message} onRetry={() => void reloadProgress()} />
        ) : (
          <ProgressGrid progress={progress.data} now={now} />
        )}
      </section>

      <Assignments cohort={cohort} onChange={reloadAll} now={now} />

      <section aria-labelledby="people-title" className="panel">
        <h2 id="people-title">Members</h2>
        {members.length === 0 ? (
          <p className="muted">No members yet. Invite managers below.</p>
        ) : (
          <ul className="people-list">
            {members.map((m) => (
              <MemberItem key={m.id} cohortId={cohort.id} member={m} onRemoved={reloadAll} />
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
          <InviteForm cohortId={cohort.id} onInvited={() => void props.reload()} />
        )}
        {cohort.invitations && cohort.invitations.length > 0 && (
          <>
            <h3>Invitations not yet accepted</h3>
            <ul className="people-list">
              {cohort.invitations.map((i) => (
                <li key={`${i.email}-${i.expiresAt}`}>
                  {i.email}{" "}
                  <span className="muted small">
                    · {i.roles.join(", ")} · expires {formatDateTime(i.expiresAt)}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}

function MemberItem(props: {
  cohortId: string;
  member: NonNullable<Cohort["members"]>[number];
  onRemoved: () => Promise<void>;
}) {
  const { member } = props;
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    if (
      !window.confirm(`Remove ${member.displayName} from this cohort? Their sessions stay theirs.`)
    )
      return;
    try {
      await removeMember(props.cohortId, member.id);
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
        `Stop assigning “${a.scenarioTitle}”? Members keep their sessions; the grid drops the column.`,
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
        {a.dueAt === null
          ? "no due date"
          : `due ${formatDate(a.dueAt)} (${dueWords(a.dueAt, props.now)})`}
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
