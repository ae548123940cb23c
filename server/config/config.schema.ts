import { z } from "zod";

const port = z.coerce
  .number({ error: "expected a port number from 0 to 65535" })
  .int("expected a port number from 0 to 65535")
  .min(0, "expected a port number from 0 to 65535")
  .max(65535, "expected a port number from 0 to 65535");

const url = (what: string) =>
  z.url({
    error: `expected ${what} URL, e.g. ${what === "a PostgreSQL" ? "postgres://user:pass@127.0.0.1:5432/flightdeck" : "http://127.0.0.1:11434/v1"}`,
  });

/** The environment Flightdeck reads, validated once at start. Empty strings count as unset. */
export const ConfigSchema = z.object({
  PORT: port.default(4321),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: url("a PostgreSQL").optional(),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "expected one of fatal, error, warn, info, debug, trace, silent",
    })
    .default("info"),
  LLM_BASE_URL: url("an OpenAI-compatible base").optional(),
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
  CONTENT_DIR: z.string().min(1).default("."),
});
export type Config = z.infer<typeof ConfigSchema>;
