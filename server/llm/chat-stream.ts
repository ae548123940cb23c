import type { Readable } from "node:stream";
import type OpenAI from "openai";
import { APIError } from "openai/error";
import type {
  ChatCompletionChunk,
  ChatCompletionCreateParamsStreaming,
} from "openai/resources/chat/completions";
import { nodeBodyOf } from "./http-transport";

/**
 * A streamed chat completion: the openai package makes the request (URL, headers, auth, timeout,
 * HTTP errors mapped to its APIError classes), and the server-sent events of the answer are read
 * here, with the package's semantics (`parseChatEvents`).
 *
 * Why not the package's own `Stream`: a persona reply is 30–200 tiny events, and the package runs
 * each through four nested async generators, copies its whole buffer on every network chunk and
 * decodes each line separately; on a busy server that was the largest single piece of main-thread
 * time per turn (docs/benchmarks.md, "One round trip per batch, and the model's stream read here").
 * When the response came through `nodeFetch`, its node stream is read directly, without the web
 * stream in between.
 */
export async function streamChatCompletion(
  client: OpenAI,
  body: Omit<ChatCompletionCreateParamsStreaming, "stream">,
  options: { signal?: AbortSignal; maxRetries?: number },
): Promise<AsyncIterable<ChatCompletionChunk>> {
  const response = await client.chat.completions
    .create({ ...body, stream: true }, options)
    .asResponse();
  const parser = new ChatEventParser(response.headers);
  const node = nodeBodyOf(response);
  if (node) return eventsOf(node, parser) as AsyncIterable<ChatCompletionChunk>;
  const web = response.body;
  if (!web)
    throw new APIError(undefined, undefined, "the model's answer had no body", response.headers);
  return fromBytes(web, parser) as AsyncIterable<ChatCompletionChunk>;
}

/**
 * The events of a node stream, parsed as its chunks arrive: one promise per event for the reader,
 * none per chunk. Ends with the stream's error, or the parser's; a reader that stops early (return)
 * destroys the stream, so the connection is not left streaming.
 */
function eventsOf(stream: Readable, parser: ChatEventParser): AsyncIterable<unknown> {
  const ready: unknown[] = [];
  let failure: unknown;
  let ended = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  stream.on("data", (chunk: Uint8Array) => {
    if (failure !== undefined || ended) return;
    for (const event of parser.push(chunk)) ready.push(event);
    if (parser.failure !== undefined) {
      // Read after the events before it.
      failure = parser.failure;
      stream.destroy();
    }
    notify();
  });
  stream.on("end", () => {
    ended = true;
    notify();
  });
  stream.on("error", (err) => {
    failure ??= err;
    notify();
  });
  stream.on("close", () => {
    if (!ended) failure ??= new Error("the model's answer stopped before it ended");
    notify();
  });
  let taken = 0;
  const iterator: AsyncIterator<unknown> = {
    async next() {
      for (;;) {
        if (taken < ready.length) {
          const value = ready[taken];
          ready[taken++] = undefined;
          if (taken === ready.length) {
            ready.length = 0;
            taken = 0;
          }
          return { value, done: false };
        }
        if (failure !== undefined) throw failure;
        if (ended) return { value: undefined, done: true };
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
    async return() {
      if (!ended) stream.destroy();
      return { value: undefined, done: true };
    },
  };
  return { [Symbol.asyncIterator]: () => iterator };
}

async function* fromBytes(bytes: AsyncIterable<Uint8Array>, parser: ChatEventParser) {
  for await (const chunk of bytes) {
    yield* parser.push(chunk);
    if (parser.failure !== undefined) throw parser.failure;
  }
  parser.end();
}

/** `ChatEventParser` over a byte stream, as an async iterable of the events. */
export function parseChatEvents(
  bytes: AsyncIterable<Uint8Array>,
  headers?: Headers,
): AsyncIterable<unknown> {
  return fromBytes(bytes, new ChatEventParser(headers));
}

/**
 * The JSON events of a server-sent-events byte stream, as the openai package reads a chat
 * completion stream (openai/core/streaming): lines end at "\n", "\r\n" or "\r"; a blank line ends an
 * event; "data:" lines are joined with "\n" (one space after the colon dropped), other fields are
 * ignored, a line starting with ":" is a comment; an event whose data starts with "[DONE]" ends the
 * stream (what follows is read and ignored); an event still open when the bytes end is dropped; each
 * other event's data is JSON, and one carrying an `error` is thrown as the package's APIError.
 * Chunks go in as they arrive (`push`), each giving the events it completed before any failure
 * (bad JSON, an error event), which is then kept in `failure` and ends the parsing; multi-byte
 * characters split across chunks are decoded whole. Pure.
 */
export class ChatEventParser {
  private readonly decoder = new TextDecoder();
  private pending = "";
  /** The previous chunk ended in "\r": a "\n" starting this one belongs to that line end. */
  private afterCR = false;
  private data: string[] = [];
  private event: string | null = null;
  private done = false;
  /** Why the stream cannot be read further (set once); the events before it were returned. */
  failure: unknown;

  constructor(private readonly headers?: Headers) {}

  /** The events these bytes completed, in order, up to a failure (see `failure`). */
  push(chunk: Uint8Array): unknown[] {
    const out: unknown[] = [];
    if (this.failure !== undefined) return out;
    try {
      this.read(chunk, out);
    } catch (err) {
      this.failure = err;
    }
    return out;
  }

  private read(chunk: Uint8Array, out: unknown[]): void {
    const text = this.pending + this.decoder.decode(chunk, { stream: true });
    this.pending = "";
    let start = 0;
    if (this.afterCR && text.charCodeAt(0) === 10) start = 1;
    this.afterCR = false;
    for (;;) {
      const lf = text.indexOf("\n", start);
      const cr = text.indexOf("\r", start);
      const end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
      if (end === -1) break;
      const parsed = this.line(text.slice(start, end));
      if (parsed !== undefined) out.push(parsed);
      if (end === cr && end === text.length - 1) {
        // A "\r" at the very end: its "\n", if any, comes with the next chunk.
        this.afterCR = true;
        start = end + 1;
        break;
      }
      start = end === cr && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    }
    this.pending = text.slice(start);
  }

  /** The bytes ended: an event still open is dropped, as the package drops it. */
  end(): void {
    this.pending += this.decoder.decode();
    // The last line without a line end still counts as a line, but not as the end of an event.
    if (this.pending !== "") this.line(this.pending);
    this.pending = "";
  }

  private line(text: string): unknown {
    if (text === "") {
      if (!this.event && this.data.length === 0) return undefined;
      const payload = this.data.join("\n");
      this.data = [];
      this.event = null;
      if (this.done) return undefined;
      if (payload.startsWith("[DONE]")) {
        this.done = true;
        return undefined;
      }
      const parsed = JSON.parse(payload) as { error?: unknown } | null;
      if (parsed?.error)
        throw new APIError(undefined, parsed.error as object, undefined, this.headers);
      return parsed;
    }
    if (text.charCodeAt(0) === 58 /* ":" */) return undefined;
    const colon = text.indexOf(":");
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? "" : text.slice(colon + 1);
    if (value.charCodeAt(0) === 32 /* " " */) value = value.slice(1);
    if (field === "data") this.data.push(value);
    else if (field === "event") this.event = value;
    return undefined;
  }
}

export type { ChatCompletionChunk };
