import { MOVE_INFO } from "../../../../server/moves/move-info";
import type { Scorecard } from "../../../../server/rubric/scorecard.schema";
import type { Adjustment } from "../../api/auth";
import { STEP_STATUS_LABELS } from "../../model/labels";
import type { Authored } from "../../model/review-notes";
import { quotesItsNote, renumberNote } from "../../model/transcript";
import { AdjustmentNote } from "./ReviewNotes";
import { TurnLink } from "./TurnLink";

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
        const status = STEP_STATUS_LABELS[s.status] ?? { label: s.status, icon: "?" };
        return (
          <li key={s.id} className={`step step-${s.status}`}>
            <div className="step-head">
              <span className={`status-pill status-${s.status}`}>
                <span aria-hidden="true">{status.icon}</span> {status.label}
              </span>
              <h3>
                {s.title}
                {!s.required && <span className="muted small"> (optional)</span>}
              </h3>
            </div>
            {!quotesItsNote(s) && (
              <p className="muted">
                {renumberNote(s.note, props.turnOf, props.numberOf, props.replyTo)}
              </p>
            )}
            {s.evidence.length > 0 && (
              <ul className="evidence">
                {s.evidence.map((e) => {
                  const index = props.turnOf(e.turn);
                  const n = index === undefined ? undefined : props.numberOf(index);
                  const label = n === undefined ? "Your line" : `Turn ${n}`;
                  return (
                    <li key={`${e.turn}-${e.start}`}>
                      {index === undefined ? (
                        <span>{label}</span>
                      ) : (
                        <TurnLink index={index}>{label}</TurnLink>
                      )}
                      : <q>{e.quote}</q>
                      <span className="muted small"> · {MOVE_INFO[e.move].label}</span>
                    </li>
                  );
                })}
              </ul>
            )}
            {props.adjustments?.get(s.id)?.map((a) => (
              <AdjustmentNote key={a.id} adjustment={a} />
            ))}
          </li>
        );
      })}
    </ol>
  );
}
