import { rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DATABASES, freshDatabase, type TestDatabase } from "../../tests/support/databases";
import { migrate } from "./migrate";
import { MIGRATIONS } from "./migrations";
import { openStore } from "./store";

describe.each(DATABASES)("store on %s", (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });

  it("applies every migration once and records it; a second open applies none", async () => {
    database = await freshDatabase(kind);
    const options = { databaseUrl: database.databaseUrl, dataDir: database.dataDir };
    // freshDatabase hands PGlite a migrated template, so migrate a brand-new folder here instead.
    if (kind === "pglite")
      rmSync(join(database.dataDir, "pglite"), { recursive: true, force: true });
    const first = await openStore(options);
    expect(first.kind).toBe(kind);
    expect(first.migrated).toEqual(MIGRATIONS.map((m) => m.version));
    const recorded = await first.db.query<{ version: number }>(
      "SELECT version FROM schema_migrations ORDER BY version",
    );
    expect(recorded.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await migrate(first.db)).toEqual([]);
    await first.close();

    const second = await openStore(options);
    expect(second.migrated).toEqual([]);
    await second.close();
  });

  it("turns stored due times into the calendar days their facilitators picked (migration 7)", async () => {
    database = await freshDatabase(kind);
    const store = await openStore({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
    // The table as migration 6 left it: a due time in epoch milliseconds.
    await store.db.exec(`ALTER TABLE assignments DROP COLUMN due_date;
      ALTER TABLE assignments ADD COLUMN due_at float8;
      DELETE FROM schema_migrations WHERE version = 7`);
    await store.db.query(
      "INSERT INTO cohorts (id, name, created_at) VALUES ('c1', 'Pilot', 1700000000000)",
    );
    // The last millisecond of Dec 10 in Los Angeles, in Tokyo, in UTC; and no due date.
    const endOfDec10 = (offsetHours: number) =>
      Date.UTC(2026, 11, 10, 23, 59, 59, 999) - offsetHours * 3_600_000;
    const rows: [string, number | null][] = [
      ["la", endOfDec10(-8)],
      ["tokyo", endOfDec10(9)],
      ["utc", endOfDec10(0)],
      ["none", null],
    ];
    for (const [id, dueAt] of rows)
      await store.db.query(
        `INSERT INTO assignments (id, cohort_id, scenario_id, due_at, target_score, min_attempts, created_at)
         VALUES ($1, 'c1', $1, $2, 70, 1, 1)`,
        [id, dueAt],
      );
    expect(await migrate(store.db)).toEqual([7]);
    const migrated = await store.db.query<{ id: string; due_date: string | null }>(
      "SELECT id, due_date FROM assignments ORDER BY id",
    );
    expect(migrated).toEqual([
      { id: "la", due_date: "2026-12-10" },
      { id: "none", due_date: null },
      { id: "tokyo", due_date: "2026-12-10" },
      { id: "utc", due_date: "2026-12-10" },
    ]);
    await store.close();
  });

  it("leaves existing accounts able to sign in, and keeps a disabled one disabled when its admin goes (migration 10)", async () => {
    database = await freshDatabase(kind);
    const store = await openStore({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
    // The table as migration 9 left it, with two accounts in it.
    await store.db.exec(`ALTER TABLE users DROP COLUMN disabled_by;
      ALTER TABLE users DROP COLUMN disabled_at;
      DELETE FROM schema_migrations WHERE version = 10`);
    for (const id of ["ada", "mia"])
      await store.db.query(
        "INSERT INTO users (id, email, display_name, roles, created_at) VALUES ($1, $2, $1, $3, 1)",
        [id, `${id}@example.com`, id === "ada" ? ["admin"] : ["manager"]],
      );
    expect(await migrate(store.db)).toEqual([10]);
    const read = () =>
      store.db.query<{ id: string; disabled_at: number | null; disabled_by: string | null }>(
        "SELECT id, disabled_at, disabled_by FROM users ORDER BY id",
      );
    expect(await read()).toEqual([
      { id: "ada", disabled_at: null, disabled_by: null },
      { id: "mia", disabled_at: null, disabled_by: null },
    ]);
    await store.db.query("UPDATE users SET disabled_at = 5, disabled_by = 'ada' WHERE id = 'mia'");
    await store.db.query("DELETE FROM users WHERE id = 'ada'");
    expect(await read()).toEqual([{ id: "mia", disabled_at: 5, disabled_by: null }]);
    await store.close();
  });

  it("renames the later of one creator's cohorts that share a name, then holds names apart (migration 13)", async () => {
    database = await freshDatabase(kind);
    const store = await openStore({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
    // The table as the migration before it left it: nothing stopped two cohorts of one name.
    const version = MIGRATIONS.find((m) => m.sql.includes("cohorts_creator_name"))?.version;
    await store.db.exec(`DROP INDEX cohorts_creator_name;
      DROP FUNCTION cohort_name_key(text);
      DELETE FROM schema_migrations WHERE version = ${version}`);
    for (const id of ["ada", "bo"])
      await store.db.query(
        "INSERT INTO users (id, email, display_name, roles, created_at) VALUES ($1, $2, $1, $3, 1)",
        [id, `${id}@example.com`, ["facilitator"]],
      );
    const cohorts: [string, string, string | null, number][] = [
      ["c1", "Spring cohort", "ada", 1],
      ["c2", "  spring   COHORT ", "ada", 2],
      ["c3", "Spring\u00a0cohort", "ada", 3],
      // Taken already: the third "Spring cohort" cannot become "Spring cohort (3)".
      ["c4", "Spring cohort (3)", "ada", 4],
      ["c5", "Spring cohort", "bo", 5], // another creator's: left alone
      ["c6", "Autumn", "ada", 6],
      ["c7", "Autumn", null, 7], // its creator's account is gone: nobody to tell apart from
      ["c8", "Autumn", null, 8],
      ["c0", "Spring cohort", "ada", 1], // created at the same time as c1: the id breaks the tie
    ];
    for (const [id, name, by, at] of cohorts)
      await store.db.query(
        "INSERT INTO cohorts (id, name, created_by, created_at) VALUES ($1, $2, $3, $4)",
        [id, name, by, at],
      );
    expect(await migrate(store.db)).toEqual([version]);
    const names = await store.db.query<{ id: string; name: string }>(
      "SELECT id, name FROM cohorts ORDER BY id",
    );
    // A no-break space is a space only where the database reads UTF-8 (PGlite, and PostgreSQL as
    // usually installed); on another encoding the key keeps to ASCII whitespace.
    const [{ server_encoding }] = (await store.db.query<{ server_encoding: string }>(
      "SHOW server_encoding",
    )) as [{ server_encoding: string }];
    const utf8 = server_encoding === "UTF8";
    expect(names).toEqual([
      { id: "c0", name: "Spring cohort" },
      { id: "c1", name: "Spring cohort (2)" },
      { id: "c2", name: "  spring   COHORT  (3, c2)" },
      { id: "c3", name: utf8 ? "Spring\u00a0cohort (4)" : "Spring\u00a0cohort" },
      { id: "c4", name: "Spring cohort (3)" },
      { id: "c5", name: "Spring cohort" },
      { id: "c6", name: "Autumn" },
      { id: "c7", name: "Autumn" },
      { id: "c8", name: "Autumn" },
    ]);
    // From now on the database itself refuses one creator a second cohort of a name, as typed
    // differently as the service's check allows for.
    await expect(
      store.db.query(
        "INSERT INTO cohorts (id, name, created_by, created_at) VALUES ('c9', $1, 'ada', 9)",
        [utf8 ? "AUTUMN\u2003" : "AUTUMN\t"],
      ),
    ).rejects.toMatchObject({ code: "23505" });
    await store.db.query(
      "INSERT INTO cohorts (id, name, created_by, created_at) VALUES ('c9', 'Autumn', 'bo', 9)",
    );
    await store.close();
  });

  it("keeps rows across a close and reopen", async () => {
    database = await freshDatabase(kind);
    const options = { databaseUrl: database.databaseUrl, dataDir: database.dataDir };
    const store = await openStore(options);
    await store.db.query(
      "INSERT INTO users (id, display_name, roles, created_at) VALUES ($1, $2, $3, $4)",
      ["u1", "Robin", ["manager"], 1_700_000_000_000],
    );
    await store.close();
    const reopened = await openStore(options);
    const rows = await reopened.db.query<{
      display_name: string;
      roles: string[];
      created_at: number;
    }>("SELECT display_name, roles, created_at FROM users WHERE id = $1", ["u1"]);
    expect(rows).toEqual([
      { display_name: "Robin", roles: ["manager"], created_at: 1_700_000_000_000 },
    ]);
    await reopened.close();
  });

  it("rolls a failed transaction back whole", async () => {
    database = await freshDatabase(kind);
    const store = await openStore({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
    await expect(
      store.db.transaction(async (tx) => {
        await tx.query("INSERT INTO users (id, display_name, created_at) VALUES ('u2', 'A', 1)");
        await tx.query("INSERT INTO users (id, display_name, created_at) VALUES ('u2', 'B', 2)");
      }),
    ).rejects.toThrow();
    expect(await store.db.query("SELECT id FROM users WHERE id = 'u2'")).toEqual([]);
    expect(await store.ping()).toBe(true);
    await store.close();
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)(
  "store on PostgreSQL when the server ends a connection",
  () => {
    it("reports the idle connection it lost instead of crashing, and the next query works", async () => {
      const database = await freshDatabase("postgres");
      const lost: Error[] = [];
      const store = await openStore({
        databaseUrl: database.databaseUrl,
        dataDir: database.dataDir,
        onConnectionError: (err) => lost.push(err),
      });
      expect(await store.ping()).toBe(true);
      const name = new URL(database.databaseUrl ?? "").pathname.slice(1);
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
        [name],
      );
      await admin.end();
      await vi.waitFor(() => expect(lost.length).toBeGreaterThan(0));
      expect(lost[0]?.message).toMatch(/terminating connection/);
      expect(await store.ping()).toBe(true);
      await store.close();
      await database.drop();
    });
  },
);

describe("PGlite data folder lock", () => {
  it("refuses a second open of the same folder and names the holder", async () => {
    const database = await freshDatabase("pglite");
    const store = await openStore({ dataDir: database.dataDir });
    await expect(openStore({ dataDir: database.dataDir })).rejects.toThrow(
      new RegExp(`already open in this process \\(pid ${process.pid}\\)`),
    );
    await store.close();
    const again = await openStore({ dataDir: database.dataDir });
    await again.close();
    await database.drop();
  });
});
