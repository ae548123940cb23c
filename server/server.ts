import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import type { Config } from "./config";
import { buildApp } from "./http/app";
import { openStore, type Store } from "./store";

export const WEB_ROOT = fileURLToPath(new URL("../web/dist", import.meta.url));

export interface RunningServer {
  app: FastifyInstance;
  store: Store;
  /** The address to print: localhost for loopback hosts, so the link opens in a browser. */
  url: string;
  close(): Promise<void>;
}

export interface StartOptions {
  webRoot?: string;
  logger?: boolean | { level: string; stream?: NodeJS.WritableStream };
}

/** Opens the store (migrating it), builds the app and listens. Used by `flightdeck start` and tests. */
export async function startServer(
  config: Config,
  options: StartOptions = {},
): Promise<RunningServer> {
  const store = await openStore({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  let app: FastifyInstance;
  try {
    app = await buildApp({
      config,
      store,
      webRoot: options.webRoot ?? WEB_ROOT,
      logger: options.logger,
    });
    await app.listen({ port: config.PORT, host: config.HOST });
  } catch (err) {
    await store.close();
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  const loopback = ["127.0.0.1", "localhost", "::1", "0.0.0.0", "::"].includes(config.HOST);
  const host = loopback
    ? "localhost"
    : config.HOST.includes(":")
      ? `[${config.HOST}]`
      : config.HOST;
  let closing: Promise<void> | undefined;
  return {
    app,
    store,
    url: `http://${host}:${port}`,
    close() {
      // Fastify stops accepting, waits for in-flight requests and runs onClose hooks; then the store.
      closing ??= app.close().finally(() => store.close());
      return closing;
    },
  };
}
