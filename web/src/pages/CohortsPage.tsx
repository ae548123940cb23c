import { type FormEvent, useState } from "react";
import { messageOf } from "../api/http";
import { type CohortSummary, createCohort, listCohorts } from "../api/people";
import { useLoad } from "../components/cohorts/use-load";
import { Link } from "../components/Link";
import { EmptyState, ErrorState, Loading } from "../components/LoadStates";
import { canRunCohorts } from "../model/access";
import { formatDate } from "../model/format";
import { nameCount, nameProblem } from "../model/names";
import { cohortNameKey, cohortPeopleWords, plural, sharedCohortNames } from "../model/people-view";
import { paths } from "../model/routes";
import { useAppStore } from "../state/store";

/**
 * Your cohorts. Facilitators and admins also get a form to start one; everyone else reads what a
 * cohort is and who runs it.
 */
export default function CohortsPage() {
  const [cohorts, reload] = useLoad(listCohorts, "cohorts");
  const navigate = useAppStore((s) => s.navigate);
  const runsCohorts = useAppStore((s) => canRunCohorts(s.me));
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // One of your own cohorts already has the name typed: said before Create (the server refuses it).
  const sameName =
    cohorts.status === "ready" && name.trim() !== ""
      ? cohorts.data.find(
          (c) =>
            c.manages &&
            c.yourRoles.includes("facilitator") &&
            cohortNameKey(c.name) === cohortNameKey(name),
        )
      : undefined;
  const shared = cohorts.status === "ready" ? sharedCohortNames(cohorts.data) : new Set<string>();

  const onCreate = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    const problem = nameProblem(name, "cohort name");
    if (problem) return setError(problem);
    if (sameName)
      return setError(
        `You already run a cohort named “${sameName.name}”: open it below, or give this one another name.`,
      );
    setBusy(true);
    setError(null);
    try {
      const cohort = await createCohort(name.trim());
      navigate(paths.cohort(cohort.id));
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="cohorts-title" className="people-page">
      <h1 id="cohorts-title" tabIndex={-1}>
        Cohorts
      </h1>
      {runsCohorts ? (
        <p className="lede">
          A cohort is a group of managers you assign scenarios to and follow: who has practised, how
          they scored, who is behind.
        </p>
      ) : (
        <p className="lede">
          A cohort is a group of managers practising the same scenarios, run by a facilitator who
          assigns them and follows everyone's progress; a mentor may join to review the sessions
          shared with them. A facilitator adds you to a cohort with an invitation.
        </p>
      )}

      {runsCohorts && (
        <form className="panel inline-form" onSubmit={onCreate} aria-labelledby="new-cohort-title">
          <h2 id="new-cohort-title">New cohort</h2>
          <div className="field">
            <label htmlFor="cohort-name">Cohort name</label>
            <input
              id="cohort-name"
              type="text"
              value={name}
              placeholder="New managers, spring"
              onChange={(e) => {
                setName(e.target.value);
                setError(null);
              }}
              aria-describedby="cohort-name-count"
              aria-invalid={
                (name.trim() !== "" && (nameProblem(name) !== null || sameName !== undefined)) ||
                undefined
              }
            />
            {/* A name over the limit is said, with how much too long it is, never cut. */}
            <span id="cohort-name-count" className="muted small">
              {nameCount(name)}
            </span>
            {sameName && !error && (
              <span className="form-warning" role="status">
                ⚠ You already run a cohort named “{sameName.name}”.
              </span>
            )}
          </div>
          <button type="submit" className="button primary" disabled={busy || !name.trim()}>
            {busy ? "Creating…" : "Create cohort"}
          </button>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}

      <h2>Your cohorts</h2>
      {cohorts.status === "loading" || cohorts.status === "idle" ? (
        <Loading label="Loading your cohorts" />
      ) : cohorts.status === "error" ? (
        <ErrorState
          message={cohorts.message}
          httpStatus={cohorts.httpStatus}
          onRetry={() => void reload()}
        />
      ) : cohorts.data.length === 0 ? (
        <EmptyState title="No cohorts yet">
          <p>
            {runsCohorts
              ? "Create one above, then invite its managers and assign them scenarios."
              : "You are in no cohort. When a facilitator invites you into one, it appears here."}
          </p>
        </EmptyState>
      ) : (
        <ul className="cohort-list">
          {cohorts.data.map((c) => (
            <li key={c.id} className="panel cohort-item">
              <Link to={paths.cohort(c.id)} className="cohort-name">
                {c.name}
              </Link>
              {c.standing && <CohortStanding standing={c.standing} members={c.members} />}
              <p className="muted small">
                {c.manages && `${cohortPeopleWords(c)} · `}
                {/* Two cards of one name (another facilitator's, or made before names were
                    checked) are told apart by the minute they were made. */}
                created{" "}
                {shared.has(cohortNameKey(c.name))
                  ? `${formatDate(c.createdAt)}, ${timeOfDay(c.createdAt)}`
                  : formatDate(c.createdAt)}
                {!c.manages && c.yourRoles.includes("member") && " · you are a member"}
                {!c.manages && c.yourRoles.includes("mentor") && " · you are a mentor"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "14:05" (or "2:05 PM"), as the reader's locale writes a time. */
const timeOfDay = (ms: number) =>
  new Date(ms).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });

/** How a cohort's grid stands, on the list: who is behind, in words, overdue first. */
function CohortStanding(props: {
  standing: NonNullable<CohortSummary["standing"]>;
  members: number;
}) {
  const { assignments, notDone, overdue } = props.standing;
  if (assignments === 0) return <p className="cohort-standing small">Nothing assigned yet.</p>;
  if (props.members === 0) return null;
  return (
    <p className="cohort-standing small">
      {overdue > 0 && (
        <strong className="overdue-tag">
          <span aria-hidden="true">⚠ </span>
          {overdue} of {props.members} overdue
        </strong>
      )}
      {overdue > 0 && " · "}
      {notDone === 0
        ? `Everyone has done all ${plural(assignments, "assigned scenario")}`
        : `${notDone} of ${props.members} not done yet · ${plural(assignments, "scenario")} assigned`}
    </p>
  );
}
