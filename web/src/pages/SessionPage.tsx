import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { live } from "../api/live";
import { Link } from "../components/Link";
import { ConversationNotFound, Loading } from "../components/LoadStates";
import { BriefingReminder } from "../components/live/BriefingReminder";
import { Composer } from "../components/live/Composer";
import { ConnectionStatus } from "../components/live/ConnectionStatus";
import { focusMessageBox } from "../components/live/focus-message";
import { isSilence, LiveTurn, RewindButton, StreamingTurn } from "../components/live/LiveTurn";
import { useTitle } from "../components/use-title";
import { endedText } from "../model/labels";
import {
  currentHint,
  DELETED_TEXT,
  isAwaitingReply,
  replyBubble,
  retryableReply,
} from "../model/live-session";
import { announcedReply, heldReplyNote } from "../model/reply-wait";
import { paths } from "../model/routes";
import { managerNumbers } from "../model/transcript";
import { useAppStore } from "../state/store";
import { speak, stopSpeaking } from "../voice/speech";

interface BriefingPersona {
  id: string;
  name: string;
}

export default function SessionPage(props: { sessionId: string }) {
  const { sessionId } = props;
  const session = useAppStore((s) => s.live.session);
  const briefing = useAppStore((s) => s.live.briefing);
  const error = useAppStore((s) => s.live.error);
  const connection = useAppStore((s) => s.connection);
  const navigate = useAppStore((s) => s.navigate);
  const scorecard = useAppStore((s) => s.live.scorecard);
  const ended = useAppStore((s) => s.live.ended);
  const deleted = useAppStore((s) => s.live.deleted);
  const sawActive = useRef(false);
  useTitle(briefing?.title);
  /** The manager pressed End: the debrief opens as soon as it is scored. */
  const endRequested = useRef(false);
  const debriefLink = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    live.open(sessionId);
    return () => {
      live.close();
      stopSpeaking();
    };
  }, [sessionId]);

  if (session?.status === "active") sawActive.current = true;
  // Ended here with End and scored: go to the debrief. When the conversation ends by itself (they
  // agreed, or the turns ran out) the page stays, so their last line can be read, and the
  // debrief link is brought into view. (An ended session opened later stays put.)
  useEffect(() => {
    if (!scorecard || !sawActive.current) return;
    if (endRequested.current) {
      navigate(paths.debrief(sessionId));
      return;
    }
    // The banner's link is where a keyboard user goes next; the reply above it was announced.
    debriefLink.current?.scrollIntoView({ block: "nearest" });
    debriefLink.current?.focus({ preventScroll: true });
  }, [scorecard, sessionId, navigate]);

  const nothingSaid = useAppStore(
    (s) => !s.live.pending && !s.live.turns.some((t) => t.speaker === "manager"),
  );
  const personas = (briefing?.personas as BriefingPersona[] | undefined) ?? [];
  const nameOf = (id: string | undefined) =>
    personas.find((p) => p.id === id)?.name ?? personas[0]?.name ?? "They";
  const title = briefing?.title ?? "Conversation";

  if (!session) {
    if (error?.code === "FD_SESSION_NOT_FOUND") {
      return (
        <section>
          <h1 tabIndex={-1}>Conversation</h1>
          <ConversationNotFound />
        </section>
      );
    }
    if (error) {
      return (
        <section>
          <h1 tabIndex={-1}>Conversation</h1>
          <div className="error-state" role="alert">
            <h2>This conversation could not be opened</h2>
            <p>{error.message}</p>
            {error.code === "FD_FORBIDDEN" && (
              <p>
                If it was shared with you, read it in{" "}
                <Link to={paths.review(sessionId)}>the review view</Link>.
              </p>
            )}
            <Link to="/">Go to the start</Link>
          </div>
        </section>
      );
    }
    return (
      <section>
        <h1 tabIndex={-1} className="visually-hidden">
          Conversation
        </h1>
        <Loading
          label={
            connection === "offline"
              ? "Offline, waiting for the network"
              : "Opening the conversation"
          }
        />
      </section>
    );
  }

  return (
    <section className="live" aria-labelledby="live-title">
      <header className="live-head">
        <div className="live-title-row">
          <div className="live-title">
            <p className="eyebrow">
              <Link to={paths.briefing(session.scenarioId)}>{title}</Link>
            </p>
            <h1 id="live-title" tabIndex={-1}>
              Talking with {personas.map((p) => p.name).join(" and ") || "the employee"}
            </h1>
          </div>
          <div className="live-actions">
            {session.status === "active" && !deleted && (
              <button
                type="button"
                className={`button danger${connection !== "open" ? " needs-connection" : ""}`}
                // Not disabled: focusable, and a press says why it can't end now (review 7 #11).
                aria-disabled={connection !== "open" || undefined}
                title={
                  connection !== "open"
                    ? "Needs the connection: see beside the turn count"
                    : undefined
                }
                onClick={() => {
                  // Not connected: nothing to ask about; the press gets the reason as a notice.
                  if (connection !== "open") {
                    live.end();
                    return;
                  }
                  // Ending before the first line leaves nothing to score: a press at once, or by
                  // mistake, is asked about first.
                  if (
                    nothingSaid &&
                    !window.confirm(
                      "End the conversation before your first line? There is nothing to score yet.",
                    )
                  )
                    return;
                  if (live.end()) endRequested.current = true;
                }}
              >
                End conversation
              </button>
            )}
          </div>
        </div>
        <div className="live-bar">
          <TurnCounter />
          <ConnectionStatus sessionId={sessionId} />
        </div>
        <BriefingReminder briefing={briefing} />
      </header>

      <Transcript nameOf={nameOf} />
      <Hints />
      {/* Where the manager's eyes are: under the last line, above the message box. */}
      {error && <ErrorBanner />}
      <Notice />
      {/* The status region is there (empty) from the start, so its words are announced when they come. */}
      <div role="status" className="ended-slot">
        {ended || session.status === "ended" ? (
          <div className="ended-banner">
            <p>
              <strong>Conversation over</strong>
              {ended ? ` · ${endedText(ended.outcome, ended.reason)}` : ""}
            </p>
            {scorecard || !sawActive.current ? (
              <Link to={paths.debrief(sessionId)} className="button primary" ref={debriefLink}>
                Open the debrief
              </Link>
            ) : (
              <p className="muted">Scoring your conversation…</p>
            )}
            <p className="muted small">Or pick one of your lines above and try it differently.</p>
          </div>
        ) : null}
      </div>
      {deleted && (
        <div className="banner banner-error deleted-banner" role="alert">
          <p>{DELETED_TEXT}</p>
          <Link to={paths.briefing(session.scenarioId)}>Start this scenario again</Link>
        </div>
      )}
      {/* Once it is over the banner takes the message box's place (a rewind brings it back). */}
      {!(ended || session.status === "ended" || deleted) && (
        <Composer
          personaName={nameOf(undefined)}
          onHint={session.options.coachHints ? () => live.hint() : undefined}
        />
      )}
      <SpeakReplies />
      <ReplyAnnouncer key={sessionId} nameOf={nameOf} />
    </section>
  );
}

function TurnCounter() {
  const used = useAppStore((s) => s.live.session?.managerTurns ?? 0);
  const limit = useAppStore((s) => s.live.session?.turnLimit ?? 0);
  const share = limit ? Math.min(1, used / limit) : 0;
  return (
    <div className="turn-counter">
      <span>
        Turn {used} of {limit}
      </span>
      <span className="meter" aria-hidden="true">
        <span style={{ width: `${share * 100}%` }} />
      </span>
    </div>
  );
}

function Transcript(props: { nameOf: (id: string | undefined) => string }) {
  const turns = useAppStore((s) => s.live.turns);
  const pending = useAppStore((s) => s.live.pending);
  const awaiting = useAppStore((s) => isAwaitingReply(s.live));
  const connection = useAppStore((s) => s.connection);
  const bubble = useAppStore(useShallow((s) => replyBubble(s.live, s.connection)));
  const deleted = useAppStore((s) => s.live.deleted);
  const retryable = useAppStore((s) => retryableReply(s.live, s.connection)?.id);
  const setDraft = useAppStore((s) => s.liveSetDraft);
  const numbers = managerNumbers(turns);
  const shown = turns.filter((t) => t.status !== "streaming");
  const atBottom = useRef(true);
  const textLength = bubble?.text.length ?? 0;

  // Follow the conversation only while the manager is at the bottom (no yanking while reading back).
  useEffect(() => {
    const onScroll = () => {
      const root = document.documentElement;
      atBottom.current = root.scrollHeight - (window.scrollY + window.innerHeight) < 160;
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => window.removeEventListener("scroll", onScroll);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when the content grows
  useLayoutEffect(() => {
    if (atBottom.current) window.scrollTo({ top: document.documentElement.scrollHeight });
  }, [shown.length, textLength, pending?.turnId, awaiting, bubble?.state]);

  const rewind = (index: number, text: string) => {
    if (!live.rewind(index)) return;
    setDraft(text);
    document.getElementById("message")?.focus();
  };

  return (
    <>
      {/* Not a live region: each new reply is announced once, whole, by ReplyAnnouncer; here the
          manager's own line would be announced twice (sending, then sent) and a rewind's restored
          lines all over again. */}
      <ol className="transcript" aria-label="Conversation">
        {shown.length === 0 && !pending && (
          <li className="transcript-empty muted">
            Open the conversation: say your first line below.
          </li>
        )}
        {shown.map((t) => (
          <LiveTurn
            key={t.id}
            turn={t}
            who={t.speaker === "manager" ? "You" : props.nameOf(t.personaId)}
            number={numbers.get(t.index)}
            rewind={
              // A deleted conversation has nothing to rewind.
              t.speaker === "manager" && !deleted ? (
                <RewindButton
                  number={numbers.get(t.index)}
                  onClick={() => rewind(t.index, t.text)}
                />
              ) : undefined
            }
            retry={
              t.id === retryable ? (
                <button
                  type="button"
                  className="link-button retry-reply"
                  onClick={() => live.retryReply(t.id)}
                >
                  Get the reply
                </button>
              ) : undefined
            }
          />
        ))}
        {pending && !turns.some((t) => t.clientTurnId === pending.turnId) && (
          <LiveTurn
            turn={{ index: -1, speaker: "manager", text: pending.text, status: "complete" }}
            who="You"
            pending
          />
        )}
        {/* No "typing" while the line has not reached them. Taken over by another tab: the
            bubble stays, stopped, and says where the reply goes on; offline after the line reached
            them: it stays, still, and says the reply arrives when the network is back. */}
        {bubble && (
          <StreamingTurn
            who={props.nameOf(bubble.personaId)}
            text={bubble.text}
            stopped={bubble.state === "stopped"}
            held={
              bubble.state === "held"
                ? heldReplyNote(props.nameOf(bubble.personaId), connection, bubble.text)
                : undefined
            }
          />
        )}
      </ol>
    </>
  );
}

/**
 * Brings a box into view when what it shows changes: hints, notices and errors land under the last
 * line, often below the fold.
 */
function useIntoView<T extends HTMLElement>(shown: unknown) {
  const box = useRef<T>(null);
  useEffect(() => {
    if (shown !== undefined && shown !== null) box.current?.scrollIntoView({ block: "nearest" });
  }, [shown]);
  return box;
}

function Hints() {
  // A fresh object each time: compared field by field, or every store change would re-render it.
  const last = useAppStore(useShallow((s) => currentHint(s.live)));
  const box = useIntoView<HTMLElement>(last?.seq);
  // The live region is there, empty, before the first hint; each hint is a new box in it (keyed by
  // its seq), so the same words asked for again are announced again, and say that they repeat.
  return (
    <div className="hint-slot" aria-live="polite">
      {last && (
        <aside key={last.seq} className="hint" aria-label="Coach hint" ref={box}>
          <p>
            <strong>Coach:</strong> {last.text}
          </p>
          {last.repeated && (
            <p className="muted small">
              The same hint as before: hints follow your lines, so say another for a new one.
            </p>
          )}
        </aside>
      )}
    </div>
  );
}

/** Clears the live error or notice, and puts focus where the button was. */
function DismissButton() {
  const dismiss = useAppStore((s) => s.liveDismissError);
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => {
        dismiss();
        focusMessageBox();
      }}
    >
      Dismiss
    </button>
  );
}

function ErrorBanner() {
  const error = useAppStore((s) => s.live.error);
  const box = useIntoView<HTMLDivElement>(error?.message);
  if (!error) return null;
  return (
    <div className="banner banner-error" role="alert" ref={box}>
      <p>{error.message}</p>
      <DismissButton />
    </div>
  );
}

function Notice() {
  const notice = useAppStore((s) => s.live.notice);
  const undoable = useAppStore((s) => s.live.undoable);
  const setDraft = useAppStore((s) => s.liveSetDraft);
  const box = useIntoView<HTMLDivElement>(notice);
  // The status region is there (empty) before the first notice, so the first one is announced too;
  // its buttons are read after the words, which tells a screen reader user that Undo is there.
  return (
    <div role="status" className="notice-slot">
      {notice && (
        <div className="banner" ref={box}>
          {notice.split("\n\n").map((paragraph) => (
            <p key={paragraph} className="notice-text">
              {paragraph}
            </p>
          ))}
          <span className="inline-actions">
            {undoable && (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  // The line the rewind put in the box goes back to the conversation, not the box;
                  // the Undo button goes, and focus goes to the box rather than the page.
                  if (live.undoRewind()) setDraft("");
                  focusMessageBox();
                }}
              >
                Undo
              </button>
            )}
            <DismissButton />
          </span>
        </div>
      )}
    </div>
  );
}

/**
 * The screen reader's view of the conversation: each reply that arrives while the page is open,
 * once, whole ("Dana: …"), in a polite live region that is there (empty) from the start. The
 * manager's own lines are not announced (they typed them), nor lines already there when the page
 * opened, nor lines a rewind's Undo or a reconnect bring back.
 */
function ReplyAnnouncer(props: { nameOf: (id: string | undefined) => string }) {
  const turns = useAppStore((s) => s.live.turns);
  const seen = useRef<Set<string> | null>(null);
  if (seen.current === null)
    seen.current = new Set(turns.filter((t) => t.status !== "streaming").map((t) => t.id));
  const [said, setSaid] = useState<{ id: string; words: string }[]>([]);
  const { nameOf } = props;
  useEffect(() => {
    const known = seen.current ?? new Set<string>();
    const fresh = turns.filter(
      (t) => t.speaker === "employee" && t.status !== "streaming" && !known.has(t.id),
    );
    for (const t of turns) if (t.status !== "streaming") known.add(t.id);
    if (fresh.length === 0) return;
    const words = fresh.map((t) => ({
      id: t.id,
      words: announcedReply(nameOf(t.personaId), t.text, isSilence(t.text)),
    }));
    // A few are kept, so a second reply right after the first does not replace it unread.
    setSaid((before) => [...before, ...words].slice(-3));
  }, [turns, nameOf]);
  return (
    <div className="visually-hidden reply-announcer" aria-live="polite" aria-relevant="additions">
      {said.map((s) => (
        <p key={s.id}>{s.words}</p>
      ))}
    </div>
  );
}

/** Reads each new reply aloud when the manager asked for it in the briefing. */
function SpeakReplies() {
  const wanted = useAppStore((s) => s.prefs.speakReplies);
  const last = useAppStore((s) => s.live.turns.at(-1));
  const spoken = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (spoken.current === undefined) {
      // Replies already there when the page opened are not read out.
      spoken.current = last?.id ?? null;
      return;
    }
    if (!wanted || !last || last.speaker !== "employee" || last.status === "streaming") return;
    if (spoken.current === last.id) return;
    spoken.current = last.id;
    speak(last.text);
  }, [wanted, last]);
  return null;
}
