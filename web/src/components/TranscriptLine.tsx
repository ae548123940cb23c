import type { ReactNode } from "react";
import type { AntiPatternFlag } from "../../../server/rubric/scorecard.schema";
import type { WireTurn } from "../../../server/sessions/protocol.schema";
import { segmentText } from "../model/segments";
import { turnAnchor } from "../model/transcript";

/**
 * One line of a scored transcript (the debrief's, the reviewer's): who said it, its number among the
 * manager's lines, the text with each flagged span marked, and whatever the page adds below it
 * (flags, comments, rewind). Text is rendered as text, never as HTML. The anchor lets evidence links
 * scroll to and focus the line.
 */
export function TranscriptLine(props: {
  turn: WireTurn;
  who: string;
  number: number | undefined;
  flags: readonly AntiPatternFlag[];
  /** The line's anchor; a line of another version has its own, apart from the flown one's. */
  anchor?: string | undefined;
  children?: ReactNode;
}) {
  const { turn: t, flags } = props;
  return (
    <li
      id={props.anchor ?? turnAnchor(t.index)}
      tabIndex={-1}
      className={`turn turn-${t.speaker}${flags.length ? " turn-flagged" : ""}`}
    >
      <p className="turn-who">
        {props.who}
        {props.number !== undefined && <span className="turn-no"> · turn {props.number}</span>}
      </p>
      <FlaggedText className="turn-text" text={t.text} flags={flags} />
      <InterruptedNote turn={t} />
      {props.children}
    </li>
  );
}

/**
 * A flag's note, numbered as its words are marked in the line above, with the words themselves:
 * "1 · Blame or absolutes: “You always do this”".
 */
export function FlagHeading(props: {
  number: number;
  flag: AntiPatternFlag;
  prefix?: string;
  /** The pattern that raised it, when it is not the scenario's main pattern. */
  pattern?: string | undefined;
}) {
  const f = props.flag;
  return (
    <>
      <span aria-hidden="true">⚑ </span>
      <span className="flag-no">
        <span className="visually-hidden">Flag </span>
        {props.number}
      </span>{" "}
      {props.prefix}
      {f.title}
      {f.critical && <span className="critical"> · critical</span>}
      {props.pattern && <span className="muted"> · {props.pattern}</span>}
      {f.quote && (
        <span className="flag-quote">
          : <q>{f.quote}</q>
        </span>
      )}
    </>
  );
}

/**
 * Under a reply that was cut off (a model failure, a crash): where it stopped, or that it never
 * began, and then that the line it was to answer counts for nothing (server/sessions/conversation.ts).
 */
export function InterruptedNote(props: {
  turn: { status: string; text: string; cause?: "model" | undefined };
}) {
  const t = props.turn;
  if (t.status !== "interrupted") return null;
  if (t.text.trim() !== "") return <p className="turn-note">The reply was cut off here.</p>;
  return (
    <p className="turn-note">
      {t.cause === "model"
        ? "No reply: the model was unavailable."
        : "No reply: it was cut off before a word."}{" "}
      The line above is not counted.
    </p>
  );
}

/**
 * Text with each flagged span marked, the flags numbered from 1 in the order given: the note with
 * the same number (the debrief's under the line, the linter's list) is about these words. A flag's
 * number shows once, where its words end, however many pieces overlapping flags cut it into.
 */
export function FlaggedText(props: {
  text: string;
  flags: readonly { start: number; end: number }[];
  className: string;
}) {
  const segments = segmentText(
    props.text,
    props.flags.map((f, i) => ({ start: f.start, end: f.end, key: String(i + 1) })),
  );
  return (
    <p className={props.className}>
      {segments.map((s) =>
        s.keys.length ? (
          <mark key={s.start}>
            {s.text}
            {s.ends.length > 0 && (
              <sup className="flag-ref">
                <span className="visually-hidden"> (flag </span>
                {s.ends.join(",")}
                <span className="visually-hidden">)</span>
              </sup>
            )}
          </mark>
        ) : (
          <span key={s.start}>{s.text}</span>
        ),
      )}
    </p>
  );
}
