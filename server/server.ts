import { createServer } from "node:net";
import { constants, monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { type Config, hasModel } from "./config";
import { loadValidContent } from "./content/load-content";
import { buildApp } from "./http/app";
import type { SocketDrain } from "./http/ws-routes";
import { startReplyWorker } from "./llm/reply-worker";
import { rubricScorer, simEngine } from "./sessions/default-engines";
import { offlineVoice, type ReplyVoice } from "./sessions/engines";
import { createLlmVoice, inProcessReplies, type ModelFault } from "./sessions/llm-voice";
import { createSessionJudge } from "./sessions/session-judge";
import { SessionService } from "./sessions/session-service";
import { runWarmUp, type WarmUpReport, warmUpTasks } from "./sessions/warm-up";
import { openStore, type Store } from "./store";
import { turnTrace } from "./turn-trace";

export const WEB_ROOT = fileURLToPath(new URL("../web/dist", import.meta.url));

export interface RunningServer {
  app: FastifyInstance;
  store: Store;
  sessions: SessionService;
  /** The address to print: localhost for loopback hosts, so the link opens in a browser. */
  url: string;
  /** Settles when the warm-up has run (null when `WARM_UP=off`); requests are served meanwhile. */
  warmedUp: Promise<WarmUpReport | null>;
  /**
   * Stops: with `graceMs`, first stops accepting connections, closes the sockets with no reply
   * streaming (1001) and lets the replies in progress finish, each socket closed once its reply is
   * done, for up to `graceMs`; then closes the rest (replies still streaming are stored as
   * interrupted) and the database. Resolves with what it closed and cut.
   */
  close(options?: { graceMs?: number }): Promise<ShutdownReport>;
}

export interface ShutdownReport {
  /** Websockets closed with 1001 for the shutdown. */
  sockets: number;
  /** Replies still streaming when the server closed, stored as interrupted. */
  interrupted: number;
}

export interface StartOptions {
  webRoot?: string;
  logger?: boolean | { level: string; stream?: NodeJS.WritableStream };
  /** The voice that renders persona replies; offline unless a model is configured. */
  voice?: ReplyVoice;
  heartbeatMs?: number;
}

/** Opens the store (migrating it), builds the app and listens. Used by `flightdeck start` and tests. */
export async function startServer(
  config: Config,
  options: StartOptions = {},
): Promise<RunningServer> {
  // Content first: invalid files stop the start before anything is opened.
  const content = await loadValidContent(config.CONTENT_DIR);
  // A port in use is said before the database is opened and migrated (10 s on a large PGlite).
  await ensurePortFree(config.PORT, config.HOST);
  // A model failure is logged where an operator looks; the manager gets a notice in the session.
  const onFault = (fault: ModelFault) =>
    app?.log.warn(
      fault,
      `the model failed a reply (${fault.event}); ${fault.outcome === "offline" ? "the built-in engine answered" : "the reply was cut off"}${fault.advice ? `; ${fault.advice}` : ""}`,
    );
  const voice =
    options.voice ?? (hasModel(config) ? await modelVoice(config, onFault) : offlineVoice);
  const store = await openStore({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    onConnectionError: (err) => {
      if (app) app.log.warn({ err }, "a pooled database connection closed; the pool replaces it");
      else
        process.stderr.write(`flightdeck: a pooled database connection closed: ${err.message}\n`);
    },
  }).catch(async (err: unknown) => {
    await voice.close?.();
    throw err;
  });
  const sessions = new SessionService({
    store,
    content,
    engine: simEngine,
    voice,
    scorer: rubricScorer,
    judge: createSessionJudge(config),
    onError: (err, context) => app?.log.error({ err, ...context }, "session work failed"),
  });
  let app: FastifyInstance | undefined;
  const drain: { sockets?: SocketDrain } = {};
  let interrupted = 0;
  try {
    await sessions.recover();
    app = await buildApp({
      config,
      store,
      content,
      sessions,
      webRoot: options.webRoot ?? WEB_ROOT,
      logger: options.logger,
      ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
      drain,
    });
    // Streaming replies are written as interrupted before the store closes.
    app.addHook("onClose", async () => {
      interrupted = await sessions.close();
      await voice.close?.();
    });
    await app.listen({ port: config.PORT, host: config.HOST });
  } catch (err) {
    await voice.close?.();
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
  const stopStats = process.env.FLIGHTDECK_BENCH_STATS === "1" ? printStats(store) : undefined;
  let closing: Promise<ShutdownReport> | undefined;
  const warmedUp =
    config.WARM_UP === "on"
      ? runWarmUp(warmUpTasks(content), { stopped: () => closing !== undefined }).then(
          (report) => {
            app?.log.info(report, "warmed up the detectors, engine and scorer");
            return report;
          },
          (err: unknown) => {
            // A warm-up that fails costs only speed: the same code runs again on the first turns.
            app?.log.warn({ err }, "the warm-up failed; first turns may be slower");
            return null;
          },
        )
      : Promise.resolve(null);
  return {
    app,
    store,
    sessions,
    url: `http://${host}:${port}`,
    warmedUp,
    close(closeOptions = {}) {
      stopStats?.();
      const graceMs = closeOptions.graceMs ?? 0;
      closing ??= (async () => {
        if (graceMs > 0) {
          // No new connections (Fastify's close below tolerates the server already stopped), and
          // every socket told to go elsewhere as soon as it has no reply on its way.
          app.server.close();
          drain.sockets?.drain();
          await sessions.settle(Date.now() + graceMs);
        }
        // Fastify waits for in-flight requests, closes the sockets left and runs onClose hooks.
        await app.close();
        return { sockets: drain.sockets?.closed() ?? 0, interrupted };
      })().finally(() => store.close());
      return closing;
    },
  };
}

/**
 * Fails with EADDRINUSE (or EACCES) when the port cannot be listened on, by listening on it for a
 * moment. Port 0 (any free port) always can.
 */
function ensurePortFree(port: number, host: string): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** The model's voice, its replies streamed where LLM_REPLY_THREAD says. */
async function modelVoice(
  config: Config,
  onFault: (fault: ModelFault) => void,
): Promise<ReplyVoice> {
  if (config.LLM_REPLY_THREAD === "worker")
    return createLlmVoice(config, await startReplyWorker(config), onFault);
  return createLlmVoice(config, inProcessReplies(config), onFault);
}

/**
 * FLIGHTDECK_BENCH_STATS=1 (bench/ws.ts sets it): once a second, one stderr line
 * `flightdeck-stats {json}` with this second's event-loop delay (p50, p99, max, ms) and database
 * statements and the time callers waited for them, and the garbage collector's pauses (total, longest,
 * how many were full mark-compact collections, and the longest of those), and the intervals between
 * the stages of each turn answered that second (server/turn-trace.ts), so the bench can tell a
 * blocked loop from a slow database, a collector at work or a slow model round trip.
 */
function printStats(store: Store): () => void {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  turnTrace.enabled = true;
  loop.enable();
  const gc = { ms: 0, max: 0, major: 0, majorMax: 0 };
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.ms += entry.duration;
      gc.max = Math.max(gc.max, entry.duration);
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
        gc.major++;
        gc.majorMax = Math.max(gc.majorMax, entry.duration);
      }
    }
  });
  gcObserver.observe({ entryTypes: ["gc"] });
  let last = { ...store.db.stats };
  const timer = setInterval(() => {
    const now = store.db.stats;
    const line = {
      loopP50: loop.percentile(50) / 1e6,
      loopP99: loop.percentile(99) / 1e6,
      loopMax: loop.max / 1e6,
      queries: now.queries - last.queries,
      dbWaitMs: Math.round(now.waitMs - last.waitMs),
      gcMs: Math.round(gc.ms * 10) / 10,
      gcMax: Math.round(gc.max * 10) / 10,
      gcMajor: gc.major,
      gcMajorMax: Math.round(gc.majorMax * 10) / 10,
      turns: Object.fromEntries(
        Object.entries(turnTrace.take()).map(([k, v]) => [
          k,
          v.map((ms) => Math.round(ms * 10) / 10),
        ]),
      ),
    };
    last = { ...now };
    loop.reset();
    Object.assign(gc, { ms: 0, max: 0, major: 0, majorMax: 0 });
    process.stderr.write(`flightdeck-stats ${JSON.stringify(line)}\n`);
  }, 1000);
  timer.unref();
  return () => {
    clearInterval(timer);
    turnTrace.enabled = false;
    loop.disable();
    gcObserver.disconnect();
  };
}
