import { type ReactNode, useEffect, useState } from "react";
import type { WireTurn } from "../../../../server/sessions/protocol.schema";
import { CONTINUES_ELSEWHERE, replyWaitNote, SLOW_REPLY_MS } from "../../model/reply-wait";
import { turnAnchor } from "../../model/transcript";
import { InterruptedNote } from "../TranscriptLine";

/** One line of the conversation. Text from the persona (possibly a model) is rendered as text only. */
export function LiveTurn(props: {
  turn: Pick<WireTurn, "index" | "speaker" | "text" | "status">;
  who: string;
  number?: number | undefined;
  pending?: boolean;
  /** The line's "Try this line differently" (a RewindButton), on the manager's own lines. */
  rewind?: ReactNode;
  /** "Get the reply", on a reply the model never gave (the last one only). */
  retry?: ReactNode;
}) {
  const t = props.turn;
  return (
    <li
      id={turnAnchor(t.index)}
      className={`turn turn-${t.speaker}${props.pending ? " turn-pending" : ""}`}
      tabIndex={-1}
    >
      <p className="turn-who">
        {props.who}
        {props.number !== undefined && <span className="turn-no"> · turn {props.number}</span>}
      </p>
      {t.speaker === "employee" && isSilence(t.text) ? (
        <p className="turn-text">
          {t.text.trim()} <span className="muted">(a silence)</span>
        </p>
      ) : t.text === "" ? null : (
        // A reply cut off before a word has no text line: its note says so.
        <p className="turn-text">{t.text}</p>
      )}
      {props.pending && <p className="turn-note">Sending…</p>}
      <InterruptedNote turn={t} />
      {props.retry}
      {props.rewind}
    </li>
  );
}

/**
 * "Try this line differently" on one of the manager's lines (live and in the debrief). Its name says
 * which turn, so a screen reader's list of buttons tells the six of a long conversation apart.
 */
export function RewindButton(props: { number: number | undefined; onClick: () => void }) {
  return (
    <button type="button" className="link-button rewind" onClick={props.onClick}>
      Try this line differently
      {props.number !== undefined && (
        <span className="visually-hidden"> (turn {props.number})</span>
      )}
    </button>
  );
}

/** A reply that is only dots: the persona says nothing, which should not read as a stuck "typing…". */
export const isSilence = (text: string) => /^\s*(?:\.\s*){2,}$|^\s*…\s*$/.test(text);

/**
 * The reply while it streams: the same box throughout, dots until the first words arrive, and a
 * quiet note if the dots run long. `stopped`: the conversation went to another tab, so this tab
 * shows what it had, with no caret and no dots, and says where it goes on. `held`: the connection
 * is down while the reply is still being written; the words so far stay, still, with this note
 * saying when the rest arrives.
 */
export function StreamingTurn(props: {
  who: string;
  text: string;
  stopped?: boolean;
  held?: string | undefined;
}) {
  const still = props.stopped || props.held !== undefined;
  const waiting = props.text === "" && !still;
  const [waited, setWaited] = useState(0);
  useEffect(() => {
    setWaited(0);
    if (!waiting) return;
    const timer = setTimeout(() => setWaited(SLOW_REPLY_MS), SLOW_REPLY_MS);
    return () => clearTimeout(timer);
  }, [waiting]);
  const note = waiting ? replyWaitNote(waited, props.text) : null;
  return (
    <li
      className={`turn turn-employee turn-streaming${still ? " turn-stopped" : ""}`}
      // Busy until the reply is done: a screen reader reads the finished reply once (it is then
      // added to the list as a whole turn), not each piece as it streams. A reply stopped here is
      // not busy: nothing more comes in this tab.
      aria-busy={props.stopped ? undefined : true}
    >
      <p className="turn-who">{props.who}</p>
      {still ? (
        props.text !== "" && <p className="turn-text">{props.text}</p>
      ) : props.text === "" ? (
        <p className="turn-text typing">
          <span className="visually-hidden">{props.who} is typing</span>
          <span className="dots" aria-hidden="true">
            <span />
            <span />
            <span />
          </span>
        </p>
      ) : (
        <p className="turn-text">
          {props.text}
          <span className="caret" aria-hidden="true" />
        </p>
      )}
      {note && <p className="turn-note reply-wait">{note}</p>}
      {props.stopped && <p className="turn-note">{CONTINUES_ELSEWHERE}</p>}
      {props.held !== undefined && <p className="turn-note reply-held">{props.held}</p>}
    </li>
  );
}
