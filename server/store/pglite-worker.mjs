// PGlite on its own thread (server/store/db.ts, openPglite). PGlite runs Postgres as WASM, and every
// statement runs synchronously on the thread that owns it: on the main thread, a queue of statements
// blocks every websocket until it drains. Here, SQL runs beside the event loop instead of on it.
// Plain JavaScript so it starts without the TypeScript loader (bin/flightdeck.js registers tsx on the
// main thread only).
//
// Messages in: { id, op: "query", sql, params, tx? } | { id, op: "exec", sql } | { id, op: "begin", tx }
//   | { id, op: "commit" | "rollback", tx } | { id, op: "batch", statements: [{ sql, params }] }
//   | { id, op: "close" }.
// Messages out: { id, rows?, results?, tx? } or { id, error: { message, code?, detail?, ... } }.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";

const port = parentPort;
if (!port) throw new Error("pglite-worker.mjs runs as a worker thread");

/**
 * Open transactions: the main thread's id → a promise of the handle to query with, and how to end it.
 * The entry exists from the moment "begin" arrives, so the main thread can send a transaction's
 * statements right behind its "begin" without waiting for the answer.
 */
const transactions = new Map();

/** The fields of a Postgres error that callers read (code 23505 is a unique violation). */
function errorOf(err) {
  const out = { message: err instanceof Error ? err.message : String(err) };
  for (const key of ["code", "detail", "constraint", "table", "column", "severity"]) {
    if (err && typeof err === "object" && err[key] !== undefined) out[key] = err[key];
  }
  return out;
}

let db;
try {
  db = await PGlite.create(workerData.dir);
  port.postMessage({ ready: true });
} catch (err) {
  port.postMessage({ ready: false, error: errorOf(err) });
  process.exit(1);
}

function begin(tx) {
  const entry = {};
  entry.handle = new Promise((resolveHandle, rejectHandle) => {
    entry.done = db.transaction(
      (handle) =>
        new Promise((commit, rollback) => {
          entry.commit = commit;
          entry.rollback = rollback;
          resolveHandle(handle);
        }),
    );
    entry.done.catch(rejectHandle);
  });
  transactions.set(tx, entry);
  return entry.handle.then(() => tx);
}

async function end(tx, commit) {
  const entry = transactions.get(tx);
  if (!entry) throw new Error(`no open transaction ${tx}`);
  // Forgotten first: a transaction whose begin failed is ended here too, with that failure.
  transactions.delete(tx);
  await entry.handle;
  if (commit) {
    entry.commit();
    await entry.done;
  } else {
    entry.rollback(new Error("rolled back"));
    await entry.done.catch(() => {});
  }
}

async function handle(message) {
  switch (message.op) {
    case "query": {
      const target = message.tx ? await transactions.get(message.tx)?.handle : db;
      if (!target) throw new Error(`no open transaction ${message.tx}`);
      return { rows: (await target.query(message.sql, message.params ?? [])).rows };
    }
    case "exec":
      await db.exec(message.sql);
      return {};
    case "batch":
      // One transaction for the lot, asked and answered in one message each way.
      return {
        results: await db.transaction(async (tx) => {
          const results = [];
          for (const s of message.statements) results.push((await tx.query(s.sql, s.params)).rows);
          return results;
        }),
      };
    case "begin":
      return { tx: await begin(message.tx) };
    case "commit":
      await end(message.tx, true);
      return {};
    case "rollback":
      await end(message.tx, false);
      return {};
    case "close":
      await db.close();
      return {};
    default:
      throw new Error(`unknown op ${message.op}`);
  }
}

port.on("message", (message) => {
  handle(message).then(
    (result) => port.postMessage({ id: message.id, ...result }),
    (err) => port.postMessage({ id: message.id, error: errorOf(err) }),
  );
});
