import { type Config, ConfigSchema } from "./config.schema";

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/**
 * Reads the environment through the schema. The conventional OPENAI_* variables are honoured when
 * the LLM_* ones are not set, so an existing OpenAI setup works unchanged.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const pick = (name: string) => {
    const value = env[name];
    // Blank counts as unset: `PORT=" "` is the default port, not whatever " " coerces to (0, any port).
    return value === undefined || value.trim() === "" ? undefined : value;
  };
  const raw: Record<string, string | undefined> = {};
  for (const key of Object.keys(ConfigSchema.shape)) raw[key] = pick(key);
  raw.LLM_BASE_URL ??= pick("OPENAI_BASE_URL");
  raw.LLM_API_KEY ??= pick("OPENAI_API_KEY");
  // A bare OpenAI key with no base URL means the hosted API; a model must still be named.
  const parsed = ConfigSchema.safeParse(raw);
  if (parsed.success) return { ok: true, config: parsed.data };
  // One line per variable: a value that fails one check often fails the next one too.
  const problems: string[] = [];
  const reported = new Set<string>();
  for (const issue of parsed.error.issues) {
    const name = String(issue.path[0] ?? "environment");
    if (reported.has(name)) continue;
    reported.add(name);
    const value = raw[name];
    // A database URL's password is not echoed to the terminal or a log collector.
    const safe =
      name === "DATABASE_URL"
        ? value?.replace(/^([a-z][\w+.-]*:\/*[^:/@]*:)[^@/]*@/i, "$1***@")
        : value;
    const shown = value === undefined ? "" : ` (got "${safe}")`;
    problems.push(`${name}: ${issue.message}${shown}`);
  }
  return { ok: false, problems };
}

/** True when a model is configured: the persona is then played by it, otherwise offline. */
export function hasModel(config: Config): boolean {
  return Boolean(config.LLM_MODEL && (config.LLM_BASE_URL || config.LLM_API_KEY));
}
