import Fastify, { type FastifyInstance } from "fastify";
import type { Config } from "../config";
import type { Content } from "../content";
import type { Actor, SessionService } from "../sessions/session-service";
import type { Store } from "../store";
import { contentRoutes } from "./content-routes";
import { installErrorHandler } from "./errors";
import { healthRoutes } from "./health-routes";
import { lintRoutes } from "./lint-routes";
import { sessionRoutes } from "./session-routes";
import { staticFiles } from "./static-files";
import { wsRoutes } from "./ws-routes";

export interface AppDeps {
  config: Config;
  store: Store;
  content: Content;
  sessions: SessionService;
  /** Folder of the built web client (index.html and assets). */
  webRoot: string;
  /** Pino logger options, or false for none (tests). */
  logger?: boolean | { level: string; stream?: NodeJS.WritableStream };
  heartbeatMs?: number;
}

/** The one local user of AUTH_MODE=local: every request acts for it. */
export const LOCAL_ACTOR: Actor = { id: "local" };

/** Builds the Fastify app from its dependencies; listening and shutdown are the caller's. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    // Request logs carry method, route and status; conversation text is never logged.
    logger: deps.logger ?? { level: deps.config.LOG_LEVEL },
    bodyLimit: 64 * 1024,
    trustProxy: true,
  });
  installErrorHandler(app);
  const actorOf = () => LOCAL_ACTOR;
  await app.register(healthRoutes, { store: deps.store });
  await app.register(contentRoutes, { content: deps.content });
  await app.register(lintRoutes, { content: deps.content });
  await app.register(sessionRoutes, { sessions: deps.sessions, content: deps.content, actorOf });
  await app.register(wsRoutes, {
    sessions: deps.sessions,
    actorOf,
    ...(deps.heartbeatMs ? { heartbeatMs: deps.heartbeatMs } : {}),
  });
  await app.register(staticFiles, { root: deps.webRoot });
  return app;
}
