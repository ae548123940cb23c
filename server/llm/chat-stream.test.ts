import { Stream } from "openai/streaming";
import { describe, expect, it, vi } from "vitest";
import { parseChatEvents } from "./chat-stream";

/**
 * `parseChatEvents` must read a stream exactly as the openai package's own `Stream` does: the same
 * events, the same error, for every way the bytes can be cut into network chunks. The package is the
 * oracle here; each case below is run through both.
 */
const chunk = (content: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: "c1",
    object: "chat.completion.chunk",
    created: 1,
    model: "m",
    choices: [{ index: 0, delta: { content }, finish_reason: null }],
    ...extra,
  });

const CASES: Record<string, string> = {
  "plain events and [DONE]": `data: ${chunk("Hello")}\n\ndata: ${chunk(" there")}\n\ndata: [DONE]\n\n`,
  "CRLF line ends": `data: ${chunk("a")}\r\n\r\ndata: ${chunk("b")}\r\n\r\ndata: [DONE]\r\n\r\n`,
  "CR line ends": `data: ${chunk("a")}\r\rdata: ${chunk("b")}\r\r`,
  "data over several lines": `data: {"id":"c1","choices":\ndata: [{"index":0,"delta":{"content":"x"}}]}\n\n`,
  "comments, ids, retry and no space after the colon": `: keep-alive\n\nid: 7\nretry: 100\ndata:${chunk("x")}\n\n:another\ndata:  ${chunk("two spaces")}\n\n`,
  "events after [DONE] are ignored": `data: ${chunk("a")}\n\ndata: [DONE]\n\ndata: ${chunk("late")}\n\ndata: not json\n\n`,
  "an event still open at the end is dropped": `data: ${chunk("a")}\n\ndata: ${chunk("unfinished")}`,
  "an error event": `data: ${chunk("a")}\n\ndata: {"error":{"message":"the model is overloaded","type":"server_error","code":"overloaded"}}\n\n`,
  "a named error event": `event: error\ndata: {"error":{"message":"stopped"}}\n\n`,
  "malformed JSON": `data: ${chunk("a")}\n\ndata: {"choices": [\n\n`,
  "multi-byte characters": `data: ${chunk("Naïve café 🚀 — 日本")}\n\ndata: ${chunk("ünïcödé")}\n\n`,
  "an empty event name alone": "event:\n\ndata: [DONE]\n\n",
  "blank lines between events": `\n\n\ndata: ${chunk("a")}\n\n\n\ndata: ${chunk("b")}\n\n`,
  "usage at the end": `data: ${chunk("a")}\n\ndata: ${JSON.stringify({ id: "c1", choices: [], usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 } })}\n\ndata: [DONE]\n\n`,
};

type Outcome = { events: unknown[]; error?: { name: string; message: string } };

async function collect(events: AsyncIterable<unknown>): Promise<Outcome> {
  const out: Outcome = { events: [] };
  try {
    for await (const e of events) out.events.push(e);
  } catch (err) {
    const e = err as Error;
    out.error = { name: e.constructor.name, message: e.message };
  }
  return out;
}

async function* chunks(parts: readonly Uint8Array[]) {
  for (const p of parts) yield p;
}

function webStream(parts: readonly Uint8Array[]) {
  return new ReadableStream<Uint8Array>({
    start(c) {
      for (const p of parts) c.enqueue(p);
      c.close();
    },
  });
}

/** The bytes cut at the given offsets. */
function cut(bytes: Uint8Array, at: readonly number[]): Uint8Array[] {
  const points = [...new Set(at)].filter((i) => i > 0 && i < bytes.length).sort((a, b) => a - b);
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const p of [...points, bytes.length]) {
    parts.push(bytes.slice(from, p));
    from = p;
  }
  return parts;
}

/** A seeded sequence, so a failing cut can be run again. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

async function both(parts: readonly Uint8Array[]) {
  const ours = await collect(parseChatEvents(chunks(parts)));
  // The package logs the text it could not parse to the console; the test output needs none of it.
  const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    const theirs = await collect(
      Stream.fromSSEResponse(new Response(webStream(parts)), new AbortController()),
    );
    return { ours, theirs };
  } finally {
    quiet.mockRestore();
  }
}

describe("parseChatEvents reads a stream as the openai package does", () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(name, async () => {
      const bytes = new TextEncoder().encode(text);
      const whole = await both([bytes]);
      expect(whole.ours).toEqual(whole.theirs);
      // Byte by byte, then 40 random cuttings.
      const single = await both(cut(bytes, [...bytes.keys()]));
      expect(single.ours).toEqual(single.theirs);
      const next = random(text.length);
      for (let i = 0; i < 40; i++) {
        const at = Array.from({ length: 1 + Math.floor(next() * 8) }, () =>
          Math.floor(next() * bytes.length),
        );
        const r = await both(cut(bytes, at));
        expect(r.ours, `cut at ${at.join(",")}`).toEqual(r.theirs);
      }
    });
  }

  it("yields the chunks and throws the model's error as the package's APIError", async () => {
    const { ours } = await both([new TextEncoder().encode(CASES["an error event"] as string)]);
    expect(ours.events).toHaveLength(1);
    expect(ours.error).toEqual({ name: "APIError", message: "the model is overloaded" });
  });
});
