/**
 * A real HTTP server that speaks the OpenAI chat-completions wire format, for tests and benchmarks
 * that must not call a model: `POST /v1/chat/completions`, streaming (SSE `data: {...}\n\n` chunks
 * ending `data: [DONE]`) and non-streaming JSON, usage included, scripted replies and fault modes.
 *
 *   const fake = await startFakeOpenAI({ tokensPerSecond: 30 });
 *   fake.script("Fine.", { fault: { kind: "rate_limit", retryAfterS: 1 } }, "Okay, here's the thing.");
 *   const client = new OpenAI({ baseURL: fake.url, apiKey: "test" });
 *   …
 *   await fake.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { performance } from "node:perf_hooks";

/** What can go wrong with one reply. */
export type FakeFault =
  /** 429 with a Retry-After header (seconds), and `retry-after-ms` when `retryAfterMs` is given. */
  | { kind: "rate_limit"; retryAfterS?: number; retryAfterMs?: number }
  /** A 5xx with an OpenAI-style error body. */
  | { kind: "server_error"; status?: number }
  /** Streaming: send `afterTokens` tokens, then destroy the socket (no finish chunk, no [DONE]). */
  | { kind: "cut"; afterTokens: number }
  /** Streaming: send `afterTokens` tokens, then a `data:` line that is not JSON, then go on. */
  | { kind: "malformed"; afterTokens: number }
  /** Send `afterTokens` tokens (streaming) or nothing (non-streaming), then nothing, until closed. */
  | { kind: "stall"; afterTokens?: number };

/** One scripted reply: text, or text with options, or a fault. */
export type FakeReply =
  | string
  | {
      content?: string;
      fault?: FakeFault;
      /** Overrides the server's rate for this reply. 0 or Infinity: no delay. */
      tokensPerSecond?: number;
      /** Delay before the first byte (headers included). */
      delayMs?: number;
      /** Reported usage; default is estimated (about 4 characters per token). */
      usage?: { prompt_tokens: number; completion_tokens: number };
    };

export interface ChatMessage {
  role: string;
  content: string | null | Array<{ type: string; text?: string }>;
}

/** The request body as the client sent it (only the fields the fake reads are typed). */
export interface ChatRequestBody {
  model?: string;
  messages: ChatMessage[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  max_tokens?: number;
  max_completion_tokens?: number;
  [key: string]: unknown;
}

export type FakeHandler = (
  request: ChatRequestBody,
  index: number,
) => FakeReply | Promise<FakeReply>;

export interface FakeOpenAIOptions {
  /** Streaming pace for every reply, e.g. 30 tokens/s; 0 or omitted: as fast as possible. */
  tokensPerSecond?: number;
  /** Answers requests when the queue is empty. Default: the reply "Okay." */
  handler?: FakeHandler;
  /** Port to listen on; default an ephemeral one on 127.0.0.1. */
  port?: number;
  /**
   * Benchmarks: for each paced stream, record in `lateness` how much later than its schedule token
   * number `lagAtToken` (0-based) was written, so a benchmark can tell when the fake itself is behind.
   */
  lagAtToken?: number;
}

export interface FakeOpenAI {
  /** Base URL to give the client, ending in /v1. */
  url: string;
  /** Every chat-completions request body received, in order (faulted ones included). */
  requests: ChatRequestBody[];
  /** With `lagAtToken`: ms each paced stream wrote that token behind its schedule (see the option). */
  lateness: number[];
  /** Queue replies; each request takes the next one. Given a function, it replaces the handler. */
  script(...replies: FakeReply[]): void;
  script(handler: FakeHandler): void;
  /** Stops listening and cuts every open connection (stalled ones included). */
  close(): Promise<void>;
}

/** Splits text into word-ish tokens that concatenate back to the text exactly. */
export function fakeTokens(text: string): string[] {
  return text.match(/\s*\S+|\s+$/g) ?? [];
}

const estimateTokens = (chars: number) => Math.max(1, Math.ceil(chars / 4));

function messageChars(messages: readonly ChatMessage[]): number {
  let n = 0;
  for (const m of messages) {
    if (typeof m.content === "string") n += m.content.length;
    else if (Array.isArray(m.content)) for (const p of m.content) n += p.text?.length ?? 0;
  }
  return n;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Destroys the socket once what was written has reached it, so the client sees a partial stream. */
async function cut(res: ServerResponse): Promise<void> {
  await new Promise<void>((resolve) => res.write("", () => resolve()));
  await sleep(10);
  res.socket?.destroy();
}

export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const requests: ChatRequestBody[] = [];
  const lateness: number[] = [];
  const queue: FakeReply[] = [];
  let handler: FakeHandler = options.handler ?? (() => "Okay.");
  const sockets = new Set<Socket>();
  let closing = false;
  let completionId = 0;

  async function nextReply(body: ChatRequestBody, index: number): Promise<FakeReply> {
    const queued = queue.shift();
    return queued ?? handler(body, index);
  }

  async function complete(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: ChatRequestBody;
    try {
      body = JSON.parse(await readBody(req)) as ChatRequestBody;
    } catch {
      sendJson(res, 400, {
        error: { message: "invalid JSON body", type: "invalid_request_error" },
      });
      return;
    }
    const index = requests.length;
    requests.push(body);
    const reply = await nextReply(body, index);
    const spec = typeof reply === "string" ? { content: reply } : reply;
    if (spec.delayMs) await sleep(spec.delayMs);
    const fault = spec.fault;

    if (fault?.kind === "rate_limit") {
      const headers: Record<string, string> = { "retry-after": String(fault.retryAfterS ?? 1) };
      if (fault.retryAfterMs !== undefined) headers["retry-after-ms"] = String(fault.retryAfterMs);
      sendJson(
        res,
        429,
        { error: { message: "Rate limit reached", type: "rate_limit_exceeded", code: null } },
        headers,
      );
      return;
    }
    if (fault?.kind === "server_error") {
      sendJson(res, fault.status ?? 500, {
        error: { message: "The server had an error", type: "server_error", code: null },
      });
      return;
    }

    const id = `chatcmpl-fake-${++completionId}`;
    const model = body.model ?? "fake-model";
    const cap = body.max_completion_tokens ?? body.max_tokens;
    let tokens = fakeTokens(spec.content ?? "");
    let finish: "stop" | "length" = "stop";
    if (cap !== undefined && tokens.length > cap) {
      tokens = tokens.slice(0, cap);
      finish = "length";
    }
    const text = tokens.join("");
    const usage = spec.usage ?? {
      prompt_tokens: estimateTokens(messageChars(body.messages ?? [])),
      completion_tokens: tokens.length,
    };
    const fullUsage = { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens };

    if (!body.stream) {
      if (fault?.kind === "stall") return; // never answers; close() cuts it
      sendJson(res, 200, {
        id,
        object: "chat.completion",
        created: 0,
        model,
        choices: [
          {
            index: 0,
            message: { role: "assistant", content: text, refusal: null },
            finish_reason: finish,
            logprobs: null,
          },
        ],
        usage: fullUsage,
      });
      return;
    }

    const rate = spec.tokensPerSecond ?? options.tokensPerSecond ?? 0;
    const gapMs = rate > 0 && Number.isFinite(rate) ? 1000 / rate : 0;
    const chunk = (delta: Record<string, unknown>, finishReason: string | null) =>
      `data: ${JSON.stringify({
        id,
        object: "chat.completion.chunk",
        created: 0,
        model,
        choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }],
      })}\n\n`;
    res.writeHead(200, {
      "content-type": "text/event-stream",
      "cache-control": "no-cache",
      connection: "keep-alive",
    });
    res.write(chunk({ role: "assistant", content: "" }, null));
    // Rate-limit and server faults returned above, so any fault left acts mid-stream.
    const stopAfter = fault ? (fault.afterTokens ?? 0) : Number.POSITIVE_INFINITY;
    const streamStart = performance.now();
    for (let i = 0; i < tokens.length; i++) {
      if (i === stopAfter && fault) {
        if (fault.kind === "cut") return cut(res);
        if (fault.kind === "stall") return; // headers and some tokens sent, then silence
        if (fault.kind === "malformed") res.write("data: {not json\n\n");
      }
      // Token i is due at start + (i + 1) gaps: an absolute schedule, so one late timer (a busy
      // machine) delays that token but not every token after it.
      if (gapMs > 0) await sleep(streamStart + (i + 1) * gapMs - performance.now());
      if (res.destroyed || closing) return;
      res.write(chunk({ content: tokens[i] }, null));
      if (i === options.lagAtToken && gapMs > 0)
        lateness.push(performance.now() - streamStart - (i + 1) * gapMs);
    }
    if (fault && stopAfter >= tokens.length) {
      if (fault.kind === "cut") return cut(res);
      if (fault.kind === "stall") return;
      if (fault.kind === "malformed") res.write("data: {not json\n\n");
    }
    res.write(chunk({}, finish));
    if (body.stream_options?.include_usage) {
      res.write(
        `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created: 0, model, choices: [], usage: fullUsage })}\n\n`,
      );
    }
    res.end("data: [DONE]\n\n");
  }

  const server = createServer((req, res) => {
    const path = (req.url ?? "").split("?")[0];
    if (req.method === "POST" && path === "/v1/chat/completions") {
      complete(req, res).catch((err: unknown) => {
        if (!res.headersSent) sendJson(res, 500, { error: { message: String(err) } });
        else res.destroy();
      });
      return;
    }
    if (req.method === "GET" && path === "/v1/models") {
      sendJson(res, 200, { object: "list", data: [{ id: "fake-model", object: "model" }] });
      return;
    }
    sendJson(res, 404, { error: { message: `no route ${req.method} ${path}` } });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  function script(...args: [FakeHandler] | FakeReply[]): void {
    const [first] = args;
    if (args.length === 1 && typeof first === "function") handler = first;
    else queue.push(...(args as FakeReply[]));
  }

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    lateness,
    script: script as FakeOpenAI["script"],
    close() {
      closing = true;
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
