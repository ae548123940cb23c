import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import WebSocket from "ws";
import { loadConfig } from "../../server/config";
import { type RunningServer, type StartOptions, startServer } from "../../server/server";
import { freshDatabase, type TestDatabase } from "./databases";

/** A web root with a minimal index.html, so server tests do not depend on a client build. */
export function fakeWebRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), "flightdeck-web-"));
  writeFileSync(
    join(dir, "index.html"),
    "<!doctype html><title>Flightdeck test</title><div id=root></div>",
  );
  return dir;
}

export interface TestServer extends RunningServer {
  database: TestDatabase;
  wsUrl: string;
  stop(): Promise<void>;
}

/** The real server, in process, on an ephemeral port, against a fresh database of the given kind. */
export async function startTestServer(
  kind: "pglite" | "postgres",
  env: Record<string, string> = {},
  options: Pick<StartOptions, "heartbeatMs" | "logger"> = {},
): Promise<TestServer> {
  const database = await freshDatabase(kind);
  const loaded = loadConfig({
    PORT: "0",
    DATA_DIR: database.dataDir,
    DATABASE_URL: database.databaseUrl,
    LOG_LEVEL: "silent",
    // Hundreds of servers start in the suite; the warm-up has its own tests (tests/warm-up.test.ts).
    WARM_UP: "off",
    // A session that ends would ask the fake model for a second opinion, taking a reply a test
    // scripted for its next line; the judge's own tests turn it on.
    LLM_JUDGE: "off",
    ...env,
  });
  if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
  const server = await startServer(loaded.config, {
    webRoot: fakeWebRoot(),
    logger: false,
    ...options,
  });
  return {
    ...server,
    database,
    wsUrl: `${server.url.replace("http", "ws")}/ws`,
    async stop() {
      await server.close();
      await database.drop();
    },
  };
}

/** A websocket client that queues incoming JSON frames so a test can await them in order. */
export class TestSocket {
  readonly ws: WebSocket;
  private readonly queue: unknown[] = [];
  private waiters: ((frame: unknown) => void)[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(ws: WebSocket) {
    this.ws = ws;
    ws.on("message", (data) => {
      const frame = JSON.parse(String(data));
      const waiter = this.waiters.shift();
      if (waiter) waiter(frame);
      else this.queue.push(frame);
    });
    this.closed = new Promise((resolve) =>
      ws.on("close", (code, reason) => resolve({ code, reason: String(reason) })),
    );
  }

  static open(url: string, headers: Record<string, string> = {}): Promise<TestSocket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers });
      const socket = new TestSocket(ws);
      ws.once("open", () => resolve(socket));
      ws.once("error", reject);
    });
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === "string" ? frame : JSON.stringify(frame));
  }

  /** The next frame, failing after timeoutMs so a missing answer fails the test instead of hanging. */
  next<T = Record<string, unknown>>(timeoutMs = 5_000): Promise<T> {
    const queued = this.queue.shift();
    if (queued !== undefined) return Promise.resolve(queued as T);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no frame within ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter = (frame: unknown) => {
        clearTimeout(timer);
        resolve(frame as T);
      };
      this.waiters.push(waiter);
    });
  }

  /** Frames until one matches, returning all of them (the match last). */
  async until<T = Record<string, unknown>>(
    match: (frame: T) => boolean,
    timeoutMs = 10_000,
  ): Promise<T[]> {
    const seen: T[] = [];
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const frame = await this.next<T>(Math.max(1, deadline - Date.now()));
      seen.push(frame);
      if (match(frame)) return seen;
    }
  }

  close(): void {
    this.ws.close();
  }
}
