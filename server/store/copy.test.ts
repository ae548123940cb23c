import { afterEach, describe, expect, it } from "vitest";
import { DATABASES, freshDatabase, type TestDatabase } from "../../tests/support/databases";
import { CopyRefused, copyDatabase, foreignKeyOrder, summary } from "./copy";
import type { Db } from "./db";
import { openPglite, openPostgres } from "./db";
import { migrate } from "./migrate";
import { MIGRATIONS, type Migration } from "./migrations";

/** A migration this code does not ship: a table with an identity column that refers to itself. */
const NEXT: Migration = {
  version: MIGRATIONS.length + 1,
  name: "test: notes with numbers and threads",
  sql: `CREATE TABLE zz_notes (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      parent integer REFERENCES zz_notes(id),
      user_id text REFERENCES users(id),
      tags text[] NOT NULL,
      body jsonb NOT NULL
    )`,
};
const WITH_NEXT = [...MIGRATIONS, NEXT];

const opened: Db[] = [];
const databases: TestDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close();
  for (const d of databases.splice(0)) await d.drop();
});

async function open(kind: "pglite" | "postgres"): Promise<Db> {
  const d = await freshDatabase(kind);
  databases.push(d);
  const db = d.databaseUrl
    ? await openPostgres(d.databaseUrl)
    : await openPglite(`${d.dataDir}/pglite`);
  opened.push(db);
  return db;
}

async function rows(db: Db, sql: string) {
  return db.query(sql);
}

describe.each(DATABASES)("copying PGlite into %s", (kind) => {
  it("copies a table a later migration adds, rows that refer to rows after them, and the identity's position", async () => {
    const source = await open("pglite");
    await migrate(source, WITH_NEXT);
    await source.query(
      "INSERT INTO users (id, display_name, roles, created_at) VALUES ('u1', 'Ada', '{admin,manager}', 0.1)",
    );
    // 3 answers 4, which comes later in key order; 2 is a thread's root; 1 was deleted.
    await source.query(
      `INSERT INTO zz_notes (parent, user_id, tags, body) VALUES
         (NULL, 'u1', '{}', '{"a": 1}'), (NULL, NULL, '{"x,y", "q\\"r"}', '[1, 2.5, null]'),
         (NULL, 'u1', '{}', '"it''s"'), (2, NULL, '{}', '{}')`,
    );
    await source.query("UPDATE zz_notes SET parent = 4 WHERE id = 3");
    await source.query("DELETE FROM zz_notes WHERE id = 1");
    const target = await open(kind);
    const seen: string[] = [];
    const report = await copyDatabase(source, target, {
      migrations: WITH_NEXT,
      batchRows: 2,
      onTable: (t) => seen.push(t.name),
    });
    const all = "SELECT id, parent, user_id, tags, body FROM zz_notes ORDER BY id";
    expect(await rows(target, all)).toEqual(await rows(source, all));
    expect(await rows(target, all)).toHaveLength(3);
    expect(await rows(target, "SELECT * FROM users")).toEqual(
      await rows(source, "SELECT * FROM users"),
    );
    expect(seen.indexOf("users")).toBeLessThan(seen.indexOf("zz_notes"));
    expect(report.tables.find((t) => t.name === "zz_notes")?.rows).toBe(3);
    expect(summary(report)).toMatch(
      /^Copied 1 account, 0 sessions, 0 turns, 0 cohorts, 0 reviews \(4 rows in \d+ tables\) in \d+\.\d s/,
    );
    // The next number is 5, not 1 (deleted) nor 2 (taken).
    const [next] = await target.query<{ id: number }>(
      "INSERT INTO zz_notes (tags, body) VALUES ('{}', '{}') RETURNING id",
    );
    expect(next?.id).toBe(5);
  });

  it("brings an older embedded database up to date for the copy without changing it", async () => {
    const source = await open("pglite");
    // As before migration 16: invitations had no name.
    await source.exec(`ALTER TABLE invitations DROP COLUMN name;
      DELETE FROM schema_migrations WHERE version = 16`);
    await source.query("INSERT INTO users (id, display_name, created_at) VALUES ('u1', 'Ada', 1)");
    const target = await open(kind);
    await copyDatabase(source, target);
    expect(await rows(target, "SELECT id FROM users")).toEqual([{ id: "u1" }]);
    const versions = "SELECT version FROM schema_migrations ORDER BY version";
    expect(await rows(target, versions)).toHaveLength(MIGRATIONS.length);
    expect(await rows(source, versions)).toHaveLength(MIGRATIONS.length - 1);
    expect(
      await rows(
        source,
        "SELECT 1 FROM information_schema.columns WHERE table_name = 'invitations' AND column_name = 'name'",
      ),
    ).toEqual([]);
  });

  it("refuses a target that holds anything, or a schema version only one side has, and writes nothing", async () => {
    const source = await open("pglite");
    await source.query("INSERT INTO users (id, display_name, created_at) VALUES ('u1', 'Ada', 1)");
    const target = await open(kind);
    await migrate(target);
    await target.query("INSERT INTO users (id, display_name, created_at) VALUES ('t1', 'Tim', 1)");
    await target.query("INSERT INTO login_throttle VALUES ('ip:1', 1, 0, 0)");
    await expect(copyDatabase(source, target)).rejects.toThrow(
      new CopyRefused(
        "the PostgreSQL database is not empty: it holds 1 account. Copy into a new, empty database (createdb), so nothing in it is mixed with or lost to the copy",
      ),
    );
    expect(await rows(target, "SELECT id FROM users")).toEqual([{ id: "t1" }]);
    // Failed sign-ins alone are no one's data: cleared, and the copy goes ahead.
    await target.query("DELETE FROM users");
    await copyDatabase(source, target);
    expect(await rows(target, "SELECT id FROM users")).toEqual([{ id: "u1" }]);
    expect(await rows(target, "SELECT key FROM login_throttle")).toEqual([]);

    const newer = await open(kind);
    await migrate(newer, WITH_NEXT);
    await expect(copyDatabase(source, newer)).rejects.toThrow(
      `only PostgreSQL has migration ${NEXT.version}`,
    );
    expect(await rows(newer, "SELECT id FROM users")).toEqual([]);
  });
});

describe("foreign-key order", () => {
  const table = (name: string) => ({
    name,
    columns: [
      { name: "id", type: "text", notNull: true },
      { name: "ref", type: "text", notNull: false },
    ],
    primaryKey: ["id"],
  });
  it("puts parents first and defers a key round a cycle of tables", () => {
    const { order, deferred } = foreignKeyOrder(
      [table("c"), table("b"), table("a"), table("x"), table("y")],
      [
        { table: "c", refTable: "b", columns: ["ref"] },
        { table: "b", refTable: "a", columns: ["ref"] },
        { table: "x", refTable: "y", columns: ["ref"] },
        { table: "y", refTable: "x", columns: ["ref"] },
      ],
    );
    const names = order.map((t) => t.name);
    expect(names.indexOf("a")).toBeLessThan(names.indexOf("b"));
    expect(names.indexOf("b")).toBeLessThan(names.indexOf("c"));
    expect([...deferred.entries()]).toEqual([["x", new Set(["ref"])]]);
  });
});
