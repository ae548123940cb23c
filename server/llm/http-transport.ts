import http from "node:http";
import https from "node:https";
import type { Readable } from "node:stream";
import zlib from "node:zlib";

/**
 * The model client's HTTP transport: a `fetch` for the openai package (its `fetch` option) on
 * node:http and node:https with kept-alive connections.
 *
 * Why not the global fetch: a persona reply is a stream of 30–200 small SSE chunks, and Node's fetch
 * (undici's implementation of the WHATWG algorithm) costs about 0.7 ms of CPU per streamed reply more
 * than this transport, a third of the model client's cost per turn on a busy server
 * (docs/benchmarks.md). The openai package still builds every request, parses every event and maps
 * every error; only the bytes travel differently.
 *
 * What the global fetch does that this one must do too: decompress (gzip, deflate, br), give
 * redirects and anything it does not handle (a Request object, a streamed or form body) to the
 * global fetch, end the body stream with an error when the connection drops or the request is
 * aborted, and give null-body statuses no body.
 */
const agents: Record<string, http.Agent> = {
  "http:": new http.Agent({ keepAlive: true, scheduling: "lifo" }),
  "https:": new https.Agent({ keepAlive: true, scheduling: "lifo" }),
};
const REDIRECT = new Set([301, 302, 303, 307, 308]);
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

export function nodeFetch(
  input: string | URL | Request,
  init: RequestInit = {},
): Promise<Response> {
  const body = init.body;
  const plainBody =
    body === undefined || body === null || typeof body === "string" || body instanceof Uint8Array;
  const url = input instanceof Request ? undefined : new URL(String(input));
  const agent = url ? agents[url.protocol] : undefined;
  if (!url || !agent || !plainBody || init.signal?.aborted) return fetch(input, init);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => {
      headers[name] = value;
    });
    headers["accept-encoding"] ??= "gzip, deflate, br";
    const request = (url.protocol === "https:" ? https : http).request(
      url,
      { method: init.method ?? "GET", headers, agent, signal: init.signal ?? undefined },
      (res) => {
        const status = res.statusCode ?? 0;
        if (REDIRECT.has(status) && res.headers.location) {
          res.resume();
          resolve(fetch(input, init));
          return;
        }
        const responseHeaders = new Headers();
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
          responseHeaders.append(res.rawHeaders[i] as string, res.rawHeaders[i + 1] as string);
        }
        const empty = NULL_BODY.has(status) || init.method === "HEAD";
        if (empty) res.resume();
        const source = empty ? undefined : { stream: decoded(res), taken: false };
        const response = new Response(source ? bodyOf(source) : null, {
          status,
          statusText: res.statusMessage ?? "",
          headers: responseHeaders,
        });
        if (source) nodeBodies.set(response, source);
        resolve(response);
      },
    );
    request.on("error", reject);
    request.end(body ?? undefined);
  });
}

/** The body as the server meant it: content-encoding undone, as fetch does. */
function decoded(res: http.IncomingMessage): Readable {
  const encoding = String(res.headers["content-encoding"] ?? "")
    .trim()
    .toLowerCase();
  const decoder =
    encoding === "gzip" || encoding === "x-gzip"
      ? zlib.createGunzip()
      : encoding === "deflate"
        ? zlib.createInflate()
        : encoding === "br"
          ? zlib.createBrotliDecompress()
          : undefined;
  if (!decoder) return res;
  res.on("error", (err) => decoder.destroy(err));
  // A response cut short ends the decoder with an error, not with a quiet end.
  res.on("close", () => {
    if (!res.complete)
      decoder.destroy(new Error("the connection closed before the response ended"));
  });
  return res.pipe(decoder);
}

/** A body's node stream, and whether one reader (the web stream or `nodeBodyOf`) has taken it. */
interface Source {
  stream: Readable;
  taken: boolean;
}

/** The node stream under each body `nodeFetch` made. */
const nodeBodies = new WeakMap<Response, Source>();

/**
 * The body of a response `nodeFetch` made, as its node stream, ending with an error when the
 * connection closes before the response ended (as the web body does); once only, and only if the
 * web body was not read. Reading it this way skips a web stream per answer (server/llm/chat-stream.ts).
 */
export function nodeBodyOf(response: Response): (Readable & AsyncIterable<Uint8Array>) | undefined {
  const source = nodeBodies.get(response);
  if (!source || source.taken) return undefined;
  source.taken = true;
  return source.stream as Readable & AsyncIterable<Uint8Array>;
}

/**
 * A web stream over a node stream, chunk for chunk. Lighter than `Readable.toWeb`; it applies no
 * backpressure, which a model's answer (a few kB) does not need. It starts reading only when it is
 * first read, so the node stream can be taken instead (`nodeBodyOf`).
 */
function bodyOf(body: Source): ReadableStream<Uint8Array> {
  let finished = false;
  let started = false;
  const source = body.stream;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (started) return;
        started = true;
        if (body.taken) {
          controller.error(new TypeError("the body was already read"));
          return;
        }
        body.taken = true;
        const fail = (err: Error) => {
          if (finished) return;
          finished = true;
          controller.error(err);
        };
        source.on("data", (chunk: Buffer) => {
          if (!finished)
            controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        });
        source.on("end", () => {
          if (finished) return;
          finished = true;
          controller.close();
        });
        source.on("error", fail);
        source.on("close", () => {
          const complete = (source as Partial<http.IncomingMessage>).complete ?? true;
          if (!complete) fail(new Error("the connection closed before the response ended"));
        });
      },
      cancel() {
        finished = true;
        source.destroy();
      },
    },
    // Nothing is read before the first read: until then, `nodeBodyOf` may take the stream instead.
    { highWaterMark: 0 },
  );
}
