import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openStore } from "../server/store";
import { DATABASES, freshDatabase, type TestDatabase } from "./support/databases";
import { addAccountByCli, runCli } from "./support/processes";

const MIA = { email: "mia@example.com", password: "a long enough password" };

describe.each(DATABASES)("flightdeck users, an account an admin disabled, on %s", (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });

  it("lists it as disabled, and a new password says it stays disabled", async () => {
    database = await freshDatabase(kind);
    const env = {
      DATA_DIR: database.dataDir,
      ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
    };
    await addAccountByCli(env, MIA, ["manager"]);
    await addAccountByCli(env, { ...MIA, email: "kim@example.com" }, ["mentor"]);
    const listed = await runCli(["users", "list"], env);
    expect(listed.stdout).not.toContain("disabled");

    const store = await openStore({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
    await store.db.query("UPDATE users SET disabled_at = 1 WHERE email = $1", [MIA.email]);
    await store.close();

    const lines = (await runCli(["users", "list"], env)).stdout.trim().split("\n");
    expect(
      lines
        .find((l) => l.startsWith(MIA.email))
        ?.split("\t")
        .at(-1),
    ).toBe("disabled");
    expect(lines.find((l) => l.startsWith("kim@example.com"))).not.toContain("disabled");
    const again = await addAccountByCli(env, MIA, ["manager"]);
    expect(again.stdout).toContain("Updated mia@example.com (manager)");
    expect(again.stdout).toContain("This account is disabled, so it still cannot sign in");
  });
});

describe("the documented bootstrap (docs/roles.md)", () => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });

  it('names the first account, so nobody reads "fran invited you" (review 5, #15)', async () => {
    const doc = readFileSync(join(import.meta.dirname, "..", "docs", "roles.md"), "utf8");
    const line = doc.split("\n").find((l) => l.includes("flightdeck users add"));
    const [, passphrase = "", command = ""] =
      /^printf '%s\\n' '([^']+)' \| npx (flightdeck users add .+)$/.exec(line ?? "") ?? [];
    // The words of the command as a shell splits them ("Fran Ortiz" is one).
    const args = [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? "").slice(1);
    expect(args).toContain("--name");
    database = await freshDatabase("pglite");
    const env = { DATA_DIR: database.dataDir };
    const run = await runCli(args, env, `${passphrase}\n`);
    expect(run.code).toBe(0);
    const name = args[args.indexOf("--name") + 1];
    expect((await runCli(["users", "list"], env)).stdout).toContain(`\t${name}`);
  });
});
