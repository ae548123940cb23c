import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTranscript } from "../server/rubric/parse-transcript";
import { SessionListSchema, SessionRecordSchema } from "../server/sessions/record.schema";
import { playScript } from "../server/sim";
import { DATABASES } from "./support/databases";
import { AGREEING_LINES } from "./support/scripts";
import { startTestServer, type TestServer, TestSocket } from "./support/servers";
import { scenarioOf, shippedContent } from "./support/shipped-content";

type Frame = Record<string, unknown> & { type: string; seq?: number };
const SCENARIO = "missed-sprint-commitments";

const GOOD_LINES = [
  "Thanks for making time. I want to talk about the last three sprints, where the payments work slipped twice.",
  "When the checkout migration slipped, the release team had to hold the launch for a week.",
  "How do you see what happened in those sprints?",
  "It sounds like you've been carrying more than anyone could see.",
];

async function startSession(server: TestServer, seed = 7) {
  const socket = await TestSocket.open(server.wsUrl);
  socket.send({ type: "start", scenarioId: SCENARIO, seed });
  const [started] = await socket.until<Frame>((f) => f.type === "session_started");
  const session = (started as Frame & { session: { id: string } }).session;
  return { socket, sessionId: session.id, started: started as Frame };
}

/** Says a line and waits for its reply to finish; returns every frame in between. */
async function say(socket: TestSocket, turnId: string, text: string) {
  socket.send({ type: "say", turnId, text });
  return socket.until<Frame>((f) => f.type === "reply_done" || f.type === "error");
}

describe.each(DATABASES)("live sessions on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("flies a whole session to a scorecard, every event numbered in order", async () => {
    const { socket, sessionId, started } = await startSession(server);
    expect(started).toMatchObject({ seq: 1, session: { scenarioId: SCENARIO, status: "active" } });
    expect(JSON.stringify(started)).not.toContain("revealLines");
    const frames: Frame[] = [];
    for (const [i, line] of GOOD_LINES.entries())
      frames.push(...(await say(socket, `t${i}`, line)));
    const accepted = frames.filter((f) => f.type === "turn_accepted");
    const done = frames.filter((f) => f.type === "reply_done");
    expect(accepted).toHaveLength(4);
    expect(done).toHaveLength(4);
    for (const f of done)
      expect((f.turn as { status: string; text: string }).status).toBe("complete");
    // Deltas of each reply add up to its committed text.
    for (const d of done) {
      const turn = d.turn as { id: string; text: string };
      const deltas = frames.filter((f) => f.type === "reply_delta" && f.replyId === turn.id);
      expect(deltas.map((f) => f.delta).join("")).toBe(turn.text);
    }
    const seqs = frames.filter((f) => f.type !== "reply_delta").map((f) => f.seq as number);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);

    socket.send({ type: "end" });
    const ending = await socket.until<Frame>((f) => f.type === "scorecard_ready");
    expect(ending.map((f) => f.type)).toEqual(["session_ended", "scorecard_ready"]);
    expect(ending[0]).toMatchObject({ outcome: "ended" });
    socket.close();

    const raw = await (await fetch(`${server.url}/api/sessions/${sessionId}`)).json();
    // The answer has the documented shape (the web client parses it with the same schema).
    expect(SessionRecordSchema.safeParse(raw).error).toBeUndefined();
    const record = raw as {
      turns: { speaker: string; text: string }[];
      scorecards: { patternId: string; overall: number; steps: unknown[] }[];
      branches: {
        trajectory: { state: Record<string, { trust: number }> }[];
        stillNeeded?: string[];
      }[];
      hiddenTruth: unknown[];
    };
    expect(record.turns).toHaveLength(8);
    expect(record.turns.filter((t) => t.speaker === "manager").map((t) => t.text)).toEqual(
      GOOD_LINES,
    );
    expect(record.scorecards[0]?.patternId).toBe("delivering-difficult-feedback");
    expect(record.scorecards[0]?.steps.length).toBeGreaterThan(0);
    expect(record.branches[0]?.trajectory).toHaveLength(4);
    expect(typeof record.branches[0]?.trajectory[0]?.state.dana?.trust).toBe("number");
    expect(record.hiddenTruth.length).toBeGreaterThan(0);
    // Ended before it resolved: the debrief says what it still needed, in words, not ids.
    const needed = record.branches[0]?.stillNeeded ?? [];
    expect(needed.length).toBeGreaterThan(0);
    expect(needed.join(" ")).not.toMatch(/_|\bdana\b/);
  });

  it("refuses bad frames with typed errors and the session goes on", async () => {
    const { socket } = await startSession(server);
    socket.send("not json at all");
    expect(await socket.next()).toMatchObject({
      type: "error",
      code: "FD_MESSAGE_MALFORMED",
      continues: true,
    });
    socket.send({ type: "say", turnId: "x1" });
    expect(await socket.next()).toMatchObject({
      type: "error",
      code: "FD_MESSAGE_MALFORMED",
      turnId: "x1",
    });
    socket.send({ type: "teleport" });
    expect(await socket.next()).toMatchObject({ type: "error", code: "FD_MESSAGE_UNKNOWN" });
    socket.send({ type: "say", turnId: "big", text: "a".repeat(17 * 1024) });
    expect(await socket.next()).toMatchObject({
      type: "error",
      code: "FD_FRAME_TOO_LARGE",
      continues: true,
    });
    socket.send({ type: "say", turnId: "long", text: "b".repeat(2001) });
    expect(await socket.next()).toMatchObject({
      type: "error",
      code: "FD_TURN_TOO_LONG",
      turnId: "long",
    });
    const frames = await say(socket, "ok1", "How has the week been for you?");
    expect(frames.at(-1)).toMatchObject({ type: "reply_done", turn: { status: "complete" } });
    socket.close();
  });

  it("stores a resent turn id once and answers the resend with the original acknowledgement", async () => {
    const { socket, sessionId } = await startSession(server);
    const first = await say(socket, "same-id", "What got in the way this sprint?");
    const accepted = first.find((f) => f.type === "turn_accepted");
    socket.send({ type: "say", turnId: "same-id", text: "What got in the way this sprint?" });
    const again = await socket.next<Frame>();
    expect(again).toEqual(accepted);
    const record = (await (await fetch(`${server.url}/api/sessions/${sessionId}`)).json()) as {
      turns: unknown[];
    };
    expect(record.turns).toHaveLength(2);
    socket.close();
  });

  it("replays what a client missed when it resumes with the last seq it saw", async () => {
    const { socket, sessionId } = await startSession(server);
    const frames = await say(socket, "r1", "How are things going with the payments work?");
    const lastSeen = Math.max(
      ...frames.filter((f) => f.type !== "reply_delta").map((f) => f.seq as number),
    );
    socket.close();
    await socket.closed;

    // Another connection says something while the first is away.
    const other = await TestSocket.open(server.wsUrl);
    other.send({ type: "resume", sessionId, lastSeq: lastSeen });
    await other.until<Frame>((f) => f.type === "resumed");
    const missed = await say(other, "r2", "What would help most right now?");
    other.close();
    await other.closed;

    const back = await TestSocket.open(server.wsUrl);
    back.send({ type: "resume", sessionId, lastSeq: lastSeen });
    const resumed = await back.next<Frame>();
    expect(resumed.type).toBe("resumed");
    expect((resumed.turns as unknown[]).length).toBe(4);
    const replayed = await back.until<Frame>((f) => f.type === "reply_done");
    const expected = missed.filter((f) => f.type === "turn_accepted" || f.type === "reply_done");
    expect(replayed).toEqual(expected);
    back.close();
  });

  it("gives the session to a second connection and closes the first with a reason", async () => {
    const { socket, sessionId } = await startSession(server);
    const second = await TestSocket.open(server.wsUrl);
    second.send({ type: "resume", sessionId, lastSeq: 1 });
    expect(await second.next()).toMatchObject({ type: "resumed" });
    expect(await socket.next()).toMatchObject({
      type: "error",
      code: "FD_SESSION_TAKEN_OVER",
      continues: false,
    });
    expect(await socket.closed).toEqual({ code: 4001, reason: "session opened elsewhere" });
    const frames = await say(second, "s1", "How are you doing?");
    expect(frames.at(-1)).toMatchObject({ type: "reply_done" });
    second.close();
  });

  it("rewinds to a turn: a new branch with the persona state of then, and the first line kept", async () => {
    const { socket, sessionId } = await startSession(server);
    await say(socket, "b1", "Thanks for making time today.");
    await say(
      socket,
      "b2",
      "You always miss your deadlines and it's your fault the launch slipped.",
    );
    socket.send({ type: "rewind", toTurn: 2 });
    const branch = (await socket.until<Frame>((f) => f.type === "branch_started")).at(-1);
    expect(branch).toMatchObject({ type: "branch_started", fromTurn: 2 });
    expect(branch?.turns).toHaveLength(2);
    await say(socket, "b3", "How do you see what happened in the last sprint?");
    socket.send({ type: "end" });
    await socket.until<Frame>((f) => f.type === "scorecard_ready");
    socket.close();

    const record = (await (await fetch(`${server.url}/api/sessions/${sessionId}`)).json()) as {
      turns: { text: string }[];
      branches: { active: boolean; turns: { text: string }[]; scorecards: { overall: number }[] }[];
    };
    expect(record.turns.map((t) => t.text)[2]).toBe(
      "How do you see what happened in the last sprint?",
    );
    expect(record.branches).toHaveLength(2);
    const original = record.branches.find((b) => !b.active) as
      | { turns: { text: string }[]; scored?: boolean }
      | undefined;
    expect(original?.turns[2]?.text).toContain("You always miss");
    // The blame ended it (escalated) before the rewind: scored, its missed steps stay missed.
    expect(original).toMatchObject({ outcome: "escalated", scored: true });
    for (const b of record.branches) expect(b.scorecards.length).toBeGreaterThan(0);

    // The exports say it was rewound and keep the first version, after the one being flown, which
    // alone is what `flightdeck score` reads.
    const md = await (
      await fetch(`${server.url}/api/sessions/${sessionId}/export?format=md`)
    ).text();
    expect(md).toContain("This conversation was rewound once.");
    expect(md).toMatch(
      /## Other versions\n\n### Version 1 \(first try\): from your turn 2 \(Escalated\)/,
    );
    expect(md.indexOf("You always miss")).toBeGreaterThan(md.indexOf("## Other versions"));
    const fromMd = parseTranscript(md);
    expect(fromMd).toMatchObject({ ok: true });
    const scored = fromMd.ok ? fromMd.transcript.turns.map((t) => t.text) : [];
    expect(scored).toHaveLength(4);
    expect(scored.join(" ")).not.toContain("You always miss");
    const json = (await (
      await fetch(`${server.url}/api/sessions/${sessionId}/export?format=json`)
    ).json()) as {
      turns: { text: string }[];
      rewound: number;
      attempts: { attempt: number; fromTurn: number; outcome: string; turns: { text: string }[] }[];
      turnNumbers: string;
      scorecards: { steps: { note: string }[] }[];
    };
    expect(json.turns.map((t) => t.text)).toEqual(scored);
    expect(json).toMatchObject({ rewound: 1, attempts: [{ attempt: 1, fromTurn: 2 }] });
    expect(json.attempts[0]?.turns[0]?.text).toContain("You always miss");
    expect(json.turnNumbers).toMatch(/count the manager's lines/);
    const fromJson = parseTranscript(JSON.stringify(json));
    expect(fromJson.ok && fromJson.transcript.turns.map((t) => t.text)).toEqual(scored);
    // Step notes number the manager's lines, as the debrief does: there are two of them.
    const notes = json.scorecards.flatMap((c) => c.steps.map((st) => st.note)).join(" ");
    for (const [, n] of notes.matchAll(/\bTurn (\d+):/g)) expect(Number(n)).toBeLessThanOrEqual(2);
  });

  it("rewinds twice, to an earlier turn each time, and keeps only the turns before the lower one", async () => {
    const { socket, sessionId } = await startSession(server);
    await say(socket, "d1", "Thanks for making time today.");
    await say(socket, "d2", "I want to talk about the last three sprints.");
    await say(socket, "d3", "What got in the way, from where you sit?");
    socket.send({ type: "rewind", toTurn: 4 });
    await socket.until<Frame>((f) => f.type === "branch_started");
    socket.send({ type: "rewind", toTurn: 0 });
    const [branch] = (await socket.until<Frame>((f) => f.type === "branch_started")).slice(-1);
    expect(branch?.turns).toHaveLength(0);
    socket.close();
    await socket.closed;
    // Read back from the database, as after a reload: still nothing said on this attempt.
    const back = await TestSocket.open(server.wsUrl);
    back.send({ type: "resume", sessionId, lastSeq: 0 });
    const resumed = await back.until<Frame>((f) => f.type === "resumed");
    expect(resumed.at(-1)?.turns).toEqual([]);
    await say(back, "d4", "How do you see the last sprint?");
    back.send({ type: "end" });
    await back.until<Frame>((f) => f.type === "scorecard_ready");
    back.close();
    const record = SessionRecordSchema.parse(
      await (await fetch(`${server.url}/api/sessions/${sessionId}`)).json(),
    );
    expect(record.turns.map((t) => [t.index, t.speaker, t.text.slice(0, 20)])).toEqual([
      [0, "manager", "How do you see the l"],
      [1, "employee", expect.any(String)],
    ]);
    expect(record.branches).toHaveLength(3);
  });

  it("refuses a rewind to an index that is not one of the manager's lines, naming what was sent and what would do (review 7, #4)", async () => {
    const { socket } = await startSession(server);
    socket.send({ type: "rewind", toTurn: 0 });
    const [none] = (await socket.until<Frame>((f) => f.type === "error")).slice(-1);
    expect(none).toMatchObject({
      code: "FD_BAD_REQUEST",
      continues: true,
      message:
        "toTurn 0 is not one of your lines in this version: you have not said a line in it yet (toTurn is the 0-based index of the line in the transcript, both speakers counted)",
    });
    await say(socket, "r1", "Thanks for making time today.");
    await say(socket, "r2", "I want to talk about the last three sprints.");
    await say(socket, "r3", "What got in the way, from where you sit?");
    for (const toTurn of [1, 5, 9]) {
      socket.send({ type: "rewind", toTurn });
      const [refused] = (await socket.until<Frame>((f) => f.type === "error")).slice(-1);
      expect(refused).toMatchObject({
        code: "FD_BAD_REQUEST",
        message: `toTurn ${toTurn} is not one of your lines in this version: your lines are at 0, 2, 4 (toTurn is the 0-based index of the line in the transcript, both speakers counted)`,
      });
    }
    // An index the message offers rewinds to that line: toTurn 2 is the manager's second line.
    socket.send({ type: "rewind", toTurn: 2 });
    const [branch] = (await socket.until<Frame>((f) => f.type === "branch_started")).slice(-1);
    expect(branch).toMatchObject({
      fromTurn: 2,
      turns: [
        { speaker: "manager", text: "Thanks for making time today." },
        { speaker: "employee" },
      ],
    });
    socket.close();
  });

  it("undoes a rewind before a line is said on it: the attempt it left is back, whole, and flies on", async () => {
    const { socket, sessionId } = await startSession(server);
    await say(socket, "u1", "Thanks for making time today.");
    await say(socket, "u2", "What got in the way this sprint, from where you sit?");
    socket.send({ type: "rewind", toTurn: 2 });
    await socket.until<Frame>((f) => f.type === "branch_started");
    socket.send({ type: "undo_rewind" });
    const [restored] = (await socket.until<Frame>((f) => f.type === "branch_started")).slice(-1);
    expect(restored).toMatchObject({ restored: true, fromTurn: 2 });
    expect(restored?.turns).toHaveLength(4);
    // It flies on from where it was, and the empty line is gone from the attempts.
    const frames = await say(socket, "u3", "How does the on-call week look for you?");
    expect(frames.at(-1)).toMatchObject({ type: "reply_done" });
    const record = SessionRecordSchema.parse(
      await (await fetch(`${server.url}/api/sessions/${sessionId}`)).json(),
    );
    expect(record.turns).toHaveLength(6);
    expect(record.branches).toHaveLength(1);
    // Once a line is said on a new line, or with nothing to undo, it is refused and nothing moves.
    socket.send({ type: "undo_rewind" });
    expect(await socket.next()).toMatchObject({ type: "error", code: "FD_BAD_REQUEST" });
    socket.send({ type: "rewind", toTurn: 0 });
    await socket.until<Frame>((f) => f.type === "branch_started");
    await say(socket, "u4", "Let's start again: how are things?");
    socket.send({ type: "undo_rewind" });
    const refused = await socket.next<Frame & { message: string }>();
    expect(refused).toMatchObject({ type: "error", code: "FD_BAD_REQUEST" });
    expect(refused.message).toContain("you have said a line since going back");
    socket.close();
  });

  it("does not undo a rewind of a conversation that had ended and was scored", async () => {
    const { socket } = await startSession(server);
    await say(socket, "e1", "How do you see the last sprint?");
    socket.send({ type: "end" });
    await socket.until<Frame>((f) => f.type === "scorecard_ready");
    socket.send({ type: "rewind", toTurn: 0 });
    await socket.until<Frame>((f) => f.type === "branch_started");
    socket.send({ type: "undo_rewind" });
    const refused = await socket.next<Frame & { message: string }>();
    expect(refused.message).toContain("had ended and was scored");
    socket.close();
  });

  it("ends a conversation resolved on its last allowed turn as resolved, and takes no turn past it", async () => {
    // Lines that reach agreement, after as many fillers as make the engine agree on the last turn
    // (found with the engine itself, so a change of wording does not silently void the test).
    const content = await shippedContent();
    const scenario = scenarioOf(content, SCENARIO);
    const agreeing = AGREEING_LINES;
    const script = (fillers: number) =>
      [...Array<string>(fillers).fill("Okay, I hear you."), ...agreeing].slice(
        0,
        scenario.turnLimit,
      );
    const fillers = [...Array(scenario.turnLimit).keys()].find((n) => {
      const steps = playScript(scenario, content, script(n), { seed: 7 }).steps;
      return steps.findIndex((s) => s.outcome === "resolved") === scenario.turnLimit - 1;
    });
    expect(fillers, "a script that resolves on the last turn").toBeDefined();
    const { socket } = await startSession(server, 7);
    const lines = script(fillers as number);
    for (const [i, line] of lines.entries()) {
      const frames = await say(socket, `l${i}`, line);
      expect(frames.at(-1)?.type, `turn ${i + 1}`).toBe("reply_done");
      // Resolved before the last turn: a notice, and it goes on.
      if (i < lines.length - 1) expect(frames.some((f) => f.type === "session_ended")).toBe(false);
    }
    const [ended] = (await socket.until<Frame>((f) => f.type === "session_ended")).slice(-1);
    expect(ended).toMatchObject({ outcome: "resolved" });
    socket.send({ type: "say", turnId: "over", text: "One more thing." });
    expect(await socket.until<Frame>((f) => f.type === "error")).toContainEqual(
      expect.objectContaining({ type: "error", code: "FD_SESSION_ENDED" }),
    );
    socket.close();
  });

  it("marks an attempt left mid-conversation as not scored, so its later steps read not reached", async () => {
    const { socket, sessionId } = await startSession(server);
    await say(socket, "m1", "How do you see the last sprint?");
    socket.send({ type: "rewind", toTurn: 0 });
    await socket.until<Frame>((f) => f.type === "branch_started");
    socket.close();
    const record = SessionRecordSchema.parse(
      await (await fetch(`${server.url}/api/sessions/${sessionId}`)).json(),
    );
    expect(record.branches.find((b) => !b.active)).toMatchObject({ outcome: null, scored: false });
  });

  it("lists a conversation rewound after it ended with the score it had, until it is scored again", async () => {
    const { socket, sessionId } = await startSession(server);
    await say(socket, "r1", "How do you see what happened in the last sprint?");
    socket.send({ type: "end" });
    const [card] = (await socket.until<Frame>((f) => f.type === "scorecard_ready")).slice(-1);
    const listed = async () => {
      const body = SessionListSchema.parse(
        await (await fetch(`${server.url}/api/sessions`)).json(),
      );
      return body.sessions.find((s) => s.id === sessionId);
    };
    expect(await listed()).toMatchObject({
      status: "ended",
      overall: card?.overall,
      earlier: null,
    });

    socket.send({ type: "rewind", toTurn: 0 });
    await socket.until<Frame>((f) => f.type === "branch_started");
    expect(await listed()).toMatchObject({
      status: "active",
      overall: null,
      earlier: { overall: card?.overall, passed: card?.passed },
    });
    const record = SessionRecordSchema.parse(
      await (await fetch(`${server.url}/api/sessions/${sessionId}`)).json(),
    );
    expect(record).toMatchObject({ scorecards: [], earlier: { overall: card?.overall } });
    // The attempt it left was ended and scored: its missed steps stay missed.
    expect(record.branches.find((b) => !b.active)).toMatchObject({ scored: true });

    await say(socket, "r2", "Thanks for making time. What got in the way this sprint?");
    socket.send({ type: "end" });
    const [again] = (await socket.until<Frame>((f) => f.type === "scorecard_ready")).slice(-1);
    expect(await listed()).toMatchObject({
      status: "ended",
      overall: again?.overall,
      earlier: null,
    });
    socket.close();
  });

  it("needs a session before say, and says so", async () => {
    const socket = await TestSocket.open(server.wsUrl);
    socket.send({ type: "say", turnId: "n1", text: "Hello" });
    expect(await socket.next()).toMatchObject({ type: "error", code: "FD_NO_ACTIVE_SESSION" });
    socket.send({ type: "resume", sessionId: "no-such-session", lastSeq: 0 });
    expect(await socket.next()).toMatchObject({ type: "error", code: "FD_SESSION_NOT_FOUND" });
    socket.close();
  });
});

describe.each(DATABASES)("sessions REST on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
  });

  const post = (body: unknown) =>
    fetch(`${server.url}/api/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  it("creates, lists, exports and deletes a session", async () => {
    const created = await post({ scenarioId: SCENARIO, seed: 3, options: { coachHints: false } });
    expect(created.status).toBe(201);
    const session = (await created.json()) as { id: string; options: { coachHints: boolean } };
    expect(session.options.coachHints).toBe(false);

    const socket = await TestSocket.open(server.wsUrl);
    socket.send({ type: "resume", sessionId: session.id, lastSeq: 0 });
    await socket.until<Frame>((f) => f.type === "session_started");
    await say(socket, "e1", "What got in the way this sprint?");
    socket.send({ type: "hint" });
    expect(await socket.next()).toMatchObject({ type: "error", code: "FD_BAD_REQUEST" });
    socket.close();

    const listed = await (await fetch(`${server.url}/api/sessions?scenarioId=${SCENARIO}`)).json();
    expect(SessionListSchema.safeParse(listed).error).toBeUndefined();
    const list = listed as { sessions: { id: string }[] };
    expect(list.sessions.map((s) => s.id)).toContain(session.id);

    const md = await fetch(`${server.url}/api/sessions/${session.id}/export?format=md`);
    expect(md.headers.get("content-type")).toContain("text/markdown");
    const markdown = await md.text();
    expect(markdown).toMatch(
      /\*\*Manager:\*\* What got in the way this sprint\?\n\n\*\*Employee \(Dana Okafor\):\*\* \S/,
    );
    // Both exports are transcripts `flightdeck score` reads as they are.
    expect(parseTranscript(markdown)).toMatchObject({ ok: true, transcript: { turns: [{}, {}] } });
    const json = (await (
      await fetch(`${server.url}/api/sessions/${session.id}/export?format=json`)
    ).json()) as {
      turns: { speaker: string }[];
    };
    expect(json.turns.map((t) => t.speaker)).toEqual(["manager", "employee"]);
    expect(parseTranscript(JSON.stringify(json))).toMatchObject({ ok: true });

    expect(
      (await fetch(`${server.url}/api/sessions/${session.id}`, { method: "DELETE" })).status,
    ).toBe(204);
    const gone = await fetch(`${server.url}/api/sessions/${session.id}`);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toEqual({
      error: { code: "FD_SESSION_NOT_FOUND", message: `no session "${session.id}"` },
    });
  });

  it("answers bad bodies with a JSON error naming the field", async () => {
    const res = await post({ scenarioId: SCENARIO, seed: "seven" });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: { code: "FD_BAD_REQUEST", message: expect.stringContaining("seed") },
    });
    const unknown = await post({ scenarioId: "no-such-scenario" });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: "FD_SCENARIO_NOT_FOUND" } });
    const badExport = await fetch(`${server.url}/api/sessions/x/export?format=pdf`);
    expect(badExport.status).toBe(400);
  });
});
