import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from "fastify";
import { type Config, hasModel } from "../config";
import type { Content } from "../content";
import { ErrorCode, FlightdeckError } from "../errors";
import { createPeople, LOCAL_USER } from "../people";
import type { Actor, SessionService } from "../sessions/session-service";
import type { Store } from "../store";
import { actorOf as actorOfRequest, authRoutes, socketGuard } from "./auth-routes";
import { contentRoutes } from "./content-routes";
import { errorBody, installErrorHandler, installJsonParser, refusePlainText } from "./errors";
import { healthRoutes } from "./health-routes";
import { pathAt } from "./invalid-input";
import { lintRoutes } from "./lint-routes";
import { peopleRoutes } from "./people-routes";
import { sessionRoutes } from "./session-routes";
import { staticFiles } from "./static-files";
import { UNSTORABLE_MESSAGE, unstorableTextAt } from "./unstorable-text";
import { type SocketDrain, wsRoutes } from "./ws-routes";

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
  /** Filled in by the websocket routes, for a shutdown that lets replies finish. */
  drain?: { sockets?: SocketDrain };
}

/** The one local user of AUTH_MODE=local (every role): every request acts for it. */
export const LOCAL_ACTOR: Actor = LOCAL_USER;

/** A hop count means: believe that many proxies in front of us (Fastify's types take only a function). */
const trustProxyOf = (setting: Config["TRUST_PROXY"]) =>
  typeof setting === "number" ? (_address: string, hop: number) => hop < setting : setting;

/** Builds the Fastify app from its dependencies; listening and shutdown are the caller's. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    // Conversation text is never logged. Each request is logged at debug (below), not info: at
    // the default level the log is what an operator acts on (start, warnings, model failures,
    // errors), not one line per page view.
    logger: deps.logger ?? { level: deps.config.LOG_LEVEL },
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 64 * 1024,
    // Forwarded headers are believed only from the proxies TRUST_PROXY names (docs/deploy.md).
    trustProxy: trustProxyOf(deps.config.TRUST_PROXY),
    // An address that is not valid percent-encoding gets the same error shape as everything else.
    frameworkErrors: (err, _request, reply) => {
      const body = errorBody(
        ErrorCode.BadRequest,
        err.code === "FST_ERR_BAD_URL" ? "the address is not valid percent-encoding" : err.message,
      );
      (reply as FastifyReply).status(400).send(body);
    },
  });
  installErrorHandler(app);
  installJsonParser(app);
  refusePlainText(app);
  // The route, not the address: its pattern (":id") carries no ids or query strings.
  const routeOf = (request: FastifyRequest) => request.routeOptions.url ?? "(no route)";
  app.addHook("onRequest", async (request) => {
    request.log.debug({ method: request.method, route: routeOf(request) }, "request");
  });
  // Before any route's own validation: text the database cannot store is the caller's error.
  app.addHook("preValidation", async (request) => {
    for (const [where, value] of [
      ["body", request.body],
      ["query", request.query],
      ["path", request.params],
    ] as const) {
      const at = unstorableTextAt(value);
      if (at)
        throw new FlightdeckError(
          ErrorCode.BadRequest,
          `${pathAt(where, at)}: ${UNSTORABLE_MESSAGE}`,
        );
    }
  });
  app.addHook("onResponse", async (request, reply) => {
    request.log.debug(
      { route: routeOf(request), status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      "answered",
    );
  });
  // First, so its hook covers every route: who is asking (local user or cookie sign-in), CSRF, policy.
  const people = await createPeople({
    store: deps.store,
    content: deps.content,
    mode: deps.config.AUTH_MODE,
  });
  await app.register(authRoutes, { people, embeddedDatabase: !deps.config.DATABASE_URL });
  const actorOf = (request: unknown) => actorOfRequest(request as FastifyRequest);
  await app.register(healthRoutes, { store: deps.store });
  await app.register(contentRoutes, {
    content: deps.content,
    engine:
      hasModel(deps.config) && deps.config.LLM_MODEL
        ? { engine: "model", model: deps.config.LLM_MODEL }
        : { engine: "offline" },
  });
  await app.register(lintRoutes, { content: deps.content });
  await app.register(sessionRoutes, {
    sessions: deps.sessions,
    content: deps.content,
    actorOf,
    notesOf: (request, id) => people.reviews.notes(actorOfRequest(request), id),
  });
  await app.register(peopleRoutes, { people });
  await app.register(wsRoutes, {
    sessions: deps.sessions,
    actorOf,
    guard: socketGuard(people),
    ...(deps.heartbeatMs ? { heartbeatMs: deps.heartbeatMs } : {}),
    ...(deps.drain ? { drain: deps.drain } : {}),
  });
  await app.register(staticFiles, { root: deps.webRoot });
  return app;
}
