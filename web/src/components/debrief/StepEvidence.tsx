import { MOVE_INFO } from "../../../../server/moves/move-info";
import type { Scorecard } from "../../../../server/rubric/scorecard.schema";
import { STEP_STATUS_LABELS } from "../../model/labels";
import { quotedLinkName, quotesItsNote, renumberNote } from "../../model/transcript";
import { TurnLink } from "./TurnLink";

/** A step's status in words with its icon (the icon is decoration; the words are read). */
export function StatusPill(props: { status: string }) {
  const s = STEP_STATUS_LABELS[props.status] ?? { label: props.status, icon: "?" };
  return (
    <span className={`status-pill status-${props.status}`}>
      <span aria-hidden="true">{s.icon}</span> {s.label}
    </span>
  );
}

/**
 * A step's note (unless its evidence already quotes it) and the quoted turns that show it, each
 * linked to its turn in the transcript. Shared by the debrief and the reviewer's scorecard.
 */
export function StepEvidence(props: {
  step: Scorecard["steps"][number];
  turnOf: (position: number) => number | undefined;
  numberOf: (index: number) => number | undefined;
  replyTo?: ((index: number) => number | undefined) | undefined;
  /** What a quote from a line without a number in this transcript is called. */
  unnumbered: string;
  noteClassName: string;
}) {
  const s = props.step;
  return (
    <>
      {!quotesItsNote(s) && (
        <p className={props.noteClassName}>
          {renumberNote(s.note, props.turnOf, props.numberOf, props.replyTo)}
        </p>
      )}
      {s.evidence.length > 0 && (
        <ul className="evidence">
          {s.evidence.map((e) => {
            const index = props.turnOf(e.turn);
            const n = index === undefined ? undefined : props.numberOf(index);
            const label = n === undefined ? props.unnumbered : `Turn ${n}`;
            return (
              <li key={`${e.turn}-${e.start}`}>
                {index === undefined ? (
                  label
                ) : (
                  <TurnLink index={index} name={quotedLinkName(label, e.quote)}>
                    {label}
                  </TurnLink>
                )}
                : <q>{e.quote}</q>
                <span className="muted small"> · {MOVE_INFO[e.move].label}</span>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
