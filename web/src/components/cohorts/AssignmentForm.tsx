import { type FormEvent, useId, useState } from "react";
import type { Briefing } from "../../../../server/content/briefing";
import { messageOf } from "../../api/http";
import type { AssignmentInput } from "../../api/people";
import { formatDay } from "../../model/format";
import {
  ASSIGNMENT_DEFAULTS,
  dueFromDateInput,
  isPastDay,
  localDate,
  OVERDUE_RULE,
  settingsOffDefault,
} from "../../model/people-view";

/**
 * The settings of one assignment: which scenario (only when creating), the due day, the target score
 * and how many attempts. Used to assign a scenario and to change an assignment. When creating, only
 * the due date stays for the next scenario (the form says so before); the target and attempts go
 * back to the defaults. Attempt settings typed for one scenario and left on when another is picked
 * (an assignment refused, a change of mind) are named above the button, with a way back.
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
  const [target, setTarget] = useState(
    init ? String(init.targetScore) : ASSIGNMENT_DEFAULTS.target,
  );
  const [minAttempts, setMin] = useState(init ? String(init.minAttempts) : ASSIGNMENT_DEFAULTS.min);
  const [maxAttempts, setMax] = useState(
    init?.maxAttempts == null ? ASSIGNMENT_DEFAULTS.max : String(init.maxAttempts),
  );
  /** The scenario the attempt settings were typed for, when another one has been picked since. */
  const [carriedFrom, setCarriedFrom] = useState<string | null>(null);
  const offDefault = settingsOffDefault({ target, min: minAttempts, max: maxAttempts });
  const resetSettings = () => {
    setTarget(ASSIGNMENT_DEFAULTS.target);
    setMin(ASSIGNMENT_DEFAULTS.min);
    setMax(ASSIGNMENT_DEFAULTS.max);
    setCarriedFrom(null);
  };
  /** Typing in an attempt setting is choosing it for the scenario now picked. */
  const edited =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setCarriedFrom(null);
    };
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
        // Only the due date stays for the next scenario, as the form says.
        resetSettings();
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
              const next = e.target.value;
              // Settings typed for the scenario picked before: say they are still on.
              if (scenarioId !== "" && next !== scenarioId && offDefault.length > 0)
                setCarriedFrom(
                  (from) =>
                    from ?? props.scenarios?.find((s) => s.id === scenarioId)?.title ?? scenarioId,
                );
              setScenarioId(next);
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
            onChange={(e) => edited(setTarget)(e.target.value)}
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
            onChange={(e) => edited(setMin)(e.target.value)}
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
            onChange={(e) => edited(setMax)(e.target.value)}
            aria-describedby={`${id}-max-help`}
          />
          <span id={`${id}-max-help`} className="muted small">
            Attempts after this many do not count.
          </span>
        </div>
      </div>
      {props.scenarios && carriedFrom !== null && offDefault.length > 0 && (
        <p className="form-warning carried-settings" role="status">
          Still set from “{carriedFrom}”: {offDefault.join(", ")}.{" "}
          <button type="button" className="link-button" onClick={resetSettings}>
            Reset to the defaults
          </button>{" "}
          (target {ASSIGNMENT_DEFAULTS.target}, at least {ASSIGNMENT_DEFAULTS.min} attempt, no
          limit), or keep them for this scenario.
        </p>
      )}
      {props.scenarios && (
        <p className="muted small">
          After each assignment the due date stays in this form for the next scenario; the target
          and attempts go back to the defaults.
        </p>
      )}
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
          Assigned “{assigned}”. Its due date stays for the next scenario; the target and attempts
          are back to the defaults.
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
