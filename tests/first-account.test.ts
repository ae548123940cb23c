import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AccountEvents, AccountService } from "../server/people";
import { FIRST_ADMIN_COMMAND } from "../server/people/first-account";
import { DATABASES } from "./support/databases";
import { startTestServer, type TestServer } from "./support/servers";

/** `GET /api/auth/first-account` as asked from `remoteAddress`, by the name in `host`. */
async function ask(server: TestServer, remoteAddress: string, host = "localhost:4700") {
  const res = await server.app.inject({
    method: "GET",
    url: "/api/auth/first-account",
    remoteAddress,
    headers: { host },
  });
  expect(res.statusCode).toBe(200);
  expect(res.headers["cache-control"]).toBe("no-store");
  return res.json() as { firstAdmin: { command: string; stopServerFirst: boolean } | null };
}

describe.each(DATABASES)("the sign-in page's first-admin hint on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { AUTH_MODE: "password" });
  });
  afterAll(() => server?.stop());

  it("gives the start banner's command to this machine only, until an account exists", async () => {
    const hint = { command: FIRST_ADMIN_COMMAND, stopServerFirst: kind === "pglite" };
    expect((await ask(server, "127.0.0.1")).firstAdmin).toEqual(hint);
    expect((await ask(server, "::1", "[::1]:4700")).firstAdmin).toEqual(hint);
    // Another machine, or this one asked by a public name (a proxy here forwards it): nothing.
    expect((await ask(server, "10.1.2.3")).firstAdmin).toBeNull();
    expect((await ask(server, "127.0.0.1", "flightdeck.example.com")).firstAdmin).toBeNull();

    // An account made elsewhere (the CLI, another process): the next visit says nothing.
    await new AccountService({ db: server.store.db, events: new AccountEvents() }).upsertUser({
      email: "admin@example.com",
      password: "a long passphrase",
      roles: ["admin"],
    });
    expect((await ask(server, "127.0.0.1")).firstAdmin).toBeNull();
  });
});

describe("the first-admin hint in local mode", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer("pglite");
  });
  afterAll(() => server?.stop());

  it("is never given: there are no accounts to make", async () => {
    expect((await ask(server, "127.0.0.1")).firstAdmin).toBeNull();
  });
});
