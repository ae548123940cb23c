import type { Db, Queryable } from "./db";
import { MIGRATIONS, type Migration } from "./migrations";

/**
 * Applies the migrations not yet recorded, with their records, all in one transaction, so a crash
 * mid-way leaves the database as it was before the start. Returns the versions applied (empty on a
 * re-run).
 * On PostgreSQL an advisory lock keeps two processes starting together from racing.
 */
export async function migrate(
  db: Db,
  migrations: readonly Migration[] = MIGRATIONS,
  now: () => number = Date.now,
): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY, name text NOT NULL, applied_at float8 NOT NULL)`);
  return db.transaction(async (tx) => {
    if (db.kind === "postgres") await tx.query("SELECT pg_advisory_xact_lock(4321001)");
    return applyPending(tx, migrations, now);
  });
}

/**
 * The same migrations inside a transaction the caller owns and may roll back: `flightdeck db copy`
 * reads an older embedded database as this version would see it without changing it.
 */
export async function migrateWithin(
  tx: Queryable,
  migrations: readonly Migration[] = MIGRATIONS,
  now: () => number = Date.now,
): Promise<number[]> {
  await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY, name text NOT NULL, applied_at float8 NOT NULL)`);
  return applyPending(tx, migrations, now);
}

async function applyPending(
  tx: Queryable,
  migrations: readonly Migration[],
  now: () => number,
): Promise<number[]> {
  const rows = await tx.query<{ version: number }>("SELECT version FROM schema_migrations");
  const done = new Set(rows.map((r) => r.version));
  const applied: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (done.has(m.version)) continue;
    for (const statement of splitStatements(m.sql)) await tx.query(statement);
    await tx.query(
      "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
      [m.version, m.name, now()],
    );
    applied.push(m.version);
  }
  return applied;
}

// Migrations hold no semicolons inside strings or bodies, so a plain split is exact.
function splitStatements(sql: string): string[] {
  return sql
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
