import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { DATABASES } from "../../tests/support/databases";
import { type FakeOpenAI, startFakeOpenAI } from "../../tests/support/fake-openai";
import { startTestServer, type TestServer, TestSocket } from "../../tests/support/servers";
import { storePerTest } from "../../tests/support/stores";
import type { Db } from "../store/db";
import { sessionsRepo as repo } from "../store/sessions-repo";
import type { Store } from "../store/store";
import { GroupCommit } from "./group-commit";
import { EVENTS, EXCHANGES } from "./session-service";

type Frame = Record<string, unknown> & { type: string; seq?: number };
const SCENARIO = "missed-sprint-commitments";
const NOW = 1_700_000_000_000;

/** The real database, counting the transactions, one-round-trip batches and statements run through it. */
function counting(db: Db) {
  const counter = { transactions: 0, batches: 0, statements: 0 };
  const wrapped: Db = {
    kind: db.kind,
    stats: db.stats,
    query: (sql, params) => {
      counter.statements++;
      return db.query(sql, params);
    },
    exec: (sql) => db.exec(sql),
    transaction: (fn) => {
      counter.transactions++;
      return db.transaction((tx) =>
        fn({
          query: (sql, params) => {
            counter.statements++;
            return tx.query(sql, params);
          },
        }),
      );
    },
    batch: (statements) => {
      counter.batches++;
      counter.statements += statements.length;
      return db.batch(statements);
    },
    close: () => db.close(),
  };
  return { db: wrapped, counter };
}

/** A session as the service creates one: its session_started is seq 1, so the writes below start at 2. */
async function newSession(store: Store): Promise<string> {
  const id = randomUUID();
  await repo.createSession(store.db, {
    user: { id: "u1", displayName: "You", roles: ["manager"] },
    row: {
      id,
      user_id: "u1",
      scenario_id: SCENARIO,
      seed: 1,
      options: {},
      status: "active",
      outcome: null,
      active_branch_id: randomUUID(),
      last_seq: 1,
      created_at: NOW,
      updated_at: NOW,
      ended_at: null,
      holder: null,
    },
    event: { type: "session_started", seq: 1 },
  });
  return id;
}

/**
 * A real failure in the database: a trigger that refuses turns whose text is "refused by the database".
 * Both PGlite and PostgreSQL run it; nothing in the server is mocked.
 */
const REFUSED = "refused by the database";
const SLOW = "slow to commit, please";
async function refuseTurnsSaying(db: Db) {
  await db.exec(`
    CREATE FUNCTION refuse_turn() RETURNS trigger AS $$
    BEGIN
      IF NEW.text = '${REFUSED}' THEN RAISE EXCEPTION 'refused for the test'; END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql;
    CREATE TRIGGER refuse_turn BEFORE INSERT ON turns FOR EACH ROW EXECUTE FUNCTION refuse_turn();
  `);
}

describe.each(DATABASES)("group commit on %s", (kind) => {
  const open = storePerTest(kind);

  it("writes many sessions' queued writes in one statement per kind, each with its own seq", async () => {
    const s = await open();
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push(await newSession(s));
    const { db, counter } = counting(s.db);
    const writes = new GroupCommit(db);
    const seqs = await Promise.all(
      ids.map((id, i) =>
        writes.run(EVENTS, id, {
          sessionId: id,
          event: { type: "hint", seq: 0, text: `h${i}` },
          now: NOW,
        }),
      ),
    );
    expect(seqs).toEqual(ids.map(() => 2));
    // One batch, one kind, distinct sessions: a single multi-row statement, no transaction needed.
    expect(counter).toEqual({ transactions: 0, batches: 0, statements: 1 });
    for (const [i, id] of ids.entries()) {
      const events = await repo.eventsAfter(s.db, id, 1);
      expect(events).toEqual([
        { seq: 2, type: "hint", payload: { type: "hint", seq: 2, text: `h${i}` } },
      ]);
    }
  });

  it("lets writes queued within the linger share a batch; without it they commit apart", async () => {
    const s = await open();
    const [a, b] = [await newSession(s), await newSession(s)];
    const hint = (writes: GroupCommit, id: string) =>
      writes.run(EVENTS, id, {
        sessionId: id,
        event: { type: "hint", seq: 0, text: "h" },
        now: NOW,
      });
    const nextTurn = () => new Promise((r) => setImmediate(r));
    // Two writes a few event-loop turns apart.
    const lingering = counting(s.db);
    const withLinger = new GroupCommit(lingering.db, 500, 50);
    const first = hint(withLinger, a);
    await nextTurn();
    await nextTurn();
    await Promise.all([first, hint(withLinger, b)]);
    expect(lingering.counter).toEqual({ transactions: 0, batches: 0, statements: 1 });

    const eager = counting(s.db);
    const withoutLinger = new GroupCommit(eager.db, 500, 0);
    const again = hint(withoutLinger, a);
    await nextTurn();
    await nextTurn();
    await Promise.all([again, hint(withoutLinger, b)]);
    expect(eager.counter.statements).toBe(2);
  });

  it("keeps one session's writes in the order queued, within one transaction", async () => {
    const s = await open();
    const sessionId = await newSession(s);
    const other = await newSession(s);
    const { db, counter } = counting(s.db);
    const writes = new GroupCommit(db);
    const hint = (id: string, text: string) =>
      writes.run(EVENTS, id, { sessionId: id, event: { type: "hint", seq: 0, text }, now: NOW });
    const seqs = await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => hint(sessionId, `h${i}`)),
      hint(other, "other"),
    ]);
    // Each write got its session's next seq in queue order: batching reordered nothing.
    expect(seqs).toEqual([...Array.from({ length: 20 }, (_, i) => i + 2), 2]);
    const events = await repo.eventsAfter(s.db, sessionId, 1);
    expect(events.map((e) => (e.payload as { text: string }).text)).toEqual(
      Array.from({ length: 20 }, (_, i) => `h${i}`),
    );
    expect(events.map((e) => e.seq)).toEqual(seqs.slice(0, 20));
    // A session's second write goes in a later statement; all of them committed together, sent in
    // one round trip.
    expect(counter).toEqual({ transactions: 0, batches: 1, statements: 20 });
  });

  it("fails only the bad write of a batch; the rest are committed", async () => {
    const s = await open();
    await refuseTurnsSaying(s.db);
    const sessionId = await newSession(s);
    const branchId = (await repo.getSession(s.db, sessionId))?.active_branch_id as string;
    const writes = new GroupCommit(s.db);
    const exchange = (idx: number, text: string) =>
      writes.run(EXCHANGES, sessionId, {
        sessionId,
        branchId,
        idx,
        manager: { id: randomUUID(), text, clientTurnId: `c${idx}`, moves: [] },
        accepted: { type: "turn_accepted", seq: 0, turn: { seq: 0 } },
        reply: { id: randomUUID(), state: null, leaseOwner: "me", leaseUntil: NOW },
        now: NOW,
      });
    const results = await Promise.allSettled([
      exchange(0, "first"),
      exchange(2, REFUSED),
      exchange(4, "third"),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const turns = await repo.getTurns(s.db, sessionId);
    expect(turns.filter((t) => t.speaker === "manager").map((t) => t.text)).toEqual([
      "first",
      "third",
    ]);
    const events = await repo.eventsAfter(s.db, sessionId, 1);
    expect(events.map((e) => e.type)).toEqual(["turn_accepted", "turn_accepted"]);
  });
});

describe.each(DATABASES)("durable before acknowledged, on %s", (kind) => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it("sends no turn_accepted when the turn's write fails, and the other sessions' turns in the same batch go through", async () => {
    server = await startTestServer(kind);
    await refuseTurnsSaying(server.store.db);
    const sockets: { socket: TestSocket; sessionId: string }[] = [];
    for (let i = 0; i < 6; i++) {
      const socket = await TestSocket.open(server.wsUrl);
      socket.send({ type: "start", scenarioId: SCENARIO, seed: 7 });
      const [started] = await socket.until<Frame>((f) => f.type === "session_started");
      sockets.push({
        socket,
        sessionId: (started as unknown as { session: { id: string } }).session.id,
      });
    }
    // All at once, so the writes share batches; session 2's is refused by the database.
    for (const [i, { socket }] of sockets.entries())
      socket.send({
        type: "say",
        turnId: `t${i}`,
        text: i === 2 ? REFUSED : "How do you see what happened in those sprints?",
      });
    for (const [i, { socket, sessionId }] of sockets.entries()) {
      const frames = await socket.until<Frame>(
        (f) => f.type === "reply_done" || f.type === "error",
      );
      const stored = await repo.getTurns(server.store.db, sessionId);
      if (i === 2) {
        expect(frames.map((f) => f.type)).toEqual(["error"]);
        expect(frames[0]).toMatchObject({ code: "FD_INTERNAL", turnId: "t2", continues: true });
        expect(stored).toEqual([]);
      } else {
        expect(frames.map((f) => f.type)).toContain("turn_accepted");
        expect(stored.filter((t) => t.speaker === "manager").map((t) => t.client_turn_id)).toEqual([
          `t${i}`,
        ]);
      }
    }
    // The refused session goes on: its next turn is written and acknowledged.
    const refused = sockets[2] as { socket: TestSocket; sessionId: string };
    refused.socket.send({ type: "say", turnId: "t2b", text: "Let's try that again." });
    const frames = await refused.socket.until<Frame>(
      (f) => f.type === "reply_done" || f.type === "error",
    );
    expect(frames[0]).toMatchObject({ type: "turn_accepted", turn: { clientTurnId: "t2b" } });
    for (const { socket } of sockets) socket.close();
  });
});

describe.each(DATABASES)("the model works while the turn commits, on %s", (kind) => {
  let server: TestServer | undefined;
  let fake: FakeOpenAI | undefined;
  afterEach(async () => {
    await server?.stop();
    await fake?.close();
    server = undefined;
    fake = undefined;
  });

  it("asks the model before the turn is committed, and sends none of the reply before turn_accepted", async () => {
    const reply = "Honestly, the last two sprints got away from me and I kept quiet about it.";
    let askedAt = 0;
    fake = await startFakeOpenAI({
      tokensPerSecond: 200,
      handler: () => {
        askedAt = Date.now();
        return reply;
      },
    });
    server = await startTestServer(kind, {
      LLM_BASE_URL: fake.url,
      LLM_MODEL: "fake-model",
      LLM_API_KEY: "k",
    });
    // A real slow commit: the database sleeps while it inserts this turn.
    await server.store.db.exec(`
      CREATE FUNCTION slow_turn() RETURNS trigger AS $$
      BEGIN
        IF NEW.text = '${SLOW}' THEN PERFORM pg_sleep(0.8); END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql;
      CREATE TRIGGER slow_turn BEFORE INSERT ON turns FOR EACH ROW EXECUTE FUNCTION slow_turn();
    `);
    const socket = await TestSocket.open(server.wsUrl);
    socket.send({ type: "start", scenarioId: SCENARIO, seed: 7 });
    await socket.until<Frame>((f) => f.type === "session_started");
    const saidAt = Date.now();
    socket.send({ type: "say", turnId: "slow", text: SLOW });
    const first = await socket.until<Frame>((f) => f.type === "turn_accepted");
    const acceptedAt = Date.now();
    // Nothing of the reply came before turn_accepted.
    expect(first.map((f) => f.type)).toEqual(["turn_accepted"]);
    const accepted = first[0];
    expect(accepted).toMatchObject({ type: "turn_accepted", turn: { clientTurnId: "slow" } });
    // The commit took the trigger's 0.8 s; the model had been asked long before it ended.
    expect(acceptedAt - saidAt).toBeGreaterThanOrEqual(700);
    expect(askedAt).toBeGreaterThan(0);
    expect(acceptedAt - askedAt).toBeGreaterThanOrEqual(500);
    // The reply arrives whole, numbered as the turn's reply.
    const rest = await socket.until<Frame>((f) => f.type === "reply_done");
    const deltas = rest.filter((f) => f.type === "reply_delta");
    expect(deltas.length).toBeGreaterThan(0);
    expect(deltas.every((d) => d.seq === accepted?.seq)).toBe(true);
    let text = "";
    for (const d of deltas) text = text.slice(0, d.offset as number) + (d.delta as string);
    const done = rest.at(-1) as Frame & { turn: { text: string; status: string } };
    expect(done.turn).toMatchObject({ status: "complete" });
    expect(text).toBe(done.turn.text);
    expect(text.length).toBeGreaterThan(20);
    socket.close();
  });
});
