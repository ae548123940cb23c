import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
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

/** One statement and its parameters ($1, $2, … in `sql`). */
export interface Statement {
  sql: string;
  params: readonly unknown[];
}

export interface Db extends Queryable {
  readonly kind: "pglite" | "postgres";
  readonly stats: DbStats;
  /** Runs several statements separated by semicolons (migrations). */
  exec(sql: string): Promise<void>;
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Runs statements in order as one transaction (all or nothing) in a single round trip, and returns
   * each one's rows: group commit's way of writing a batch without a BEGIN, a COMMIT and a wait
   * between statements. Parameters may be strings, finite numbers, booleans or null, and `sql` must
   * not hold "$" followed by a digit except as a parameter (PostgreSQL gets them as literals).
   */
  batch(statements: readonly Statement[]): Promise<object[][]>;
  close(): Promise<void>;
}

/**
 * A statement with its parameters written in as SQL literals, for PostgreSQL's simple query
 * protocol: only that protocol takes several statements in one message, and it takes no parameters.
 * One pass over `sql`, so a "$2" inside a value is never replaced again.
 */
export function inlineParams(statement: Statement): string {
  return statement.sql.replace(/\$(\d+)/g, (_, n: string) => {
    const index = Number(n) - 1;
    if (index < 0 || index >= statement.params.length)
      throw new Error(`statement has no parameter $${n}`);
    return sqlLiteral(statement.params[index]);
  });
}

function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as a SQL literal`);
    // Quoted, so the column's type decides (as with a bound parameter), and "-1" never meets a "-".
    return `'${value}'`;
  }
  if (typeof value === "string") {
    if (value.includes("\0")) throw new Error("a SQL string cannot hold a NUL character");
    return escapeLiteral(value);
  }
  throw new Error(`cannot write a ${typeof value} as a SQL literal`);
}

/**
 * The driver's `escapeLiteral`, same output (quotes and backslashes doubled; ` E'…'` when there is a
 * backslash), in one regex pass: the driver's builds the literal a character at a time, and with a
 * reply's text and engine state in every batch that was a tenth of the server's allocations.
 */
export function escapeLiteral(value: string): string {
  const body = value.replace(/['\\]/g, "$&$&");
  return value.includes("\\") ? ` E'${body}'` : `'${body}'`;
}

/**
 * PGlite on a worker thread (server/store/pglite-worker.mjs). PGlite runs each statement synchronously
 * on the thread that owns it, and its queue drains in one go: on the main thread a burst of writes
 * blocked every socket for up to seconds at 500 sessions (docs/benchmarks.md, "Live sessions").
 * Same SQL, same semantics: statements run one at a time, and an open transaction holds the
 * database until it ends, as PGlite does on the main thread.
 */
export async function openPglite(dir: string): Promise<Db> {
  const worker = new Worker(new URL("./pglite-worker.mjs", import.meta.url), {
    workerData: { dir },
  });
  const pending = new Map<number, { resolve: (m: Reply) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let nextTx = 0;
  let failure: Error | undefined;
  const failAll = (err: Error) => {
    failure ??= err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  await new Promise<void>((resolve, reject) => {
    worker.once("message", (m: { ready: boolean; error?: WireError }) => {
      if (m.ready) resolve();
      else reject(errorFrom(m.error ?? { message: "PGlite did not open" }));
    });
    worker.once("error", reject);
  });
  worker.on("message", (m: Reply) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.error) p.reject(errorFrom(m.error));
    else p.resolve(m);
  });
  worker.on("error", (err) => failAll(err));
  worker.on("exit", (code) => failAll(new Error(`the PGlite worker exited (${code})`)));
  const call = (message: Record<string, unknown>) =>
    new Promise<Reply>((resolve, reject) => {
      if (failure) return reject(failure);
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...message, id });
    });
  const stats: DbStats = { queries: 0, waitMs: 0, maxMs: 0 };
  const queryOn =
    (tx?: number) =>
    async <T extends object>(sql: string, params: unknown[] = []) =>
      ((await call({ op: "query", sql, params, tx })).rows ?? []) as T[];
  let closed: Promise<void> | undefined;
  return {
    kind: "pglite",
    stats,
    query: <T extends object>(sql: string, params: unknown[] = []) =>
      timed(stats, () => queryOn()<T>(sql, params)),
    async exec(sql) {
      await call({ op: "exec", sql });
    },
    transaction(fn) {
      return timed(stats, async () => {
        // The statements follow "begin" without waiting for its answer (the worker queues them
        // behind it): one round trip to the worker fewer per transaction.
        const tx = ++nextTx;
        const begun = call({ op: "begin", tx });
        let result: Awaited<ReturnType<typeof fn>>;
        try {
          result = await fn({ query: queryOn(tx) });
          await begun;
        } catch (err) {
          await begun.catch(() => {});
          await call({ op: "rollback", tx }).catch(() => {});
          throw err;
        }
        await call({ op: "commit", tx });
        return result;
      });
    },
    batch(statements) {
      // The worker runs them in one PGlite transaction: one message each way.
      return timed(stats, async () => {
        const reply = await call({
          op: "batch",
          // Only what the worker needs: a statement may carry more (a reader of its rows).
          statements: statements.map(({ sql, params }) => ({ sql, params })),
        });
        return (reply.results ?? []) as object[][];
      });
    },
    close() {
      closed ??= call({ op: "close" })
        .then(() => {})
        .finally(() => worker.terminate());
      return closed;
    },
  };
}

interface WireError {
  message: string;
  [field: string]: unknown;
}
interface Reply {
  id: number;
  rows?: object[];
  results?: object[][];
  tx?: number;
  error?: WireError;
}

/** An Error carrying the Postgres fields (code, detail, …) the worker sent, as PGlite's own errors do. */
function errorFrom(wire: WireError): Error {
  return Object.assign(new Error(wire.message), wire);
}

/** PGlite on the calling thread: every statement blocks this thread's event loop while it runs. */
export async function openPgliteInProcess(dir: string): Promise<Db> {
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
    batch(statements) {
      return timed(stats, () =>
        db.transaction(async (tx) => {
          const results: object[][] = [];
          for (const s of statements)
            results.push((await tx.query<object>(s.sql, [...s.params])).rows);
          return results;
        }),
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
    batch(statements) {
      return timed(stats, async () => {
        if (statements.length === 0) return [];
        // Several statements in one simple-query message run as one implicit transaction: any
        // failure rolls back all of them. One statement keeps its bound parameters.
        if (statements.length === 1) {
          const only = statements[0] as Statement;
          return [(await pool.query(only.sql, [...only.params])).rows];
        }
        const results = (await pool.query(
          statements.map(inlineParams).join(";\n"),
        )) as unknown as pg.QueryResult[];
        return results.map((r) => r.rows as object[]);
      });
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
