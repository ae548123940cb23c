import { afterEach, describe, expect, it } from "vitest";
import { loadValidContent } from "../server/content/load-content";
import { warmUpTasks } from "../server/sessions/warm-up";
import { startTestServer, type TestServer } from "./support/servers";

describe("the server's warm-up", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it("runs every task after the start and answers requests meanwhile", async () => {
    server = await startTestServer("pglite", { WARM_UP: "on" });
    let warmedUp = false;
    const report = server.warmedUp.then((r) => {
      warmedUp = true;
      return r;
    });
    const health = await fetch(`${server.url}/healthz`);
    const answeredDuringWarmUp = !warmedUp;
    expect(health.status).toBe(200);
    const expected = warmUpTasks(await loadValidContent(".")).length;
    expect(await report).toMatchObject({ tasks: expected });
    expect(answeredDuringWarmUp).toBe(true);
  });

  it("does not run with WARM_UP=off", async () => {
    server = await startTestServer("pglite", { WARM_UP: "off" });
    expect(await server.warmedUp).toBeNull();
  });
});
