// The reply worker's entry (server/llm/reply-worker.ts): plain JavaScript, so the thread can start
// without a loader, then TypeScript through tsx for the rest, as bin/flightdeck.js does on the main
// thread.
import { register } from "tsx/esm/api";

register();
await import("./reply-worker-thread.ts");
