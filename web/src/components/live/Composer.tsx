import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { countChars } from "../../../../server/sessions/char-count";
import { live } from "../../api/live";
import { composerHelp } from "../../model/composer-help";
import { isAwaitingReply, isResolvedOpen } from "../../model/live-session";
import { useAppStore } from "../../state/store";
import { canDictate, dictate } from "../../voice/speech";

/** On a touch screen Enter makes a new line (no Shift key to hold), so the help says Send. */
const touch = () =>
  typeof window !== "undefined" && window.matchMedia?.("(pointer: coarse)").matches;

/**
 * The message box: Enter sends, Shift+Enter adds a line; a failed send puts the text back. The coach
 * hint button sits here, beside Send, where it can be reached without scrolling back up.
 */
export function Composer(props: { personaName: string; onHint?: (() => void) | undefined }) {
  const draft = useAppStore((s) => s.live.draft);
  const setDraft = useAppStore((s) => s.liveSetDraft);
  const awaiting = useAppStore((s) => isAwaitingReply(s.live));
  const pending = useAppStore((s) => s.live.pending !== null);
  const ended = useAppStore((s) => s.live.session?.status === "ended");
  const resolved = useAppStore((s) => isResolvedOpen(s.live));
  const ready = useAppStore((s) => s.live.session !== null);
  const connection = useAppStore((s) => s.connection);
  const hintAsked = useAppStore((s) => s.live.hintAsked);
  // Shown as waiting only while the answer is out; the short gap after it is not worth a flicker.
  // Another tab has the session (or the page left it): nothing can be sent from here.
  const elsewhere = connection === "taken_over" || connection === "closed";
  const maxChars = useAppStore((s) => s.live.limits?.maxTurnChars ?? 2000);
  const voiceWanted = useAppStore((s) => s.prefs.voiceInput);
  const [listening, setListening] = useState(false);
  const stopRef = useRef<(() => void) | undefined>(undefined);
  const baseRef = useRef("");
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const voice = voiceWanted && canDictate();
  const [onTouch] = useState(touch);

  useEffect(() => () => stopRef.current?.(), []);
  // The box takes focus when the session opens and when a reply is in (unless the manager has
  // moved focus somewhere on purpose), so a keyboard user can go straight on.
  useEffect(() => {
    const at = document.activeElement;
    const idle = at === document.body || at === null || at.tagName === "H1";
    if (!awaiting && ready && !ended && idle) boxRef.current?.focus();
  }, [awaiting, ready, ended]);

  // What is sent is the trimmed text, so that is what counts, as a person counts characters (an
  // emoji is one), as the server does.
  const length = countChars(draft.trim());
  const tooLong = length > maxChars;
  const canSend = ready && !ended && !elsewhere && !awaiting && draft.trim() !== "" && !tooLong;

  const send = () => {
    if (!canSend) return;
    stopRef.current?.();
    live.say(draft.trim());
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing && !onTouch) {
      event.preventDefault();
      send();
    }
  };
  const toggleVoice = () => {
    if (listening) {
      stopRef.current?.();
      return;
    }
    baseRef.current = draft ? `${draft.trimEnd()} ` : "";
    const stop = dictate(
      (heard) => setDraft(baseRef.current + heard),
      () => {
        setListening(false);
        stopRef.current = undefined;
      },
    );
    if (stop) {
      stopRef.current = stop;
      setListening(true);
    }
  };

  const help = composerHelp({
    ended,
    connection,
    tooLong,
    maxChars,
    awaiting,
    pending,
    resolved,
    personaName: props.personaName,
    onTouch,
  });

  return (
    <form className="composer" onSubmit={onSubmit}>
      <label htmlFor="message" className="composer-label">
        Your message
      </label>
      <textarea
        id="message"
        ref={boxRef}
        data-autofocus
        rows={3}
        value={draft}
        disabled={ended}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby="composer-help composer-count"
        aria-invalid={tooLong || undefined}
      />
      <div className="composer-row">
        <p id="composer-help" className={`muted small${tooLong ? " over" : ""}`}>
          {help}
        </p>
        <span id="composer-count" className={`count small${tooLong ? " over" : ""}`}>
          {length.toLocaleString("en")} / {maxChars.toLocaleString("en")}
          <span className="visually-hidden"> characters</span>
        </span>
        {props.onHint && !ended && (
          <button
            type="button"
            className={`button quiet${connection !== "open" ? " needs-connection" : ""}`}
            onClick={props.onHint}
            // Waiting for the hint asked for: pressing again (or holding Enter) sends nothing. Not
            // connected: a press says why (a notice), and the help beside it says so already.
            // aria-disabled rather than disabled, so keyboard focus stays on the button and a
            // screen reader still finds it (review 7 #11).
            aria-disabled={hintAsked || connection !== "open" || undefined}
          >
            Coach hint
          </button>
        )}
        {voice && (
          <button
            type="button"
            className="button quiet"
            aria-pressed={listening}
            onClick={toggleVoice}
            disabled={ended}
          >
            {listening ? "Stop listening" : "Speak"}
          </button>
        )}
        <button type="submit" className="button primary" disabled={!canSend}>
          Send
        </button>
      </div>
    </form>
  );
}
