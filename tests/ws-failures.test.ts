/**
 * The rows of docs/protocol.md's failure table that tests/sessions.test.ts does not reach: a binary
 * frame, the rate limit, a turn while the persona is still replying, a turn after the end, and the
 * server shutting down, and a frame past the websocket library's 1 MiB ceiling. Each drives the real server over a real websocket.
 */
import { afterEach, describe, expect, it } from "vitest";
import { LIMITS } from "../server/sessions/protocol.schema";
import { DATABASES } from "./support/databases";
import { startTestServer, type TestServer, TestSocket } from "./support/servers";

type Frame = Record<string, unknown> & { type: string; seq?: number };
const SCENARIO = "missed-sprint-commitments";

async function startSession(server: TestServer) {
  const socket = await TestSocket.open(server.wsUrl);
  socket.send({ type: "start", scenarioId: SCENARIO, seed: 11 });
  const [started] = await socket.until<Frame>((f) => f.type === "session_started");
  return { socket, sessionId: (started as Frame & { session: { id: string } }).session.id };
}

const untilDone = (socket: TestSocket) =>
  socket.until<Frame>((f) => f.type === "reply_done" || f.type === "error");

async function storedManagerTurns(server: TestServer, sessionId: string): Promise<string[]> {
  const record = (await (await fetch(`${server.url}/api/sessions/${sessionId}`)).json()) as {
    turns: { speaker: string; text: string }[];
  };
  return record.turns.filter((t) => t.speaker === "manager").map((t) => t.text);
}

describe.each(DATABASES)("websocket failures on %s", (kind) => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it("refuses a binary frame as malformed, and the session goes on", async () => {
    server = await startTestServer(kind);
    const { socket } = await startSession(server);
    socket.ws.send(Buffer.from(JSON.stringify({ type: "ping", nonce: "b" })));
    expect(await socket.next()).toMatchObject({
      type: "error",
      code: "FD_MESSAGE_MALFORMED",
      message: "frames must be JSON text",
      continues: true,
    });
    socket.send({ type: "say", turnId: "after-binary", text: "How has the week been?" });
    expect((await untilDone(socket)).at(-1)).toMatchObject({ type: "reply_done" });
    socket.close();
  });

  it("refuses a turn while the persona is still replying, and takes it after reply_done", async () => {
    server = await startTestServer(kind);
    const { socket, sessionId } = await startSession(server);
    // Back to back: the second is handled right after the first is acknowledged, mid-reply.
    socket.send({ type: "say", turnId: "first", text: "How has the sprint felt from your side?" });
    socket.send({ type: "say", turnId: "second", text: "What got in the way?" });
    const frames = await socket.until<Frame>((f) => f.type === "reply_done");
    const refused = frames.find((f) => f.type === "error");
    expect(refused).toMatchObject({
      code: "FD_TURN_OUT_OF_ORDER",
      turnId: "second",
      continues: true,
    });
    expect(frames.filter((f) => f.type === "turn_accepted")).toHaveLength(1);
    expect(await storedManagerTurns(server, sessionId)).toEqual([
      "How has the sprint felt from your side?",
    ]);
    // Resent after the reply, the same turn id goes through.
    socket.send({ type: "say", turnId: "second", text: "What got in the way?" });
    expect((await untilDone(socket)).at(-1)).toMatchObject({ type: "reply_done" });
    expect(await storedManagerTurns(server, sessionId)).toEqual([
      "How has the sprint felt from your side?",
      "What got in the way?",
    ]);
    socket.close();
  });

  it("refuses a turn after the end, and a rewind opens the conversation again", async () => {
    server = await startTestServer(kind);
    const { socket, sessionId } = await startSession(server);
    socket.send({ type: "say", turnId: "t1", text: "How has the sprint felt from your side?" });
    await untilDone(socket);
    socket.send({ type: "end" });
    await socket.until<Frame>((f) => f.type === "scorecard_ready");
    socket.send({ type: "say", turnId: "late", text: "One more thing." });
    expect(await socket.next()).toMatchObject({
      type: "error",
      code: "FD_SESSION_ENDED",
      turnId: "late",
      continues: true,
    });
    expect(await storedManagerTurns(server, sessionId)).toEqual([
      "How has the sprint felt from your side?",
    ]);
    socket.send({ type: "rewind", toTurn: 0 });
    await socket.until<Frame>((f) => f.type === "branch_started");
    socket.send({ type: "say", turnId: "again", text: "What would help you most right now?" });
    expect((await untilDone(socket)).at(-1)).toMatchObject({ type: "reply_done" });
    socket.close();
  });

  it("answers a second end and a late hint with FD_SESSION_ENDED instead of silence", async () => {
    server = await startTestServer(kind);
    const { socket } = await startSession(server);
    socket.send({ type: "say", turnId: "t1", text: "How has the sprint felt from your side?" });
    await untilDone(socket);
    socket.send({ type: "end" });
    await socket.until<Frame>((f) => f.type === "scorecard_ready");
    socket.send({ type: "end" });
    expect(await socket.next()).toMatchObject({ type: "error", code: "FD_SESSION_ENDED" });
    socket.send({ type: "hint" });
    expect(await socket.next()).toMatchObject({ type: "error", code: "FD_SESSION_ENDED" });
    socket.close();
  });

  it("keeps the socket on its session after a resume that fails", async () => {
    server = await startTestServer(kind);
    const { socket, sessionId } = await startSession(server);
    socket.send({ type: "say", turnId: "t1", text: "How has the sprint felt from your side?" });
    await untilDone(socket);
    socket.send({ type: "resume", sessionId: "no-such-session", lastSeq: 0 });
    expect((await socket.until<Frame>((f) => f.type === "error")).at(-1)).toMatchObject({
      code: "FD_SESSION_NOT_FOUND",
      continues: true,
    });
    // The next line is answered on the session the socket had, as `continues: true` says.
    socket.send({ type: "say", turnId: "t2", text: "What got in the way?" });
    const frames = await untilDone(socket);
    expect(frames.find((f) => f.type === "turn_accepted")).toBeDefined();
    expect(frames.at(-1)).toMatchObject({ type: "reply_done" });
    socket.send({ type: "end" });
    expect((await socket.until<Frame>((f) => f.type === "scorecard_ready")).length).toBeGreaterThan(
      0,
    );
    expect(await storedManagerTurns(server, sessionId)).toEqual([
      "How has the sprint felt from your side?",
      "What got in the way?",
    ]);
    socket.close();
  });

  it("answers frames that are null or carry text the database cannot store, and goes on", async () => {
    server = await startTestServer(kind);
    const { socket, sessionId } = await startSession(server);
    socket.ws.send("null");
    expect(await socket.next()).toMatchObject({ type: "error", code: "FD_MESSAGE_UNKNOWN" });
    socket.send({ type: "say", turnId: "nul", text: "hello\u0000world" });
    expect(await socket.next()).toMatchObject({
      type: "error",
      code: "FD_MESSAGE_MALFORMED",
      turnId: "nul",
      continues: true,
    });
    socket.send({ type: "say", turnId: "half", text: "bad \ud800 half" });
    expect(await socket.next()).toMatchObject({ code: "FD_MESSAGE_MALFORMED", turnId: "half" });
    // Characters are counted as a person counts them: 2,000 emoji are 2,000 characters.
    socket.send({ type: "say", turnId: "emoji", text: "🙂".repeat(LIMITS.maxTurnChars) });
    expect((await untilDone(socket)).at(-1)).toMatchObject({ type: "reply_done" });
    socket.send({ type: "say", turnId: "more", text: "🙂".repeat(LIMITS.maxTurnChars + 1) });
    expect(await socket.next()).toMatchObject({
      code: "FD_TURN_TOO_LONG",
      message: expect.stringContaining(`(this one has ${LIMITS.maxTurnChars + 1})`),
    });
    // An emoji made of several code points (a skin tone, a family) is one character too.
    const toned = "👍🏽".repeat(LIMITS.maxTurnChars / 2) + "👨‍👩‍👧".repeat(10);
    socket.send({ type: "say", turnId: "toned", text: toned });
    expect((await untilDone(socket)).at(-1)).toMatchObject({ type: "reply_done" });
    expect(await storedManagerTurns(server, sessionId)).toEqual([
      "🙂".repeat(LIMITS.maxTurnChars),
      toned,
    ]);
    socket.close();
  });

  it("refuses a turn id that was used on a line left by a rewind, instead of acknowledging the old line", async () => {
    server = await startTestServer(kind);
    const { socket, sessionId } = await startSession(server);
    socket.send({ type: "say", turnId: "r1", text: "First attempt at my opening line." });
    await untilDone(socket);
    socket.send({ type: "rewind", toTurn: 0 });
    await socket.until<Frame>((f) => f.type === "branch_started");
    socket.send({ type: "say", turnId: "r1", text: "A better opening line." });
    expect((await untilDone(socket)).at(-1)).toMatchObject({
      type: "error",
      code: "FD_BAD_REQUEST",
      turnId: "r1",
    });
    expect(await storedManagerTurns(server, sessionId)).toEqual([]);
    socket.send({ type: "say", turnId: "r2", text: "A better opening line." });
    expect((await untilDone(socket)).at(-1)).toMatchObject({ type: "reply_done" });
    expect(await storedManagerTurns(server, sessionId)).toEqual(["A better opening line."]);
    socket.close();
  });

  it("closes every socket with 1001 when the server shuts down", async () => {
    server = await startTestServer(kind);
    const { socket } = await startSession(server);
    const idle = await TestSocket.open(server.wsUrl);
    const stopping = server.stop();
    server = undefined;
    expect(await socket.closed).toEqual({ code: 1001, reason: "server shutting down" });
    expect(await idle.closed).toEqual({ code: 1001, reason: "server shutting down" });
    await stopping;
  });
});

// Told by the process that deletes it: one database is enough.
describe("a session deleted while a socket holds it", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it("tells the socket in plain words and closes it with 4004; the session is gone", async () => {
    server = await startTestServer("pglite");
    const { socket, sessionId } = await startSession(server);
    socket.send({ type: "say", turnId: "d1", text: "How has the week been?" });
    await untilDone(socket);
    const other = await TestSocket.open(server.wsUrl);
    const deleted = await fetch(`${server.url}/api/sessions/${sessionId}`, { method: "DELETE" });
    expect(deleted.status).toBe(204);
    expect(await socket.next<Frame>()).toMatchObject({
      type: "error",
      code: "FD_SESSION_NOT_FOUND",
      message: "This conversation was deleted, so it can't go on.",
      continues: false,
    });
    expect(await socket.closed).toEqual({ code: 4004, reason: "session deleted" });
    // A socket that did not hold it hears nothing, and resuming it finds nothing.
    other.send({ type: "resume", sessionId, lastSeq: 0 });
    expect(await other.next<Frame>()).toMatchObject({ code: "FD_SESSION_NOT_FOUND" });
    other.close();
  });
});

// The limit lives in the socket, before any database work: one database is enough.
describe("websocket rate limit", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it(`drops messages past ${LIMITS.rateLimitMessages} in ${LIMITS.rateLimitWindowMs / 1000} s with a typed error, and the session goes on`, async () => {
    server = await startTestServer("pglite");
    const { socket, sessionId } = await startSession(server); // message 1 of the window
    const pings = LIMITS.rateLimitMessages - 1;
    for (let i = 0; i < pings; i++) socket.send({ type: "ping", nonce: `p${i}` });
    // Past the limit: a turn, which must be dropped, not stored.
    socket.send({ type: "say", turnId: "over", text: "How has the week been?" });
    // The refusal goes out at once, so it may overtake pongs still queued behind earlier messages.
    const frames: Frame[] = [];
    for (let i = 0; i < pings + 1; i++) frames.push(await socket.next<Frame>());
    expect(frames.filter((f) => f.type === "pong")).toHaveLength(pings);
    // Named by its turn id, so the client puts the line back in the box; in the product's words.
    expect(frames.filter((f) => f.type === "error")).toEqual([
      expect.objectContaining({ code: "FD_RATE_LIMITED", continues: true, turnId: "over" }),
    ]);
    expect(frames.find((f) => f.type === "error")?.message).toMatch(
      /^Too many messages at once: wait a few seconds and send again/,
    );
    // Other messages past the limit carry no turn id (nor does a `say` with a bad one).
    socket.send({ type: "ping", nonce: "late" });
    socket.send({ type: "hint", turnId: "not-a-say" });
    socket.send({ type: "say", turnId: "", text: "x" });
    for (let i = 0; i < 3; i++)
      expect(await socket.next<Frame>()).toEqual(
        expect.not.objectContaining({ turnId: expect.anything() }),
      );
    expect(await storedManagerTurns(server, sessionId)).toEqual([]);
    // The next window takes messages again, on the same socket.
    await new Promise((r) => setTimeout(r, LIMITS.rateLimitWindowMs + 200));
    socket.send({ type: "say", turnId: "over", text: "How has the week been?" });
    expect((await untilDone(socket)).at(-1)).toMatchObject({ type: "reply_done" });
    expect(await storedManagerTurns(server, sessionId)).toEqual(["How has the week been?"]);
    socket.close();
  }, 30_000);
});

// The websocket library's own ceiling, before any of Flightdeck's checks: one database is enough.
describe("websocket frame over 1 MiB", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it("closes the socket with 1009 without reading the frame, and the session resumes on a new socket", async () => {
    server = await startTestServer("pglite");
    const { socket, sessionId } = await startSession(server);
    socket.send({ type: "say", turnId: "kept", text: "How has the sprint felt from your side?" });
    const before = await untilDone(socket);
    const lastSeq = Math.max(...before.map((f) => f.seq ?? 0));
    // A `say` whose text alone is just over 1 MiB: the library refuses it while it arrives.
    socket.send({ type: "say", turnId: "huge", text: "x".repeat(1024 * 1024 + 1) });
    expect((await socket.closed).code).toBe(1009);

    const again = await TestSocket.open(server.wsUrl);
    again.send({ type: "resume", sessionId, lastSeq });
    const [resumed] = await again.until<Frame>((f) => f.type === "resumed");
    expect(resumed).toMatchObject({ type: "resumed" });
    again.send({ type: "say", turnId: "next", text: "What got in the way?" });
    expect((await untilDone(again)).at(-1)).toMatchObject({ type: "reply_done" });
    expect(await storedManagerTurns(server, sessionId)).toEqual([
      "How has the sprint felt from your side?",
      "What got in the way?",
    ]);
    again.close();
  });
});
