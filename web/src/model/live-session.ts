import { countedLines, isUnanswered } from "../../../server/sessions/conversation";
import type { ServerEvent, WireSession, WireTurn } from "../../../server/sessions/protocol.schema";
import type { Connection } from "../state/live-slice";

type Outcome = NonNullable<WireSession["outcome"]>;

/** A persona reply while it streams; committed as a turn by reply_done. */
export interface StreamingReply {
  replyId: string;
  personaId: string;
  text: string;
}

/** A manager turn sent (or waiting to be sent) and not yet acknowledged by turn_accepted. */
export interface PendingTurn {
  turnId: string;
  text: string;
}

export interface LiveBriefing {
  id: string;
  title: string;
  [key: string]: unknown;
}

/** Everything the live page shows, built only from server events and the manager's own actions. */
export interface LiveState {
  sessionId: string | null;
  session: WireSession | null;
  briefing: LiveBriefing | null;
  limits: { maxTurnChars: number; maxFrameBytes: number; turnLimit: number } | null;
  turns: WireTurn[];
  streaming: StreamingReply | null;
  pending: PendingTurn | null;
  draft: string;
  hints: { seq: number; text: string }[];
  /**
   * A coach hint was asked for and its answer (a hint, or an error) is not in yet: the button
   * waits, so pressing it (or holding Enter on it) cannot flood the socket.
   */
  hintAsked: boolean;
  /** When the last hint was asked for (ms since epoch), to space them out; 0 when never. */
  hintAskedAt: number;
  /** The highest durable seq seen; sent on resume. */
  lastSeq: number;
  /** Durable events up to this seq are already part of the snapshot a `resumed` carried. */
  snapshotSeq: number;
  ended: { outcome: Outcome; reason: string } | null;
  scorecard: { branchId: string; overall: number; passed: boolean } | null;
  error: { code: string; message: string } | null;
  notice: string | null;
  /**
   * The last rewind can be taken back: it left a conversation still going, and nothing has been
   * said on the new line yet (the server checks the same).
   */
  undoable: boolean;
  /** The conversation was deleted (in another tab) while this page had it open: it can't go on. */
  deleted: boolean;
  /**
   * "Get the reply" was pressed for this reply and the server has not answered yet: the button
   * goes, so a second press cannot ask twice.
   */
  retryAsked: string | null;
}

/** Still open, and it got what it needed: the manager is to close it (said beside the box). */
export const isResolvedOpen = (s: LiveState): boolean =>
  s.session?.status === "active" && s.session.resolved === true;

export const emptyLive = (sessionId: string | null = null): LiveState => ({
  sessionId,
  session: null,
  briefing: null,
  limits: null,
  turns: [],
  streaming: null,
  pending: null,
  draft: "",
  hints: [],
  hintAsked: false,
  hintAskedAt: 0,
  lastSeq: 0,
  snapshotSeq: 0,
  ended: null,
  scorecard: null,
  error: null,
  notice: null,
  undoable: false,
  deleted: false,
  retryAsked: null,
});

/** Applies a streamed piece by its offset, so a replayed delta overwrites instead of duplicating. */
export function applyDelta(text: string, offset: number, delta: string): string {
  return text.slice(0, offset) + delta;
}

/** Inserts or replaces a turn by id, keeping the list in conversation order. */
export function upsertTurn(turns: readonly WireTurn[], turn: WireTurn): WireTurn[] {
  const without = turns.filter((t) => t.id !== turn.id && t.index !== turn.index);
  return [...without, turn].sort((a, b) => a.index - b.index);
}

const withSession = (s: LiveState, turns: WireTurn[]): WireSession | null =>
  s.session && {
    ...s.session,
    managerTurns: countedLines(turns),
  };

function acknowledge(pending: PendingTurn | null, turns: readonly WireTurn[]) {
  return pending && turns.some((t) => t.clientTurnId === pending.turnId) ? null : pending;
}

function streamingOf(turns: readonly WireTurn[]): StreamingReply | null {
  const t = turns.find((x) => x.status === "streaming");
  return t ? { replyId: t.id, personaId: t.personaId ?? "", text: t.text } : null;
}

/**
 * The one place server events change the live state. Every event is applied idempotently, so a
 * replay after a reconnect, or an event seen both live and replayed, never duplicates a turn.
 */
export function applyServerEvent(s: LiveState, event: ServerEvent): LiveState {
  const next = reduce(s, event);
  if ("seq" in event && event.type !== "reply_delta" && event.seq > next.lastSeq) {
    return { ...next, lastSeq: event.seq };
  }
  return next;
}

function reduce(s: LiveState, e: ServerEvent): LiveState {
  const old = "seq" in e && e.type !== "reply_delta" && e.seq <= s.snapshotSeq;
  switch (e.type) {
    case "session_started":
      return old
        ? s
        : { ...s, session: e.session, briefing: e.briefing as LiveBriefing, limits: e.limits };
    case "resumed": {
      const turns = [...e.turns].sort((a, b) => a.index - b.index);
      const streaming = streamingOf(turns);
      const lost = lostWords(s.streaming, turns);
      return {
        ...s,
        ...(lost ? { notice: lostNotice(lost) } : {}),
        session: e.session,
        briefing: e.briefing as LiveBriefing,
        limits: e.limits,
        turns,
        streaming:
          streaming && s.streaming?.replyId === streaming.replyId
            ? { ...streaming, text: longer(streaming.text, s.streaming.text) }
            : streaming,
        pending: acknowledge(s.pending, turns),
        // Asked on a connection now gone: the answer, if any, is in the replay.
        hintAsked: false,
        snapshotSeq: e.session.lastSeq,
        lastSeq: Math.max(s.lastSeq, e.session.lastSeq),
        undoable: s.undoable && s.session?.branchId === e.session.branchId,
        // Asked on a connection now gone: the snapshot shows whether it streams.
        retryAsked: null,
        ended:
          e.session.status === "ended" && e.session.outcome
            ? (s.ended ?? { outcome: e.session.outcome, reason: "" })
            : null,
        error: null,
      };
    }
    case "turn_accepted": {
      if (old) return s;
      const turns = upsertTurn(s.turns, e.turn);
      return {
        ...s,
        turns,
        session: withSession(s, turns),
        pending: acknowledge(s.pending, turns),
        error: null,
        // A notice is about the moment before (a rewind, a reply cut off): the next line closes it.
        notice: e.turn.speaker === "manager" ? null : s.notice,
        // A line said on the new line: the rewind stands.
        undoable: e.turn.speaker === "manager" ? false : s.undoable,
      };
    }
    case "reply_delta": {
      const committed = s.turns.find((t) => t.id === e.replyId);
      if (committed && committed.status !== "streaming") return s;
      const base = s.streaming?.replyId === e.replyId ? s.streaming.text : (committed?.text ?? "");
      return {
        ...s,
        streaming: {
          replyId: e.replyId,
          personaId: e.personaId,
          text: applyDelta(base, e.offset, e.delta),
        },
      };
    }
    case "reply_done": {
      // A replayed reply the snapshot holds as finished (or on another branch) changes nothing.
      if (old && !s.turns.some((t) => t.id === e.turn.id && t.status === "streaming")) return s;
      const turns = upsertTurn(s.turns, e.turn);
      // Cut off by a server that stopped: the words shown after its last save are not kept.
      const lost = e.turn.status === "interrupted" ? lostWords(s.streaming, [e.turn]) : null;
      return {
        ...s,
        turns,
        streaming: s.streaming?.replyId === e.turn.id ? null : s.streaming,
        // The resolution first, its own paragraph; then the model's fault, if any.
        notice: lost
          ? lostNotice(lost)
          : [e.resolvedNotice, e.notice].filter(Boolean).join("\n\n") || s.notice,
        // A reply the model never gave leaves its line uncounted (countedLines).
        session: e.resolved && s.session ? { ...s.session, resolved: true } : withSession(s, turns),
        retryAsked: s.retryAsked === e.turn.id ? null : s.retryAsked,
      };
    }
    case "reply_retried": {
      // The snapshot after it already holds the reply as it is now (streaming, or done since).
      if (old) return s;
      const turns = upsertTurn(s.turns, e.turn);
      return {
        ...s,
        turns,
        session: withSession(s, turns),
        streaming: { replyId: e.turn.id, personaId: e.turn.personaId ?? "", text: "" },
        // The notice was about that line getting no reply: it is being answered now.
        notice: null,
        error: null,
        retryAsked: null,
      };
    }
    case "hint":
      // A hint the snapshot covers may belong to a line since rewound: only live ones are shown.
      return old || s.hints.some((h) => h.seq === e.seq)
        ? s
        : { ...s, hintAsked: false, hints: [...s.hints, { seq: e.seq, text: e.text }] };
    case "branch_started":
      if (old) return s;
      return {
        ...s,
        session: e.session,
        turns: [...e.turns].sort((a, b) => a.index - b.index),
        streaming: null,
        hints: [],
        ended: null,
        scorecard: null,
        notice: e.restored ? RESTORED_NOTICE : rewindNotice(e.turns),
        undoable: !e.restored && s.session?.status === "active",
      };
    case "session_ended":
      if (old && s.session?.status !== "ended") return s;
      return {
        ...s,
        ended: { outcome: e.outcome, reason: e.reason },
        session: s.session && { ...s.session, status: "ended", outcome: e.outcome },
      };
    case "scorecard_ready":
      if (s.session && e.branchId !== s.session.branchId) return s;
      return { ...s, scorecard: { branchId: e.branchId, overall: e.overall, passed: e.passed } };
    case "error": {
      const failed = e.turnId && s.pending?.turnId === e.turnId ? s.pending : null;
      // A conversation this page had open is no longer there: it was deleted (the server's own
      // words name its id, which means nothing to the manager).
      const gone = e.code === "FD_SESSION_NOT_FOUND" && s.session !== null;
      return {
        ...s,
        deleted: s.deleted || gone,
        // The page says it in place of the message box: no banner in the server's words.
        error: gone ? null : { code: e.code, message: e.message },
        hintAsked: false,
        retryAsked: null,
        pending: failed ? null : s.pending,
        draft: failed ? (s.draft.trim() ? `${failed.text}\n${s.draft}` : failed.text) : s.draft,
      };
    }
    case "pong":
      return s;
  }
}

export const DELETED_TEXT = "This conversation was deleted, so it can't go on.";

const RESTORED_NOTICE =
  "Back where you were: the line you took back stands, and the conversation goes on from there.";

/** What a rewind did, said once: the line taken back, and that the first version is kept. */
function rewindNotice(kept: readonly WireTurn[]): string {
  const turn = kept.filter((t) => t.speaker === "manager").length + 1;
  return `You went back to turn ${turn}: say it differently and carry on from there. The first version is kept; the debrief compares the two.`;
}

/**
 * The hint to show now: the latest one, while it still applies, that is until the manager sends
 * their next line. `repeated` when it is the words of the hint before it, asked for on the same
 * line: the page says so, or pressing Coach hint again would seem to do nothing.
 */
export function currentHint(s: LiveState): { seq: number; text: string; repeated: boolean } | null {
  const last = s.hints.at(-1);
  if (!last || s.pending) return null;
  const spoke = s.turns.reduce(
    (seq, t) => (t.speaker === "manager" ? Math.max(seq, t.seq) : seq),
    0,
  );
  if (last.seq <= spoke) return null;
  const before = s.hints.at(-2);
  return {
    ...last,
    repeated: before !== undefined && before.seq > spoke && before.text === last.text,
  };
}

const longer = (a: string, b: string) => (b.length > a.length && b.startsWith(a) ? b : a);

/**
 * The words this page showed of a reply that the stored, interrupted reply no longer has: a server
 * that stopped mid-reply kept what it had saved (about once a second), not what was on screen.
 */
function lostWords(shown: StreamingReply | null, turns: readonly WireTurn[]): string | null {
  if (!shown) return null;
  const kept = turns.find((t) => t.id === shown.replyId && t.status === "interrupted");
  if (!kept || shown.text.length <= kept.text.length || !shown.text.startsWith(kept.text))
    return null;
  return shown.text.slice(kept.text.length).trim() || null;
}

const lostNotice = (lost: string) =>
  `The reply was cut off when the server stopped, and its last words on your screen (“${lost}”) were not saved. What is kept is shown above; you can carry on.`;

/** Coach hints are at least this far apart: pressing (or holding Enter on) the button can't flood the socket. */
export const HINT_GAP_MS = 1_000;

/**
 * When Coach hint may ask: null while a hint is on its way (the press adds nothing), else in how
 * many ms (0: now; a press soon after the last hint waits out the gap instead of being lost).
 */
export const hintDelay = (s: LiveState, now: number): number | null =>
  s.hintAsked ? null : Math.max(0, HINT_GAP_MS - (now - s.hintAskedAt));

/** Whether the persona owes a reply: the manager spoke last (or is sending) and the session goes on. */
export function isAwaitingReply(s: LiveState): boolean {
  if (s.session?.status === "ended") return false;
  if (s.pending) return true;
  const last = s.turns.at(-1);
  return last?.speaker === "manager" || last?.status === "streaming";
}

/**
 * The persona's reply bubble under the manager's line, or null for none. `live`: connected, dots
 * until the first words, then the words with a caret. `stopped`: another tab took the conversation;
 * the words so far stay, and the reply goes on there. `held`: the connection dropped after the line
 * reached them; the server is still answering, so the bubble stays (review 7 #6: it went, and
 * nothing said a reply was coming) and says when the reply will arrive. A line still "Sending…"
 * gets no bubble while not connected: nobody is answering it yet.
 */
export interface ReplyBubble {
  personaId: string | undefined;
  text: string;
  state: "live" | "stopped" | "held";
}

export function replyBubble(s: LiveState, connection: Connection): ReplyBubble | null {
  if (!isAwaitingReply(s)) return null;
  const streamingTurn = s.turns.find((t) => t.status === "streaming");
  const text = s.streaming?.text ?? streamingTurn?.text ?? "";
  const personaId = s.streaming?.personaId ?? streamingTurn?.personaId;
  if (connection === "open") return { personaId, text, state: "live" };
  if (connection === "taken_over") return { personaId, text, state: "stopped" };
  const reached = !s.pending || s.turns.some((t) => t.clientTurnId === s.pending?.turnId);
  return reached || text !== "" ? { personaId, text, state: "held" } : null;
}

/**
 * The reply "Get the reply" asks the model for again: the last turn, when it is a reply the model
 * never began (LLM_FALLBACK=error), while the conversation goes on, connected, with nothing being
 * sent or streamed. Null otherwise (the server refuses the same cases).
 */
export function retryableReply(s: LiveState, connection: Connection): WireTurn | null {
  if (connection !== "open" || s.session?.status !== "active" || s.pending || s.streaming)
    return null;
  const last = s.turns.at(-1);
  if (!last || s.retryAsked === last.id) return null;
  return isUnanswered(last) && s.turns.at(-2)?.speaker === "manager" ? last : null;
}
