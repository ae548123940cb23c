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
