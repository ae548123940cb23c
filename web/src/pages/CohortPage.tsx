import { type FormEvent, useEffect, useRef, useState } from "react";
import { loadMe } from "../api/auth";
import { loadScenarios } from "../api/content";
import { messageOf } from "../api/http";
import {
  type Assignment,
  addMember,
  assignScenario,
  type Cohort,
  cohortProgress,
  deleteCohort,
  leaveCohort,
  type Progress,
  progressCsvUrl,
  readCohort,
  removeAssignment,
  removeFacilitator,
  removeMember,
  removeMentor,
  renameCohort,
  updateAssignment,
} from "../api/people";
import { AssignmentForm } from "../components/cohorts/AssignmentForm";
import { CopyOverdueEmails } from "../components/cohorts/CopyOverdueEmails";
import { Invitations } from "../components/cohorts/Invitations";
import { ProgressGrid } from "../components/cohorts/ProgressGrid";
import { useLoad } from "../components/cohorts/use-load";
import { Link } from "../components/Link";
import { ErrorState, Loading } from "../components/LoadStates";
import { useTitle } from "../components/use-title";
import { hasAnyRole } from "../model/access";
import { formatDate, formatDay } from "../model/format";
import { nameCount, nameProblem } from "../model/names";
import {
  assignmentRules,
  cohortPeopleWords,
  dueWords,
  leaveQuestion,
  plural,
} from "../model/people-view";
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
      {practises && props.cohort.mentors !== undefined && (
        <section aria-labelledby="cohort-mentors-title">
          <h2 id="cohort-mentors-title">Its mentors</h2>
          {props.cohort.mentors.length === 0 ? (
            <p className="muted">This cohort has no mentor yet.</p>
          ) : (
            <>
              <p className="muted small">
                To have one of them review a conversation, open its debrief and choose{" "}
                <strong>Share with a mentor</strong>: they are offered there.
              </p>
              <ul className="people-list" aria-label="Mentors">
                {props.cohort.mentors.map((m) => (
                  <li key={m.id}>
                    {m.displayName} {m.email && <span className="muted small">{m.email}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      <LeaveCohort cohort={props.cohort} />
    </>
  );
}

/**
 * A manager or mentor leaves a cohort they joined: joining was their choice, and so is leaving. It
 * asks first, saying what the facilitators stop seeing and what stays.
 */
function LeaveCohort(props: { cohort: Cohort }) {
  const navigate = useAppStore((s) => s.navigate);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const leave = async () => {
    if (!window.confirm(leaveQuestion(props.cohort.name, props.cohort.yourRoles))) return;
    setBusy(true);
    setError(null);
    try {
      await leaveCohort(props.cohort.id);
      // Their other cohorts, if they are in any; else where their roles start.
      const me = await loadMe();
      navigate(me?.inCohorts ? paths.cohorts() : "/", { replace: true });
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };
  return (
    <section className="leave-cohort" aria-labelledby="leave-cohort-title">
      <h2 id="leave-cohort-title">Leave this cohort</h2>
      <p className="muted small">
        Its facilitators stop seeing you in it. Your sessions, and those you shared with a mentor,
        stay as they are.
      </p>
      <button type="button" className="button danger" disabled={busy} onClick={() => void leave()}>
        Leave cohort
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function FacilitatorView(props: { cohort: Cohort; reload: () => Promise<void> }) {
  const { cohort } = props;
  const [progress, reloadProgress] = useLoad(() => cohortProgress(cohort.id), cohort.id);
  // The grid keeps itself current while the facilitator watches (a workshop, managers practising
  // now): read again every minute while the tab is in view, and at once when they come back to it.
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === "visible") void reloadProgress(true);
    };
    const timer = window.setInterval(refresh, 60_000);
    document.addEventListener("visibilitychange", refresh);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", refresh);
    };
  }, [reloadProgress]);
  const [updatedAt, setUpdatedAt] = useState<number | null>(null);
  const progressData = progress.status === "ready" ? progress.data : null;
  useEffect(() => {
    if (progressData) setUpdatedAt(Date.now());
  }, [progressData]);
  const reloadAll = async () => {
    await Promise.all([props.reload(), reloadProgress()]);
  };
  const members = cohort.members ?? [];
  const mentors = cohort.mentors ?? [];
  const now = Date.now();
  const localMode = useAppStore((s) => s.me?.authMode === "local");
  const isAdmin = useAppStore((s) => hasAnyRole(s.me, "admin"));
  const meId = useAppStore((s) => s.me?.user?.id ?? null);
  const navigate = useAppStore((s) => s.navigate);
  const facilitators = cohort.facilitators ?? [];

  return (
    <>
      <p className="muted">
        {cohortPeopleWords({
          members: members.length,
          mentors: mentors.length,
          invited: (cohort.invitations ?? []).filter((i) => i.status === "pending").length,
        })}{" "}
        · created {formatDate(cohort.createdAt)}
        {facilitators.length > 0 &&
          ` · facilitated by ${facilitators.map((f) => f.displayName).join(", ")}`}
      </p>
      <CohortActions
        cohort={cohort}
        onRenamed={props.reload}
        onDeleted={() => navigate(paths.cohorts(), { replace: true })}
      />

      <section aria-labelledby="progress-title" className="panel">
        <div className="section-head">
          <h2 id="progress-title">Progress</h2>
          <span className="section-actions">
            {updatedAt !== null && (
              <span className="muted small grid-updated">
                Updated{" "}
                {new Date(updatedAt).toLocaleTimeString(undefined, {
                  hour: "2-digit",
                  minute: "2-digit",
                })}
              </span>
            )}
            <button type="button" className="link-button" onClick={() => void reloadProgress()}>
              Refresh
            </button>
            <a href={progressCsvUrl(cohort.id)} download>
              Download CSV
            </a>
          </span>
        </div>
        <p className="muted small">
          A scenario is done once a member has made the minimum number of attempts and one counted
          attempt passed (no required step missed, no critical flag) with a score at or above the
          target; a reviewer's finished review counts in place of the machine's. Done late when that
          came after the due date. Overdue: past the due date and not done.
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

      <Assignments cohort={cohort} onChange={reloadAll} now={now} rows={progressData?.rows ?? []} />

      <section aria-labelledby="people-title" className="panel">
        <h2 id="people-title" tabIndex={-1}>
          People
        </h2>
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
        <h3>Facilitators</h3>
        <ul className="people-list" aria-label="Facilitators">
          {facilitators.map((f) => (
            <MemberItem
              key={f.id}
              member={f}
              // A cohort keeps one facilitator: the last has no Remove.
              removable={facilitators.length > 1}
              question={
                f.id === meId
                  ? "Stop facilitating this cohort? You will no longer see it, unless you are an admin."
                  : `Remove ${f.displayName} as a facilitator of this cohort? They will no longer see it.`
              }
              remove={() => removeFacilitator(cohort.id, f.id)}
              onRemoved={
                f.id === meId && !isAdmin
                  ? async () => navigate(paths.cohorts(), { replace: true })
                  : props.reload
              }
            />
          ))}
        </ul>
        {!localMode && <AddFacilitator cohortId={cohort.id} onAdded={props.reload} />}
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
            // The grid lists invitees too: a link made or revoked shows there at once.
            onChange={reloadAll}
            offerFacilitator={isAdmin}
            dueDates={cohort.assignments.map((a) => a.dueDate)}
          />
        )}
      </section>
    </>
  );
}

/**
 * Rename the cohort (a typo, a test name), or delete it: the question says what goes with it and
 * what stays, and a deleted cohort leaves for the list of cohorts.
 */
function CohortActions(props: {
  cohort: Cohort;
  onRenamed: () => Promise<void>;
  onDeleted: () => void;
}) {
  const { cohort } = props;
  const [renaming, setRenaming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    const pending = (cohort.invitations ?? []).length;
    const question =
      `Delete the cohort “${cohort.name}”? This cannot be undone.\n\n` +
      `What goes: ${plural(cohort.assignments.length, "assigned scenario")} and the progress grid, ` +
      `${plural(pending, "unused invitation")} (their links stop working), and the places of its ` +
      `${plural((cohort.members ?? []).length, "manager")}, ${plural((cohort.mentors ?? []).length, "mentor")} ` +
      "and facilitators in it.\n\nWhat stays: every manager's sessions and scores, and the sessions " +
      "they shared with a mentor.";
    if (!window.confirm(question)) return;
    setError(null);
    try {
      await deleteCohort(cohort.id);
      props.onDeleted();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <div className="cohort-actions">
      {renaming ? (
        <RenameForm
          cohort={cohort}
          onDone={async (renamed) => {
            if (renamed) await props.onRenamed();
            setRenaming(false);
          }}
        />
      ) : (
        <p className="item-actions">
          <button type="button" className="link-button" onClick={() => setRenaming(true)}>
            Rename cohort
          </button>
          <button type="button" className="link-button" onClick={() => void remove()}>
            Delete cohort
          </button>
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function RenameForm(props: { cohort: Cohort; onDone: (renamed: boolean) => Promise<void> }) {
  const [name, setName] = useState(props.cohort.name);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = nameProblem(name, "cohort name");
    if (problem) return setError(problem);
    if (name.trim() === props.cohort.name) return void props.onDone(false);
    setBusy(true);
    setError(null);
    try {
      await renameCohort(props.cohort.id, name.trim());
      await props.onDone(true);
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label="Rename the cohort">
      <div className="field">
        <label htmlFor="rename-cohort">New name</label>
        <input
          id="rename-cohort"
          type="text"
          value={name}
          // The form opened on purpose: typing goes straight in.
          // biome-ignore lint/a11y/noAutofocus: the field the Rename button opened
          autoFocus
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Escape") void props.onDone(false);
          }}
          aria-describedby="rename-cohort-count"
          aria-invalid={nameProblem(name, "cohort name") !== null || undefined}
        />
        <span id="rename-cohort-count" className="muted small">
          {nameCount(name)}
        </span>
      </div>
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? "Saving…" : "Save name"}
      </button>
      <button type="button" className="button" onClick={() => void props.onDone(false)}>
        Cancel
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/**
 * A co-facilitator: someone who already has an account with the facilitator role runs the cohort
 * too (`POST /api/cohorts/:id/members` as facilitator). An admin can also invite one by link.
 */
function AddFacilitator(props: { cohortId: string; onAdded: () => Promise<void> }) {
  const [email, setEmail] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [said, setSaid] = useState("");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const user = await addMember(props.cohortId, email.trim(), "facilitator");
      setEmail("");
      setSaid(`${user.displayName} now facilitates this cohort with you.`);
      await props.onAdded();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="inline-form add-facilitator"
      onSubmit={submit}
      aria-label="Add a co-facilitator"
    >
      <div className="field">
        <label htmlFor="add-facilitator">Co-facilitator's email</label>
        <input
          id="add-facilitator"
          type="email"
          autoComplete="off"
          value={email}
          aria-describedby="add-facilitator-help"
          onChange={(e) => setEmail(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={busy || !email.trim()}>
        {busy ? "Adding…" : "Add co-facilitator"}
      </button>
      <p id="add-facilitator-help" className="muted small invite-help">
        They need an account with the facilitator role; an admin gives that role on Accounts.
      </p>
      <p className="visually-hidden" role="status">
        {said}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function MemberItem(props: {
  member: { id: string; displayName: string; email: string | null };
  /** False hides Remove (the cohort's last facilitator). */
  removable?: boolean;
  question: string;
  remove: () => Promise<void>;
  onRemoved: () => Promise<void>;
}) {
  const { member } = props;
  const [error, setError] = useState<string | null>(null);
  const item = useRef<HTMLLIElement>(null);
  const remove = async () => {
    if (!window.confirm(props.question)) return;
    // The focus goes to the next person's Remove (or the one before), so a keyboard removes one
    // after another without starting again at the top of the page; the section's heading when the
    // list is left empty.
    const li = item.current;
    const neighbour = (
      li?.nextElementSibling ?? li?.previousElementSibling
    )?.querySelector<HTMLElement>("button");
    try {
      await props.remove();
      await props.onRemoved();
      if (neighbour?.isConnected) neighbour.focus();
      else document.getElementById("people-title")?.focus();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <li ref={item}>
      {member.displayName} <span className="muted small">{member.email}</span>{" "}
      {props.removable !== false && (
        <button type="button" className="link-button" onClick={() => void remove()}>
          Remove<span className="visually-hidden"> {member.displayName}</span>
        </button>
      )}
      {error && (
        <span className="form-error" role="alert">
          {" "}
          {error}
        </span>
      )}
    </li>
  );
}

function Assignments(props: {
  cohort: Cohort;
  onChange: () => Promise<void>;
  now: number;
  /** The progress grid's rows, for whom to nudge about each assignment (none until it is read). */
  rows: Progress["rows"];
}) {
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
            <AssignmentItem
              key={a.id}
              assignment={a}
              onChange={props.onChange}
              now={props.now}
              rows={props.rows}
            />
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
  rows: Progress["rows"];
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
      <CopyOverdueEmails rows={props.rows} assignment={a} />
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
