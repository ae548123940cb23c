import { useEffect, useState } from "react";
import type { JudgeStep, Scorecard } from "../../../../server/rubric/scorecard.schema";
import type { SessionRecord } from "../../../../server/sessions/record.schema";
import { refreshRecord } from "../../api/sessions";
import { STEP_STATUS_LABELS } from "../../model/labels";

/**
 * The LLM judge's standing on a scorecard, in one line above the steps: how many steps it agrees
 * on (the score stays the rule score), that it is still being asked, or why it could not be had.
 * Nothing when no model was asked.
 */
export function SecondOpinionLine(props: { card: Scorecard; gaveUp?: boolean }) {
  const { judge, judgeStatus } = props.card;
  if (judge) {
    const agreeing = judge.steps.filter((s) => s.agrees).length;
    return (
      <p className="second-opinion small">
        The model's second opinion agrees on {agreeing} of {judge.steps.length} steps; the score is
        the rule score.
      </p>
    );
  }
  if (judgeStatus?.status === "failed") {
    return (
      <p className="second-opinion small muted">
        The second opinion could not be had: {judgeStatus.problem ?? "the model did not answer"}.
      </p>
    );
  }
  if (judgeStatus?.status === "asked") {
    return (
      <p className="second-opinion small muted" role="status">
        {props.gaveUp
          ? "The model's second opinion has not come yet; reload the page later to see it."
          : "Asking the model for a second opinion on each step…"}
      </p>
    );
  }
  return null;
}

/**
 * The judge's verdict on one step, beside the rules': its status, whether it agrees, the manager's
 * turns it points at and its reason (in the manager's numbering, as the page's).
 */
export function StepOpinion(props: {
  step: JudgeStep;
  turnOf: (position: number) => number | undefined;
  numberOf: (index: number) => number | undefined;
}) {
  const { step } = props;
  const numbers = step.turns
    .map((t) => {
      const index = props.turnOf(t);
      return index === undefined ? undefined : props.numberOf(index);
    })
    .filter((n): n is number => n !== undefined);
  const label = STEP_STATUS_LABELS[step.status]?.label ?? step.status;
  const turns = numbers.length > 0 ? ` (turn ${numbers.join(", ")})` : "";
  return (
    <p className={`step-opinion small ${step.agrees ? "agrees" : "differs"}`}>
      <span className="step-opinion-verdict">
        Second opinion: {label}
        {turns}, {step.agrees ? "agrees" : "differs"}
      </span>
      {step.reason && <span className="muted"> · {step.reason}</span>}
    </p>
  );
}

/** How often, and how many times, a page reads the session again for the model's opinion. */
const JUDGE_POLL_MS = 2000;
const JUDGE_POLLS = 60;

/**
 * While a model is asked for its second opinion (in the background, after scoring), the page (the
 * debrief, the review) reads the session again every 2 s until it is there or has failed; after 2 minutes it stops and
 * says so. True once it stopped.
 */
export function useSecondOpinion(record: SessionRecord): boolean {
  const asked = record.scorecards.some((c) => c.judgeStatus?.status === "asked");
  const [polls, setPolls] = useState(0);
  const id = record.session.id;
  useEffect(() => {
    if (!asked || polls >= JUDGE_POLLS) return;
    const timer = setTimeout(() => {
      void refreshRecord(id).finally(() => setPolls((n) => n + 1));
    }, JUDGE_POLL_MS);
    return () => clearTimeout(timer);
  }, [asked, polls, id]);
  return asked && polls >= JUDGE_POLLS;
}
