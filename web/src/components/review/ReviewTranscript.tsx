import type { WireTurn } from "../../../../server/sessions/protocol.schema";
import type { Comment, FlagSetAside } from "../../api/people";
import type { TranscriptFlag } from "../../model/debrief";
import type { VersionLines } from "../../model/other-versions";
import { commentsByTurn } from "../../model/people-view";
import { setAsidesOf } from "../../model/review-notes";
import { lineLabel } from "../../model/transcript";
import { FlagParts } from "../debrief/FlagParts";
import { FlagHeading, TranscriptLine } from "../TranscriptLine";
import { FlagSetAsideNotes } from "./FlagSetAside";
import { TurnComments } from "./TurnComments";

/**
 * The transcript for a reviewer: every turn with the machine's anti-pattern flags on their words and
 * the comments on it, which the reviewer adds and edits here (the debrief shows them read-only). A
 * reviewer sets a flag they read as a misreading aside here, with a reason; it stays shown, struck.
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
  /** Whether I may answer a comment: a reviewer who may review, or the session's owner. */
  canReply?: boolean;
  /** Setting flags aside: every reviewer's set-asides, and whether I may set one aside. */
  setAside?: {
    sessionId: string;
    setAsides: readonly FlagSetAside[];
    canReview: boolean;
    run: <T>(action: () => Promise<T>) => Promise<T>;
  };
  /** Another version's lines: what each line is called and its anchor, apart from the flown one's. */
  version?: VersionLines | undefined;
}) {
  const byTurn = commentsByTurn(props.comments);
  return (
    <ol className="transcript debrief-transcript review-transcript" aria-label="Transcript">
      {props.turns.map((t) => {
        const flags = props.flagsByTurn.get(t.index) ?? [];
        const n = props.numberOf(t.index);
        const who = t.speaker === "manager" ? props.ownerName : props.nameOf(t.personaId);
        // Unique on the page: each button below names the line it is about.
        const label = props.version?.labelOf(t, who) ?? lineLabel(props.turns, t, who);
        const onComment = props.onComment;
        return (
          <TranscriptLine
            key={t.id}
            turn={t}
            who={who}
            number={n}
            flags={flags}
            anchor={props.version?.anchorOf(t)}
          >
            {flags.map((f, i) => {
              const sa = props.setAside;
              const asides = sa ? setAsidesOf(f, sa.setAsides) : [];
              return (
                <div
                  key={`${f.patternId}-${f.id}-${f.start}`}
                  className={asides.length > 0 ? "flag-set-aside" : undefined}
                >
                  <p className="flag-title small">
                    <FlagHeading
                      number={i + 1}
                      flag={f}
                      prefix="Machine flag: "
                      pattern={props.otherPattern?.(f.patternId)}
                    />
                  </p>
                  <FlagParts flag={f} numberOf={props.numberOf} whose={`${props.ownerName}'s`} />
                  {sa && (
                    <FlagSetAsideNotes
                      sessionId={sa.sessionId}
                      flag={f}
                      where={label}
                      setAsides={asides}
                      meId={props.meId}
                      authorOf={props.authorOf}
                      canReview={sa.canReview}
                      otherPattern={props.otherPattern?.(f.patternId) !== undefined}
                      run={sa.run}
                      onChanged={props.onChanged}
                    />
                  )}
                </div>
              );
            })}
            <TurnComments
              turnLabel={label}
              comments={byTurn.get(t.id) ?? []}
              meId={props.meId}
              authorOf={props.authorOf}
              onAdd={onComment ? (text) => onComment(t.id, text) : undefined}
              canEdit={props.canEdit ?? true}
              canReply={props.canReply ?? false}
              onChanged={props.onChanged}
            />
          </TranscriptLine>
        );
      })}
    </ol>
  );
}
