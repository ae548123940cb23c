import { join, resolve } from "node:path";
import { type ConnectionErrorHandler, type Db, openPglite, openPostgres } from "./db";
import { lockDataDir } from "./lock";
import { migrate } from "./migrate";

export interface StoreOptions {
  /** PostgreSQL connection string; when absent, PGlite persisted under dataDir. */
  databaseUrl?: string | undefined;
  dataDir: string;
  /** PostgreSQL only: an idle connection closed by the server (logged; the pool replaces it). */
  onConnectionError?: ConnectionErrorHandler;
}

export interface Store {
  readonly db: Db;
  readonly kind: Db["kind"];
  /** Versions applied by this open (empty when the database was already current). */
  readonly migrated: readonly number[];
  /** True when a trivial query succeeds: what /readyz reports. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export async function openStore(options: StoreOptions): Promise<Store> {
  let unlock = () => {};
  let db: Db;
  if (options.databaseUrl) {
    db = await openPostgres(options.databaseUrl, options.onConnectionError);
  } else {
    const dir = resolve(options.dataDir);
    unlock = lockDataDir(dir);
    try {
      db = await openPglite(join(dir, "pglite"));
    } catch (err) {
      unlock();
      throw err;
    }
  }
  let migrated: number[];
  try {
    migrated = await migrate(db);
  } catch (err) {
    await db.close().catch(() => {});
    unlock();
    throw err;
  }
  let closed = false;
  return {
    db,
    kind: db.kind,
    migrated,
    async ping() {
      try {
        await db.query("SELECT 1");
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  };
}
