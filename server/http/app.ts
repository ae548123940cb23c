import Fastify, { type FastifyInstance } from "fastify";
import type { Config } from "../config";
import type { Store } from "../store";
import { installErrorHandler } from "./errors";
import { healthRoutes } from "./health-routes";
import { staticFiles } from "./static-files";
import { wsRoutes } from "./ws-routes";

export interface AppDeps {
  config: Config;
  store: Store;
  /** Folder of the built web client (index.html and assets). */
  webRoot: string;
  /** Pino logger options, or false for none (tests). */
  logger?: boolean | { level: string; stream?: NodeJS.WritableStream };
}

/** Builds the Fastify app from its dependencies; listening and shutdown are the caller's. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? { level: deps.config.LOG_LEVEL },
    // Request logs carry method, route and status; conversation text is never logged.
    bodyLimit: 64 * 1024,
    trustProxy: true,
  });
  installErrorHandler(app);
  await app.register(healthRoutes, { store: deps.store });
  await app.register(wsRoutes);
  await app.register(staticFiles, { root: deps.webRoot });
  return app;
}
