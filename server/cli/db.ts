import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../config";
import { FlightdeckError } from "../errors";
import { CopyRefused, copyDatabase, summary } from "../store/copy";
import { type Db, openPglite, openPostgres } from "../store/db";
import { lockDataDir } from "../store/lock";

const USAGE = `usage:
  flightdeck db copy [--to <postgres://…>]

Copies the embedded database in DATA_DIR (default ./data) into PostgreSQL: the database named by
--to, or by DATABASE_URL without it. Every table, in one transaction, then each table's row count
is checked; the embedded database is not changed. Stop the server first (it holds the data folder).
The PostgreSQL database must be empty (create one with createdb); its tables are made if missing.
Then start Flightdeck with DATABASE_URL set to it. Exit 2 when the copy is refused, with the reason.
`;

/** `flightdeck db copy`: carries the embedded database over to PostgreSQL (docs/deploy.md). */
export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "--help" || sub === "-h" || sub === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  let to: string | undefined;
  try {
    if (sub !== "copy")
      throw new Error(sub ? `unknown subcommand "${sub}"` : "expected a subcommand: copy");
    to = parseArgs({ args: rest, options: { to: { type: "string" } }, strict: true }).values.to;
  } catch (err) {
    process.stderr.write(`flightdeck db: ${(err as Error).message}\n${USAGE}`);
    return 1;
  }
  const refuse = (why: string) => {
    process.stderr.write(`flightdeck db copy: ${why}\n`);
    return 2;
  };
  const loaded = loadConfig(to === undefined ? process.env : { ...process.env, DATABASE_URL: to });
  if (!loaded.ok)
    return refuse(
      `the configuration is invalid.\n${loaded.problems.map((p) => `  ${to !== undefined ? p.replace(/^DATABASE_URL/, "--to") : p}`).join("\n")}`,
    );
  const url = loaded.config.DATABASE_URL;
  if (!url)
    return refuse(
      "no PostgreSQL database to copy into: set DATABASE_URL, or give --to postgres://user:pass@host:5432/db",
    );
  const dir = resolve(loaded.config.DATA_DIR);
  // Checked before the lock, which would make the folder: nothing is created where nothing was.
  if (!existsSync(join(dir, "pglite", "PG_VERSION")))
    return refuse(
      `no embedded database in ${join(dir, "pglite")}: set DATA_DIR to the folder the server used (default ./data)`,
    );
  const where = target(url);
  let unlock: () => void;
  try {
    unlock = lockDataDir(dir);
  } catch (err) {
    if (err instanceof FlightdeckError) return refuse(err.message);
    throw err;
  }
  let source: Db | undefined;
  let dest: Db | undefined;
  try {
    source = await openPglite(join(dir, "pglite"));
    try {
      dest = await openPostgres(url, () => {});
    } catch (err) {
      const missing = (err as { code?: string }).code === "3D000";
      return refuse(
        `cannot open ${where} (${(err as Error).message})${missing ? ": create it first (createdb), empty" : ""}`,
      );
    }
    process.stdout.write(`Copying the embedded database in ${dir} into ${where}…\n`);
    const report = await copyDatabase(source, dest, {
      onTable: (t) =>
        process.stdout.write(
          `  ${t.name.padEnd(28)} ${t.rows.toLocaleString("en-US").padStart(9)}\n`,
        ),
    });
    process.stdout.write(
      `${summary(report)}\nThe embedded database is unchanged. Start Flightdeck with DATABASE_URL set to this database.\n`,
    );
    return 0;
  } catch (err) {
    if (err instanceof CopyRefused) return refuse(`${err.message}. Nothing was copied.`);
    process.stderr.write(
      `flightdeck db copy: the copy failed and was rolled back, nothing was copied: ${(err as Error).message}\n`,
    );
    return 1;
  } finally {
    await dest?.close().catch(() => {});
    await source?.close().catch(() => {});
    unlock();
  }
}

/** Which database of which server, for messages: never the password. */
function target(url: string): string {
  const u = new URL(url);
  const user = u.username ? decodeURIComponent(u.username) : undefined;
  const host = u.hostname || u.searchParams.get("host") || "localhost";
  const database = decodeURIComponent(u.pathname.slice(1)) || user || "postgres";
  return `PostgreSQL database "${database}" at ${host}:${u.port || "5432"}`;
}
