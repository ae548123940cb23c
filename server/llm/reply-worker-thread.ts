/**
 * The reply worker's thread (started by server/llm/reply-worker.ts): runs `streamJobReply` for each
 * job the main thread sends, with its own model client, and posts the checked deltas and the result
 * back. Messages in and out are the types in reply-worker.ts.
 */
import { parentPort, workerData } from "node:worker_threads";
import { FlightdeckError } from "../errors";
import { streamJobReply } from "../sim/llm-responder";
import { createModelClient } from "./model-client";
import type { ReplyWorkerConfig, ToMain, ToWorker } from "./reply-worker";

const port = parentPort;
if (!port) throw new Error("reply-worker-thread.ts runs as a worker thread");
const client = createModelClient(workerData as ReplyWorkerConfig, { maxRetries: 0 });
const running = new Map<number, AbortController>();
const post = (message: ToMain) => port.postMessage(message);

async function speak(id: number, job: Extract<ToWorker, { type: "speak" }>["job"]) {
  const controller = new AbortController();
  running.set(id, controller);
  try {
    const reply = streamJobReply(client, job, { signal: controller.signal });
    for await (const delta of reply.stream) post({ id, delta });
    post({ id, result: await reply.done });
  } catch (err) {
    post({
      id,
      error: {
        message: err instanceof Error ? err.message : String(err),
        ...(err instanceof FlightdeckError ? { code: err.code } : {}),
      },
    });
  } finally {
    running.delete(id);
  }
}

port.on("message", (message: ToWorker) => {
  if (message.type === "speak") void speak(message.id, message.job);
  else running.get(message.id)?.abort();
});
port.postMessage({ ready: true });
