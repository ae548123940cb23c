import { afterEach } from "vitest";
import { openStore, type Store } from "../../server/store/store";
import { freshDatabase, type TestDatabase } from "./databases";

/**
 * A fresh, migrated store per test, on the database named: call inside a `describe`; each test
 * calls the returned function, and the store is closed and its database dropped after the test.
 */
export function storePerTest(kind: "pglite" | "postgres"): () => Promise<Store> {
  let database: TestDatabase | undefined;
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await database?.drop();
    database = undefined;
  });
  return async () => {
    database = await freshDatabase(kind);
    store = await openStore({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
    return store;
  };
}
