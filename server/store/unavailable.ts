/**
 * Whether an error means the database cannot be reached right now (PostgreSQL stopped, restarting,
 * the network gone), as opposed to a bad query: answered 503 FD_DATABASE_UNAVAILABLE ("try again"),
 * not 500 FD_INTERNAL. The server recovers by itself when the database is back (the pool reconnects).
 */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);
/** PostgreSQL: admin shutdown, crash shutdown, cannot connect now (starting up or shutting down). */
const SERVER_GOING_CODES = new Set(["57P01", "57P02", "57P03"]);

export function isDatabaseUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === "string") {
    if (NETWORK_CODES.has(code) || SERVER_GOING_CODES.has(code)) return true;
    // Class 08: connection exceptions.
    if (/^08[0-9A-Z]{3}$/.test(code)) return true;
  }
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    err.message,
  );
}
