import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../server/config";
import { AccountEvents } from "../server/people/account-events";
import { AccountService } from "../server/people/accounts";
import { verifyPassword } from "../server/people/password";
import { startServer } from "../server/server";
import { type Db, openStore } from "../server/store";
import { peopleRepo } from "../server/store/people-repo";
import { ApiClient } from "./support/api-client";
import { freshDatabase, type TestDatabase } from "./support/databases";
import { runCli, startServerProcess } from "./support/processes";
import { AGREEING_LINES } from "./support/scripts";
import { fakeWebRoot, TestSocket } from "./support/servers";

type Frame = Record<string, unknown> & { type: string };
const SCENARIO = "missed-sprint-commitments";
const NOWHERE = "postgres://flightdeck@127.0.0.1:1/nowhere";

const databases: TestDatabase[] = [];
afterEach(async () => {
  for (const d of databases.splice(0)) await d.drop();
});
async function fresh(kind: "pglite" | "postgres") {
  const d = await freshDatabase(kind);
  databases.push(d);
  return d;
}

/** Every table's rows as one digest, in an order both databases agree on (not the collation's). */
async function digests(db: Db): Promise<Record<string, string>> {
  const tables = await db.query<{ name: string }>(
    `SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> 'schema_migrations'`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.query<{ n: number; digest: string }>(
      `SELECT count(*)::float8 AS n, md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS digest FROM ${name} t`,
    );
    out[name] = `${row?.n}:${row?.digest}`;
  }
  return out;
}

async function storeDigests(database: TestDatabase) {
  const store = await openStore({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
  try {
    return await digests(store.db);
  } finally {
    await store.close();
  }
}

/** The product in process (local mode), on the database given. */
async function serve(database: TestDatabase) {
  const loaded = loadConfig({
    PORT: "0",
    DATA_DIR: database.dataDir,
    DATABASE_URL: database.databaseUrl,
    LOG_LEVEL: "silent",
    WARM_UP: "off",
  });
  if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
  return startServer(loaded.config, { webRoot: fakeWebRoot(), logger: false });
}

/** What the pages show: the session list, each session whole, its notes, the cohorts. */
async function views(url: string, sessionIds: string[]) {
  const api = new ApiClient(url);
  const out: Record<string, unknown> = {
    sessions: await api.json("GET", "/api/sessions"),
    cohorts: await api.json("GET", "/api/cohorts"),
  };
  for (const id of sessionIds) {
    out[id] = await api.json("GET", `/api/sessions/${id}`);
    const notes = await api.json<{ authors: { id: string }[] }>("GET", `/api/sessions/${id}/notes`);
    // The notes' authors come in the order of their ids on both databases.
    expect(notes.authors.map((a) => a.id)).toEqual(notes.authors.map((a) => a.id).sort());
    out[`${id} notes`] = notes;
  }
  return out;
}

describe("flightdeck db copy: refusals", () => {
  it("refuses with exit 2 while a server holds the embedded database, naming its pid", async () => {
    const source = await fresh("pglite");
    const holder = await startServerProcess({ DATA_DIR: source.dataDir, WARM_UP: "off" });
    try {
      const run = await runCli(["db", "copy", "--to", NOWHERE], { DATA_DIR: source.dataDir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        new RegExp(
          `^flightdeck db copy: the data folder .+ is in use by another Flightdeck process \\(pid ${holder.child.pid}\\); stop it first`,
        ),
      );
      expect(run.stdout).toBe("");
    } finally {
      expect(await holder.stop()).toBe(0);
    }
  });

  it("refuses with exit 2 when there is nothing to copy into or nothing to copy, and makes no folder", async () => {
    const source = await fresh("pglite");
    const noTarget = await runCli(["db", "copy"], { DATA_DIR: source.dataDir, DATABASE_URL: "" });
    expect(noTarget.code).toBe(2);
    expect(noTarget.stderr).toContain("no PostgreSQL database to copy into: set DATABASE_URL");
    const missing = join(source.dataDir, "never-used");
    const noSource = await runCli(["db", "copy", "--to", NOWHERE], { DATA_DIR: missing });
    expect(noSource.code).toBe(2);
    expect(noSource.stderr).toContain(`no embedded database in ${join(missing, "pglite")}`);
    expect(existsSync(missing)).toBe(false);
    const notPostgres = await runCli(["db", "copy", "--to", "mysql://root@db/x"], {
      DATA_DIR: source.dataDir,
    });
    expect(notPostgres.code).toBe(2);
    expect(notPostgres.stderr).toContain("--to: expected a PostgreSQL URL");
    expect((await runCli(["db", "move"])).code).toBe(1);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("flightdeck db copy into PostgreSQL", () => {
  it("carries sessions, a cohort, notes and accounts over; a server on PostgreSQL shows the same; the source is unchanged; a second copy is refused", async () => {
    const source = await fresh("pglite");
    const target = await fresh("postgres");

    // Made as the product makes them: sessions flown over the socket, a cohort and notes over HTTP.
    const before = await serve(source);
    const sessionIds: string[] = [];
    const ws = `${before.url.replace("http", "ws")}/ws`;
    for (const seed of [3, 5, 8]) {
      const socket = await TestSocket.open(ws);
      socket.send({ type: "start", scenarioId: SCENARIO, seed });
      const [started] = await socket.until<Frame>((f) => f.type === "session_started");
      sessionIds.push((started as unknown as { session: { id: string } }).session.id);
      for (const [i, line] of AGREEING_LINES.slice(0, 4).entries()) {
        socket.send({ type: "say", turnId: `t${seed}-${i}`, text: line });
        await socket.until<Frame>((f) => f.type === "reply_done" || f.type === "error");
      }
      socket.close();
    }
    const api = new ApiClient(before.url);
    await api.json("POST", "/api/cohorts", { name: "New managers, January" });
    const record = await api.json<{ turns: { id: string }[] }>(
      "GET",
      `/api/sessions/${sessionIds[0]}`,
    );
    await before.close();

    // Two accounts, one disabled by the other (a key from users to users); a review of the first
    // session by one, with a comment and a reply (a key from review_comments to itself).
    const store = await openStore({ dataDir: source.dataDir });
    const accounts = new AccountService({ db: store.db, events: new AccountEvents() });
    const admin = await accounts.upsertUser({
      email: "jordan@example.com",
      password: "correct horse battery staple",
      roles: ["admin"],
    });
    const kim = await accounts.upsertUser({
      email: "kim@example.com",
      password: "another long passphrase",
      roles: ["facilitator"],
    });
    await peopleRepo.setDisabled(store.db, kim.user.id, 1_800_000_000_000, admin.user.id);
    const sessionId = sessionIds[0] as string;
    await peopleRepo.share(store.db, sessionId, admin.user.id, 1_800_000_000_001);
    await peopleRepo.putReview(store.db, {
      session_id: sessionId,
      reviewer_id: admin.user.id,
      status: "done",
      created_at: 1_800_000_000_002,
      updated_at: 1_800_000_000_003,
      done_at: 1_800_000_000_003,
    });
    // The reply's id sorts before its comment's: a copy in key order must still insert it after.
    const at = { session_id: sessionId, turn_id: record.turns[0]?.id as string };
    await peopleRepo.insertComment(store.db, {
      ...at,
      id: "c1",
      author_id: admin.user.id,
      text: "Good opening: the facts first.",
      created_at: 1_800_000_000_004,
      updated_at: 1_800_000_000_004,
    });
    await peopleRepo.insertComment(store.db, {
      ...at,
      id: "a0-reply",
      parent_id: "c1",
      author_id: "local",
      text: "Thanks, noted.",
      created_at: 1_800_000_000_005,
      updated_at: 1_800_000_000_005,
    });
    await store.close();
    const again = await serve(source);
    const shown = await views(again.url, sessionIds);
    await again.close();
    const sourceBefore = await storeDigests(source);

    const run = await runCli(["db", "copy"], {
      DATA_DIR: source.dataDir,
      DATABASE_URL: target.databaseUrl as string,
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /\nCopied 3 accounts, 3 sessions, 24 turns, 1 cohort, 1 review \(\d+ rows in \d+ tables\) in \d+\.\d s; every table's row count matches\.\n/,
    );
    expect(run.stdout).toMatch(/\n {2}review_comments +2\n/);

    // Row for row the same, and the embedded database as it was.
    expect(await storeDigests(target)).toEqual(sourceBefore);
    expect(await storeDigests(source)).toEqual(sourceBefore);

    const after = await serve(target);
    try {
      expect(await views(after.url, sessionIds)).toEqual(shown);
    } finally {
      await after.close();
    }
    const pg = await openStore({ databaseUrl: target.databaseUrl, dataDir: target.dataDir });
    const disabled = await peopleRepo.getUserByEmail(pg.db, "kim@example.com");
    expect(disabled?.disabled_by).toBe(admin.user.id);
    const jordan = await peopleRepo.getUserByEmail(pg.db, "jordan@example.com");
    expect(await verifyPassword("correct horse battery staple", jordan?.password_hash ?? "")).toBe(
      true,
    );
    await pg.close();

    const second = await runCli(["db", "copy", "--to", target.databaseUrl as string], {
      DATA_DIR: source.dataDir,
    });
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(
      /^flightdeck db copy: the PostgreSQL database is not empty: it holds 3 accounts, 3 sessions, 24 turns, 1 cohort, .*Copy into a new, empty database \(createdb\).*Nothing was copied\.\n$/,
    );
    expect(await storeDigests(target)).toEqual(sourceBefore);
  }, 300_000);
});
