import { performance } from "node:perf_hooks";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/** Wraps a statement so its wall time is counted in `stats`. */
function timed<T>(stats: DbStats, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  stats.queries++;
  return run().finally(() => {
    const ms = performance.now() - started;
    stats.waitMs += ms;
    if (ms > stats.maxMs) stats.maxMs = ms;
  });
}

/** The SQL surface the store needs; PGlite and PostgreSQL both provide it with the same SQL. */
export interface Queryable {
  query<T extends object = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/**
 * Counters for diagnosing load (the ws bench prints them): statements run and the wall time callers
 * spent waiting for them, queueing included.
 */
export interface DbStats {
  queries: number;
  waitMs: number;
  maxMs: number;
}

export interface Db extends Queryable {
  readonly kind: "pglite" | "postgres";
  readonly stats: DbStats;
  /** Runs several statements separated by semicolons (migrations). */
  exec(sql: string): Promise<void>;
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openPglite(dir: string): Promise<Db> {
  const db = await PGlite.create(dir);
  const stats: DbStats = { queries: 0, waitMs: 0, maxMs: 0 };
  return {
    kind: "pglite",
    stats,
    async query<T extends object>(sql: string, params: unknown[] = []) {
      const res = await timed(stats, () => db.query<T>(sql, params));
      return res.rows;
    },
    async exec(sql) {
      await db.exec(sql);
    },
    transaction(fn) {
      return timed(stats, () =>
        db.transaction((tx) =>
          fn({
            async query<T extends object>(sql: string, params: unknown[] = []) {
              return (await tx.query<T>(sql, params)).rows;
            },
          }),
        ),
      );
    },
    close: () => db.close(),
  };
}

// PostgreSQL returns int8 and numeric as strings by default; Flightdeck keeps both within float8 range.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

/**
 * An idle pooled connection that the server ends (a PostgreSQL restart, a failover, an operator's
 * pg_terminate_backend) is reported here; the pool drops it and opens a new one on the next query.
 * Without a listener, node-postgres rethrows it as an uncaught exception and the process dies.
 */
export type ConnectionErrorHandler = (err: Error) => void;

const reportToStderr: ConnectionErrorHandler = (err) => {
  process.stderr.write(`flightdeck: a pooled PostgreSQL connection closed: ${err.message}\n`);
};

export async function openPostgres(
  url: string,
  onConnectionError: ConnectionErrorHandler = reportToStderr,
): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  pool.on("error", onConnectionError);
  // Fail at start, with the driver's reason, rather than on the first request.
  const client = await pool.connect();
  client.release();
  const stats: DbStats = { queries: 0, waitMs: 0, maxMs: 0 };
  return {
    kind: "postgres",
    stats,
    async query<T extends object>(sql: string, params: unknown[] = []) {
      const res = await timed(stats, () => pool.query(sql, params));
      return res.rows as T[];
    },
    async exec(sql) {
      await pool.query(sql);
    },
    transaction(fn) {
      return timed(stats, () => transaction(fn));
    },
    close: () => pool.end(),
  };

  async function transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const result = await fn({
        async query<T extends object>(sql: string, params: unknown[] = []) {
          return (await client.query(sql, params)).rows as T[];
        },
      });
      await client.query("COMMIT");
      return result;
    } catch (err) {
      await client.query("ROLLBACK").catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }
}
