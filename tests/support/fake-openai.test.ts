import OpenAI from "openai";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeOpenAI, fakeTokens, startFakeOpenAI } from "./fake-openai";

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const ask = [{ role: "user" as const, content: "How are things?" }];

function clientFor(f: FakeOpenAI, opts: { maxRetries?: number; timeout?: number } = {}) {
  return new OpenAI({ baseURL: f.url, apiKey: "test", maxRetries: 0, ...opts });
}

async function collect(stream: AsyncIterable<OpenAI.Chat.Completions.ChatCompletionChunk>) {
  let text = "";
  let usage: OpenAI.CompletionUsage | undefined | null;
  let finish: string | null | undefined;
  for await (const c of stream) {
    text += c.choices[0]?.delta.content ?? "";
    finish = c.choices[0]?.finish_reason ?? finish;
    if (c.usage) usage = c.usage;
  }
  return { text, usage, finish };
}

describe("fake OpenAI server", () => {
  it("tokens concatenate back to the text", () => {
    const text = "  Fine. I'll   have it by Friday.\n";
    expect(fakeTokens(text).join("")).toBe(text);
  });

  it("streams a scripted reply with usage to the real client", async () => {
    fake = await startFakeOpenAI();
    fake.script("Fine. I'll have the runbook by Friday.");
    const stream = await clientFor(fake).chat.completions.create({
      model: "m",
      messages: ask,
      stream: true,
      stream_options: { include_usage: true },
    });
    const got = await collect(stream);
    expect(got.text).toBe("Fine. I'll have the runbook by Friday.");
    expect(got.finish).toBe("stop");
    expect(got.usage?.completion_tokens).toBe(7);
    expect(fake.requests[0]?.messages).toEqual(ask);
  });

  it("answers non-streaming requests with usage", async () => {
    fake = await startFakeOpenAI({ handler: (req) => `echo ${req.messages.length}` });
    const res = await clientFor(fake).chat.completions.create({ model: "m", messages: ask });
    expect(res.choices[0]?.message.content).toBe("echo 1");
    expect(res.usage?.total_tokens).toBeGreaterThan(0);
  });

  it("caps a reply at max_tokens with finish_reason length", async () => {
    fake = await startFakeOpenAI();
    fake.script("one two three four five");
    const res = await clientFor(fake).chat.completions.create({
      model: "m",
      messages: ask,
      max_tokens: 2,
    });
    expect(res.choices[0]?.message.content).toBe("one two");
    expect(res.choices[0]?.finish_reason).toBe("length");
  });

  it("paces tokens at the configured rate", async () => {
    fake = await startFakeOpenAI({ tokensPerSecond: 50 });
    fake.script("a b c d e f g h i j");
    const t0 = performance.now();
    await collect(
      await clientFor(fake).chat.completions.create({ model: "m", messages: ask, stream: true }),
    );
    expect(performance.now() - t0).toBeGreaterThanOrEqual(180);
  });

  it("returns 429 with Retry-After, which the client honours before retrying", async () => {
    fake = await startFakeOpenAI();
    fake.script({ fault: { kind: "rate_limit", retryAfterS: 1 } }, "After the wait.");
    const t0 = performance.now();
    const res = await clientFor(fake, { maxRetries: 1 }).chat.completions.create({
      model: "m",
      messages: ask,
    });
    expect(res.choices[0]?.message.content).toBe("After the wait.");
    expect(performance.now() - t0).toBeGreaterThanOrEqual(900);
    expect(fake.requests).toHaveLength(2);
  });

  it("returns 500 as an API error", async () => {
    fake = await startFakeOpenAI();
    fake.script({ fault: { kind: "server_error" } });
    await expect(
      clientFor(fake).chat.completions.create({ model: "m", messages: ask }),
    ).rejects.toMatchObject({ status: 500 });
  });

  it("cuts a stream mid-way", async () => {
    fake = await startFakeOpenAI();
    fake.script({ content: "one two three four", fault: { kind: "cut", afterTokens: 2 } });
    const stream = await clientFor(fake).chat.completions.create({
      model: "m",
      messages: ask,
      stream: true,
    });
    let text = "";
    await expect(
      (async () => {
        for await (const c of stream) text += c.choices[0]?.delta.content ?? "";
      })(),
    ).rejects.toThrow();
    expect(text).toBe("one two");
  });

  it("sends a malformed chunk that the client cannot parse", async () => {
    fake = await startFakeOpenAI();
    fake.script({ content: "one two three", fault: { kind: "malformed", afterTokens: 1 } });
    const stream = await clientFor(fake).chat.completions.create({
      model: "m",
      messages: ask,
      stream: true,
    });
    await expect(collect(stream)).rejects.toThrow();
  });

  // The openai client ends an aborted stream quietly: a caller must check its own signal.
  it("stalls until the client gives up", async () => {
    fake = await startFakeOpenAI();
    fake.script({ content: "one two three", fault: { kind: "stall", afterTokens: 1 } });
    const controller = new AbortController();
    const stream = await clientFor(fake).chat.completions.create(
      { model: "m", messages: ask, stream: true },
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 150);
    const t0 = performance.now();
    const got = await collect(stream);
    expect(got).toMatchObject({ text: "one", finish: undefined });
    expect(controller.signal.aborted).toBe(true);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it("a stalled non-streaming request times out on the client", async () => {
    fake = await startFakeOpenAI();
    fake.script({ fault: { kind: "stall" } });
    await expect(
      clientFor(fake, { timeout: 200 }).chat.completions.create({ model: "m", messages: ask }),
    ).rejects.toThrow(/timed out/i);
  });

  it("a handler function answers from the request", async () => {
    fake = await startFakeOpenAI();
    fake.script((req, i) => `${i}:${req.model}`);
    const res = await clientFor(fake).chat.completions.create({ model: "x", messages: ask });
    expect(res.choices[0]?.message.content).toBe("0:x");
  });
});
