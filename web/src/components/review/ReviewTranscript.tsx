import type { AntiPatternFlag } from "../../../../server/rubric/scorecard.schema";
import type { WireTurn } from "../../../../server/sessions/protocol.schema";
import type { Comment } from "../../api/people";
import { commentsByTurn } from "../../model/people-view";
import { segmentText } from "../../model/segments";
import { turnAnchor } from "../../model/transcript";
import { TurnComments } from "./TurnComments";

/**
 * The transcript for a reviewer: every turn with the machine's anti-pattern flags on their words and
 * the comments on it. The debrief's DebriefTranscript has no place for per-turn comments, so this
 * renders the same markup (same classes) with them; text is rendered as text, never HTML.
 */
export function ReviewTranscript(props: {
  turns: readonly WireTurn[];
  flagsByTurn: Map<number, AntiPatternFlag[]>;
  numberOf: (index: number) => number | undefined;
  nameOf: (personaId: string | undefined) => string;
  ownerName: string;
  comments: readonly Comment[];
  meId: string | undefined;
  authorOf: (id: string) => string;
  onComment?: ((turnId: string, text: string) => Promise<void>) | undefined;
  onChanged: () => Promise<void>;
}) {
  const byTurn = commentsByTurn(props.comments);
  return (
    <ol className="transcript debrief-transcript review-transcript" aria-label="Transcript">
      {props.turns.map((t) => {
        const flags = props.flagsByTurn.get(t.index) ?? [];
        const segments = segmentText(
          t.text,
          flags.map((f, i) => ({ start: f.start, end: f.end, key: String(i) })),
        );
        const n = props.numberOf(t.index);
        const who = t.speaker === "manager" ? props.ownerName : props.nameOf(t.personaId);
        const label = n === undefined ? `${who}'s line` : `turn ${n}`;
        const onComment = props.onComment;
        return (
          <li
            key={t.id}
            id={turnAnchor(t.index)}
            tabIndex={-1}
            className={`turn turn-${t.speaker}${flags.length ? " turn-flagged" : ""}`}
          >
            <p className="turn-who">
              {who}
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
              <p key={`${f.id}-${f.start}`} className="flag-title small">
                <span aria-hidden="true">⚑ </span>
                Machine flag: {f.title}
                {f.critical && <span className="critical"> · critical</span>}
              </p>
            ))}
            <TurnComments
              turnLabel={label}
              comments={byTurn.get(t.id) ?? []}
              meId={props.meId}
              authorOf={props.authorOf}
              onAdd={onComment ? (text) => onComment(t.id, text) : undefined}
              onChanged={props.onChanged}
            />
          </li>
        );
      })}
    </ol>
  );
}
