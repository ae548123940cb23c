import { type FormEvent, useId, useState } from "react";
import type { Briefing } from "../../../../server/content/briefing";
import { messageOf } from "../../api/http";
import type { AssignmentInput } from "../../api/people";
import { formatDay } from "../../model/format";
import { dueFromDateInput, isPastDay, localDate, OVERDUE_RULE } from "../../model/people-view";

/**
 * The settings of one assignment: which scenario (only when creating), the due day, the target score
 * and how many attempts. Used to assign a scenario and to change an assignment.
 */
export function AssignmentForm(props: {
  /** Scenarios to pick from; absent when editing (the scenario of an assignment does not change). */
  scenarios?: readonly Briefing[];
  initial?: AssignmentInput;
  submitLabel: string;
  onSubmit: (input: AssignmentInput, scenarioId: string) => Promise<void>;
  onCancel?: () => void;
}) {
  const id = useId();
  const init = props.initial;
  const [scenarioId, setScenarioId] = useState("");
  const [due, setDue] = useState(init?.dueDate ?? "");
  const [target, setTarget] = useState(String(init?.targetScore ?? 70));
  const [minAttempts, setMin] = useState(String(init?.minAttempts ?? 1));
  const [maxAttempts, setMax] = useState(init?.maxAttempts == null ? "" : String(init.maxAttempts));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** After an assignment is made: which one. The settings stay, for the next scenario of a batch. */
  const [assigned, setAssigned] = useState<string | null>(null);
  // A day that has already ended, newly picked (an old assignment keeps its date without a word).
  const pastDue = isPastDay(due, Date.now()) && due !== (init?.dueDate ?? "");

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setAssigned(null);
    const dueDate = due ? dueFromDateInput(due) : null;
    const targetScore = Number(target);
    const min = Number(minAttempts);
    const max = maxAttempts.trim() === "" ? null : Number(maxAttempts);
    if (props.scenarios && !scenarioId) return setError("Pick a scenario.");
    if (due && dueDate === null) return setError("The due date is not a real day.");
    if (!Number.isInteger(targetScore) || targetScore < 0 || targetScore > 100)
      return setError("The target score is a whole number from 0 to 100.");
    if (!Number.isInteger(min) || min < 1 || min > 50)
      return setError("The minimum is a whole number of attempts from 1 to 50.");
    if (max !== null && (!Number.isInteger(max) || max < min || max > 50))
      return setError("The maximum is empty (no limit) or from the minimum up to 50.");
    if (
      pastDue &&
      dueDate !== null &&
      !window.confirm(
        `The due date, ${formatDay(dueDate)}, has already passed: everyone who has not finished will show as overdue at once. ${props.submitLabel} anyway?`,
      )
    )
      return;
    setBusy(true);
    try {
      await props.onSubmit(
        { dueDate, targetScore, minAttempts: min, maxAttempts: max },
        scenarioId,
      );
      if (props.scenarios) {
        setAssigned(props.scenarios.find((s) => s.id === scenarioId)?.title ?? scenarioId);
        setScenarioId("");
      }
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="assignment-form" onSubmit={submit} noValidate>
      {props.scenarios && (
        <div className="field">
          <label htmlFor={`${id}-scenario`}>Scenario</label>
          <select
            id={`${id}-scenario`}
            value={scenarioId}
            onChange={(e) => {
              setScenarioId(e.target.value);
              setAssigned(null);
            }}
          >
            <option value="">Pick a scenario…</option>
            {props.scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-due`}>Due date</label>
          <input
            id={`${id}-due`}
            type="date"
            value={due}
            min={localDate(Date.now())}
            onChange={(e) => setDue(e.target.value)}
            aria-describedby={`${id}-due-help`}
            aria-invalid={pastDue || undefined}
          />
          <span id={`${id}-due-help`} className="muted small">
            Optional. {OVERDUE_RULE}
          </span>
          {pastDue && (
            <span className="form-warning" role="status">
              ⚠ That day has passed: the scenario would be overdue from the start.
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-target`}>Target score</label>
          <input
            id={`${id}-target`}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            value={target}
            onChange={(e) => setTarget(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-min`}>Minimum attempts</label>
          <input
            id={`${id}-min`}
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            value={minAttempts}
            onChange={(e) => setMin(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-max`}>Maximum attempts</label>
          <input
            id={`${id}-max`}
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            value={maxAttempts}
            placeholder="No limit"
            onChange={(e) => setMax(e.target.value)}
            aria-describedby={`${id}-max-help`}
          />
          <span id={`${id}-max-help`} className="muted small">
            Attempts after this many do not count.
          </span>
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? "Saving…" : props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" className="button" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
      {assigned && (
        <p className="muted small" role="status">
          Assigned “{assigned}”. The due date, target and attempts stay in this form for the next
          scenario you assign.
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
