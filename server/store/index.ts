export type { Db, Queryable } from "./db";
export { lockDataDir } from "./lock";
export { migrate } from "./migrate";
export type { Migration } from "./migrations";
export { MIGRATIONS } from "./migrations";
export type { Store, StoreOptions } from "./store";
export { openStore } from "./store";
