import type { WireTurn } from "../../../../server/sessions/protocol.schema";
import type { ReviewComment } from "../../api/auth";
import type { TranscriptFlag } from "../../model/debrief";
import type { Authored } from "../../model/review-notes";

/** A flag a reviewer set aside, as the debrief says it. */
export interface SetAsideShown {
  reason: string;
  authorName: string;
  /** It decides the verdict that counts (a finished review of this version). */
  counts: boolean;
}

import type { VersionLines } from "../../model/other-versions";
import { lineLabel } from "../../model/transcript";
import { RewindButton } from "../live/LiveTurn";
import { FlagHeading, TranscriptLine } from "../TranscriptLine";
import { FlagParts } from "./FlagParts";
import { TurnComments } from "./ReviewNotes";

/**
 * The transcript of the debriefed branch, with each anti-pattern flag on the exact words of its
 * turn and the better phrasing beside it. Text is rendered as text, never as HTML.
 */
export function DebriefTranscript(props: {
  turns: readonly WireTurn[];
  flagsByTurn: Map<number, TranscriptFlag[]>;
  /** The title of a flag's pattern when it is not the scenario's main one; undefined for the main. */
  otherPattern?: ((patternId: string) => string | undefined) | undefined;
  numberOf: (index: number) => number | undefined;
  nameOf: (personaId: string | undefined) => string;
  onRewind?: ((turn: WireTurn) => void) | undefined;
  /** Reviewers' comments by turn id, shown under the line they are about. */
  comments?: Map<string, Authored<ReviewComment>[]> | undefined;
  /** The reader (the manager), and how they answer a comment. */
  meId?: string | undefined;
  onReply?: ((commentId: string, text: string) => Promise<void>) | undefined;
  /** A reviewer's set-aside of a flag (setAsideView), shown under it; the flag stays, struck. */
  setAsideOf?: ((flag: TranscriptFlag) => SetAsideShown | null) | undefined;
  /** Another version's lines: what each line is called and its anchor, apart from the flown one's. */
  version?: VersionLines | undefined;
}) {
  return (
    <ol className="transcript debrief-transcript" aria-label="Transcript">
      {props.turns.map((t) => {
        const flags = props.flagsByTurn.get(t.index) ?? [];
        const who = t.speaker === "manager" ? "You" : props.nameOf(t.personaId);
        return (
          <TranscriptLine
            key={t.id}
            turn={t}
            who={who}
            number={props.numberOf(t.index)}
            flags={flags}
            anchor={props.version?.anchorOf(t)}
          >
            {flags.map((f, i) => {
              const aside = props.setAsideOf?.(f) ?? null;
              return (
                <div
                  key={`${f.patternId}-${f.id}-${f.start}`}
                  className={`flag${aside ? " flag-set-aside" : ""}`}
                  role="note"
                >
                  <p className="flag-title">
                    <FlagHeading
                      number={i + 1}
                      flag={f}
                      pattern={props.otherPattern?.(f.patternId)}
                    />
                  </p>
                  <FlagParts flag={f} numberOf={props.numberOf} />
                  <p className="small">{f.why}</p>
                  <p className="better">
                    <strong>Better:</strong> {f.better}
                  </p>
                  {aside && (
                    <p className="flag-set-aside-note small">
                      <strong>
                        {aside.counts
                          ? "Set aside by your reviewer"
                          : "Your reviewer is setting this flag aside"}
                        :
                      </strong>{" "}
                      {aside.reason}
                      <span className="muted">
                        {" "}
                        ·{" "}
                        {aside.counts
                          ? `${aside.authorName} read it as a misreading, so it does not decide whether the attempt passed.`
                          : `${aside.authorName} has not finished the review of this version, so the flag still counts.`}
                      </span>
                    </p>
                  )}
                </div>
              );
            })}
            <TurnComments
              comments={props.comments?.get(t.id) ?? []}
              turnLabel={props.version?.labelOf(t, who) ?? lineLabel(props.turns, t, who)}
              meId={props.meId}
              onReply={props.onReply}
            />
            {props.onRewind && t.speaker === "manager" && (
              <RewindButton number={props.numberOf(t.index)} onClick={() => props.onRewind?.(t)} />
            )}
          </TranscriptLine>
        );
      })}
    </ol>
  );
}
