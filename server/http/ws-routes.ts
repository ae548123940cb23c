import websocket from "@fastify/websocket";
import type { FastifyInstance } from "fastify";
import type { WebSocket } from "ws";
import { ErrorCode, FlightdeckError } from "../errors";
import {
  CLIENT_MESSAGE_TYPES,
  ClientMessageSchema,
  type DurableEvent,
  LIMITS,
  PROTOCOL_VERSION,
  type ServerEvent,
} from "../sessions/protocol.schema";
import type { Actor, SessionListener, SessionService } from "../sessions/session-service";
import { isDatabaseUnavailable } from "../store/unavailable";
import { turnTrace } from "../turn-trace";
import type { SocketGuard } from "./auth-routes";
import { deltaMerger } from "./delta-merge";
import { DATABASE_UNAVAILABLE_MESSAGE } from "./errors";
import { describeIssues, pathAt } from "./invalid-input";
import { UNSTORABLE_MESSAGE, unstorableTextAt } from "./unstorable-text";

export interface WsOptions {
  sessions: SessionService;
  /** Who the connection acts for; the local user until accounts exist. */
  actorOf: (request: unknown) => Actor;
  /** Heartbeat: a ping every interval; a socket that has not answered the previous one is closed. */
  heartbeatMs?: number;
  /** Asks the policy before each message; closes the socket when its sign-in or roles change. */
  guard?: SocketGuard;
  /** Filled in with the shutdown's hold on the sockets (the server's `close` drains them). */
  drain?: { sockets?: SocketDrain };
}

/** The heartbeat goes round the sockets in this many slices, one slice per tick. */
export const HEARTBEAT_SLICES = 20;

/** Close codes the client can act on (4000–4999 are the application's). */
export const CLOSE = {
  takenOver: 4001,
  shuttingDown: 1001,
  dead: 4002,
  accessEnded: 4003,
  /** The session was deleted (in another tab, or by a script): it can't go on. */
  deleted: 4004,
} as const;

/** Said to a socket whose session was deleted while it was open (the client shows it as it is). */
export const DELETED_MESSAGE = "This conversation was deleted, so it can't go on.";

/**
 * A shutdown's hold on the sockets: `drain` closes (1001) every socket with no reply streaming now
 * and the others as soon as their reply is done; `closed` counts the sockets closed for the
 * shutdown, then and when the server closes.
 */
export interface SocketDrain {
  drain(): void;
  closed(): number;
}

/** The live-session socket. Every frame is parsed with the protocol schema; a bad one gets a typed error and the socket goes on. */
export async function wsRoutes(app: FastifyInstance, opts: WsOptions): Promise<void> {
  const sockets = new Set<WebSocket>();
  // The session each socket is on, read when a shutdown drains them.
  const sessionOf = new Map<WebSocket, () => string | undefined>();
  let draining = false;
  let closedForShutdown = 0;
  const shutDown = (socket: WebSocket) => {
    if (socket.readyState !== socket.OPEN && socket.readyState !== socket.CONNECTING) return;
    closedForShutdown++;
    socket.close(CLOSE.shuttingDown, "server shutting down");
  };
  const closeIfIdle = (socket: WebSocket) => {
    const id = sessionOf.get(socket)?.();
    if (!id || !opts.sessions.replying(id)) shutDown(socket);
  };
  if (opts.drain)
    opts.drain.sockets = {
      drain() {
        draining = true;
        for (const socket of sockets) closeIfIdle(socket);
      },
      closed: () => closedForShutdown,
    };
  await app.register(websocket, {
    options: { maxPayload: 1024 * 1024 },
    // Before the server closes, every socket is told why (1001), so the client resumes after the
    // restart. The plugin's own default closes them with no code at all.
    preClose(done) {
      for (const socket of sockets) shutDown(socket);
      this.websocketServer.close();
      done();
    },
  });
  const heartbeatMs = opts.heartbeatMs ?? 20_000;
  const alive = new WeakMap<WebSocket, boolean>();
  // Each socket is pinged once per heartbeat, its slice's turn: one slice per tick, so 1,000 sockets
  // cost 50 pings (and 50 pongs) at a time instead of 1,000 in one task, which held every session's
  // reply for 0.1–0.2 s (docs/benchmarks.md).
  const slices = Array.from({ length: HEARTBEAT_SLICES }, () => new Set<WebSocket>());
  const sliceOf = new WeakMap<WebSocket, Set<WebSocket>>();
  let tick = 0;
  const heartbeat = setInterval(() => {
    const slice = slices[tick++ % HEARTBEAT_SLICES] as Set<WebSocket>;
    for (const socket of slice) {
      if (alive.get(socket) === false) {
        slice.delete(socket);
        socket.terminate();
        continue;
      }
      alive.set(socket, false);
      socket.ping();
    }
  }, heartbeatMs / HEARTBEAT_SLICES);
  heartbeat.unref();
  app.addHook("onClose", async () => {
    clearInterval(heartbeat);
  });

  app.get("/ws", { websocket: true }, (socket, request) => {
    if (draining) {
      shutDown(socket);
      return;
    }
    sockets.add(socket);
    sessionOf.set(socket, () => sessionId);
    alive.set(socket, true);
    const slice = slices.reduce((a, b) => (b.size < a.size ? b : a));
    slice.add(socket);
    sliceOf.set(socket, slice);
    socket.on("pong", () => alive.set(socket, true));
    const actor = opts.actorOf(request);
    const endAccess = (code: string, message: string) => {
      fail(code, message, { continues: false });
      socket.close(
        CLOSE.accessEnded,
        code === ErrorCode.AccountDisabled ? "account disabled" : "signed out or access changed",
      );
    };
    const unwatch = opts.guard?.watch(request, (why) => endAccess(why.code, why.message));
    let sessionId: string | undefined;
    // The last durable event sent for the session attached (its seq), to pick it up again after a
    // failed switch to another session.
    let sentUpTo = 0;
    let bucket = { count: 0, windowStart: Date.now() };
    // Messages of one connection are handled in order.
    let chain: Promise<void> = Promise.resolve();

    const sendNow = (event: ServerEvent) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(event));
    };
    // Reply text is sent at most once per window; anything else first sends the text held back.
    const deltas = deltaMerger((d) => {
      if (sessionId && d.delta) turnTrace.mark(sessionId, "sent");
      sendNow({ type: "reply_delta", ...d });
    });
    const send = (event: ServerEvent) => {
      deltas.flush();
      if (event.type !== "reply_delta" && "seq" in event && typeof event.seq === "number")
        sentUpTo = Math.max(sentUpTo, event.seq);
      sendNow(event);
      // Shutting down: the reply this socket waited for is done, so it resumes on another process.
      if (draining && event.type === "reply_done") closeIfIdle(socket);
    };
    const fail = (
      code: string,
      message: string,
      extra: { turnId?: string; continues?: boolean } = {},
    ) =>
      send({
        type: "error",
        code,
        message,
        continues: extra.continues ?? true,
        ...(extra.turnId ? { turnId: extra.turnId } : {}),
      });

    // While a resume reads what the client missed, the session's new events wait here and its reply
    // text is left out (the text so far follows the replay), so nothing overtakes the replay.
    let attaching: DurableEvent[] | undefined;
    const listener: SessionListener = {
      event: (event) => (attaching ? attaching.push(event) : send(event)),
      delta: (d) => {
        if (!attaching) deltas.push(d);
      },
    };

    // `start` (a new session) or `resume` (an existing one, from after lastSeq).
    const attach = async (
      nextId: string | undefined,
      lastSeq: number,
      announce: boolean,
      connect: () => Promise<Awaited<ReturnType<SessionService["attach"]>> & { id: string }>,
    ) => {
      const left = sessionId && sessionId !== nextId ? sessionId : undefined;
      const leftUpTo = sentUpTo;
      if (left) opts.sessions.detach(left, listener);
      attaching = [];
      let attached: Awaited<ReturnType<typeof connect>>;
      try {
        attached = await connect();
      } catch (err) {
        attaching = undefined;
        // A resume that failed (a mistyped or someone else's id) leaves the socket on the session
        // it had, with what it missed meanwhile, as the error's `continues: true` says.
        if (left) {
          sessionId = undefined;
          await attach(left, leftUpTo, false, async () => ({
            id: left,
            ...(await opts.sessions.attach(actor, left, leftUpTo, listener)),
          })).catch(() => {});
        }
        throw err;
      }
      if (left || !sessionId) sentUpTo = 0;
      // Nothing awaits from here to the text so far below, so no new frame can come in between.
      const late = attaching;
      attaching = undefined;
      const { id, previous, resumed, replay, inflight } = attached;
      sessionId = id;
      if (previous && previous !== listener) (previous as TakeoverListener).takeOver?.();
      if (announce) send({ type: "resumed", ...resumed });
      let replayedUpTo = lastSeq;
      for (const event of replay) {
        send(event as DurableEvent);
        replayedUpTo = Math.max(replayedUpTo, event.seq);
      }
      // Events committed while the replay was read: those it did not include, in order.
      for (const event of late) if (event.seq > replayedUpTo) send(event);
      if (inflight && inflight.text.length > 0) {
        send({
          type: "reply_delta",
          seq: inflight.seq,
          replyId: inflight.replyId,
          personaId: inflight.personaId,
          offset: 0,
          delta: inflight.text,
        });
      }
    };
    listener.deleted = () => {
      sessionId = undefined;
      fail(ErrorCode.SessionNotFound, DELETED_MESSAGE, { continues: false });
      socket.close(CLOSE.deleted, "session deleted");
    };
    // The session was resumed on another process sharing the database: this connection no longer
    // holds it, and ends as a takeover on this process does.
    const takenOverElsewhere = () => {
      if (sessionId) opts.sessions.detach(sessionId, listener);
      (listener as TakeoverListener).takeOver?.();
    };
    (listener as TakeoverListener).takeOver = () => {
      sessionId = undefined;
      fail(ErrorCode.SessionTakenOver, "this session was opened in another window or tab", {
        continues: false,
      });
      socket.close(CLOSE.takenOver, "session opened elsewhere");
    };

    const handle = async (raw: string, arrived: number) => {
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        return fail(ErrorCode.MessageMalformed, "the frame is not JSON");
      }
      const unstorable = unstorableTextAt(json);
      if (unstorable) {
        const turnId = (json as { turnId?: unknown } | null)?.turnId;
        return fail(
          ErrorCode.MessageMalformed,
          `${pathAt(undefined, unstorable) || "the frame"}: ${UNSTORABLE_MESSAGE}`,
          typeof turnId === "string" && !unstorableTextAt(turnId) ? { turnId } : {},
        );
      }
      const parsed = ClientMessageSchema.safeParse(json);
      if (!parsed.success) {
        const type = (json as { type?: unknown } | null)?.type;
        const known =
          typeof type === "string" && (CLIENT_MESSAGE_TYPES as readonly string[]).includes(type);
        const turnId =
          typeof (json as { turnId?: unknown } | null)?.turnId === "string"
            ? (json as { turnId: string }).turnId
            : undefined;
        return known
          ? fail(
              ErrorCode.MessageMalformed,
              `invalid "${type}" message: ${describeIssues(parsed.error.issues)}`,
              turnId ? { turnId } : {},
            )
          : fail(
              ErrorCode.MessageUnknown,
              `unknown message type ${JSON.stringify(type ?? null)}; expected one of ${CLIENT_MESSAGE_TYPES.join(", ")}`,
            );
      }
      const message = parsed.data;
      try {
        const denied = await opts.guard?.authorizeMessage(request, message.type);
        if (denied?.close) return endAccess(denied.code, denied.message);
        if (denied) return fail(denied.code, denied.message);
        switch (message.type) {
          case "ping":
            return send({
              type: "pong",
              ...(message.nonce ? { nonce: message.nonce } : {}),
              protocol: PROTOCOL_VERSION,
            });
          case "start":
            return await attach(undefined, 0, false, () =>
              opts.sessions.start(actor, message, listener),
            );
          case "resume": {
            const id = message.sessionId;
            return await attach(id, message.lastSeq, true, async () => ({
              id,
              ...(await opts.sessions.attach(actor, id, message.lastSeq, listener)),
            }));
          }
          default:
            break;
        }
        if (!sessionId) {
          return fail(
            ErrorCode.NoActiveSession,
            `"${message.type}" needs a session: send start or resume first`,
          );
        }
        switch (message.type) {
          case "say":
            turnTrace.mark(sessionId, "say", arrived);
            try {
              const result = await opts.sessions.say(
                actor,
                sessionId,
                message.turnId,
                message.text,
              );
              // A resend gets its original acknowledgement again, and nothing new is created.
              if (result.duplicate)
                send({ type: "turn_accepted", seq: result.seq, turn: result.turn });
            } catch (err) {
              if (err instanceof FlightdeckError && err.code === ErrorCode.SessionTakenOver)
                return takenOverElsewhere();
              if (err instanceof FlightdeckError)
                return fail(err.code, err.message, { turnId: message.turnId });
              if (isDatabaseUnavailable(err)) {
                request.log.warn({ err, sessionId }, "the database is unavailable");
                return fail(
                  ErrorCode.DatabaseUnavailable,
                  "your last line was not saved: the database cannot be reached right now; send it again in a moment. Your turns before it are saved",
                  { turnId: message.turnId },
                );
              }
              // The turn was not written (no turn_accepted was sent): the client may send it again.
              request.log.error({ err, sessionId }, "a turn could not be written");
              return fail(
                ErrorCode.Internal,
                "your last line was not saved; send it again. Your turns before it are saved",
                { turnId: message.turnId },
              );
            }
            return;
          case "hint":
            await opts.sessions.hint(actor, sessionId);
            return;
          case "rewind":
            await opts.sessions.rewind(actor, sessionId, message.toTurn);
            return;
          case "undo_rewind":
            await opts.sessions.undoRewind(actor, sessionId);
            return;
          case "retry_reply":
            await opts.sessions.retryReply(actor, sessionId);
            return;
          case "end":
            await opts.sessions.end(actor, sessionId);
            return;
        }
      } catch (err) {
        if (err instanceof FlightdeckError && err.code === ErrorCode.SessionTakenOver)
          return takenOverElsewhere();
        if (err instanceof FlightdeckError) return fail(err.code, err.message);
        if (isDatabaseUnavailable(err)) {
          request.log.warn({ err, sessionId }, "the database is unavailable");
          return fail(ErrorCode.DatabaseUnavailable, DATABASE_UNAVAILABLE_MESSAGE);
        }
        request.log.error({ err, sessionId }, "websocket message failed");
        return fail(
          ErrorCode.Internal,
          "something went wrong on the server; your turns so far are saved",
        );
      }
    };

    socket.on("message", (data, isBinary) => {
      const size = Array.isArray(data)
        ? data.reduce((n, b) => n + b.length, 0)
        : (data as Buffer).byteLength;
      const now = Date.now();
      if (now - bucket.windowStart > LIMITS.rateLimitWindowMs)
        bucket = { count: 0, windowStart: now };
      bucket.count++;
      if (bucket.count > LIMITS.rateLimitMessages) {
        // A refused line is named by its turn id, so the client puts its text back in the box
        // instead of waiting for it forever. Only a text frame within the size limit is looked at.
        const turnId =
          !isBinary && size <= LIMITS.maxFrameBytes ? peekTurnId(String(data)) : undefined;
        fail(
          ErrorCode.RateLimited,
          `Too many messages at once: wait a few seconds and send again (at most ${LIMITS.rateLimitMessages} in ${LIMITS.rateLimitWindowMs / 1000} s).`,
          turnId ? { turnId } : {},
        );
        return;
      }
      if (isBinary) {
        fail(ErrorCode.MessageMalformed, "frames must be JSON text");
        return;
      }
      if (size > LIMITS.maxFrameBytes) {
        fail(
          ErrorCode.FrameTooLarge,
          `frames are limited to ${LIMITS.maxFrameBytes} bytes (this one has ${size})`,
        );
        return;
      }
      const raw = String(data);
      const arrived = turnTrace.enabled ? performance.now() : 0;
      chain = chain
        .then(() => handle(raw, arrived))
        .catch((err: unknown) => {
          // `handle` answers every failure it knows; anything else still gets an answer.
          request.log.error({ err, sessionId }, "a websocket message could not be handled");
          fail(
            ErrorCode.Internal,
            "something went wrong on the server; your turns so far are saved",
          );
        });
    });
    socket.on("close", () => {
      deltas.stop();
      sockets.delete(socket);
      sessionOf.delete(socket);
      sliceOf.get(socket)?.delete(socket);
      unwatch?.();
      if (sessionId) opts.sessions.detach(sessionId, listener);
    });
  });
}

/**
 * The turn id of a `say` frame, or undefined: for refusing a frame before it is handled. Frames
 * without "turnId" in them are not parsed at all.
 */
export function peekTurnId(raw: string): string | undefined {
  if (!raw.includes('"turnId"')) return undefined;
  try {
    const json = JSON.parse(raw) as { type?: unknown; turnId?: unknown } | null;
    const turnId = json?.type === "say" ? json.turnId : undefined;
    return typeof turnId === "string" &&
      turnId.length > 0 &&
      turnId.length <= 64 &&
      !unstorableTextAt(turnId)
      ? turnId
      : undefined;
  } catch {
    return undefined;
  }
}

interface TakeoverListener extends SessionListener {
  takeOver?: () => void;
}
