// PGlite on its own thread (server/store/db.ts, openPglite). PGlite runs Postgres as WASM, and every
// statement runs synchronously on the thread that owns it: on the main thread, a queue of statements
// blocks every websocket until it drains. Here, SQL runs beside the event loop instead of on it.
// Plain JavaScript so it starts without the TypeScript loader (bin/flightdeck.js registers tsx on the
// main thread only).
//
// Messages in: { id, op: "query", sql, params, tx? } | { id, op: "exec", sql } | { id, op: "begin" }
//   | { id, op: "commit" | "rollback", tx } | { id, op: "close" }.
// Messages out: { id, rows? , tx? } or { id, error: { message, code?, detail?, ... } }.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";

const port = parentPort;
if (!port) throw new Error("pglite-worker.mjs runs as a worker thread");

/** Open transactions: id → the handle to query with and how to end it. */
const transactions = new Map();
let nextTx = 0;

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

function begin() {
  const tx = ++nextTx;
  return new Promise((resolveBegin, rejectBegin) => {
    const done = db.transaction(
      (handle) =>
        new Promise((commit, rollback) => {
          transactions.set(tx, { handle, commit, rollback });
          resolveBegin(tx);
        }),
    );
    // Settles when the transaction ends; the commit/rollback message waits for it.
    transactions.set(`${tx}:done`, done);
    done.catch(rejectBegin);
  });
}

async function end(tx, commit) {
  const open = transactions.get(tx);
  const done = transactions.get(`${tx}:done`);
  transactions.delete(tx);
  transactions.delete(`${tx}:done`);
  if (!open) throw new Error(`no open transaction ${tx}`);
  if (commit) open.commit();
  else open.rollback(new Error("rolled back"));
  if (commit) await done;
  else await done.catch(() => {});
}

async function handle(message) {
  switch (message.op) {
    case "query": {
      const target = message.tx ? transactions.get(message.tx)?.handle : db;
      if (!target) throw new Error(`no open transaction ${message.tx}`);
      return { rows: (await target.query(message.sql, message.params ?? [])).rows };
    }
    case "exec":
      await db.exec(message.sql);
      return {};
    case "begin":
      return { tx: await begin() };
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
