import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { DATABASES } from "../../tests/support/databases";
import { storePerTest } from "../../tests/support/stores";
import { createRng } from "../sim/rng";
import { escapeLiteral, inlineParams, openPgliteInProcess } from "./db";

/** Values that a naive literal would break: quotes, backslashes, a "$2" of its own, other scripts. */
const AWKWARD = [
  "plain",
  "it's Robin's call",
  "C:\\temp\\new",
  "a '$2' inside a value",
  "line one\nline two\ttabbed",
  "emoji 🚀 and accents éü and 日本語",
  "'; DROP TABLE users; --",
  "",
];

describe.each(DATABASES)("Db.batch on %s", (kind) => {
  const freshStore = storePerTest(kind);

  async function open() {
    const store = await freshStore();
    await store.db.exec("CREATE TABLE notes (id integer PRIMARY KEY, body text, weight float8)");
    return store.db;
  }

  it("runs statements in order and returns each one's rows", async () => {
    const db = await open();
    const results = await db.batch([
      { sql: "INSERT INTO notes VALUES ($1, $2, $3) RETURNING id", params: [1, "first", 0.5] },
      { sql: "INSERT INTO notes VALUES ($1, $2, $3) RETURNING id", params: [2, "second", -2] },
      // Sees the rows the statements before it wrote.
      { sql: "SELECT count(*)::int AS n, sum(weight) AS total FROM notes", params: [] },
    ]);
    expect(results).toEqual([[{ id: 1 }], [{ id: 2 }], [{ n: 2, total: -1.5 }]]);
  });

  it("keeps every awkward string and null exactly as given", async () => {
    const db = await open();
    await db.batch([
      ...AWKWARD.map((body, i) => ({
        sql: "INSERT INTO notes VALUES ($1, $2, $3)",
        params: [i, body, i / 3],
      })),
      { sql: "INSERT INTO notes VALUES ($1, $2, $3)", params: [99, null, null] },
    ]);
    const rows = await db.query<{ id: number; body: string | null; weight: number | null }>(
      "SELECT id, body, weight FROM notes ORDER BY id",
    );
    expect(rows).toEqual([
      ...AWKWARD.map((body, i) => ({ id: i, body, weight: i / 3 })),
      { id: 99, body: null, weight: null },
    ]);
  });

  it("is all or nothing: a failing statement undoes the ones before it, with the database's error", async () => {
    const db = await open();
    await db.query("INSERT INTO notes VALUES (7, 'already here', 1)");
    const failed = db.batch([
      { sql: "INSERT INTO notes VALUES ($1, $2, $3)", params: [1, "would be lost", 1] },
      { sql: "INSERT INTO notes VALUES ($1, $2, $3)", params: [7, "duplicate id", 1] },
      { sql: "INSERT INTO notes VALUES ($1, $2, $3)", params: [3, "never run", 1] },
    ]);
    await expect(failed).rejects.toMatchObject({ code: "23505" });
    const rows = await db.query<{ id: number }>("SELECT id FROM notes ORDER BY id");
    expect(rows).toEqual([{ id: 7 }]);
    // The connection is usable afterwards (no transaction left open on it).
    expect(await db.batch([{ sql: "SELECT 1 AS one", params: [] }])).toEqual([[{ one: 1 }]]);
  });
});

describe("Db.batch on PGlite in this thread", () => {
  it("runs in one transaction too", async () => {
    const dir = mkdtempSync(join(tmpdir(), "flightdeck-batch-"));
    const db = await openPgliteInProcess(dir);
    try {
      await db.exec("CREATE TABLE notes (id integer PRIMARY KEY, body text)");
      expect(
        await db.batch([
          { sql: "INSERT INTO notes VALUES ($1, $2) RETURNING body", params: [1, "it's here"] },
          { sql: "SELECT count(*)::int AS n FROM notes", params: [] },
        ]),
      ).toEqual([[{ body: "it's here" }], [{ n: 1 }]]);
      await expect(
        db.batch([
          { sql: "INSERT INTO notes VALUES ($1, $2)", params: [2, "undone"] },
          { sql: "INSERT INTO notes VALUES ($1, $2)", params: [1, "duplicate"] },
        ]),
      ).rejects.toMatchObject({ code: "23505" });
      expect(await db.query("SELECT id FROM notes ORDER BY id")).toEqual([{ id: 1 }]);
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("inlineParams", () => {
  it("writes each parameter once, as a literal, leaving a '$n' inside a value alone", () => {
    expect(
      inlineParams({
        sql: "SELECT $1::text AS a, $2 AS b, $10 AS c, $1 AS d",
        params: ["say $2", 3, null, true, false, 6, 7, 8, 9, "ten's"],
      }),
    ).toBe("SELECT 'say $2'::text AS a, '3' AS b, 'ten''s' AS c, 'say $2' AS d");
    expect(inlineParams({ sql: "SELECT $1", params: ["back\\slash"] })).toBe(
      "SELECT  E'back\\\\slash'",
    );
  });

  it("escapes strings exactly as the driver's escapeLiteral does (5,000 generated strings)", () => {
    // Quotes, backslashes, a parameter-like "$1", newlines, a surrogate pair and lone surrogates.
    const alphabet = ["a", "'", "\\", '"', "$1", "\n", " ", "é", "😀", "\ud800", "\udc00", "E"];
    const rng = createRng(11, 0);
    const next = (n: number) => Math.floor(rng.next() * n);
    let withBackslash = 0;
    for (let k = 0; k < 5000; k++) {
      let text = "";
      for (let i = next(40); i > 0; i--) text += alphabet[next(alphabet.length)];
      if (text.includes("\\")) withBackslash++;
      expect(escapeLiteral(text), JSON.stringify(text)).toBe(pg.escapeLiteral(text));
    }
    expect(withBackslash).toBeGreaterThan(500);
    expect(withBackslash).toBeLessThan(4900);
  });

  it("refuses what it cannot write safely, naming it", () => {
    expect(() => inlineParams({ sql: "SELECT $2", params: [1] })).toThrow(/no parameter \$2/);
    expect(() => inlineParams({ sql: "SELECT $1", params: [Number.NaN] })).toThrow(/NaN/);
    expect(() => inlineParams({ sql: "SELECT $1", params: ["nul\0"] })).toThrow(/NUL/);
    expect(() => inlineParams({ sql: "SELECT $1", params: [{ a: 1 }] })).toThrow(/object/);
  });
});
