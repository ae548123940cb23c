import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { type Config, hasModel, loadConfig } from "../config";
import { ContentUnreadableError } from "../content";
import { FlightdeckError } from "../errors";
import { AccountEvents, AccountService } from "../people";
import { FIRST_ADMIN_COMMAND, STOP_SERVER_FIRST } from "../people/first-account";
import { type RunningServer, startServer, WEB_ROOT } from "../server";
import { ensureWebBuilt } from "../web-build";

/** `flightdeck start`: build the client if needed, open the database, serve, stop cleanly on a signal. */
const USAGE = `usage: flightdeck start

Starts the server on the embedded database in DATA_DIR (default ./data), or on PostgreSQL when
DATABASE_URL is set, builds the web client if needed, and prints the address. Settings come from the
environment (PORT, HOST, DATA_DIR, DATABASE_URL, LLM_BASE_URL, LLM_MODEL, AUTH_MODE …; see the
README). It stops cleanly on Ctrl-C or SIGTERM.
`;

export async function run(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.length > 0) {
    process.stderr.write(`flightdeck start: unexpected "${args[0]}"\n${USAGE}`);
    return 1;
  }
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    process.stderr.write(
      `Flightdeck cannot start: the configuration is invalid.\n${loaded.problems.map((p) => `  ${p}`).join("\n")}\n`,
    );
    return 2;
  }
  const config = loaded.config;
  try {
    // In `npm run dev` Vite serves the client, so there is nothing to build.
    if (!process.env.FLIGHTDECK_SKIP_WEB_BUILD) {
      await ensureWebBuilt(WEB_ROOT, (line) => process.stdout.write(`${line}\n`));
    }
    const server = await startServer(config);
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      server.app.log.info({ signal, graceMs: config.SHUTDOWN_GRACE_MS }, "shutting down");
      server.close({ graceMs: config.SHUTDOWN_GRACE_MS }).then(
        (report) => {
          server.app.log.info(
            report,
            `stopped: ${report.sockets} sockets closed, ${report.interrupted} replies interrupted`,
          );
          process.exit(0);
        },
        (err) => {
          server.app.log.error({ err }, "shutdown failed");
          process.exit(1);
        },
      );
    };
    process.on("SIGINT", () => stop("SIGINT"));
    process.on("SIGTERM", () => stop("SIGTERM"));
    // Only once the signals are handled: a supervisor (or a test) may stop the server the moment it
    // reads this line, and a SIGTERM before the handlers killed it without closing the database.
    process.stdout.write(
      startBanner(server.url, config, {
        accounts: config.AUTH_MODE === "password" ? await countAccounts(server) : undefined,
      }),
    );
    return -1;
  } catch (err) {
    // Like a bad setting: nothing to retry until the folder or its permissions are fixed.
    if (err instanceof ContentUnreadableError) {
      process.stderr.write(`Flightdeck cannot start: ${err.message}\n`);
      return 2;
    }
    if (err instanceof FlightdeckError) {
      process.stderr.write(`Flightdeck cannot start: ${err.message}\n`);
      return 1;
    }
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") {
      process.stderr.write(
        `Flightdeck cannot start: port ${config.PORT} on ${config.HOST} is in use (set PORT to another port)\n`,
      );
      return 1;
    }
    const database = config.DATABASE_URL ? postgresTarget(config.DATABASE_URL) : undefined;
    if (database && (code === "3D000" || code === "28P01")) {
      process.stderr.write(`Flightdeck cannot start: ${databaseRefusal(code, database)}\n`);
      return 1;
    }
    if (code === "ECONNREFUSED" || code === "ENOTFOUND") {
      process.stderr.write(
        `Flightdeck cannot start: cannot reach the database at DATABASE_URL (${(err as Error).message})\n`,
      );
      return 1;
    }
    // Anything else PostgreSQL or its client refused while connecting: a role that does not exist,
    // SSL asked of a server without it, a permission on the database.
    if (config.DATABASE_URL && isDatabaseError(err)) {
      process.stderr.write(
        `Flightdeck cannot start: the database at DATABASE_URL refused the connection (${(err as Error).message}); check the user, password, database name and sslmode in DATABASE_URL\n`,
      );
      return 1;
    }
    throw err;
  }
}

/** An error from PostgreSQL (a SQLSTATE code) or from its client's connection (SSL, timeouts). */
function isDatabaseError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  return (
    (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) ||
    /\bSSL\b|timeout exceeded when trying to connect|Connection terminated/i.test(err.message)
  );
}

/** Where DATABASE_URL points, for messages: never its password. */
export interface PostgresTarget {
  /** host:port, or the socket folder given in `?host=`. */
  server: string;
  host: string;
  port: string;
  database: string;
  user: string | undefined;
}

export function postgresTarget(databaseUrl: string): PostgresTarget {
  const url = new URL(databaseUrl);
  const user = url.username ? decodeURIComponent(url.username) : undefined;
  const host = url.hostname || url.searchParams.get("host") || "localhost";
  const port = url.port || "5432";
  // As libpq: no database in the URL means the one named after the user.
  const database = decodeURIComponent(url.pathname.slice(1)) || user || "postgres";
  return { server: host.startsWith("/") ? host : `${host}:${port}`, host, port, database, user };
}

/** A refusal by a server that was reached: the database is missing, or the password is wrong. */
export function databaseRefusal(code: "3D000" | "28P01", target: PostgresTarget): string {
  if (code === "3D000") {
    const createdb = [
      "createdb",
      `-h ${target.host}`,
      `-p ${target.port}`,
      ...(target.user ? [`-U ${target.user}`] : []),
      target.database,
    ].join(" ");
    return `the PostgreSQL server at ${target.server} has no database "${target.database}": create it (${createdb}) or fix the name in DATABASE_URL`;
  }
  return `the PostgreSQL server at ${target.server} refused the password for user "${target.user ?? "(none given)"}": fix the password in DATABASE_URL, or the user's password on the server`;
}

/**
 * What `npm start` says once it serves: where to open it, who plays the employee, where the data is
 * and how to stop. The first line's address is what scripts and tests read (up to the first space).
 */
export function startBanner(
  url: string,
  config: Config,
  facts: { accounts?: number | undefined } = {},
): string {
  let data = `the embedded database in ${resolve(config.DATA_DIR)}`;
  if (config.DATABASE_URL) {
    // Which database of which server, so two environments are told apart; the password never.
    const target = postgresTarget(config.DATABASE_URL);
    data = `PostgreSQL database "${target.database}" at ${target.server}${target.user ? ` (user ${target.user})` : ""}`;
  }
  const lines = [
    `Flightdeck is running at ${url} (open it in your browser)`,
    engineLine(config),
    `Data: ${data}. Stop with Ctrl+C.`,
  ];
  // Moving to PostgreSQL leaves the embedded database's accounts and sessions where they were. It is
  // not opened to count them: that takes 1.6 s and may write to a folder said to be unused.
  const embedded = join(resolve(config.DATA_DIR), "pglite");
  if (config.DATABASE_URL && existsSync(join(embedded, "PG_VERSION")))
    lines.push(
      `Note: an embedded database is in ${embedded} and is not used while DATABASE_URL is set; to carry its accounts and sessions over, stop this server and run flightdeck db copy (docs/deploy.md).`,
    );
  if (facts.accounts === 0)
    lines.push(
      `No accounts yet: create the first admin with  ${FIRST_ADMIN_COMMAND}${config.DATABASE_URL ? "" : `  (${STOP_SERVER_FIRST})`}`,
    );
  return [...lines, ""].join("\n");
}

/** Accounts that can sign in (with a password); the local mode's user has none. */
async function countAccounts(server: RunningServer): Promise<number | undefined> {
  try {
    return await new AccountService({
      db: server.store.db,
      events: new AccountEvents(),
    }).countAccounts();
  } catch {
    return undefined; // only a hint: the start goes on without it
  }
}

/** Who plays the employee, said once at start, so a mistyped model setting is not a silent fallback. */
export function engineLine(config: Config): string {
  if (hasModel(config))
    return `The employee is played by the model ${config.LLM_MODEL} at ${config.LLM_BASE_URL ?? "https://api.openai.com/v1"} (LLM_FALLBACK=${config.LLM_FALLBACK}).`;
  if (config.LLM_BASE_URL || config.LLM_API_KEY)
    return "The employee is played by the built-in offline engine: a model address or key is set, but no LLM_MODEL names the model.";
  if (config.LLM_MODEL)
    return `The employee is played by the built-in offline engine: LLM_MODEL=${config.LLM_MODEL} is set, but neither LLM_API_KEY (OpenAI) nor LLM_BASE_URL (a server such as Ollama) is.`;
  return "The employee is played by the built-in offline engine, not a language model: it answers with lines written for each persona. For a model, set LLM_MODEL with LLM_API_KEY (OpenAI) or LLM_BASE_URL (a server such as Ollama); see the README.";
}
