import "./zod-config";
import { type ClientMessage, ServerEventSchema } from "../../../server/sessions/protocol.schema";
import { backoffMs } from "../model/backoff";
import { hintDelay } from "../model/live-session";
import { makeTurnId } from "../model/turn-id";
import { useAppStore } from "../state/store";
import { sessionEnded } from "./auth";

const store = () => useAppStore.getState();

/** A ping when the socket has been quiet this long; no answer within PONG_WAIT_MS means it is dead. */
const QUIET_MS = 15_000;
const PONG_WAIT_MS = 8_000;
const TAKEN_OVER = 4001;
/** The server closed it because the sign-in ended or the person's roles changed. */
const ACCESS_ENDED = 4003;
/** The session was deleted (in another tab): nothing to reconnect to. */
const DELETED = 4004;

/**
 * The live-session socket: the only code that opens a websocket. It resumes after any drop with
 * backoff (`resume {sessionId, lastSeq}`), checks every frame against the protocol schema before
 * the store sees it, and resends a turn the server has not acknowledged (turn ids make that safe).
 */
class LiveConnection {
  private socket: WebSocket | null = null;
  private sessionId: string | null = null;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private hintTimer: ReturnType<typeof setTimeout> | undefined;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private lastHeard = 0;
  private pingSentAt = 0;
  private attached = false;
  /**
   * The one action the page that opened the session asked for, sent when it attaches (the
   * debrief's "Try this line differently" opens the session and rewinds it). Dropped if the
   * session goes to another tab first.
   */
  private onAttach: ClientMessage | null = null;
  /** The notice of an action refused while not connected: gone once the connection is back. */
  private refused: string | null = null;
  private stopped = true;
  private listening = false;

  /** Attaches to a session; a second call for the same session keeps the connection. */
  open(sessionId: string, options: { takeOver?: boolean; afterAttach?: ClientMessage } = {}): void {
    this.listen();
    if (options.afterAttach) {
      if (this.sessionId === sessionId && this.attached) {
        this.send(options.afterAttach);
        return;
      }
      this.onAttach = options.afterAttach;
    }
    if (this.sessionId === sessionId && !this.stopped && !options.takeOver) return;
    if (this.sessionId !== sessionId) {
      store().liveReset(sessionId);
      if (!options.afterAttach) this.onAttach = null;
    }
    this.shutdown();
    this.sessionId = sessionId;
    this.stopped = false;
    this.attempt = 0;
    this.connect();
  }

  /** Leaves the session (the page closed); the server keeps it, and a reply keeps streaming there. */
  close(): void {
    this.shutdown();
    this.stopped = true;
    store().liveSetConnection("closed");
  }

  say(text: string): void {
    const turnId = makeTurnId();
    store().liveQueueTurn({ turnId, text });
    if (this.attached) this.send({ type: "say", turnId, text });
    // Otherwise the pending turn is sent as soon as the session is attached again.
  }

  /**
   * Asks for a coach hint, one at a time and a second apart (the same line gives the
   * same hint anyway): pressing or holding the button cannot trip the rate limit. A press soon
   * after a hint is sent when the gap is over, not dropped; the button waits meanwhile.
   */
  hint(): boolean {
    const live = store().live;
    const wait = hintDelay(live, Date.now());
    if (wait === null) return false;
    if (wait === 0) {
      const sent = this.deliver({ type: "hint" }, "The coach hint");
      if (sent) store().liveAskHint(Date.now());
      return sent;
    }
    if (!this.attached) return this.deliver({ type: "hint" }, "The coach hint");
    store().liveAskHint(live.hintAskedAt);
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => {
      // Gone meanwhile (a drop clears the wait on resume): nothing is sent behind their back.
      if (!this.attached || !store().live.hintAsked) return;
      this.send({ type: "hint" });
      store().liveAskHint(Date.now());
    }, wait);
    return true;
  }

  rewind(toTurn: number): boolean {
    return this.deliver({ type: "rewind", toTurn }, "Going back to that line");
  }

  undoRewind(): boolean {
    return this.deliver({ type: "undo_rewind" }, "Undoing the rewind");
  }

  /** Asks the model again for the reply to the last line, which it never answered. */
  retryReply(replyId: string): boolean {
    const sent = this.deliver({ type: "retry_reply" }, "Getting the reply");
    if (sent) store().liveAskRetry(replyId);
    return sent;
  }

  end(): boolean {
    return this.deliver({ type: "end" }, "Ending the conversation");
  }

  /**
   * Sends now, or not at all: a hint, a rewind or an end kept for later would fire minutes after,
   * when the manager has moved on (or in a tab that gave the session away). Only a said line waits
   * for the connection, as the pending turn, shown as such. False (and a notice) when not sent.
   */
  private deliver(message: ClientMessage, what: string): boolean {
    if (this.attached) {
      this.send(message);
      return true;
    }
    this.refused =
      store().connection === "taken_over"
        ? `${what} needs the conversation in this tab: choose Continue here, at the top, first.`
        : `${what} needs the connection, which is not there right now. Try again once it says Connected.`;
    store().liveNotice(this.refused);
    return false;
  }

  private send(message: ClientMessage) {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  private connect() {
    if (!this.sessionId || this.stopped) return;
    if (typeof navigator !== "undefined" && navigator.onLine === false) {
      store().liveSetConnection("offline");
      return;
    }
    const scheme = window.location.protocol === "https:" ? "wss" : "ws";
    const socket = new WebSocket(`${scheme}://${window.location.host}/ws`);
    this.socket = socket;
    this.attached = false;
    store().liveSetConnection(
      this.attempt === 0 && store().live.session === null ? "connecting" : "reconnecting",
    );
    socket.onopen = () => {
      this.lastHeard = Date.now();
      this.send({
        type: "resume",
        sessionId: this.sessionId as string,
        lastSeq: store().live.lastSeq,
      });
      this.startHeartbeat();
    };
    socket.onmessage = (message) => {
      if (socket !== this.socket) return;
      this.lastHeard = Date.now();
      this.pingSentAt = 0;
      this.receive(message.data);
    };
    socket.onclose = (event) => {
      if (socket !== this.socket) return;
      this.socket = null;
      this.attached = false;
      this.stopHeartbeat();
      if (this.stopped) return;
      if (event.code === DELETED) {
        this.close();
        return;
      }
      if (event.code === TAKEN_OVER) {
        this.stopped = true;
        this.onAttach = null;
        store().liveTakenOver();
        return;
      }
      // Signed out: the account gate takes them to sign in (and this page closes the socket).
      // Roles changed: the resume below tells whether they may still fly this session.
      if (event.code === ACCESS_ENDED) sessionEnded();
      this.scheduleReconnect();
    };
  }

  private receive(data: unknown) {
    let json: unknown;
    try {
      json = JSON.parse(String(data));
    } catch {
      return;
    }
    const parsed = ServerEventSchema.safeParse(json);
    // A frame that does not match the protocol never reaches the store.
    if (!parsed.success) return;
    const event = parsed.data;
    store().liveApply(event);
    if (event.type === "resumed") this.onAttached();
    else if (event.type === "error" && event.code === "FD_SESSION_NOT_FOUND") {
      this.close();
    } else if (event.type === "error" && event.code === "FD_SESSION_TAKEN_OVER") {
      this.stopped = true;
      this.onAttach = null;
      store().liveTakenOver();
    }
  }

  private onAttached() {
    this.attached = true;
    this.attempt = 0;
    store().liveSetConnection("open");
    if (this.refused && store().live.notice === this.refused) store().liveNotice(null);
    this.refused = null;
    const pending = store().live.pending;
    if (pending) this.send({ type: "say", turnId: pending.turnId, text: pending.text });
    const then = this.onAttach;
    this.onAttach = null;
    if (then) this.send(then);
  }

  private scheduleReconnect() {
    clearTimeout(this.retryTimer);
    if (typeof navigator !== "undefined" && navigator.onLine === false) {
      store().liveSetConnection("offline");
      return;
    }
    const delay = backoffMs(this.attempt++, Math.random());
    store().liveSetConnection("reconnecting", Date.now() + delay);
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  private startHeartbeat() {
    this.stopHeartbeat();
    this.heartbeat = setInterval(() => {
      const now = Date.now();
      if (this.pingSentAt && now - this.pingSentAt > PONG_WAIT_MS) {
        // No answer: the connection is dead even if the browser has not noticed.
        this.socket?.close();
        this.socket?.onclose?.(new CloseEvent("close", { code: 4999 }));
        return;
      }
      if (!this.pingSentAt && now - this.lastHeard > QUIET_MS) {
        this.pingSentAt = now;
        this.send({ type: "ping" });
      }
    }, 2_000);
  }

  private stopHeartbeat() {
    clearInterval(this.heartbeat);
    this.pingSentAt = 0;
  }

  private shutdown() {
    clearTimeout(this.retryTimer);
    clearTimeout(this.hintTimer);
    this.stopHeartbeat();
    const socket = this.socket;
    this.socket = null;
    this.attached = false;
    if (socket && socket.readyState <= WebSocket.OPEN) socket.close(1000, "left the page");
  }

  /** The browser knows when the network goes: reconnect at once when it comes back. */
  private listen() {
    if (this.listening || typeof window === "undefined") return;
    this.listening = true;
    window.addEventListener("offline", () => {
      if (this.stopped) return;
      this.shutdown();
      store().liveSetConnection("offline");
    });
    window.addEventListener("online", () => {
      if (this.stopped) return;
      this.attempt = 0;
      clearTimeout(this.retryTimer);
      this.connect();
    });
  }

  /** Try now instead of waiting for the next attempt. */
  retryNow(): void {
    if (this.stopped || this.socket) return;
    this.attempt = 0;
    clearTimeout(this.retryTimer);
    this.connect();
  }
}

export const live = new LiveConnection();
