import type { Scorecard } from "../../../../server/rubric/scorecard.schema";
import type { Adjustment } from "../../api/auth";
import type { Authored } from "../../model/review-notes";
import { AdjustmentNote } from "./ReviewNotes";
import { StatusPill, StepEvidence } from "./StepEvidence";

/** Each pattern step with its status in words and an icon, and the quoted turns that show it. */
export function StepList(props: {
  card: Scorecard;
  turnOf: (position: number) => number | undefined;
  numberOf: (index: number) => number | undefined;
  /** For an employee line, the number of the manager's line it answers. */
  replyTo?: ((index: number) => number | undefined) | undefined;
  /** A reviewer's changes to each step's status, by step id (the debrief of a reviewed session). */
  adjustments?: Map<string, Authored<Adjustment>[]> | undefined;
}) {
  return (
    <ol className="steps">
      {props.card.steps.map((s) => {
        return (
          <li key={s.id} className={`step step-${s.status}`}>
            <div className="step-head">
              <StatusPill status={s.status} />
              <h3>
                {s.title}
                {!s.required && <span className="muted small"> (optional)</span>}
              </h3>
            </div>
            <StepEvidence
              step={s}
              turnOf={props.turnOf}
              numberOf={props.numberOf}
              replyTo={props.replyTo}
              unnumbered="Your line"
              noteClassName="muted"
            />
            {props.adjustments?.get(s.id)?.map((a) => (
              <AdjustmentNote key={a.id} adjustment={a} />
            ))}
          </li>
        );
      })}
    </ol>
  );
}
