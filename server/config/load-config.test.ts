import { describe, expect, it } from "vitest";
import { hasModel, loadConfig } from "./load-config";

describe("loadConfig", () => {
  it("gives the embedded defaults for an empty environment", () => {
    const result = loadConfig({});
    expect(result).toMatchObject({
      ok: true,
      config: { PORT: 4321, HOST: "127.0.0.1", DATA_DIR: "./data", LLM_FALLBACK: "offline" },
    });
    expect(result.ok && result.config.DATABASE_URL).toBeUndefined();
  });

  it("treats empty strings as unset", () => {
    const result = loadConfig({ PORT: "", DATABASE_URL: "" });
    expect(result.ok && result.config.PORT).toBe(4321);
    // Blank too: " " would otherwise coerce to port 0, any free port.
    const blank = loadConfig({ PORT: " ", DATABASE_URL: "  " });
    expect(blank.ok && blank.config.PORT).toBe(4321);
  });

  it("wants the model at an http or https address", () => {
    expect(loadConfig({ LLM_BASE_URL: "ftp://x" })).toEqual({
      ok: false,
      problems: [
        'LLM_BASE_URL: expected an http:// or https:// URL, e.g. http://127.0.0.1:11434/v1 (got "ftp://x")',
      ],
    });
  });

  it("a base URL without its scheme is one problem, not two", () => {
    expect(loadConfig({ LLM_BASE_URL: "127.0.0.1:11434" })).toEqual({
      ok: false,
      problems: [
        'LLM_BASE_URL: expected an http:// or https:// URL, e.g. http://127.0.0.1:11434/v1 (got "127.0.0.1:11434")',
      ],
    });
    expect(loadConfig({ LLM_BASE_URL: "http://127.0.0.1:11434/v1" }).ok).toBe(true);
  });

  it("reports every bad variable, one line each, with what is expected", () => {
    const result = loadConfig({ PORT: "abc", LOG_LEVEL: "loud", DATABASE_URL: "not a url" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      'PORT: expected a port number from 0 to 65535 (got "abc")',
      'DATABASE_URL: expected a PostgreSQL URL starting postgres:// or postgresql://, e.g. postgres://user:pass@127.0.0.1:5432/flightdeck (got "not a url")',
      'LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent (got "loud")',
    ]);
  });

  it("refuses a PostgreSQL URL with no host (one slash), which would connect to localhost", () => {
    for (const url of ["postgres:/db.example.invalid/x", "postgres:///flightdeck"]) {
      const result = loadConfig({ DATABASE_URL: url });
      expect(result.ok ? [] : result.problems).toEqual([
        `DATABASE_URL: no host; expected postgres://user:pass@host:5432/db (got "${url}")`,
      ]);
    }
    // The password is not echoed.
    const oneSlash = loadConfig({ DATABASE_URL: "postgres:/fd:s3cret@db/x" });
    expect(oneSlash.ok ? "" : oneSlash.problems.join()).toContain('(got "postgres:/fd:***@db/x")');
    const withPassword = loadConfig({ DATABASE_URL: "mysql://fd:s3cret@db/x" });
    expect(withPassword.ok ? "" : withPassword.problems.join()).toContain(
      '(got "mysql://fd:***@db/x")',
    );
    // A host, or a socket folder in ?host=, is enough.
    for (const url of [
      "postgres://db.example.invalid/x",
      "postgresql://fd:pw@10.0.0.5:6432/fd?sslmode=require",
      "postgres:///fd?host=/var/run/postgresql",
    ])
      expect(loadConfig({ DATABASE_URL: url }).ok, url).toBe(true);
  });

  it("lets replies finish for 10 s at shutdown unless SHUTDOWN_GRACE_MS says otherwise", () => {
    const defaults = loadConfig({});
    expect(defaults.ok && defaults.config.SHUTDOWN_GRACE_MS).toBe(10_000);
    const none = loadConfig({ SHUTDOWN_GRACE_MS: "0" });
    expect(none.ok && none.config.SHUTDOWN_GRACE_MS).toBe(0);
    const bad = loadConfig({ SHUTDOWN_GRACE_MS: "10s" });
    expect(bad.ok ? [] : bad.problems).toEqual([
      'SHUTDOWN_GRACE_MS: expected milliseconds, e.g. 10000 (got "10s")',
    ]);
  });

  it("believes no proxy unless TRUST_PROXY names them", () => {
    const trust = (value?: string) => {
      const result = loadConfig(value === undefined ? {} : { TRUST_PROXY: value });
      return result.ok ? result.config.TRUST_PROXY : result.problems;
    };
    expect(trust()).toBe(false);
    expect(trust("true")).toBe(true);
    expect(trust("false")).toBe(false);
    expect(trust("1")).toBe(1);
    expect(trust("127.0.0.1, 10.0.0.0/8")).toBe("127.0.0.1,10.0.0.0/8");
    expect(trust("::1,loopback")).toBe("::1,loopback");
    expect(trust("the load balancer")).toEqual([
      'TRUST_PROXY: expected true, false, a number of proxy hops, or a comma-separated list of proxy addresses (e.g. 127.0.0.1,10.0.0.0/8) (got "the load balancer")',
    ]);
  });

  it("rejects out-of-range ports", () => {
    expect(loadConfig({ PORT: "70000" }).ok).toBe(false);
    expect(loadConfig({ PORT: "8080" })).toMatchObject({ ok: true, config: { PORT: 8080 } });
  });

  it("honours the OPENAI_* conventions when LLM_* are unset, and LLM_* wins when both are", () => {
    const viaOpenai = loadConfig({
      OPENAI_BASE_URL: "http://127.0.0.1:11434/v1",
      OPENAI_API_KEY: "k1",
      LLM_MODEL: "m",
    });
    expect(viaOpenai).toMatchObject({
      ok: true,
      config: { LLM_BASE_URL: "http://127.0.0.1:11434/v1", LLM_API_KEY: "k1" },
    });
    const both = loadConfig({ OPENAI_API_KEY: "k1", LLM_API_KEY: "k2" });
    expect(both.ok && both.config.LLM_API_KEY).toBe("k2");
  });

  it("uses a model only when one is named", () => {
    const none = loadConfig({ LLM_BASE_URL: "http://127.0.0.1:8000/v1" });
    const named = loadConfig({ LLM_BASE_URL: "http://127.0.0.1:8000/v1", LLM_MODEL: "llama3" });
    expect(none.ok && hasModel(none.config)).toBe(false);
    expect(named.ok && hasModel(named.config)).toBe(true);
  });
});
