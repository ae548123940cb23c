import { z } from "zod";

const port = z.coerce
  .number({ error: "expected a port number from 0 to 65535" })
  .int("expected a port number from 0 to 65535")
  .min(0, "expected a port number from 0 to 65535")
  .max(65535, "expected a port number from 0 to 65535");

const TRUST_PROXY_HELP =
  "expected true, false, a number of proxy hops, or a comma-separated list of proxy addresses (e.g. 127.0.0.1,10.0.0.0/8)";
const proxyAddress =
  /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:]+)(\/\d{1,3})?$|^(loopback|linklocal|uniquelocal)$/;

/**
 * Which proxies' X-Forwarded-For / X-Forwarded-Proto to believe (Fastify's `trustProxy`). Off by
 * default: a header anyone can send must not pick the client address the sign-in backoff counts by,
 * nor mark a plain-HTTP request as HTTPS.
 */
const trustProxy = z
  .string()
  .transform((raw, ctx): boolean | number | string => {
    const value = raw.trim();
    if (value === "true") return true;
    if (value === "false") return false;
    if (/^\d+$/.test(value)) return Number(value);
    const parts = value.split(",").map((part) => part.trim());
    if (parts.length > 0 && parts.every((part) => proxyAddress.test(part))) return parts.join(",");
    ctx.addIssue({ code: "custom", message: TRUST_PROXY_HELP });
    return z.NEVER;
  })
  .default(false);

/** Hosts only this machine can reach; local mode (no sign-in) is safe only on these. */
export const isLoopbackHost = (host: string): boolean =>
  host === "localhost" ||
  host === "::1" ||
  host === "[::1]" ||
  /^(::ffff:)?127(\.\d{1,3}){3}$/.test(host);

/** The environment Flightdeck reads, validated once at start. Empty strings count as unset. */
export const ConfigSchema = z
  .object({
    PORT: port.default(4321),
    HOST: z.string().min(1).default("127.0.0.1"),
    DATA_DIR: z.string().min(1).default("./data"),
    DATABASE_URL: z
      .url({
        protocol: /^postgres(ql)?$/,
        error:
          "expected a PostgreSQL URL starting postgres:// or postgresql://, e.g. postgres://user:pass@127.0.0.1:5432/flightdeck",
      })
      // `postgres:/db.example.com/x` (one slash) parses with no host, and the client then connects
      // to localhost:5432: a wrong server, silently. A socket folder in `?host=` counts as a host.
      .refine(
        (value) => {
          if (!URL.canParse(value)) return true; // the URL check above has said it
          const url = new URL(value);
          return (
            /^postgres(ql)?:\/\//i.test(value) &&
            (url.hostname !== "" || Boolean(url.searchParams.get("host")))
          );
        },
        { error: "no host; expected postgres://user:pass@host:5432/db" },
      )
      .optional(),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
        error: "expected one of fatal, error, warn, info, debug, trace, silent",
      })
      .default("info"),
    // One check, so a scheme-less "127.0.0.1:11434" gets one line, not "not a URL" and "not http".
    LLM_BASE_URL: z
      .url({
        protocol: /^https?$/,
        error: "expected an http:// or https:// URL, e.g. http://127.0.0.1:11434/v1",
      })
      .optional(),
    LLM_API_KEY: z.string().optional(),
    LLM_MODEL: z.string().min(1).optional(),
    LLM_FALLBACK: z
      .enum(["offline", "error"], { error: "expected offline or error" })
      .default("offline"),
    LLM_TIMEOUT_MS: z.coerce
      .number({ error: "expected milliseconds" })
      .int()
      .positive()
      .default(30_000),
    /** Model tokens one practice session may spend (prompt + completion); then the offline engine speaks. */
    LLM_SESSION_TOKEN_BUDGET: z.coerce
      .number({ error: "expected a number of tokens" })
      .int()
      .positive()
      .default(60_000),
    /**
     * The LLM judge: with a model configured, each practice session's scorecard gets the model's
     * second opinion per step, shown beside the rule score on the debrief. `off` never asks it.
     */
    LLM_JUDGE: z.enum(["on", "off"], { error: "expected on or off" }).default("on"),
    /**
     * Where persona replies stream (the model's HTTP response, its events, the checks): on the main
     * thread, beside the sockets and the database (the least CPU per reply), or on a worker thread
     * (the main thread kept for the sockets: faster first words when the main thread is the
     * bottleneck). Measured trade-off in docs/benchmarks.md.
     */
    LLM_REPLY_THREAD: z
      .enum(["main", "worker"], { error: "expected main or worker" })
      .default("main"),
    /**
     * Run the detectors, engine, checks, scorer and linter over the content library right after the
     * start, in small slices between requests, so their regular expressions are compiled before the
     * first conversation needs them (docs/benchmarks.md, "Warming up"). Tests turn it off.
     */
    WARM_UP: z.enum(["on", "off"], { error: "expected on or off" }).default("on"),
    /**
     * On SIGTERM or SIGINT, how long replies in progress may go on streaming before the sockets are
     * closed and what is left is stored as interrupted. 0 closes at once.
     */
    SHUTDOWN_GRACE_MS: z.coerce
      .number({ error: "expected milliseconds, e.g. 10000" })
      .int("expected whole milliseconds, e.g. 10000")
      .min(0, "expected 0 or more milliseconds")
      .default(10_000),
    CONTENT_DIR: z.string().min(1).default("."),
    TRUST_PROXY: trustProxy,
    /** local: one user with every role, no sign-in (loopback only). password: accounts and sign-in. */
    AUTH_MODE: z
      .enum(["local", "password"], { error: "expected local or password" })
      .default("local"),
  })
  .superRefine((config, ctx) => {
    if (config.AUTH_MODE === "local" && !isLoopbackHost(config.HOST))
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_MODE"],
        message: `local mode has no sign-in, so anyone who reaches HOST=${config.HOST} would act as you; set AUTH_MODE=password or HOST=127.0.0.1`,
      });
  });
export type Config = z.infer<typeof ConfigSchema>;
