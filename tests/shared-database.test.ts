import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../server/config";
import { type RunningServer, startServer } from "../server/server";
import { freshDatabase, type TestDatabase } from "./support/databases";
import { fakeWebRoot, TestSocket } from "./support/servers";

type Frame = { type: string; seq?: number; code?: string; continues?: boolean } & Record<
  string,
  unknown
>;

/**
 * Two servers on one PostgreSQL, as docs/deploy.md runs them behind a load balancer: a session is
 * written only by the connection that started or resumed it last, whichever server that is on.
 */
describe.runIf(process.env.TEST_DATABASE_URL)("two servers sharing one PostgreSQL", () => {
  let database: TestDatabase;
  let a: RunningServer;
  let b: RunningServer;
  const wsOf = (s: RunningServer) => `${s.url.replace("http", "ws")}/ws`;

  beforeAll(async () => {
    database = await freshDatabase("postgres");
    const serve = async () => {
      const loaded = loadConfig({
        PORT: "0",
        DATA_DIR: mkdtempSync(join(tmpdir(), "flightdeck-shared-")),
        DATABASE_URL: database.databaseUrl,
        LOG_LEVEL: "silent",
        WARM_UP: "off",
      });
      if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
      return startServer(loaded.config, { webRoot: fakeWebRoot(), logger: false });
    };
    a = await serve();
    b = await serve();
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  const replyIndex = (f: Frame) => (f.turn as { index?: number } | undefined)?.index;

  const turnsOf = async (sessionId: string) => {
    const client = new pg.Client({ connectionString: database.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ idx: number; speaker: string; text: string }>(
        `SELECT t.idx, t.speaker, t.text FROM turns t JOIN practice_sessions p ON p.id = t.session_id
         WHERE t.session_id = $1 AND t.branch_id = p.active_branch_id ORDER BY t.idx, t.seq`,
        [sessionId],
      );
      return rows;
    } finally {
      await client.end();
    }
  };

  it("refuses the first connection's next line once the session is resumed on the other server", async () => {
    const first = await TestSocket.open(wsOf(a));
    first.send({ type: "start", scenarioId: "missed-sprint-commitments", seed: 5 });
    const started = (await first.until<Frame>((f) => f.type === "session_started")).at(-1) as Frame;
    const sessionId = (started.session as { id: string }).id;
    first.send({ type: "say", turnId: "a1", text: "How did the sprint go for you?" });
    await first.until<Frame>((f) => f.type === "reply_done");

    const second = await TestSocket.open(wsOf(b));
    second.send({ type: "resume", sessionId, lastSeq: 0 });
    await second.until<Frame>((f) => f.type === "resumed");
    second.send({ type: "say", turnId: "b1", text: "What got in the way this time?" });
    // The resume replayed the first exchange's reply_done: wait for this reply's (turn 3).
    await second.until<Frame>((f) => f.type === "reply_done" && replyIndex(f) === 3);

    // The first tab, on the other server, still thinks it holds the session.
    first.send({ type: "say", turnId: "a2", text: "Let's talk about the review." });
    const refused = (await first.until<Frame>((f) => f.type === "error")).at(-1);
    expect(refused).toMatchObject({ code: "FD_SESSION_TAKEN_OVER", continues: false });
    expect((await first.closed).code).toBe(4001);

    // One line per index: the second server's exchange, never a second turn 2 from the first.
    const turns = await turnsOf(sessionId);
    expect(turns.map((t) => [t.idx, t.speaker])).toEqual([
      [0, "manager"],
      [1, "employee"],
      [2, "manager"],
      [3, "employee"],
    ]);
    expect(turns[2]?.text).toBe("What got in the way this time?");

    // "Continue here" on the first server takes it back, up to date; then the second is refused.
    const again = await TestSocket.open(wsOf(a));
    again.send({ type: "resume", sessionId, lastSeq: 0 });
    const resumed = (await again.until<Frame>((f) => f.type === "resumed")).at(-1) as Frame;
    expect((resumed.turns as unknown[]).length).toBe(4);
    again.send({ type: "say", turnId: "a3", text: "What would help next sprint?" });
    await again.until<Frame>((f) => f.type === "reply_done" && replyIndex(f) === 5);
    second.send({ type: "end" });
    expect((await second.until<Frame>((f) => f.type === "error")).at(-1)).toMatchObject({
      code: "FD_SESSION_TAKEN_OVER",
    });
    expect((await second.closed).code).toBe(4001);
    const after = await turnsOf(sessionId);
    expect(after.map((t) => t.idx)).toEqual([0, 1, 2, 3, 4, 5]);
    again.send({ type: "end" });
    expect((await again.until<Frame>((f) => f.type === "session_ended")).at(-1)).toMatchObject({
      outcome: "ended",
    });
    again.close();
  });
});
