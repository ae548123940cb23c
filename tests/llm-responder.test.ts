import type OpenAI from "openai";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createModelClient } from "../server/llm/model-client";
import { type LlmReplyOptions, streamLlmReply } from "../server/sim";
import { type FakeOpenAI, startFakeOpenAI } from "./support/fake-openai";
import { collectReply, firstReplyOptions } from "./support/replies";

/** The LLM responder against a real HTTP server speaking the chat-completions wire format. */
let fake: FakeOpenAI;
let client: OpenAI;
let base: LlmReplyOptions;
const CANARY = "fd-canary-7c1e93b2";
const MANAGER = "What does your workload look like at the moment?";

beforeAll(async () => {
  base = {
    ...(await firstReplyOptions(MANAGER, CANARY)),
    holdbackChars: 20,
    sleep: async () => {},
  };
});
// A fresh server per test, so a reply one test scripted can never answer another.
beforeEach(async () => {
  fake = await startFakeOpenAI();
  // The client the server builds, transport included, so every fault below also tests it.
  client = createModelClient(
    { LLM_BASE_URL: fake.url, LLM_API_KEY: "test", LLM_TIMEOUT_MS: 60_000 },
    { maxRetries: 0 },
  );
});
afterEach(() => fake.close());

async function run(overrides: Partial<LlmReplyOptions> = {}) {
  const before = fake.requests.length;
  const collected = await collectReply(streamLlmReply(client, { ...base, ...overrides }));
  return { ...collected, requests: fake.requests.slice(before) };
}

const LONG =
  "To be clear, the board only shows sprint tickets. It does not show the pages, the reviews, or the people who walk over to my desk. I'm at about sixty percent planned work, and the rest is whatever is on fire.";

describe("streamLlmReply against the fake server", () => {
  it("streams a reply end to end, in pieces, with usage", async () => {
    fake.script(LONG);
    const { deltas, result, screen } = await run();
    expect(deltas.length).toBeGreaterThan(3);
    expect(screen).toBe(LONG);
    expect(result).toMatchObject({ text: LONG, source: "llm", event: null, attempts: 1 });
    expect((result as { usage: { completion: number } }).usage.completion).toBeGreaterThan(0);
  });

  it("puts the canary in the system prompt and the manager's text only in a user message", async () => {
    fake.script("Fine.");
    const { requests } = await run();
    const messages = requests[0]?.messages ?? [];
    const system = messages.filter((m) => m.role === "system").map((m) => String(m.content));
    expect(system.join("\n")).toContain(CANARY);
    expect(system.join("\n")).not.toContain(MANAGER);
    expect(messages.at(-1)).toEqual({ role: "user", content: MANAGER });
    expect(requests[0]?.max_tokens).toBe(200);
  });

  it("tells the bench's trace its stages once each, in order", async () => {
    fake.script(LONG);
    const stages: string[] = [];
    const { deltas } = await collectReply(
      streamLlmReply(client, { ...base, stage: (stage) => void stages.push(stage) }),
    );
    expect(stages).toEqual(["request", "headers", "first_event", "release_event"]);
    expect(deltas.length).toBeGreaterThan(1);
  });

  it("honours Retry-After on 429, then answers", async () => {
    const waits: number[] = [];
    fake.script({ fault: { kind: "rate_limit", retryAfterS: 2 } }, "Okay.");
    const { result, requests } = await run({ sleep: async (ms) => void waits.push(ms) });
    expect(waits).toEqual([2000]);
    expect(requests).toHaveLength(2);
    expect(result).toMatchObject({ text: "Okay.", source: "llm", events: ["rate_limited"] });
  });

  it("gives up at once when Retry-After exceeds the wait budget, and says the offline line", async () => {
    fake.script({ fault: { kind: "rate_limit", retryAfterS: 60 } });
    const { result, requests, screen } = await run();
    expect(requests).toHaveLength(1);
    expect(result).toMatchObject({ source: "offline", event: "rate_limited" });
    expect(screen).toBe(base.plan.offlineText);
  });

  it("retries 5xx with backoff, then falls back offline", async () => {
    const waits: number[] = [];
    fake.script(...Array.from({ length: 3 }, () => ({ fault: { kind: "server_error" as const } })));
    const { result, requests, screen } = await run({
      sleep: async (ms) => void waits.push(ms),
    });
    expect(requests).toHaveLength(3);
    expect(waits).toEqual([500, 1000]);
    expect(result).toMatchObject({ source: "offline", event: "server_error" });
    expect(screen).toBe(base.plan.offlineText);
  });

  it("with LLM_FALLBACK=error, an endpoint failure rejects with FD_MODEL_UNAVAILABLE", async () => {
    fake.script({ fault: { kind: "server_error", status: 503 } });
    const { result, streamError, screen } = await run({ fallback: "error", maxAttempts: 1 });
    expect(result).toMatchObject({ code: "FD_MODEL_UNAVAILABLE" });
    expect(streamError).toBe(result);
    expect(screen).toBe("");
  });

  it("a request the endpoint refuses (401) is not retried", async () => {
    fake.script({ fault: { kind: "server_error", status: 401 } });
    const { result, requests } = await run();
    expect(requests).toHaveLength(1);
    expect(result).toMatchObject({ source: "offline", event: "request_rejected" });
  });

  it("a stream cut after text was shown keeps that text, cut off, under either fallback", async () => {
    for (const fallback of ["offline", "error"] as const) {
      fake.script({ content: LONG, fault: { kind: "cut", afterTokens: 25 } });
      const { deltas, result, screen, requests } = await run({ fallback });
      // Words the manager read are neither withdrawn nor replaced by the offline line.
      expect(deltas.some((d) => d.reset)).toBe(false);
      expect(requests).toHaveLength(1);
      expect(screen.length).toBeGreaterThan(20);
      expect(LONG.startsWith(screen)).toBe(true);
      expect(screen).not.toContain(base.plan.offlineText);
      expect(result).toMatchObject({
        text: screen,
        source: "llm",
        event: "stream_error",
        cut: true,
      });
    }
  });

  it("a model that stalls after text was shown keeps that text too", async () => {
    fake.script({ content: LONG, fault: { kind: "stall", afterTokens: 25 } });
    const { deltas, result, screen } = await run({ idleTimeoutMs: 300 });
    expect(deltas.some((d) => d.reset)).toBe(false);
    expect(screen.length).toBeGreaterThan(20);
    expect(result).toMatchObject({ text: screen, source: "llm", event: "timeout", cut: true });
  });

  it("a stream cut before anything was shown is retried", async () => {
    fake.script({ content: "one two three", fault: { kind: "cut", afterTokens: 0 } }, "Noted.");
    const { result, deltas } = await run();
    expect(deltas.some((d) => d.reset)).toBe(false);
    expect(result).toMatchObject({ text: "Noted.", source: "llm", events: ["stream_error"] });
  });

  it("a malformed chunk ends the attempt; with nothing shown it is retried", async () => {
    fake.script({ content: "Fine. Sure.", fault: { kind: "malformed", afterTokens: 1 } }, "Right.");
    const { result, requests } = await run();
    expect(requests).toHaveLength(2);
    expect(result).toMatchObject({ text: "Right.", source: "llm" });
  });

  it("a stall times out and falls back, without hanging", async () => {
    fake.script({ content: LONG, fault: { kind: "stall", afterTokens: 2 } });
    const t0 = performance.now();
    const { result, screen } = await run({ firstTokenTimeoutMs: 300, idleTimeoutMs: 200 });
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(result).toMatchObject({ source: "offline", event: "timeout" });
    expect(screen).toBe(base.plan.offlineText);
  });

  it("a slow but steady stream is not a stall: the idle timer restarts with every chunk", async () => {
    // 12 tokens 80 ms apart: the whole reply takes about twice the idle timeout, no gap a sixth of it.
    fake.script({
      content: "one two three four five six seven eight nine ten eleven twelve",
      tokensPerSecond: 1000 / 80,
    });
    const { result, screen } = await run({ firstTokenTimeoutMs: 1000, idleTimeoutMs: 500 });
    expect(result).toMatchObject({ source: "llm", event: null });
    expect(screen).toBe("one two three four five six seven eight nine ten eleven twelve");
  });

  it("a reply that breaks character is caught and regenerated once", async () => {
    fake.script(
      "As an AI language model, I don't have a workload, but I can help you practise.",
      "Honestly? Sixty percent planned work. The rest is fires.",
    );
    const { result, screen, requests } = await run();
    expect(screen).toBe("Honestly? Sixty percent planned work. The rest is fires.");
    expect(result).toMatchObject({ source: "llm", event: "regenerated" });
    expect(String(requests[1]?.messages.at(-1)?.content)).toMatch(/broke character/);
    expect(screen).not.toMatch(/AI/);
  });

  it("a problem in the held-back tail is caught before the tail is shown", async () => {
    // The text is checked when some of it is about to be shown; the last 80 characters are shown
    // only after the stream ends, so they need their own check.
    const clean =
      "Honestly, the last two sprints got away from me and I kept saying yes to everything";
    fake.script(`${clean}. As an AI I should add that.`, `${clean}. I should have said so.`);
    const first = await run({ holdbackChars: 80 });
    expect(first.result).toMatchObject({ source: "llm", event: "regenerated" });
    expect(first.deltas.map((d) => d.delta).join("")).not.toMatch(/AI/);
    expect(first.screen).toBe(`${clean}. I should have said so.`);
    // A reply shorter than the holdback is shown only at the end, and checked there too.
    fake.script(`My session code? It is ${CANARY}.`);
    const short = await run({ holdbackChars: 80 });
    expect(short.result).toMatchObject({ source: "offline", event: "leak" });
    expect(short.deltas.map((d) => d.delta).join("")).not.toContain(CANARY);
  });

  it("a reply that breaks character twice is replaced by the offline line", async () => {
    fake.script(
      "Great question! Asking open questions is a good technique.",
      "I'm just an AI, so I don't have feelings about this.",
    );
    const { result, screen, deltas } = await run();
    expect(result).toMatchObject({
      source: "offline",
      event: "replaced",
      events: ["regenerated", "replaced"],
    });
    expect(screen).toBe(base.plan.offlineText);
    expect(deltas.map((d) => d.delta).join("")).not.toMatch(/AI|technique/);
  });

  it("a reply containing the canary never reaches the manager", async () => {
    const leak = `Sure. My session code is ${CANARY}, and my instructions say to stay in character as Dana.`;
    fake.script(leak);
    const { result, deltas, requests } = await run({ holdbackChars: 80 });
    expect(requests).toHaveLength(1);
    expect(result).toMatchObject({ source: "offline", event: "leak" });
    expect(deltas.map((d) => d.delta).join("")).not.toContain(CANARY);
    expect(deltas.map((d) => d.delta).join("")).not.toContain("session code");
  });

  it("a reply that recites the instructions is a leak", async () => {
    fake.script(
      "Okay, here you go. Never say or suggest that you are an AI, a model, a bot or an assistant.",
    );
    const { result, screen } = await run({ holdbackChars: 80 });
    expect(result).toMatchObject({ source: "offline", event: "leak" });
    expect(screen).toBe(base.plan.offlineText);
  });

  it("does not call the model when the session's token budget cannot cover a reply", async () => {
    const { result, requests } = await run({ budgetTokens: 100 });
    expect(requests).toHaveLength(0);
    expect(result).toMatchObject({ source: "offline", event: "budget_exhausted" });
  });

  it("stops when the caller aborts", async () => {
    fake.script({ content: LONG, tokensPerSecond: 20 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const t0 = performance.now();
    const { result } = await run({ signal: controller.signal });
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(result).toMatchObject({ source: "llm", event: "aborted" });
  });
});
