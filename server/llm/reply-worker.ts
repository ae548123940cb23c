import { Worker } from "node:worker_threads";
import type { Config } from "../config";
import { ErrorCode, FlightdeckError } from "../errors";
import {
  createChannel,
  type LlmDelta,
  type LlmReply,
  type LlmReplyResult,
  type ReplyJob,
} from "../sim/llm-responder";
import type { ReplyStage } from "../turn-trace";

export type ReplyWorkerConfig = Pick<Config, "LLM_BASE_URL" | "LLM_API_KEY" | "LLM_TIMEOUT_MS">;

/** Main thread → worker: start a reply, or abort one. */
export type ToWorker = { type: "speak"; id: number; job: ReplyJob } | { type: "abort"; id: number };

/** Worker → main thread: a checked delta, then the result or the failure of that reply. */
export type ToMain =
  | { id: number; delta: LlmDelta }
  | { id: number; result: LlmReplyResult }
  | { id: number; error: { message: string; code?: ErrorCode } };

/** Runs replies: in this thread (`streamJobReply`) or on the reply worker. */
export interface ReplyRunner {
  /** `stage`: told when the reply reaches each stage (server/turn-trace.ts); the worker does not. */
  run(job: ReplyJob, signal: AbortSignal, stage?: (stage: ReplyStage) => void): LlmReply;
  close?(): Promise<void>;
}

interface Pending {
  push(delta: LlmDelta): void;
  resolve(result: LlmReplyResult): void;
  reject(error: Error): void;
}

/**
 * Persona replies streamed on a worker thread: the model's HTTP response, its server-sent events,
 * the checks and the holdback run there, and only the checked deltas and the result cross to the
 * main thread, which keeps the sockets and the database (docs/architecture.md). Each reply behaves
 * as `streamJobReply` does in this thread: same deltas, same result, same failures. If the thread
 * dies, the replies it was running fail with FD_MODEL_UNAVAILABLE (the session stores them as
 * interrupted) and the next reply starts a new thread.
 */
export async function startReplyWorker(config: ReplyWorkerConfig): Promise<ReplyRunner> {
  let thread: { worker: Worker; replies: Map<number, Pending>; ready: Promise<void> } | undefined;
  let nextId = 0;

  const start = () => {
    const worker = new Worker(new URL("./reply-worker-entry.mjs", import.meta.url), {
      workerData: {
        LLM_BASE_URL: config.LLM_BASE_URL,
        LLM_API_KEY: config.LLM_API_KEY,
        LLM_TIMEOUT_MS: config.LLM_TIMEOUT_MS,
      } satisfies ReplyWorkerConfig,
    });
    // An idle worker does not keep the process alive; close() stops it.
    worker.unref();
    const replies = new Map<number, Pending>();
    // The thread loads its modules first (about a second through tsx); replies sent meanwhile wait.
    const ready = new Promise<void>((resolve, reject) => {
      worker.once("message", () => resolve());
      worker.once("error", reject);
      worker.once("exit", (code) =>
        reject(new Error(`the reply worker stopped (exit code ${code})`)),
      );
    });
    ready.catch(() => {});
    const t = { worker, replies, ready };
    worker.on("message", (m: ToMain | { ready: true }) => {
      if ("ready" in m) return;
      const reply = replies.get(m.id);
      if (!reply) return;
      if ("delta" in m) return reply.push(m.delta);
      replies.delete(m.id);
      if ("result" in m) reply.resolve(m.result);
      else
        reply.reject(
          m.error.code
            ? new FlightdeckError(m.error.code, m.error.message)
            : new Error(m.error.message),
        );
    });
    const fail = (why: string) => {
      if (thread === t) thread = undefined;
      for (const reply of replies.values())
        reply.reject(new FlightdeckError(ErrorCode.ModelUnavailable, why));
      replies.clear();
    };
    worker.on("error", (err) => fail(`the reply worker failed: ${err.message}`));
    worker.on("exit", (code) => fail(`the reply worker stopped (exit code ${code})`));
    return t;
  };

  // The first thread starts now, so the first reply does not wait for it.
  thread = start();
  await thread.ready;
  return {
    run(job, signal) {
      const t = thread ?? start();
      thread = t;
      const id = ++nextId;
      const channel = createChannel<LlmDelta>();
      const done = new Promise<LlmReplyResult>((resolve, reject) => {
        t.replies.set(id, { push: (d) => channel.push(d), resolve, reject });
      });
      const abort = () => t.worker.postMessage({ type: "abort", id } satisfies ToWorker);
      t.worker.postMessage({ type: "speak", id, job } satisfies ToWorker);
      if (signal.aborted) abort();
      else signal.addEventListener("abort", abort, { once: true });
      done.then(
        () => {
          signal.removeEventListener("abort", abort);
          channel.close();
        },
        (error: unknown) => {
          signal.removeEventListener("abort", abort);
          channel.fail(error);
        },
      );
      return { stream: { [Symbol.asyncIterator]: () => channel.iterate() }, done };
    },
    async close() {
      const t = thread;
      thread = undefined;
      if (t) await t.worker.terminate();
    },
  };
}
