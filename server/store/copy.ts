import { performance } from "node:perf_hooks";
import type { Db, Queryable } from "./db";
import { migrate, migrateWithin } from "./migrate";
import { MIGRATIONS, type Migration } from "./migrations";

/**
 * Copies one Flightdeck database into another (`flightdeck db copy`: the embedded PGlite database into
 * PostgreSQL). Every table the source holds, read from its catalog so a new migration's tables come
 * along, in foreign-key order, in batches, in one transaction on the target; then the sequences, then
 * each table's row count checked against the source's. The source is read inside a transaction that
 * is rolled back, so the migrations it lacks are applied for the read and never kept.
 */

/** Why a copy was not made: said to the operator as is (exit 2). Nothing was written to either side. */
export class CopyRefused extends Error {}

export interface CopiedTable {
  name: string;
  rows: number;
}

export interface CopyReport {
  /** In the order copied (foreign-key order). */
  tables: CopiedTable[];
  ms: number;
}

export interface CopyOptions {
  migrations?: readonly Migration[];
  /** Rows per INSERT at most (fewer for wide tables: PostgreSQL takes 65,535 parameters). */
  batchRows?: number;
  /** Told as each table is done, for progress. */
  onTable?: (table: CopiedTable) => void;
}

/**
 * Tables whose rows in the target are cleared rather than refused: they hold no one's data. The
 * sign-in throttle counts failed sign-ins, which a first start on an empty PostgreSQL database makes.
 */
const DISPOSABLE = new Set(["login_throttle"]);

interface Column {
  name: string;
  type: string;
  notNull: boolean;
}
interface ForeignKey {
  table: string;
  refTable: string;
  columns: string[];
}
interface Table {
  name: string;
  columns: Column[];
  primaryKey: string[];
}

export async function copyDatabase(
  source: Db,
  target: Db,
  options: CopyOptions = {},
): Promise<CopyReport> {
  const migrations = options.migrations ?? MIGRATIONS;
  const started = performance.now();
  await migrate(target, migrations);
  let report: CopyReport | undefined;
  try {
    await source.transaction(async (src) => {
      await migrateWithin(src, migrations);
      report = await target.transaction((dst) => copyWithin(src, dst, options, started));
      // Whatever the migrations did to the source is undone: it stays as its own version left it.
      throw ROLL_BACK;
    });
  } catch (err) {
    if (err !== ROLL_BACK) throw err;
  }
  if (!report) throw new Error("the copy did not finish");
  return report;
}

const ROLL_BACK = new Error("roll back the source's read");

async function copyWithin(
  src: Queryable,
  dst: Queryable,
  options: CopyOptions,
  started: number,
): Promise<CopyReport> {
  const [srcVersions, dstVersions] = await Promise.all([versions(src), versions(dst)]);
  if (srcVersions.join() !== dstVersions.join()) {
    const onlySource = srcVersions.filter((v) => !dstVersions.includes(v));
    const onlyTarget = dstVersions.filter((v) => !srcVersions.includes(v));
    throw new CopyRefused(
      `the two databases are at different schema versions after migrating (${[
        onlySource.length
          ? `only the embedded database has migration ${onlySource.join(", ")}`
          : "",
        onlyTarget.length ? `only PostgreSQL has migration ${onlyTarget.join(", ")}` : "",
      ]
        .filter(Boolean)
        .join("; ")}): a newer Flightdeck made them; run the copy with that version`,
    );
  }
  const tables = await readTables(src);
  const dstTables = await readTables(dst);
  const shape = (ts: Table[]) => ts.map((t) => `${t.name}(${t.columns.map((c) => c.name)})`).join();
  if (shape(tables) !== shape(dstTables))
    throw new CopyRefused(
      "the two databases' tables differ although their schema versions match: one was changed by hand",
    );
  const keys = await readForeignKeys(src);
  const { order, deferred } = foreignKeyOrder(tables, keys);

  // No process writes to the target while it is filled (a server started on it too soon waits).
  if (tables.length > 0)
    await dst.query(`LOCK TABLE ${tables.map((t) => ident(t.name)).join(", ")} IN EXCLUSIVE MODE`);
  const held: CopiedTable[] = [];
  for (const t of tables) {
    const n = await count(dst, t.name);
    if (n === 0) continue;
    if (DISPOSABLE.has(t.name)) await dst.query(`DELETE FROM ${ident(t.name)}`);
    else held.push({ name: t.name, rows: n });
  }
  if (held.length > 0)
    throw new CopyRefused(
      `the PostgreSQL database is not empty: it holds ${inWords(held).join(", ")}. Copy into a new, empty database (createdb), so nothing in it is mixed with or lost to the copy`,
    );

  const copied: CopiedTable[] = [];
  const later: { table: Table; columns: string[]; rows: (string | null)[][] }[] = [];
  for (const table of order) {
    const put = deferred.get(table.name) ?? new Set<string>();
    const pending = [...put];
    const fixes: (string | null)[][] = [];
    const rows = await copyTable(src, dst, table, put, options.batchRows ?? 1000, (row) => {
      const values = pending.map((c) => row[table.columns.findIndex((col) => col.name === c)]);
      if (values.some((v) => v !== null))
        fixes.push([
          ...table.primaryKey.map((k) => row[table.columns.findIndex((col) => col.name === k)]),
          ...values,
        ] as (string | null)[]);
    });
    if (fixes.length > 0) later.push({ table, columns: pending, rows: fixes });
    const done = { name: table.name, rows };
    copied.push(done);
    options.onTable?.(done);
  }
  for (const fix of later) await applyFixes(dst, fix.table, fix.columns, fix.rows);
  await copySequences(src, dst);

  for (const t of copied) {
    const [inSource, inTarget] = [await count(src, t.name), await count(dst, t.name)];
    if (inSource !== t.rows || inTarget !== t.rows)
      throw new Error(
        `${t.name}: ${inSource} rows in the embedded database, ${t.rows} read, ${inTarget} in PostgreSQL; nothing was copied`,
      );
  }
  return { tables: copied, ms: performance.now() - started };
}

async function versions(db: Queryable): Promise<number[]> {
  const rows = await db.query<{ version: number }>(
    "SELECT version FROM schema_migrations ORDER BY version",
  );
  return rows.map((r) => Number(r.version));
}

async function count(db: Queryable, table: string): Promise<number> {
  const rows = await db.query<{ n: number }>(`SELECT count(*)::float8 AS n FROM ${ident(table)}`);
  return Number(rows[0]?.n ?? 0);
}

/** The schema's tables with their columns (generated ones left out) and primary keys, by name. */
async function readTables(db: Queryable): Promise<Table[]> {
  const rows = await db.query<{
    table: string;
    column: string;
    type: string;
    not_null: boolean;
    pk: number | null;
  }>(
    `SELECT c.relname::text AS "table", a.attname::text AS "column",
        format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
        array_position(p.conkey, a.attnum) AS pk
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
       LEFT JOIN pg_constraint p ON p.conrelid = c.oid AND p.contype = 'p'
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND c.relname <> 'schema_migrations' AND a.attgenerated = ''
      ORDER BY c.relname, a.attnum`,
  );
  const tables = new Map<string, Table & { keyAt: [number, string][] }>();
  for (const r of rows) {
    let t = tables.get(r.table);
    if (!t) {
      t = { name: r.table, columns: [], primaryKey: [], keyAt: [] };
      tables.set(r.table, t);
    }
    t.columns.push({ name: r.column, type: r.type, notNull: r.not_null });
    if (r.pk !== null) t.keyAt.push([Number(r.pk), r.column]);
  }
  return [...tables.values()].map(({ keyAt, ...t }) => ({
    ...t,
    primaryKey: keyAt.sort((a, b) => a[0] - b[0]).map(([, c]) => c),
  }));
}

async function readForeignKeys(db: Queryable): Promise<ForeignKey[]> {
  return db.query<ForeignKey>(
    `SELECT t.relname::text AS "table", r.relname::text AS "refTable",
        ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY AS u(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum
              ORDER BY u.ord) AS columns
       FROM pg_constraint k
       JOIN pg_class t ON t.oid = k.conrelid
       JOIN pg_class r ON r.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE k.contype = 'f' AND n.nspname = current_schema()
      ORDER BY t.relname, k.conname`,
  );
}

/**
 * Parents before children. A key that no order satisfies (a table referring to itself, such as a
 * reply to a comment, or a cycle of tables) is deferred: its columns are written as NULL with the
 * row and set once every table is in.
 */
export function foreignKeyOrder(
  tables: readonly Table[],
  keys: readonly ForeignKey[],
): { order: Table[]; deferred: Map<string, Set<string>> } {
  const deferred = new Map<string, Set<string>>();
  const defer = (k: ForeignKey) => {
    const set = deferred.get(k.table) ?? new Set<string>();
    for (const c of k.columns) set.add(c);
    deferred.set(k.table, set);
  };
  const placed = new Set<string>();
  const order: Table[] = [];
  const remaining = [...tables].sort((a, b) => a.name.localeCompare(b.name));
  const waitsOn = (t: Table) =>
    keys.filter((k) => k.table === t.name && k.refTable !== t.name && !placed.has(k.refTable));
  for (const k of keys) if (k.table === k.refTable) defer(k);
  while (remaining.length > 0) {
    let index = remaining.findIndex((t) => waitsOn(t).length === 0);
    if (index < 0) {
      // A cycle: take the table waiting on the fewest, and set those keys afterwards.
      index = remaining.reduce(
        (best, t, i) => (waitsOn(t).length < waitsOn(remaining[best] as Table).length ? i : best),
        0,
      );
      for (const k of waitsOn(remaining[index] as Table)) defer(k);
    }
    const [next] = remaining.splice(index, 1) as [Table];
    placed.add(next.name);
    order.push(next);
  }
  for (const [name, columns] of deferred) {
    const table = tables.find((t) => t.name === name);
    const fixed = table?.columns.filter((c) => columns.has(c.name) && c.notNull) ?? [];
    if (fixed.length > 0 || (table && table.primaryKey.length === 0))
      throw new CopyRefused(
        `${name}: its rows refer to each other (or round a cycle of tables) through ${[...columns].join(", ")}, which this copy can only set afterwards on a nullable column of a table with a primary key`,
      );
  }
  return { order, deferred };
}

/**
 * One table, a cursor's batch at a time. Every value travels as PostgreSQL's text form and is cast
 * back to the column's type, so arrays, jsonb and float8 arrive exactly as they were.
 */
async function copyTable(
  src: Queryable,
  dst: Queryable,
  table: Table,
  nulled: Set<string>,
  batchRows: number,
  onRow: (row: (string | null)[]) => void,
): Promise<number> {
  const columns = table.columns;
  const perBatch = Math.max(1, Math.min(batchRows, Math.floor(60_000 / columns.length)));
  const cursor = `fd_copy_${table.name.replace(/\W/g, "_")}`;
  const order = table.primaryKey.length
    ? ` ORDER BY ${table.primaryKey.map(ident).join(", ")}`
    : "";
  await src.query(
    `DECLARE ${ident(cursor)} NO SCROLL CURSOR FOR SELECT ${columns
      .map((c, i) => `${ident(c.name)}::text AS c${i}`)
      .join(", ")} FROM ${ident(table.name)}${order}`,
  );
  const insert = (n: number) =>
    `INSERT INTO ${ident(table.name)} (${columns.map((c) => ident(c.name)).join(", ")}) OVERRIDING SYSTEM VALUE VALUES ${Array.from(
      { length: n },
      (_, r) =>
        `(${columns.map((c, i) => `$${r * columns.length + i + 1}::${c.type}`).join(", ")})`,
    ).join(", ")}`;
  let total = 0;
  for (;;) {
    const batch = await src.query<Record<string, string | null>>(
      `FETCH FORWARD ${perBatch} FROM ${ident(cursor)}`,
    );
    if (batch.length === 0) break;
    const params: (string | null)[] = [];
    for (const record of batch) {
      const row = columns.map((_, i) => record[`c${i}`] ?? null);
      onRow(row);
      for (const [i, c] of columns.entries())
        params.push(nulled.has(c.name) ? null : (row[i] ?? null));
    }
    await dst.query(insert(batch.length), params);
    total += batch.length;
    if (batch.length < perBatch) break;
  }
  await src.query(`CLOSE ${ident(cursor)}`);
  return total;
}

/** Sets the deferred columns (see foreignKeyOrder), by primary key, in batches. */
async function applyFixes(
  dst: Queryable,
  table: Table,
  columns: string[],
  rows: (string | null)[][],
): Promise<void> {
  const names = [...table.primaryKey, ...columns];
  const typeOf = (name: string) => table.columns.find((c) => c.name === name)?.type ?? "text";
  const perBatch = Math.max(1, Math.floor(30_000 / names.length));
  for (let start = 0; start < rows.length; start += perBatch) {
    const batch = rows.slice(start, start + perBatch);
    const values = batch
      .map(
        (_, r) =>
          `(${names.map((n, i) => `$${r * names.length + i + 1}::${typeOf(n)}`).join(", ")})`,
      )
      .join(", ");
    await dst.query(
      `UPDATE ${ident(table.name)} AS t SET ${columns.map((c, i) => `${ident(c)} = v.d${i}`).join(", ")}
         FROM (VALUES ${values}) AS v(${[...table.primaryKey.map((_, i) => `k${i}`), ...columns.map((_, i) => `d${i}`)].join(", ")})
        WHERE ${table.primaryKey.map((k, i) => `t.${ident(k)} = v.k${i}`).join(" AND ")}`,
      batch.flat(),
    );
  }
}

/**
 * Every sequence (serial and identity columns) gets the source's position, and never one below the
 * largest value its column now holds, so the next row's number is free.
 */
async function copySequences(src: Queryable, dst: Queryable): Promise<void> {
  const sequences = await src.query<{ name: string; owner: string | null; column: string | null }>(
    `SELECT s.relname::text AS name, t.relname::text AS owner, a.attname::text AS "column"
       FROM pg_class s
       JOIN pg_namespace n ON n.oid = s.relnamespace
       LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid
         AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
       LEFT JOIN pg_class t ON t.oid = d.refobjid
       LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
      WHERE s.relkind = 'S' AND n.nspname = current_schema()
      ORDER BY s.relname`,
  );
  for (const s of sequences) {
    const [state] = await src.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text AS last_value, is_called FROM ${ident(s.name)}`,
    );
    if (!state) continue;
    await dst.query("SELECT setval($1::regclass, $2::bigint, $3::boolean)", [
      ident(s.name),
      state.last_value,
      state.is_called,
    ]);
    if (s.owner && s.column)
      await dst.query(
        `SELECT setval($1::regclass, m, true) FROM (SELECT max(${ident(s.column)})::bigint AS m FROM ${ident(s.owner)}) x
          WHERE m IS NOT NULL AND (m > $2::bigint OR (m = $2::bigint AND NOT $3::boolean))`,
        [ident(s.name), state.last_value, state.is_called],
      );
  }
}

/** What a table's rows are, in the words the operator knows, for messages and the summary. */
const WORDS: Record<string, [string, string]> = {
  users: ["account", "accounts"],
  practice_sessions: ["session", "sessions"],
  turns: ["turn", "turns"],
  cohorts: ["cohort", "cohorts"],
  reviews: ["review", "reviews"],
};

export function describe(table: string, n: number): string {
  const words = WORDS[table];
  const figure = n.toLocaleString("en-US");
  if (!words) return `${figure} ${n === 1 ? "row" : "rows"} in ${table}`;
  return `${figure} ${n === 1 ? words[0] : words[1]}`;
}

/** "copied 12 accounts, 340 sessions, 9,812 turns … (10,400 rows in 19 tables) in 4.1 s". */
export function summary(report: CopyReport): string {
  const named = inWords(report.tables.filter((t) => t.name in WORDS));
  const rows = report.tables.reduce((sum, t) => sum + t.rows, 0);
  return `Copied ${named.join(", ")} (${rows.toLocaleString("en-US")} rows in ${report.tables.length} tables) in ${(report.ms / 1000).toFixed(1)} s; every table's row count matches.`;
}

/** Accounts, sessions, turns … first, then the other tables by name. */
function inWords(tables: readonly CopiedTable[]): string[] {
  const rank = (name: string) => {
    const i = Object.keys(WORDS).indexOf(name);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...tables]
    .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name))
    .map((t) => describe(t.name, t.rows));
}

function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
