import { spawn } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openStore } from "../server/store";
import { DATABASES, freshDatabase, type TestDatabase } from "./support/databases";
import { addAccountByCli, runCli, startServerProcess } from "./support/processes";

describe("flightdeck start", () => {
  it("exits 2 with one line per bad variable and no stack trace", async () => {
    const run = await runCli(["start"], { PORT: "abc", LOG_LEVEL: "loud" });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'Flightdeck cannot start: the configuration is invalid.\n  PORT: expected a port number from 0 to 65535 (got "abc")\n  LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent (got "loud")\n',
    );
  });

  it("refuses a DATABASE_URL that is not PostgreSQL's, and says in one line why PostgreSQL refused one", async () => {
    const mysql = await runCli(["start"], { DATABASE_URL: "mysql://root@127.0.0.1/flightdeck" });
    expect(mysql.code).toBe(2);
    expect(mysql.stderr).toContain(
      "DATABASE_URL: expected a PostgreSQL URL starting postgres:// or postgresql://",
    );
    const admin = process.env.TEST_DATABASE_URL;
    if (!admin) return;
    const stranger = new URL(admin);
    stranger.username = "no_such_role_here";
    const run = await runCli(["start"], { DATABASE_URL: stranger.toString(), PORT: "0" });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^Flightdeck cannot start: the database at DATABASE_URL refused the connection \(.*no_such_role_here.*\); check the user, password, database name and sslmode in DATABASE_URL\n$/,
    );
  });

  it("says a reached server has no such database, not that it cannot be reached", async () => {
    const admin = process.env.TEST_DATABASE_URL;
    if (!admin) return;
    const missing = new URL(admin);
    missing.pathname = "/fd_no_such_database_here";
    const run = await runCli(["start"], { DATABASE_URL: missing.toString(), PORT: "0" });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `Flightdeck cannot start: the PostgreSQL server at ${missing.hostname}:${missing.port || 5432} has no database "fd_no_such_database_here": create it (createdb -h ${missing.hostname} -p ${missing.port || 5432}${missing.username ? ` -U ${missing.username}` : ""} fd_no_such_database_here) or fix the name in DATABASE_URL\n`,
    );
  });
});

describe("a content folder that cannot be read", () => {
  const repo = join(import.meta.dirname, "..");
  // Root reads everything: the permission cases run as nobody (65534) when the suite runs as root.
  const asOther = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
  const noAccess = "needs read access to it";

  it.each([
    ["a folder without read access", "personas"],
    ["one persona file without read access", "personas/elena.yaml"],
  ])("%s: start and validate each say which path and why in one line, exit 2", async (_, rel) => {
    // A copy of the shipped content that the other user can reach, then `rel` made unreadable.
    const root = mkdtempSync(join(tmpdir(), "flightdeck-noread-"));
    chmodSync(root, 0o755);
    for (const dir of ["personas", "rubrics"])
      cpSync(join(repo, dir), join(root, dir), { recursive: true });
    const locked = join(root, rel);
    chmodSync(locked, 0);
    try {
      const start = await runCli(
        ["start"],
        { CONTENT_DIR: root, PORT: "0", DATA_DIR: join(root, "data") },
        undefined,
        asOther,
      );
      expect(start.code).toBe(2);
      expect(start.stderr).toMatch(
        new RegExp(
          `^Flightdeck cannot start: cannot read ${locked} \\(permission denied\\): the user running Flightdeck( \\(\\S+\\))? ${noAccess}\\n$`,
        ),
      );
      const validate = await runCli(["validate", "--root", root], {}, undefined, asOther);
      expect(validate.code).toBe(2);
      expect(validate.stderr).toMatch(
        new RegExp(`^${locked}: permission denied; the user running Flightdeck.* ${noAccess}\\n$`),
      );
    } finally {
      chmodSync(locked, 0o755);
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("a file given as the folder: start and validate say so in one line, exit 2", async () => {
    const file = join(repo, "README.md");
    const start = await runCli(["start"], { CONTENT_DIR: file, PORT: "0" });
    expect(start.code).toBe(2);
    expect(start.stderr).toBe(
      `Flightdeck cannot start: cannot read ${file} (it is a file, not a folder): set CONTENT_DIR to the folder that holds personas/ and rubrics/\n`,
    );
    const validate = await runCli(["validate", "--root", file]);
    expect(validate.code).toBe(2);
    expect(validate.stderr).toBe(
      `${file}: it is a file, not a folder; set CONTENT_DIR to the folder that holds personas/ and rubrics/\n`,
    );
  });
});

describe("help and usage errors", () => {
  it("prints help for start and users with exit 0, and starts nothing", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "fd-help-"));
    const start = await runCli(["start", "--help"], { DATA_DIR: join(dataDir, "data") });
    expect(start.code).toBe(0);
    expect(start.stdout).toMatch(/^usage: flightdeck start\n/);
    expect(existsSync(join(dataDir, "data"))).toBe(false);
    const users = await runCli(["users", "--help"]);
    expect(users.code).toBe(0);
    expect(users.stdout).toContain("flightdeck users add");
    await rm(dataDir, { recursive: true, force: true });
  });
  it("exits 1 on a usage error, as every command does", async () => {
    expect((await runCli(["users", "remove"])).code).toBe(1);
    expect((await runCli(["users", "add", "--email", "x@example.com"])).code).toBe(1);
    expect((await runCli(["start", "now"])).code).toBe(1);
  });
});

describe.each(DATABASES)("flightdeck start on %s", (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });

  it("serves, stops cleanly on SIGTERM and keeps its data across restarts", async () => {
    database = await freshDatabase(kind);
    const env = {
      DATA_DIR: database.dataDir,
      ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
    };
    const first = await startServerProcess(env);
    expect(first.url).toMatch(/^http:\/\/localhost:\d+$/);
    // It says once who plays the employee, so a missing model setting is not a silent fallback.
    await expect
      .poll(() => first.output())
      .toContain("The employee is played by the built-in offline engine");
    expect(await (await fetch(`${first.url}/readyz`)).json()).toEqual({
      ready: true,
      database: kind,
    });
    expect(await first.stop("SIGTERM")).toBe(0);

    const options = { databaseUrl: database.databaseUrl, dataDir: database.dataDir };
    const between = await openStore(options);
    expect(between.migrated).toEqual([]);
    await between.db.query(
      "INSERT INTO users (id, display_name, created_at) VALUES ('kept', 'Kept', 1)",
    );
    await between.close();

    const second = await startServerProcess(env);
    expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
    expect(await second.stop("SIGINT")).toBe(0);

    const after = await openStore(options);
    expect(await after.db.query("SELECT id FROM users")).toEqual([{ id: "kept" }]);
    await after.close();
  });
});

describe("the PGlite data folder", () => {
  it("refuses a second process with a one-line message naming the holder's pid", async () => {
    const database = await freshDatabase("pglite");
    const holder = await startServerProcess({ DATA_DIR: database.dataDir });
    const second = await runCli(["start"], { DATA_DIR: database.dataDir, PORT: "0" });
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(
      new RegExp(
        `^Flightdeck cannot start: the data folder .+ is in use by another Flightdeck process \\(pid ${holder.child.pid}\\); stop it first or set DATA_DIR to another folder\\. If pid ${holder.child.pid} is not Flightdeck, the lock is left from a crash: delete .+flightdeck\\.lock\\n$`,
      ),
    );
    expect(await holder.stop()).toBe(0);
    await database.drop();
  });

  it("takes over a lock left by a crash whose pid now belongs to a process that is not Node.js", async () => {
    const database = await freshDatabase("pglite");
    const other = spawn("sleep", ["60"]);
    try {
      writeFileSync(join(database.dataDir, "flightdeck.lock"), String(other.pid));
      const server = await startServerProcess({ DATA_DIR: database.dataDir });
      expect(await server.stop()).toBe(0);
    } finally {
      other.kill();
      await database.drop();
    }
  });

  it("closes cleanly when stopped the moment it says it is running", async () => {
    // The signals used to be handled only after the line was printed: a supervisor that stopped it
    // at once killed it mid-start, with the database open (7 of 12 starts here).
    for (let i = 0; i < 4; i++) {
      const database = await freshDatabase("pglite");
      const server = await startServerProcess({ DATA_DIR: database.dataDir, WARM_UP: "off" });
      expect(await server.stop()).toBe(0);
      await database.drop();
    }
  });

  it("says a port in use before it opens the data folder", async () => {
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, "127.0.0.1", r));
    const port = (busy.address() as AddressInfo).port;
    const dir = mkdtempSync(join(tmpdir(), "flightdeck-busy-"));
    try {
      const run = await runCli(["start"], { DATA_DIR: join(dir, "data"), PORT: String(port) });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `Flightdeck cannot start: port ${port} on 127.0.0.1 is in use (set PORT to another port)\n`,
      );
      // Not created, so not opened: opening and migrating a PGlite folder took 10 s before the line.
      expect(existsSync(join(dir, "data"))).toBe(false);
    } finally {
      busy.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("in password mode, says how to create the first admin until there is an account", async () => {
    const database = await freshDatabase("pglite");
    const env = { DATA_DIR: database.dataDir, AUTH_MODE: "password", WARM_UP: "off" };
    const hint = "No accounts yet: create the first admin with";
    const first = await startServerProcess(env);
    await expect.poll(() => first.output()).toContain(hint);
    expect(await first.stop()).toBe(0);
    await addAccountByCli(env, { email: "admin@example.com", password: "a long passphrase" }, [
      "admin",
    ]);
    const second = await startServerProcess(env);
    await expect.poll(() => second.output()).toContain("Data: the embedded database");
    expect(second.output()).not.toContain(hint);
    expect(await second.stop()).toBe(0);
    await database.drop();
  });

  it("says in one line why a data folder cannot be used", async () => {
    const dir = mkdtempSync(join(tmpdir(), "flightdeck-notdir-"));
    const file = join(dir, "a-file");
    writeFileSync(file, "not a folder");
    const run = await runCli(["start"], { DATA_DIR: join(file, "data"), PORT: "0" });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^Flightdeck cannot start: cannot use the data folder .+a-file\/data: a file, not a folder, is in the way \(ENOTDIR\); set DATA_DIR to a folder this user can write\n$/,
    );
    rmSync(dir, { recursive: true, force: true });
  });
});
