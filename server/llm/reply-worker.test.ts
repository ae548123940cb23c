import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeOpenAI, type FakeReply, startFakeOpenAI } from "../../tests/support/fake-openai";
import { collectReply, firstReplyOptions } from "../../tests/support/replies";
import { ErrorCode, FlightdeckError } from "../errors";
import { inProcessReplies } from "../sessions/llm-voice";
import { type LlmDelta, type ReplyJob, replyJob } from "../sim/llm-responder";
import { type ReplyRunner, startReplyWorker } from "./reply-worker";

/** Replies on the worker thread, against a real chat-completions server, compared with the main thread. */
let fake: FakeOpenAI;
let worker: ReplyRunner;
let main: ReplyRunner;
let job: ReplyJob;
const MANAGER = "What does your workload look like at the moment?";
const LONG =
  "To be clear, the board only shows sprint tickets. It does not show the pages, the reviews, or the people who walk over to my desk.";

beforeAll(async () => {
  job = replyJob({
    ...(await firstReplyOptions(MANAGER, "fd-canary-5d2a")),
    holdbackChars: 20,
    backoffMs: 5,
  });
  fake = await startFakeOpenAI({ tokensPerSecond: 2000 });
  const config = { LLM_BASE_URL: fake.url, LLM_API_KEY: "k", LLM_TIMEOUT_MS: 10_000 };
  worker = await startReplyWorker(config);
  main = inProcessReplies({ ...config } as Parameters<typeof inProcessReplies>[0]);
});
afterAll(async () => {
  await worker?.close?.();
  await fake?.close();
});

describe("replies on the worker thread", () => {
  const cases: Array<[string, FakeReply[]]> = [
    ["a clean reply", [LONG]],
    [
      "a draft that breaks character late, after text was shown, then a clean one",
      [`${LONG} As an AI, I should say this differently.`, LONG],
    ],
    [
      "a draft that leaks the instructions",
      ["Okay. Never coach the manager, praise or grade their technique."],
    ],
    [
      "an endpoint that keeps failing (the offline line)",
      [
        { fault: { kind: "server_error", status: 503 } },
        { fault: { kind: "server_error", status: 503 } },
        { fault: { kind: "server_error", status: 503 } },
      ],
    ],
    [
      "a stream cut after a few tokens, then a clean reply",
      [{ content: LONG, fault: { kind: "cut", afterTokens: 2 } }, LONG],
    ],
  ];

  it.each(cases)("give the same deltas and result as on the main thread: %s", async (_, script) => {
    fake.script(...script);
    const here = await collectReply(main.run(job, new AbortController().signal));
    fake.script(...script);
    const there = await collectReply(worker.run(job, new AbortController().signal));
    expect(there).toEqual(here);
    expect(here.deltas.length).toBeGreaterThan(0);
  });

  it("stop when the caller aborts, with what was shown", async () => {
    fake.script({ content: LONG, tokensPerSecond: 20 });
    const controller = new AbortController();
    const reply = worker.run(job, controller.signal);
    const deltas: LlmDelta[] = [];
    for await (const d of reply.stream) {
      deltas.push(d);
      controller.abort();
    }
    const result = await reply.done;
    expect(result).toMatchObject({ source: "llm", event: "aborted" });
    expect(result.text).toBe(deltas.map((d) => d.delta).join(""));
    expect(result.text.length).toBeLessThan(LONG.length);
  });

  it("fail with FD_MODEL_UNAVAILABLE when the thread dies mid-reply, and the next reply gets a new thread", async () => {
    fake.script({ content: LONG, tokensPerSecond: 20 }, "Fine.");
    const reply = worker.run(job, new AbortController().signal);
    const iterator = reply.stream[Symbol.asyncIterator]();
    await iterator.next(); // some text is on its way
    await worker.close?.();
    const error = await reply.done.catch((err: unknown) => err);
    expect(error).toBeInstanceOf(FlightdeckError);
    expect((error as FlightdeckError).code).toBe(ErrorCode.ModelUnavailable);
    await expect(iterator.next()).rejects.toBe(error);
    const next = await collectReply(worker.run(job, new AbortController().signal));
    expect(next.result).toMatchObject({ source: "llm", text: "Fine." });
  });
});
