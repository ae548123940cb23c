import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASES } from "./support/databases";
import { startTestServer, type TestServer, TestSocket } from "./support/servers";

describe.each(DATABASES)("server on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("answers /healthz and says ready on /readyz with the database it uses", async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, database: kind });
  });

  it("serves the client, and index.html for client routes", async () => {
    const root = await fetch(server.url);
    expect(root.status).toBe(200);
    expect(await root.text()).toContain("Flightdeck test");
    const deep = await fetch(`${server.url}/scenarios/some-id`, {
      headers: { accept: "text/html" },
    });
    expect(deep.status).toBe(200);
    expect(deep.headers.get("content-type")).toContain("text/html");
  });

  it("sends a strict Content-Security-Policy with the client", async () => {
    const root = await fetch(server.url);
    const csp = root.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(root.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("answers unknown API paths with a JSON 404, never the page", async () => {
    const res = await fetch(`${server.url}/api/nothing-here`, { headers: { accept: "text/html" } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: "FD_NOT_FOUND", message: "no route GET /api/nothing-here" },
    });
  });

  it("answers bad addresses, oversized, prototype-keyed and unstorable bodies in the documented shape", async () => {
    const badUrl = await fetch(`${server.url}/api/sessions/%ZZ`);
    expect(badUrl.status).toBe(400);
    expect(await badUrl.json()).toEqual({
      error: { code: "FD_BAD_REQUEST", message: "the address is not valid percent-encoding" },
    });
    const post = (body: string) =>
      fetch(`${server.url}/api/sessions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
    const big = await post(JSON.stringify({ scenarioId: "x".repeat(70 * 1024) }));
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { code: string } }).error.code).toBe(
      "FD_BODY_TOO_LARGE",
    );
    const proto = await post('{"scenarioId":"missed-sprint-commitments","__proto__":{"x":1}}');
    expect(proto.status).toBe(400);
    expect(((await proto.json()) as { error: { message: string } }).error.message).toBe(
      'the body has a key "__proto__", which is not accepted',
    );
    const notJson = await post("{nope");
    expect(((await notJson.json()) as { error: { message: string } }).error.message).toContain(
      "the body is not valid JSON",
    );
    const nul = await fetch(`${server.url}/api/sessions?scenarioId=%00`);
    expect(nul.status).toBe(400);
    expect(((await nul.json()) as { error: { message: string } }).error.message).toContain(
      "query.scenarioId: contains a character that cannot be stored",
    );
    const half = await post('{"scenarioId":"bad \\ud800"}');
    expect(half.status).toBe(400);
  });

  it("words every refused body one way, and tells a body that is not JSON to say so (review 7, #9d, #9e)", async () => {
    const send = async (body: string, contentType?: string, path = "/api/sessions") => {
      const res = await fetch(`${server.url}${path}`, {
        method: "POST",
        ...(contentType === undefined ? {} : { headers: { "content-type": contentType } }),
        body,
      });
      return {
        status: res.status,
        ...((await res.json()) as { error: { code: string; message: string } }),
      };
    };
    const json = "application/json";
    expect(await send("{}", json)).toEqual({
      status: 400,
      error: { code: "FD_BAD_REQUEST", message: "body.scenarioId: missing (expected string)" },
    });
    expect(
      (await send('{"scenarioId":"missed-sprint-commitments","extra":1}', json)).error.message,
    ).toBe('body: unknown key "extra" (expected scenarioId, seed, options)');
    expect((await send('{"txt":"hi"}', json, "/api/lint")).error.message).toBe(
      'body.text: missing (expected string); body: unknown key "txt" (expected text)',
    );
    const plain = await send('{"scenarioId":"missed-sprint-commitments"}', "text/plain");
    expect(plain).toEqual({
      status: 400,
      error: {
        code: "FD_BAD_REQUEST",
        message: "the body was sent as text/plain: send JSON with Content-Type: application/json",
      },
    });
    // fetch sends a string body as text/plain;charset=UTF-8 when no type is given.
    expect((await send('{"text":"hi"}', undefined, "/api/lint")).error.message).toBe(
      "the body was sent as text/plain: send JSON with Content-Type: application/json",
    );
    expect(await send("a=b", "application/x-www-form-urlencoded")).toEqual({
      status: 415,
      error: {
        code: "FD_BAD_REQUEST",
        message:
          "the body was sent as application/x-www-form-urlencoded: send JSON with Content-Type: application/json",
      },
    });
    // A websocket frame with a wrong field says it the same way, from the frame's root.
    const socket = await TestSocket.open(server.wsUrl);
    socket.send({ type: "say", turnId: "w1" });
    expect(await socket.next()).toMatchObject({
      code: "FD_MESSAGE_MALFORMED",
      message: 'invalid "say" message: text: missing (expected string)',
      turnId: "w1",
    });
    socket.close();
  });

  it("answers a websocket ping with pong", async () => {
    const socket = await TestSocket.open(server.wsUrl);
    socket.send({ type: "ping", nonce: "n1" });
    expect(await socket.next()).toEqual({ type: "pong", nonce: "n1", protocol: 1 });
    socket.close();
  });

  it("answers malformed and unknown frames with a typed error and keeps the socket open", async () => {
    const socket = await TestSocket.open(server.wsUrl);
    socket.send("{not json");
    expect(await socket.next()).toMatchObject({
      type: "error",
      code: "FD_MESSAGE_MALFORMED",
      continues: true,
    });
    socket.send({ type: "launch-missiles" });
    expect(await socket.next()).toMatchObject({
      type: "error",
      code: "FD_MESSAGE_UNKNOWN",
      continues: true,
    });
    socket.send({ type: "ping", nonce: 7 });
    expect(await socket.next()).toMatchObject({ type: "error", code: "FD_MESSAGE_MALFORMED" });
    socket.send({ type: "ping" });
    expect(await socket.next()).toMatchObject({ type: "pong" });
    socket.close();
  });
});
