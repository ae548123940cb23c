import type { AntiPatternFlag } from "../../../../server/rubric/scorecard.schema";
import type { WireTurn } from "../../../../server/sessions/protocol.schema";
import type { ReviewComment } from "../../api/auth";
import type { Authored } from "../../model/review-notes";
import { segmentText } from "../../model/segments";
import { turnAnchor } from "../../model/transcript";
import { TurnComments } from "./ReviewNotes";

/**
 * The transcript of the debriefed branch, with each anti-pattern flag on the exact words of its
 * turn and the better phrasing beside it. Text is rendered as text, never as HTML.
 */
export function DebriefTranscript(props: {
  turns: readonly WireTurn[];
  flagsByTurn: Map<number, AntiPatternFlag[]>;
  numberOf: (index: number) => number | undefined;
  nameOf: (personaId: string | undefined) => string;
  onRewind?: ((turn: WireTurn) => void) | undefined;
  /** Reviewers' comments by turn id, shown under the line they are about. */
  comments?: Map<string, Authored<ReviewComment>[]> | undefined;
}) {
  return (
    <ol className="transcript debrief-transcript" aria-label="Transcript">
      {props.turns.map((t) => {
        const flags = props.flagsByTurn.get(t.index) ?? [];
        const segments = segmentText(
          t.text,
          flags.map((f, i) => ({ start: f.start, end: f.end, key: String(i) })),
        );
        const n = props.numberOf(t.index);
        return (
          <li
            key={t.id}
            id={turnAnchor(t.index)}
            tabIndex={-1}
            className={`turn turn-${t.speaker}${flags.length ? " turn-flagged" : ""}`}
          >
            <p className="turn-who">
              {t.speaker === "manager" ? "You" : props.nameOf(t.personaId)}
              {n !== undefined && <span className="turn-no"> · turn {n}</span>}
            </p>
            <p className="turn-text">
              {segments.map((s) =>
                s.keys.length ? (
                  <mark key={s.start}>{s.text}</mark>
                ) : (
                  <span key={s.start}>{s.text}</span>
                ),
              )}
            </p>
            {t.status === "interrupted" && <p className="turn-note">The reply was cut off here.</p>}
            {flags.map((f) => (
              <div key={`${f.id}-${f.start}`} className="flag" role="note">
                <p className="flag-title">
                  <span aria-hidden="true">⚑ </span>
                  {f.title}
                  {f.critical && <span className="critical"> · critical</span>}
                </p>
                <p className="small">{f.why}</p>
                <p className="better">
                  <strong>Better:</strong> {f.better}
                </p>
              </div>
            ))}
            <TurnComments comments={props.comments?.get(t.id) ?? []} />
            {props.onRewind && t.speaker === "manager" && (
              <button
                type="button"
                className="link-button rewind"
                onClick={() => props.onRewind?.(t)}
              >
                Try this line differently
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
