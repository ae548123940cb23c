import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { freshDatabase, type TestDatabase } from "./databases";
import { type ServerProcess, startServerProcess } from "./processes";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const ARTIFACTS = fileURLToPath(new URL("../e2e/artifacts/", import.meta.url));

/**
 * Whether browser tests run here. Under CI they always run (a missing Chromium fails them loudly);
 * elsewhere they are skipped, with a message, only when no Chromium binary exists.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) return true;
  console.warn(
    `e2e: skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
  return false;
}

/** Debian's Chromium, headless, with the flags this machine needs (no network beyond loopback). */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** What one e2e file flies against: a fresh database, `flightdeck start` on it, and Chromium. */
export interface ProductInBrowser {
  database: TestDatabase;
  server: ServerProcess;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Starts the built product as a user would (a child process on a fresh database) and a browser.
 * `prepare` runs before the server holds the data folder (e.g. the first account, from the CLI).
 */
export async function startProductInBrowser(
  options: {
    kind?: "pglite" | "postgres";
    env?: Record<string, string>;
    prepare?: (env: Record<string, string>) => Promise<unknown>;
  } = {},
): Promise<ProductInBrowser> {
  const database = await freshDatabase(options.kind ?? "pglite");
  const env = {
    DATA_DIR: database.dataDir,
    ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
  };
  let server: ServerProcess | undefined;
  let browser: Browser;
  try {
    await options.prepare?.(env);
    server = await startServerProcess({ ...env, ...options.env });
    browser = await launchBrowser();
  } catch (err) {
    // A start that fails halfway leaves no server running and no database behind.
    await server?.stop();
    await database.drop();
    throw err;
  }
  return {
    database,
    server,
    browser,
    async close() {
      await browser.close();
      await server.stop();
      await database.drop();
    },
  };
}
