import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config";
import { databaseRefusal, engineLine, postgresTarget, startBanner } from "./start";

const configOf = (env: Record<string, string>) => {
  const loaded = loadConfig(env);
  if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
  return loaded.config;
};

describe("engineLine", () => {
  it("names the model and where it is served", () => {
    expect(
      engineLine(configOf({ LLM_BASE_URL: "http://127.0.0.1:11434/v1", LLM_MODEL: "llama3.1" })),
    ).toBe(
      "The employee is played by the model llama3.1 at http://127.0.0.1:11434/v1 (LLM_FALLBACK=offline).",
    );
  });
  it("says a model address without a model name leaves the offline engine playing", () => {
    expect(engineLine(configOf({ LLM_BASE_URL: "http://127.0.0.1:11434/v1" }))).toMatch(
      /offline engine: .*no LLM_MODEL/,
    );
  });
  it("says a model name without a key or an address leaves the offline engine playing, and what is missing", () => {
    expect(engineLine(configOf({ LLM_MODEL: "gpt-4o-mini" }))).toBe(
      "The employee is played by the built-in offline engine: LLM_MODEL=gpt-4o-mini is set, but neither LLM_API_KEY (OpenAI) nor LLM_BASE_URL (a server such as Ollama) is.",
    );
  });
  it("says what the offline engine is and how to use a model when none is set", () => {
    const line = engineLine(configOf({}));
    expect(line).toMatch(
      /^The employee is played by the built-in offline engine, not a language model/,
    );
    // OpenAI needs a key and a model name, a local server its address and a model name.
    expect(line).toContain("set LLM_MODEL with LLM_API_KEY (OpenAI) or LLM_BASE_URL");
  });
});

describe("startBanner", () => {
  it("says where to open it, who plays the employee, where the data is and how to stop", () => {
    const banner = startBanner("http://localhost:4321", configOf({ DATA_DIR: "/srv/fd-data" }));
    expect(banner.split("\n")).toEqual([
      "Flightdeck is running at http://localhost:4321 (open it in your browser)",
      engineLine(configOf({})),
      "Data: the embedded database in /srv/fd-data. Stop with Ctrl+C.",
      "",
    ]);
  });
  it("gives the data folder as a full path, so a relative DATA_DIR can be found", () => {
    expect(startBanner("http://localhost:1", configOf({ DATA_DIR: "data" }))).toContain(
      `Data: the embedded database in ${join(process.cwd(), "data")}.`,
    );
  });
  it("names the PostgreSQL database, server and user, never the password", () => {
    const banner = startBanner(
      "http://localhost:1",
      configOf({ DATABASE_URL: "postgres://fd:secret@db:6543/fd_staging" }),
    );
    expect(banner).toContain(
      'Data: PostgreSQL database "fd_staging" at db:6543 (user fd). Stop with Ctrl+C.',
    );
    expect(banner).not.toContain("secret");
  });
  it("reads a PostgreSQL URL as libpq does: port 5432, the user's database, a socket folder", () => {
    expect(postgresTarget("postgres://kim@db.internal")).toEqual({
      server: "db.internal:5432",
      host: "db.internal",
      port: "5432",
      database: "kim",
      user: "kim",
    });
    expect(postgresTarget("postgres:///fd?host=/var/run/postgresql").server).toBe(
      "/var/run/postgresql",
    );
  });
  it("in password mode with no account, says how to create the first admin", () => {
    const config = configOf({ AUTH_MODE: "password", HOST: "0.0.0.0" });
    const line = "No accounts yet: create the first admin with";
    const command = `${line}  printf '%s\\n' '<a long passphrase>' | npx flightdeck users add --email you@example.com --name "Your Name" --password-stdin --role admin`;
    // On PGlite the command needs the data folder this server holds.
    expect(startBanner("http://localhost:1", config, { accounts: 0 })).toContain(
      `${command}  (stop this server first: it holds the data folder)\n`,
    );
    const onPostgres = configOf({ AUTH_MODE: "password", DATABASE_URL: "postgres://fd@db/fd" });
    expect(startBanner("http://localhost:1", onPostgres, { accounts: 0 })).toContain(
      `${command}\n`,
    );
    expect(startBanner("http://localhost:1", config, { accounts: 1 })).not.toContain(line);
    expect(startBanner("http://localhost:1", config)).not.toContain(line);
  });
  it("on PostgreSQL, says once that an embedded database in DATA_DIR is not used", () => {
    const dir = mkdtempSync(join(tmpdir(), "fd-banner-"));
    try {
      const config = configOf({ DATA_DIR: dir, DATABASE_URL: "postgres://fd@db/fd" });
      expect(startBanner("http://localhost:1", config)).not.toContain("embedded database");
      mkdirSync(join(dir, "pglite"));
      writeFileSync(join(dir, "pglite", "PG_VERSION"), "17\n");
      const banner = startBanner("http://localhost:1", config);
      expect(banner).toContain(
        `Note: an embedded database is in ${join(dir, "pglite")} and is not used while DATABASE_URL is set`,
      );
      expect(banner).toContain("run flightdeck db copy");
      // On the embedded database itself, nothing to say.
      expect(startBanner("http://localhost:1", configOf({ DATA_DIR: dir }))).not.toContain("Note:");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("keeps the address readable up to the first space, as scripts read it", () => {
    const banner = startBanner("http://localhost:4321", configOf({}));
    expect(/Flightdeck is running at (http:\/\/\S+)/.exec(banner)?.[1]).toBe(
      "http://localhost:4321",
    );
  });
});

describe("databaseRefusal", () => {
  const target = postgresTarget("postgres://fd:secret@10.0.0.5:6432/fd_prod");
  it("says the server has no such database, and how to create it", () => {
    expect(databaseRefusal("3D000", target)).toBe(
      'the PostgreSQL server at 10.0.0.5:6432 has no database "fd_prod": create it (createdb -h 10.0.0.5 -p 6432 -U fd fd_prod) or fix the name in DATABASE_URL',
    );
  });
  it("says the password was refused, for which user, without showing it", () => {
    const line = databaseRefusal("28P01", target);
    expect(line).toBe(
      'the PostgreSQL server at 10.0.0.5:6432 refused the password for user "fd": fix the password in DATABASE_URL, or the user\'s password on the server',
    );
  });
});
