import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { seedPgliteFromTemplate } from "./global-setup";

/** The databases a store test runs against: always PGlite, and PostgreSQL when TEST_DATABASE_URL is set. */
export const DATABASES: readonly ("pglite" | "postgres")[] = process.env.TEST_DATABASE_URL
  ? ["pglite", "postgres"]
  : ["pglite"];

export interface TestDatabase {
  /** Config fragment: DATABASE_URL for PostgreSQL, DATA_DIR for both (PGlite lives there). */
  databaseUrl: string | undefined;
  dataDir: string;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database per call: a temp folder for PGlite, or a new database on the server named
 * by TEST_DATABASE_URL, so test files running in parallel never see each other's rows.
 */
export async function freshDatabase(kind: "pglite" | "postgres"): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), "flightdeck-test-"));
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (kind === "pglite") {
    seedPgliteFromTemplate(dataDir);
    return { databaseUrl: undefined, dataDir, drop: async () => removeDir() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `fd_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    dataDir,
    async drop() {
      removeDir();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
