import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { CLOSE, HEARTBEAT_SLICES } from "../server/http/ws-routes";
import { startTestServer, type TestServer } from "./support/servers";

// The heartbeat does not touch the database, so one database is enough here.
const HEARTBEAT_MS = 400;

/**
 * Opens a socket that records when each ping arrives. It listens from the start: a ping can come in
 * the same read as the handshake's answer, and is then handled before code awaiting "open" runs.
 */
function connect(
  url: string,
  options: WebSocket.ClientOptions = {},
): Promise<{ ws: WebSocket; pings: number[] }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, options);
    const pings: number[] = [];
    ws.on("ping", () => pings.push(performance.now()));
    ws.once("open", () => resolve({ ws, pings }));
    ws.once("error", reject);
  });
}

describe("websocket heartbeat", () => {
  let server: TestServer | undefined;
  const sockets: WebSocket[] = [];
  afterEach(async () => {
    for (const ws of sockets.splice(0)) ws.terminate();
    await server?.stop();
    server = undefined;
  });

  it("closes a socket that stops answering pings, and keeps one that answers", async () => {
    server = await startTestServer("pglite", {}, { heartbeatMs: HEARTBEAT_MS });
    const { ws: silent, pings: pingsToSilent } = await connect(server.wsUrl, { autoPong: false });
    const opened = performance.now();
    const { ws: answering } = await connect(server.wsUrl);
    sockets.push(silent, answering);
    const closed = await new Promise<{ code: number; at: number }>((resolve) =>
      silent.once("close", (code) => resolve({ code, at: performance.now() })),
    );
    // Pinged once, given a whole heartbeat to answer, then cut off (no close frame: it is dead to us).
    expect(pingsToSilent.length).toBe(1);
    expect(closed.code).toBe(1006);
    expect(closed.at - opened).toBeGreaterThanOrEqual(HEARTBEAT_MS * 0.9);
    expect(closed.code).not.toBe(CLOSE.takenOver);
    // The one that answers its pings is still there a heartbeat later.
    await new Promise((r) => setTimeout(r, HEARTBEAT_MS * 1.5));
    expect(answering.readyState).toBe(WebSocket.OPEN);
  });

  it("pings the sockets a slice at a time over the heartbeat, not all in one go", async () => {
    server = await startTestServer("pglite", {}, { heartbeatMs: HEARTBEAT_MS });
    const count = 40;
    const pinged: number[][] = [];
    for (let i = 0; i < count; i++) {
      const { ws, pings } = await connect(server.wsUrl);
      sockets.push(ws);
      pinged.push(pings);
    }
    const deadline = Date.now() + 5 * HEARTBEAT_MS;
    while (pinged.some((p) => p.length === 0) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    const firstPing = pinged.map((p) => p[0]).filter((t) => t !== undefined);
    expect(firstPing.length).toBe(count);
    // Pings less than a quarter of a tick apart went out together.
    const tickMs = HEARTBEAT_MS / HEARTBEAT_SLICES;
    const times = [...firstPing].sort((a, b) => a - b);
    const groups: number[] = [1];
    for (let i = 1; i < times.length; i++) {
      if ((times[i] as number) - (times[i - 1] as number) > tickMs / 4) groups.push(1);
      else groups[groups.length - 1] = (groups.at(-1) as number) + 1;
    }
    // 20 slices of two sockets; timer jitter may merge a few ticks, never most of them.
    expect(HEARTBEAT_SLICES).toBe(20);
    expect(Math.max(...groups)).toBeLessThanOrEqual(10);
    expect(groups.length).toBeGreaterThanOrEqual(10);
  });
});
