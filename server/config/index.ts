export type { Config } from "./config.schema";
export { ConfigSchema, isLoopbackHost } from "./config.schema";
export type { ConfigResult } from "./load-config";
export { hasModel, loadConfig } from "./load-config";
