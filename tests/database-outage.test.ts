import { mkdtempSync } from "node:fs";
import { connect, createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../server/config";
import { type RunningServer, startServer } from "../server/server";
import { freshDatabase, type TestDatabase } from "./support/databases";
import { fakeWebRoot, TestSocket } from "./support/servers";

/**
 * A TCP relay between the server and PostgreSQL that the test can cut and restore: the database
 * "goes away" as it does when PostgreSQL is stopped or the network drops, with nothing mocked.
 */
class Relay {
  private server: Server | undefined;
  private readonly open = new Set<Socket>();
  port = 0;
  constructor(
    private readonly host: string,
    private readonly target: number,
  ) {}
  async start(port = 0): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target, this.host);
      for (const s of [client, upstream]) {
        this.open.add(s);
        s.on("close", () => this.open.delete(s));
        s.on("error", () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server?.listen(port, "127.0.0.1", resolve));
    const address = this.server.address();
    this.port = typeof address === "object" && address ? address.port : port;
  }
  async cut(): Promise<void> {
    for (const s of this.open) s.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

describe.runIf(process.env.TEST_DATABASE_URL)("when PostgreSQL cannot be reached", () => {
  let database: TestDatabase;
  let relay: Relay;
  let server: RunningServer;

  beforeAll(async () => {
    database = await freshDatabase("postgres");
    const url = new URL(database.databaseUrl as string);
    relay = new Relay(url.hostname, Number(url.port || 5432));
    await relay.start();
    url.host = `127.0.0.1:${relay.port}`;
    const loaded = loadConfig({
      PORT: "0",
      DATA_DIR: mkdtempSync(join(tmpdir(), "flightdeck-outage-")),
      DATABASE_URL: url.toString(),
      LOG_LEVEL: "silent",
      WARM_UP: "off",
    });
    if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
    server = await startServer(loaded.config, { webRoot: fakeWebRoot(), logger: false });
  });
  afterAll(async () => {
    await relay?.cut().catch(() => {});
    await server?.close().catch(() => {});
    await database?.drop();
  });

  it("answers 503 FD_DATABASE_UNAVAILABLE over REST and the websocket, then recovers by itself", async () => {
    expect((await fetch(`${server.url}/api/sessions`)).status).toBe(200);
    await relay.cut();

    const listed = await fetch(`${server.url}/api/sessions`);
    expect(listed.status).toBe(503);
    expect(((await listed.json()) as { error: { code: string } }).error.code).toBe(
      "FD_DATABASE_UNAVAILABLE",
    );
    const socket = await TestSocket.open(`${server.url.replace("http", "ws")}/ws`);
    socket.send({ type: "start", scenarioId: "missed-sprint-commitments" });
    expect((await socket.until((f) => f.type === "error")).at(-1)).toMatchObject({
      code: "FD_DATABASE_UNAVAILABLE",
      continues: true,
    });

    await relay.start(relay.port);
    await expect
      .poll(async () => (await fetch(`${server.url}/api/sessions`)).status, { timeout: 20_000 })
      .toBe(200);
    socket.send({ type: "start", scenarioId: "missed-sprint-commitments" });
    expect((await socket.until((f) => f.type === "session_started")).length).toBeGreaterThan(0);
    socket.close();
  });
});
