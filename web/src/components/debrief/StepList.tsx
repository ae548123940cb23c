import type { Scorecard } from "../../../../server/rubric/scorecard.schema";
import type { Adjustment } from "../../api/auth";
import type { Authored } from "../../model/review-notes";
import { AdjustmentNote } from "./ReviewNotes";
import { SecondOpinionLine, StepOpinion } from "./SecondOpinion";
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
  /** The page stopped waiting for the model's second opinion. */
  judgeGaveUp?: boolean | undefined;
}) {
  return (
    <>
      <SecondOpinionLine card={props.card} gaveUp={props.judgeGaveUp} />
      <ol className="steps">
        {props.card.steps.map((s) => {
          const opinion = props.card.judge?.steps.find((j) => j.id === s.id);
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
              {opinion && (
                <StepOpinion step={opinion} turnOf={props.turnOf} numberOf={props.numberOf} />
              )}
              {props.adjustments?.get(s.id)?.map((a) => (
                <AdjustmentNote key={a.id} adjustment={a} />
              ))}
            </li>
          );
        })}
      </ol>
    </>
  );
}
