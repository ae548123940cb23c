import { type FormEvent, type Ref, useEffect, useId, useRef, useState } from "react";
import type { Scorecard, StepStatus } from "../../../../server/rubric/scorecard.schema";
import { STEP_STATUSES } from "../../../../server/rubric/scorecard.schema";
import { messageOf } from "../../api/http";
import { type Adjustment, adjust, deleteAdjustment, type FlagSetAside } from "../../api/people";
import { formatDateTime } from "../../model/format";
import { STEP_STATUS_LABELS } from "../../model/labels";
import { isMine } from "../../model/people-view";
import { setAsidesOf } from "../../model/review-notes";
import { isUnsaved } from "../../model/unsaved-notes";
import { SecondOpinionLine, StepOpinion } from "../debrief/SecondOpinion";
import { StatusPill, StepEvidence } from "../debrief/StepEvidence";
import { useReturnFocus } from "../use-return-focus";
import { useUnsavedNote } from "./unsaved-notes";

interface Shared {
  sessionId: string;
  meId: string | undefined;
  authorOf: (id: string) => string;
  canReview: boolean;
  onChanged: () => Promise<void>;
}

/**
 * The scorecard for a reviewer: each step with the machine's status and evidence, every reviewer's
 * adjustment beside it (with reason, author and time), and, for the reviewer, a form to adjust it.
 */
export function ReviewSteps(
  props: Shared & {
    card: Scorecard;
    adjustments: readonly Adjustment[];
    /** Every reviewer's set-aside flags: a critical flag set aside is not named as failing it. */
    setAsides?: readonly FlagSetAside[];
    turnOf: (position: number) => number | undefined;
    numberOf: (index: number) => number | undefined;
    replyTo?: ((index: number) => number | undefined) | undefined;
    /** The title of the scenario's main pattern, when this card is another pattern's. */
    mainPatternTitle?: string | undefined;
    /** The page stopped waiting for the model's second opinion. */
    judgeGaveUp?: boolean | undefined;
  },
) {
  const { card } = props;
  // A critical flag fails the attempt whatever the steps say, unless a reviewer sets it aside.
  const critical = card.antiPatterns.filter(
    (f) =>
      f.critical &&
      f.sameSentenceAs === undefined &&
      setAsidesOf({ ...f, patternId: card.patternId }, props.setAsides ?? []).length === 0,
  );
  return (
    <>
      {/* The model's second opinion, as the manager's debrief shows it: one line, then each step's. */}
      <SecondOpinionLine card={card} gaveUp={props.judgeGaveUp} />
      <ol className="steps review-steps">
        {card.steps.map((s) => {
          const mine = props.adjustments.filter((a) => a.stepId === s.id);
          const opinion = card.judge?.steps.find((j) => j.id === s.id);
          return (
            <li key={s.id} className={`step step-${s.status}`}>
              <div className="step-head">
                <h3>
                  {s.title}
                  {!s.required && <span className="muted small"> (optional)</span>}
                </h3>
              </div>
              <p className="machine-value">
                <span className="muted small">Machine:</span> <StatusPill status={s.status} />
              </p>
              <StepEvidence
                step={s}
                turnOf={props.turnOf}
                numberOf={props.numberOf}
                replyTo={props.replyTo}
                unnumbered="Their line"
                noteClassName="muted small"
              />
              {opinion && (
                <StepOpinion step={opinion} turnOf={props.turnOf} numberOf={props.numberOf} />
              )}
              <Adjustments
                {...props}
                what={s.title}
                adjustments={mine}
                describe={(a) => <StatusPill status={a.status ?? ""} />}
                form={(done, existing) => (
                  <StepAdjustForm
                    sessionId={props.sessionId}
                    patternId={card.patternId}
                    stepId={s.id}
                    stepTitle={s.title}
                    machine={s.status}
                    help={stepAdjustHelp({
                      required: s.required,
                      mainPatternTitle: props.mainPatternTitle,
                      criticalFlags: critical.map((f) => f.title),
                    })}
                    existing={existing}
                    onDone={done}
                  />
                )}
              />
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** The overall score: the machine's, each reviewer's adjustment, and the reviewer's own form. */
export function OverallAdjust(
  props: Shared & {
    card: Scorecard;
    adjustments: readonly Adjustment[];
    /** The title of the scenario's main pattern, when this card is another pattern's. */
    mainPatternTitle?: string | undefined;
  },
) {
  return (
    <div className="overall-adjust">
      <p className="machine-value">
        <span className="muted small">Machine's overall score:</span>{" "}
        <strong>{props.card.overall}</strong> / 100
      </p>
      <Adjustments
        {...props}
        what="the overall score"
        adjustments={props.adjustments}
        describe={(a) => (
          <strong>
            {a.score} / 100 <span className="muted small">(machine {a.machineScore})</span>
          </strong>
        )}
        form={(done, existing) => (
          <ScoreAdjustForm
            sessionId={props.sessionId}
            patternId={props.card.patternId}
            machine={props.card.overall}
            mainPatternTitle={props.mainPatternTitle}
            existing={existing}
            onDone={done}
          />
        )}
      />
    </div>
  );
}

/** Everyone's adjustments of one thing; the reviewer's own can be changed or removed. */
function Adjustments(
  props: Shared & {
    what: string;
    adjustments: readonly Adjustment[];
    describe: (a: Adjustment) => React.ReactNode;
    form: (done: (saved: boolean) => void, existing: Adjustment | undefined) => React.ReactNode;
  },
) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const adjustButton = useReturnFocus<HTMLButtonElement>(open);
  const formBox = useRef<HTMLDivElement>(null);
  // The form opens in the button's place: its first field takes the focus the button had.
  useEffect(() => {
    if (open) formBox.current?.querySelector<HTMLElement>("select, input, textarea")?.focus();
  }, [open]);
  const mine = props.adjustments.find((a) => isMine(a, props.meId));
  const done = (saved: boolean) => {
    setOpen(false);
    if (saved) void props.onChanged();
  };
  const remove = async (a: Adjustment) => {
    try {
      await deleteAdjustment(a.id);
      await props.onChanged();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <div className="rv-adjustments">
      {props.adjustments.length > 0 && (
        <ul className="rv-adjustment-list">
          {props.adjustments.map((a) => (
            <li
              key={a.id}
              className={`rv-adjustment${isMine(a, props.meId) ? " rv-adjustment-mine" : ""}`}
            >
              <p>
                <span className="muted small">
                  {isMine(a, props.meId)
                    ? "Your adjustment"
                    : `${props.authorOf(a.authorId)}'s adjustment`}
                  :
                </span>{" "}
                {props.describe(a)}
              </p>
              <p className="rv-adjustment-reason">
                <span className="muted small">Why:</span> {a.reason}
              </p>
              <p className="muted small">
                {formatDateTime(a.createdAt)}
                {a.updatedAt > a.createdAt && ` · changed ${formatDateTime(a.updatedAt)}`}
              </p>
            </li>
          ))}
        </ul>
      )}
      {props.canReview &&
        (open ? (
          // Escape closes it, as Cancel does.
          // biome-ignore lint/a11y/noStaticElementInteractions: the keys come from the form's fields
          <div
            ref={formBox}
            onKeyDown={(e) => {
              if (e.key === "Escape") done(false);
            }}
          >
            {props.form(done, mine)}
          </div>
        ) : (
          <p className="item-actions">
            <button
              ref={adjustButton}
              type="button"
              className="link-button"
              onClick={() => setOpen(true)}
            >
              {mine ? "Change your adjustment" : "Adjust"}
              <span className="visually-hidden"> {props.what}</span>
            </button>
            {mine && (
              <button type="button" className="link-button" onClick={() => void remove(mine)}>
                Remove your adjustment<span className="visually-hidden"> of {props.what}</span>
              </button>
            )}
          </p>
        ))}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function useSubmit(save: () => Promise<unknown>, onDone: (saved: boolean) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent, check: () => string | null) => {
    event.preventDefault();
    const problem = check();
    if (problem) return setError(problem);
    setBusy(true);
    setError(null);
    try {
      await save();
      onDone(true);
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };
  return { busy, error, submit };
}

const reasonProblem = (reason: string) =>
  reason.trim().length < 3 ? "Say why, in a few words: the manager reads it." : null;

function StepAdjustForm(props: {
  sessionId: string;
  patternId: string;
  stepId: string;
  stepTitle: string;
  machine: StepStatus;
  /** What the adjustment does once the review is done (stepAdjustHelp). */
  help: string;
  existing: Adjustment | undefined;
  onDone: (saved: boolean) => void;
}) {
  const id = useId();
  const [status, setStatus] = useState<StepStatus>(
    (props.existing?.status as StepStatus | null) ?? (props.machine === "hit" ? "partial" : "hit"),
  );
  const [reason, setReason] = useState(props.existing?.reason ?? "");
  const reasonBox = useRef<HTMLTextAreaElement>(null);
  useUnsavedNote(
    `your adjustment of “${props.stepTitle}”`,
    isUnsaved(reason, props.existing?.reason) ||
      (props.existing !== undefined && status !== props.existing.status),
    reasonBox,
    () => props.onDone(false),
  );
  const { busy, error, submit } = useSubmit(
    () =>
      adjust(props.sessionId, {
        patternId: props.patternId,
        stepId: props.stepId,
        status,
        reason: reason.trim(),
      }),
    props.onDone,
  );
  return (
    <form
      className="adjust-form"
      noValidate
      onSubmit={(e) =>
        void submit(e, () =>
          status === props.machine && !props.existing
            ? "Pick a status other than the machine's, or cancel."
            : reasonProblem(reason),
        )
      }
      aria-label={`Adjust “${props.stepTitle}”`}
    >
      <div className="field">
        <label htmlFor={`${id}-status`}>Your status</label>
        <select
          id={`${id}-status`}
          value={status}
          onChange={(e) => setStatus(e.target.value as StepStatus)}
        >
          {STEP_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STEP_STATUS_LABELS[s]?.label ?? s}
              {s === props.machine ? " (the machine's)" : ""}
            </option>
          ))}
        </select>
      </div>
      <ReasonField id={`${id}-reason`} value={reason} onChange={setReason} ref={reasonBox} />
      <p className="muted small">{props.help}</p>
      <FormButtons busy={busy} onCancel={() => props.onDone(false)} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/**
 * What a reviewer's overall score does once the review is done. Only the scenario's main pattern
 * counts (History, the library, an assignment and the cohort grid all read the main pattern's
 * score: server/people/cohorts.ts `attempts`); another pattern's score is shown to the manager
 * on the debrief beside the machine's, and counts nowhere.
 */
export function scoreAdjustHelp(mainPatternTitle: string | undefined): string {
  return mainPatternTitle === undefined
    ? "Once you mark the review done, your score counts for this attempt in place of the machine's: in the manager's History and in a cohort's progress grid, up or down."
    : `This is not the scenario's main pattern: the manager sees your score on their debrief, but History and a cohort's progress grid count only the main pattern, “${mainPatternTitle}”.`;
}

/**
 * What a reviewer's step status does once the review is done (server/people/verdict.ts): on the main
 * pattern a required step's status re-decides whether the attempt passed, by the machine's rule,
 * everywhere the attempt is counted; it never changes the score. A critical flag fails the attempt
 * whatever the steps say, until a reviewer sets it aside on the transcript.
 */
export function stepAdjustHelp(props: {
  required: boolean;
  mainPatternTitle: string | undefined;
  criticalFlags: readonly string[];
}): string {
  const score =
    "It does not change the score: if that should change too, adjust the overall score above.";
  if (props.mainPatternTitle !== undefined)
    return `This is not the scenario's main pattern: the manager sees your status on their debrief and it counts in Scoring agreement, but whether the attempt passed is decided by the main pattern, “${props.mainPatternTitle}”. ${score}`;
  if (!props.required)
    return `An optional step does not decide whether the attempt passes: your status is your reading for the manager and for Scoring agreement. ${score}`;
  const flags =
    props.criticalFlags.length > 0
      ? ` This attempt also has a critical flag (${props.criticalFlags.map((t) => `“${t}”`).join(", ")}), which fails it whatever the steps say: if the machine misread the line, set the flag aside on the transcript, with your reason.`
      : "";
  return `Once you mark the review done, your status counts in place of the machine's for whether the attempt passed, by the machine's rule: it passes when no required step is Missed and no critical flag is raised. The manager's debrief, History and proficiency, and a cohort's progress grid, all show that verdict, saying a reviewer decided it.${flags} ${score}`;
}

function ScoreAdjustForm(props: {
  sessionId: string;
  patternId: string;
  machine: number;
  mainPatternTitle: string | undefined;
  existing: Adjustment | undefined;
  onDone: (saved: boolean) => void;
}) {
  const id = useId();
  const [score, setScore] = useState(String(props.existing?.score ?? props.machine));
  const [reason, setReason] = useState(props.existing?.reason ?? "");
  const reasonBox = useRef<HTMLTextAreaElement>(null);
  useUnsavedNote(
    "your adjustment of the overall score",
    isUnsaved(reason, props.existing?.reason) ||
      (props.existing !== undefined && score !== String(props.existing.score)),
    reasonBox,
    () => props.onDone(false),
  );
  const { busy, error, submit } = useSubmit(
    () =>
      adjust(props.sessionId, {
        patternId: props.patternId,
        score: Number(score),
        reason: reason.trim(),
      }),
    props.onDone,
  );
  return (
    <form
      className="adjust-form"
      noValidate
      onSubmit={(e) =>
        void submit(e, () => {
          const n = Number(score);
          if (!Number.isInteger(n) || n < 0 || n > 100)
            return "The score is a whole number from 0 to 100.";
          return reasonProblem(reason);
        })
      }
      aria-label="Adjust the overall score"
    >
      <div className="field">
        <label htmlFor={`${id}-score`}>Your score (machine: {props.machine})</label>
        <input
          id={`${id}-score`}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          value={score}
          onChange={(e) => setScore(e.target.value)}
          aria-describedby={`${id}-score-help`}
        />
        <span id={`${id}-score-help`} className="muted small">
          {scoreAdjustHelp(props.mainPatternTitle)}
        </span>
      </div>
      <ReasonField id={`${id}-reason`} value={reason} onChange={setReason} ref={reasonBox} />
      <FormButtons busy={busy} onCancel={() => props.onDone(false)} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function ReasonField(props: {
  id: string;
  value: string;
  onChange: (v: string) => void;
  ref: Ref<HTMLTextAreaElement>;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>Reason (required)</label>
      <textarea
        ref={props.ref}
        id={props.id}
        rows={2}
        maxLength={2000}
        required
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}

function FormButtons(props: { busy: boolean; onCancel: () => void }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button primary" disabled={props.busy}>
        {props.busy ? "Saving…" : "Save adjustment"}
      </button>
      <button type="button" className="button" onClick={props.onCancel}>
        Cancel
      </button>
    </div>
  );
}
