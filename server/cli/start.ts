import { resolve } from "node:path";
import { type Config, hasModel, loadConfig } from "../config";
import { ContentUnreadableError } from "../content";
import { FlightdeckError } from "../errors";
import { startServer, WEB_ROOT } from "../server";
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
      server.app.log.info({ signal }, "shutting down");
      server.close().then(
        () => process.exit(0),
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
    process.stdout.write(startBanner(server.url, config));
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
    if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "28P01" || code === "3D000") {
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

/**
 * What `npm start` says once it serves: where to open it, who plays the employee, where the data is
 * and how to stop. The first line's address is what scripts and tests read (up to the first space).
 */
export function startBanner(url: string, config: Config): string {
  const data = config.DATABASE_URL
    ? "PostgreSQL at DATABASE_URL"
    : `the embedded database in ${resolve(config.DATA_DIR)}`;
  return [
    `Flightdeck is running at ${url} (open it in your browser)`,
    engineLine(config),
    `Data: ${data}. Stop with Ctrl+C.`,
    "",
  ].join("\n");
}

/** Who plays the employee, said once at start, so a mistyped model setting is not a silent fallback. */
export function engineLine(config: Config): string {
  if (hasModel(config))
    return `The employee is played by the model ${config.LLM_MODEL} at ${config.LLM_BASE_URL ?? "https://api.openai.com/v1"} (LLM_FALLBACK=${config.LLM_FALLBACK}).`;
  if (config.LLM_BASE_URL || config.LLM_API_KEY)
    return "The employee is played by the built-in offline engine: a model address or key is set, but no LLM_MODEL names the model.";
  return "The employee is played by the built-in offline engine, not a language model: it answers with lines written for each persona. For a model, set LLM_MODEL with LLM_API_KEY (OpenAI) or LLM_BASE_URL (a server such as Ollama); see the README.";
}
