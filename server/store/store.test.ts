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
