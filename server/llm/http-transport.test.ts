import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { nodeBodyOf, nodeFetch } from "./http-transport";

/** A real HTTP server on an ephemeral port; each test gives it its handler. */
async function serve(handler: http.RequestListener) {
  const server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

let open: { url: string; close(): Promise<void> } | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

describe("nodeFetch (the model client's transport)", () => {
  it("sends the method, headers and body, and answers status, headers and body", async () => {
    let seen: { method?: string; type?: string; auth?: string; body?: string } = {};
    open = await serve((req, res) => {
      let body = "";
      req.on("data", (c) => {
        body += c;
      });
      req.on("end", () => {
        seen = {
          method: req.method,
          type: req.headers["content-type"],
          auth: req.headers.authorization,
          body,
        };
        res.writeHead(201, "Created", [
          ["x-request-id", "r1"],
          ["set-cookie", "a=1"],
          ["set-cookie", "b=2"],
          ["content-type", "application/json"],
        ]);
        res.end('{"ok":true}');
      });
    });
    const { url } = open as { url: string };
    const res = await nodeFetch(`${url}/v1/chat/completions`, {
      method: "POST",
      headers: new Headers({ "content-type": "application/json", authorization: "Bearer k" }),
      body: '{"model":"m"}',
    });
    expect(seen).toEqual({
      method: "POST",
      type: "application/json",
      auth: "Bearer k",
      body: '{"model":"m"}',
    });
    expect(res.status).toBe(201);
    expect(res.statusText).toBe("Created");
    expect(res.headers.get("x-request-id")).toBe("r1");
    expect(res.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(await res.json()).toEqual({ ok: true });
  });

  it("streams the body chunk by chunk as the server writes it", async () => {
    let release: () => void = () => {};
    open = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write("data: one\n\n");
      release = () => res.end("data: two\n\n");
    });
    const res = await nodeFetch((open as { url: string }).url);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("data: one\n\n");
    release();
    const second = await reader.read();
    expect(new TextDecoder().decode(second.value)).toBe("data: two\n\n");
    expect((await reader.read()).done).toBe(true);
  });

  it.each([
    ["gzip", zlib.gzipSync],
    ["deflate", zlib.deflateSync],
    ["br", zlib.brotliCompressSync],
  ] as const)("decompresses a %s body, as fetch does", async (encoding, compress) => {
    let accepted: string | undefined;
    open = await serve((req, res) => {
      accepted = req.headers["accept-encoding"];
      res.writeHead(200, { "content-encoding": encoding });
      res.end(compress(Buffer.from("the whole answer")));
    });
    const res = await nodeFetch((open as { url: string }).url);
    expect(accepted).toContain(encoding);
    expect(await res.text()).toBe("the whole answer");
  });

  it("ends the body with an error when the connection drops mid-answer", async () => {
    open = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write("data: partial\n\n", () => setTimeout(() => res.socket?.destroy(), 20));
    });
    const res = await nodeFetch((open as { url: string }).url);
    await expect(res.text()).rejects.toThrow();
  });

  it("stops a request mid-answer when its signal aborts", async () => {
    let closed = false;
    open = await serve((req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write("data: first\n\n");
      req.socket.on("close", () => {
        closed = true;
      });
    });
    const controller = new AbortController();
    const res = await nodeFetch((open as { url: string }).url, {
      signal: controller.signal,
    });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    controller.abort();
    await expect(reader.read()).rejects.toThrow();
    await expect.poll(() => closed).toBe(true);
  });

  it("gives a null-body status no body, and follows a redirect", async () => {
    open = await serve((req, res) => {
      if (req.url === "/old") {
        res.writeHead(307, { location: "/new" });
        res.end();
      } else if (req.url === "/new") res.end("moved here");
      else {
        res.writeHead(204);
        res.end();
      }
    });
    const { url } = open as unknown as { url: string };
    const empty = await nodeFetch(`${url}/nothing`);
    expect(empty.status).toBe(204);
    expect(empty.body).toBeNull();
    const moved = await nodeFetch(`${url}/old`);
    expect(moved.status).toBe(200);
    expect(await moved.text()).toBe("moved here");
  });

  it("keeps the connection for the next request", async () => {
    const ports: number[] = [];
    open = await serve((req, res) => {
      ports.push(req.socket.remotePort as number);
      res.end("ok");
    });
    const { url } = open as unknown as { url: string };
    for (let i = 0; i < 3; i++) expect(await (await nodeFetch(url)).text()).toBe("ok");
    expect(new Set(ports).size).toBe(1);
  });

  it("rejects when nothing listens, as fetch does", async () => {
    const gone = await serve(() => {});
    await gone.close();
    await expect(nodeFetch(gone.url)).rejects.toThrow();
  });

  it("hands the body over as its node stream once, to one reader only", async () => {
    open = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write("data: one\n\n");
      setTimeout(() => res.end("data: two\n\n"), 20);
    });
    const { url } = open as { url: string };
    const taken = await nodeFetch(url);
    const stream = nodeBodyOf(taken);
    expect(stream).toBeDefined();
    expect(nodeBodyOf(taken)).toBeUndefined();
    let text = "";
    for await (const chunk of stream as AsyncIterable<Buffer>) text += chunk.toString();
    expect(text).toBe("data: one\n\ndata: two\n\n");
    // The web body cannot read it a second time.
    await expect(taken.text()).rejects.toThrow(/already read/);
    // Read as a web body first, it is not handed over afterwards.
    const read = await nodeFetch(url);
    expect(await read.text()).toBe("data: one\n\ndata: two\n\n");
    expect(nodeBodyOf(read)).toBeUndefined();
  });

  it("ends the node stream with an error when the connection drops mid-answer", async () => {
    open = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write("data: partial\n\n", () => setTimeout(() => res.socket?.destroy(), 20));
    });
    const stream = nodeBodyOf(await nodeFetch((open as { url: string }).url));
    const read = async () => {
      for await (const _ of stream as AsyncIterable<Buffer>);
    };
    await expect(read()).rejects.toThrow();
  });

  it("gives no node stream for a response it did not make", () => {
    expect(nodeBodyOf(new Response("made elsewhere"))).toBeUndefined();
  });
});
