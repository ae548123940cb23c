import type { ReactNode } from "react";
import type { WireTurn } from "../../../../server/sessions/protocol.schema";
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
      ) : (
        <p className="turn-text">{t.text}</p>
      )}
      {props.pending && <p className="turn-note">Sending…</p>}
      <InterruptedNote turn={t} />
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

/** The reply while it streams: the same box throughout, dots until the first words arrive. */
export function StreamingTurn(props: { who: string; text: string }) {
  return (
    <li
      className="turn turn-employee turn-streaming"
      // Busy until the reply is done: a screen reader reads the finished reply once (it is then
      // added to the list as a whole turn), not each piece as it streams.
      aria-busy={true}
    >
      <p className="turn-who">{props.who}</p>
      {props.text === "" ? (
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
    </li>
  );
}
