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
export async function* streamChatCompletion(
  client: OpenAI,
  body: Omit<ChatCompletionCreateParamsStreaming, "stream">,
  options: { signal?: AbortSignal; maxRetries?: number },
): AsyncGenerator<ChatCompletionChunk> {
  const response = await client.chat.completions
    .create({ ...body, stream: true }, options)
    .asResponse();
  const node = nodeBodyOf(response);
  const source: AsyncIterable<Uint8Array> | null = node ?? response.body;
  if (!source)
    throw new APIError(undefined, undefined, "the model's answer had no body", response.headers);
  let finished = false;
  try {
    yield* parseChatEvents(source, response.headers) as AsyncGenerator<ChatCompletionChunk>;
    finished = true;
  } finally {
    // Left early (the caller stopped reading): nothing more of the answer is wanted.
    if (!finished) destroy(node, response);
  }
}

function destroy(node: Readable | undefined, response: Response) {
  if (node) node.destroy();
  else response.body?.cancel().catch(() => {});
}

/**
 * The JSON events of a server-sent-events byte stream, as the openai package reads a chat
 * completion stream (openai/core/streaming): lines end at "\n", "\r\n" or "\r"; a blank line ends an
 * event; "data:" lines are joined with "\n" (one space after the colon dropped), other fields are
 * ignored, a line starting with ":" is a comment; an event whose data starts with "[DONE]" ends the
 * stream (what follows is read and ignored); an event still open when the bytes end is dropped; each
 * other event's data is JSON, and one carrying an `error` is thrown as the package's APIError. Pure
 * over its input. Multi-byte characters split across chunks are decoded whole.
 */
export async function* parseChatEvents(
  bytes: AsyncIterable<Uint8Array>,
  headers?: Headers,
): AsyncGenerator<unknown> {
  const decoder = new TextDecoder();
  let pending = "";
  /** The previous chunk ended in "\r": a "\n" starting this one belongs to that line end. */
  let afterCR = false;
  let data: string[] = [];
  let event: string | null = null;
  let done = false;

  const line = (text: string): unknown => {
    if (text === "") {
      if (!event && data.length === 0) return undefined;
      const payload = data.join("\n");
      data = [];
      event = null;
      if (done) return undefined;
      if (payload.startsWith("[DONE]")) {
        done = true;
        return undefined;
      }
      const parsed = JSON.parse(payload) as { error?: unknown } | null;
      if (parsed?.error) throw new APIError(undefined, parsed.error as object, undefined, headers);
      return parsed;
    }
    if (text.charCodeAt(0) === 58 /* ":" */) return undefined;
    const colon = text.indexOf(":");
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? "" : text.slice(colon + 1);
    if (value.charCodeAt(0) === 32 /* " " */) value = value.slice(1);
    if (field === "data") data.push(value);
    else if (field === "event") event = value;
    return undefined;
  };

  for await (const chunk of bytes) {
    let text = pending + decoder.decode(chunk, { stream: true });
    pending = "";
    let start = 0;
    if (afterCR && text.charCodeAt(0) === 10) start = 1;
    afterCR = false;
    for (;;) {
      const lf = text.indexOf("\n", start);
      const cr = text.indexOf("\r", start);
      const end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
      if (end === -1) break;
      const parsed = line(text.slice(start, end));
      if (parsed !== undefined) yield parsed;
      if (end === cr && end === text.length - 1) {
        // A "\r" at the very end: its "\n", if any, comes with the next chunk.
        afterCR = true;
        start = end + 1;
        break;
      }
      start = end === cr && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    }
    pending = text.slice(start);
    text = "";
  }
  pending += decoder.decode();
  // The last line without a line end still counts as a line, but not as the end of an event.
  if (pending !== "") line(pending);
}

export type { ChatCompletionChunk };
