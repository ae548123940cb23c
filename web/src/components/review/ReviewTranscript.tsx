import type { WireTurn } from "../../../../server/sessions/protocol.schema";
import type { Comment } from "../../api/people";
import type { TranscriptFlag } from "../../model/debrief";
import { commentsByTurn } from "../../model/people-view";
import { FlagParts } from "../debrief/FlagParts";
import { FlagHeading, TranscriptLine } from "../TranscriptLine";
import { TurnComments } from "./TurnComments";

/**
 * The transcript for a reviewer: every turn with the machine's anti-pattern flags on their words and
 * the comments on it, which the reviewer adds and edits here (the debrief shows them read-only).
 */
export function ReviewTranscript(props: {
  turns: readonly WireTurn[];
  flagsByTurn: Map<number, TranscriptFlag[]>;
  /** The title of a flag's pattern when it is not the scenario's main one. */
  otherPattern?: ((patternId: string) => string | undefined) | undefined;
  numberOf: (index: number) => number | undefined;
  nameOf: (personaId: string | undefined) => string;
  ownerName: string;
  comments: readonly Comment[];
  meId: string | undefined;
  authorOf: (id: string) => string;
  onComment?: ((turnId: string, text: string) => Promise<void>) | undefined;
  onChanged: () => Promise<void>;
  /** Whether I may still change my own comments (false once the reviewing role is gone). */
  canEdit?: boolean;
}) {
  const byTurn = commentsByTurn(props.comments);
  return (
    <ol className="transcript debrief-transcript review-transcript" aria-label="Transcript">
      {props.turns.map((t) => {
        const flags = props.flagsByTurn.get(t.index) ?? [];
        const n = props.numberOf(t.index);
        const who = t.speaker === "manager" ? props.ownerName : props.nameOf(t.personaId);
        const label = n === undefined ? `${who}'s line` : `turn ${n}`;
        const onComment = props.onComment;
        return (
          <TranscriptLine key={t.id} turn={t} who={who} number={n} flags={flags}>
            {flags.map((f, i) => (
              <div key={`${f.id}-${f.start}`}>
                <p className="flag-title small">
                  <FlagHeading
                    number={i + 1}
                    flag={f}
                    prefix="Machine flag: "
                    pattern={props.otherPattern?.(f.patternId)}
                  />
                </p>
                <FlagParts flag={f} numberOf={props.numberOf} whose={`${props.ownerName}'s`} />
              </div>
            ))}
            <TurnComments
              turnLabel={label}
              comments={byTurn.get(t.id) ?? []}
              meId={props.meId}
              authorOf={props.authorOf}
              onAdd={onComment ? (text) => onComment(t.id, text) : undefined}
              canEdit={props.canEdit ?? true}
              onChanged={props.onChanged}
            />
          </TranscriptLine>
        );
      })}
    </ol>
  );
}
