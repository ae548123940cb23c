import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { loadConfig } from "../server/config";
import { type RunningServer, startServer } from "../server/server";
import { ApiClient } from "./support/api-client";
import { DATABASES, freshDatabase, type TestDatabase } from "./support/databases";
import { addAccountByCli, runCli } from "./support/processes";
import { fakeWebRoot, startTestServer, type TestServer } from "./support/servers";

const ADMIN = { email: "admin@example.com", password: "admin password 1" };

/** The status a websocket upgrade is refused with, or "open". */
function upgradeStatus(url: string, headers: Record<string, string>): Promise<number | "open"> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers });
    ws.once("open", () => {
      ws.close();
      resolve("open");
    });
    ws.once("unexpected-response", (req, res) => {
      res.resume();
      req.destroy();
      resolve(res.statusCode ?? 0);
    });
    ws.once("error", () => {});
  });
}

describe.each(DATABASES)("password mode on %s", (kind) => {
  let database: TestDatabase;
  let server: RunningServer;
  let base: string;
  let serverConfig: Parameters<typeof startServer>[0];

  beforeAll(async () => {
    database = await freshDatabase(kind);
    const env = {
      DATA_DIR: database.dataDir,
      ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
    };
    // The first admin comes from the CLI, before the server holds the data folder.
    const added = await addAccountByCli(env, ADMIN, ["admin", "facilitator"]);
    expect(added.stdout).toContain("Added admin@example.com (admin, facilitator)");
    // The test client on loopback stands in for the reverse proxy in front of the server.
    const loaded = loadConfig({
      PORT: "0",
      LOG_LEVEL: "silent",
      AUTH_MODE: "password",
      TRUST_PROXY: "127.0.0.1",
      ...env,
    });
    if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
    serverConfig = loaded.config;
    server = await startServer(loaded.config, { webRoot: fakeWebRoot(), logger: false });
    base = server.url;
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("asks who you are before anything but sign-in, health and the page", async () => {
    const anonymous = new ApiClient(base);
    expect((await anonymous.req("GET", "/api/me")).status).toBe(401);
    expect((await anonymous.req("GET", "/api/scenarios")).status).toBe(401);
    expect((await anonymous.req("GET", "/api/sessions")).status).toBe(401);
    expect((await anonymous.req("GET", "/healthz")).status).toBe(200);
    expect((await anonymous.req("GET", "/")).status).toBe(200);
    expect(await upgradeStatus(`${base.replace("http", "ws")}/ws`, { origin: base })).toBe(401);
  });

  it("signs the admin in with an HttpOnly, SameSite=Lax cookie, Secure behind https", async () => {
    const client = new ApiClient(base);
    const res = await client.login(ADMIN.email, ADMIN.password);
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie()[0] ?? "";
    expect(cookie).toMatch(/^fd_session=[A-Za-z0-9_-]{43}; /);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Path=/");
    expect(cookie).not.toContain("Secure");
    expect(res.headers.get("cache-control")).toBe("no-store");
    const me = await client.req("GET", "/api/me");
    expect(await me.json()).toMatchObject({
      authMode: "password",
      user: { email: ADMIN.email, roles: ["admin", "facilitator"] },
      csrfToken: client.csrf,
    });
    const https = await new ApiClient(base).req(
      "POST",
      "/api/auth/login",
      { email: ADMIN.email, password: ADMIN.password },
      { "x-forwarded-proto": "https" },
    );
    expect(https.headers.getSetCookie()[0]).toContain("; Secure");
    expect(https.headers.get("strict-transport-security")).toContain("max-age=");
  });

  it("refuses a wrong password and an unknown email with the same answer", async () => {
    const wrong = await new ApiClient(base).login(ADMIN.email, "not the password");
    const unknown = await new ApiClient(base).login("nobody@example.com", "not the password");
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  it("backs off after repeated failures, then refuses even the right password with Retry-After", async () => {
    const client = new ApiClient(base);
    const invite = await adminClient();
    const link = await invite.req("POST", "/api/invitations", {
      email: "target@example.com",
      roles: ["manager"],
    });
    const { path } = (await link.json()) as { path: string };
    await new ApiClient(base).req("POST", "/api/invitations/accept", {
      token: path.split("#")[1],
      displayName: "Target",
      password: "target password",
    });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await client.login("target@example.com", "guess")).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401]);
    const blocked = await client.login("target@example.com", "target password");
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe(
      "FD_RATE_LIMITED",
    );
  });

  async function adminClient() {
    const client = new ApiClient(base);
    expect((await client.login(ADMIN.email, ADMIN.password)).status).toBe(200);
    return client;
  }

  /** An account made from an admin's invitation, signed out. */
  async function invited(email: string, password: string, roles: string[] = ["manager"]) {
    const admin = await adminClient();
    const link = await admin.req("POST", "/api/invitations", { email, roles });
    const { path } = (await link.json()) as { path: string };
    const accepted = await new ApiClient(base).req("POST", "/api/invitations/accept", {
      token: path.split("#")[1],
      displayName: email.split("@")[0],
      password,
    });
    expect(accepted.status).toBe(201);
    return ((await accepted.json()) as { user: { id: string } }).user;
  }

  /** A sign-in from a client address of its own (the test client stands in for a trusted proxy). */
  const loginFrom = (address: string, email: string, password: string) =>
    new ApiClient(base).req(
      "POST",
      "/api/auth/login",
      { email, password },
      { "x-forwarded-for": address },
    );

  const tally = (statuses: number[]) => {
    const counts: Record<number, number> = {};
    for (const s of statuses) counts[s] = (counts[s] ?? 0) + 1;
    return counts;
  };

  it("backs off guesses sent in parallel as it does sequential ones", async () => {
    await invited("parallel@example.com", "parallel password");
    // Forty guesses at once: before, each read the same count and none was refused. (Exactly six
    // get through with a still clock, server/people/accounts.test.ts; here a loaded machine may
    // take long enough for the first block to pass.)
    const guesses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        loginFrom("198.51.100.1", "parallel@example.com", `guess ${i}`).then((r) => r.status),
      ),
    );
    expect(tally(guesses)[401]).toBeGreaterThanOrEqual(6);
    expect(tally(guesses)[429]).toBeGreaterThanOrEqual(30);
    const right = await loginFrom("198.51.100.2", "parallel@example.com", "parallel password");
    expect(right.status).toBe(429);
  });

  it("backs off parallel wrong current passwords on a password change", async () => {
    await invited("changing@example.com", "changing password");
    const here = new ApiClient(base);
    expect((await here.login("changing@example.com", "changing password")).status).toBe(200);
    const statuses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        here
          .req(
            "POST",
            "/api/me/password",
            { currentPassword: `guess ${i}`, newPassword: "another password" },
            { "x-forwarded-for": "198.51.100.3" },
          )
          .then((r) => r.status),
      ),
    );
    expect(tally(statuses)[400]).toBeGreaterThanOrEqual(6);
    expect(tally(statuses)[429]).toBeGreaterThanOrEqual(10);
  });

  it("keeps an address's failures on other accounts when it signs in to its own", async () => {
    await invited("sprayer@example.com", "sprayer password");
    const spray = async (from: string, n: number, tag: string) => {
      const statuses: number[] = [];
      for (let i = 0; i < n; i++)
        statuses.push(
          (await loginFrom(from, `victim-${tag}-${i}@example.com`, "Summer2026!")).status,
        );
      return statuses;
    };
    const sprayer = async () => {
      expect(await spray("198.51.100.4", 19, "a")).toEqual(Array(19).fill(401));
      const own = await loginFrom("198.51.100.4", "sprayer@example.com", "sprayer password");
      expect(own.status).toBe(200);
      // The good sign-in took back nothing of the 19: the 20th and 21st failures are the last.
      expect(await spray("198.51.100.4", 3, "b")).toEqual([401, 401, 429]);
    };
    // Someone at a shared address who mistypes their own password and then gets it right takes
    // back their own failures, never the others'.
    const office = async () => {
      expect(await spray("198.51.100.5", 17, "c")).toEqual(Array(17).fill(401));
      for (const password of ["typo 1", "typo 2", "sprayer password"])
        await loginFrom("198.51.100.5", "sprayer@example.com", password);
      expect(await spray("198.51.100.5", 5, "d")).toEqual([401, 401, 401, 401, 429]);
    };
    await Promise.all([sprayer(), office()]);
  });

  it("goes from invitation to sign-up to sign-in, and the link works once", async () => {
    const admin = await adminClient();
    const created = await admin.req("POST", "/api/invitations", {
      email: "Mentor@Example.com",
      roles: ["mentor"],
    });
    expect(created.status).toBe(201);
    const link = (await created.json()) as { path: string; url: string; email: string };
    expect(link.email).toBe("mentor@example.com");
    expect(link.url).toBe(`${base}${link.path}`);
    expect(link.path).toMatch(/^\/invite#[A-Za-z0-9_-]{43}$/);
    const token = link.path.split("#")[1];

    const newcomer = new ApiClient(base);
    const lookup = await newcomer.req("POST", "/api/invitations/lookup", { token });
    expect(await lookup.json()).toMatchObject({
      email: "mentor@example.com",
      roles: ["mentor"],
      hasAccount: false,
    });
    const short = await newcomer.req("POST", "/api/invitations/accept", {
      token,
      displayName: "M",
      password: "short",
    });
    expect(short.status).toBe(400);
    const accepted = await newcomer.req("POST", "/api/invitations/accept", {
      token,
      displayName: "Mira Mentor",
      password: "mentor password 1",
    });
    expect(accepted.status).toBe(201);
    expect(newcomer.cookie).toBeDefined();
    expect(await (await newcomer.req("GET", "/api/me")).json()).toMatchObject({
      user: { email: "mentor@example.com", displayName: "Mira Mentor", roles: ["mentor"] },
    });
    const again = await new ApiClient(base).req("POST", "/api/invitations/accept", {
      token,
      displayName: "Someone",
      password: "another password",
    });
    expect(again.status).toBe(404);

    const later = new ApiClient(base);
    expect((await later.login("mentor@example.com", "mentor password 1")).status).toBe(200);
  });

  it("answers parallel accepts of one link with one account and 404s, never a 500", async () => {
    const admin = await adminClient();
    const link = await admin.req("POST", "/api/invitations", {
      email: "double@example.com",
      roles: ["manager"],
    });
    const token = ((await link.json()) as { path: string }).path.split("#")[1];
    const accepts = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        new ApiClient(base)
          .req("POST", "/api/invitations/accept", {
            token,
            displayName: `Double ${i}`,
            password: "double password",
          })
          .then(async (r) => ({ status: r.status, body: await r.json() })),
      ),
    );
    expect(accepts.map((a) => a.status).sort()).toEqual([201, 404, 404, 404]);
    for (const a of accepts.filter((x) => x.status === 404))
      expect(a.body).toMatchObject({ error: { code: "FD_NOT_FOUND" } });
    expect((await new ApiClient(base).login("double@example.com", "double password")).status).toBe(
      200,
    );

    // Two links for one email (into two cohorts), accepted at once: one account, and the other
    // link is told to sign in first, as for any existing account.
    const links = [];
    for (const name of ["Cohort X", "Cohort Y"]) {
      const cohort = (await (await admin.req("POST", "/api/cohorts", { name })).json()) as {
        id: string;
      };
      const invite = await admin.req("POST", `/api/cohorts/${cohort.id}/invitations`, {
        email: "twice@example.com",
        roles: ["manager"],
      });
      links.push(((await invite.json()) as { path: string }).path.split("#")[1]);
    }
    const both = await Promise.all(
      links.map((t) =>
        new ApiClient(base)
          .req("POST", "/api/invitations/accept", {
            token: t,
            displayName: "Twice",
            password: "twice password",
          })
          .then(async (r) => ({ status: r.status, body: await r.json() })),
      ),
    );
    expect(both.map((a) => a.status).sort()).toEqual([201, 400]);
    expect(both.find((a) => a.status === 400)?.body).toMatchObject({
      error: { message: "an account with this email exists: sign in, then open the link again" },
    });
  });

  it("tells a manager sharing a session who may review it, never who has an account or which roles", async () => {
    await invited("sharer@example.com", "sharer password");
    await invited("just-a-manager@example.com", "manager password");
    await invited("the-mentor@example.com", "mentor password", ["mentor", "facilitator"]);
    const sharer = new ApiClient(base);
    expect((await sharer.login("sharer@example.com", "sharer password")).status).toBe(200);
    const created = await sharer.req("POST", "/api/sessions", {
      scenarioId: "missed-sprint-commitments",
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const share = (email: string) => sharer.req("POST", `/api/sessions/${id}/shares`, { email });

    // No account, and an account that cannot review: the same answer, naming only the address.
    const refusals = [];
    for (const email of ["ghost@example.com", "just-a-manager@example.com"]) {
      const res = await share(email);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      refusals.push({
        status: res.status,
        code: error.code,
        message: error.message.replace(email, "…"),
      });
    }
    expect(refusals[0]).toEqual(refusals[1]);
    expect(refusals[0]).toEqual({
      status: 404,
      code: "FD_NOT_FOUND",
      message:
        "No mentor, facilitator or admin here has the email …. Check the spelling, or ask your facilitator to invite your mentor.",
    });

    // A reviewer: their name and email, not their roles.
    const shared = await share("the-mentor@example.com");
    expect(shared.status).toBe(201);
    const person = (await shared.json()) as Record<string, unknown>;
    expect(Object.keys(person).sort()).toEqual(["displayName", "email", "id"]);
    const list = (await (await sharer.req("GET", `/api/sessions/${id}/shares`)).json()) as {
      shares: { user: Record<string, unknown> }[];
    };
    expect(list.shares.map((s) => Object.keys(s.user).sort())).toEqual([
      ["displayName", "email", "id"],
    ]);
  });

  it("rate-limits refused shares per user, as sign-in backs off: 429 with Retry-After, and a share that works costs nothing", async () => {
    await invited("guesser@example.com", "guesser password");
    await invited("sharing-a-lot@example.com", "sharing password");
    await invited("their-mentor@example.com", "their mentor password", ["mentor"]);
    const session = async (client: ApiClient) => {
      const created = await client.req("POST", "/api/sessions", {
        scenarioId: "missed-sprint-commitments",
      });
      return ((await created.json()) as { id: string }).id;
    };
    const guesser = new ApiClient(base);
    expect((await guesser.login("guesser@example.com", "guesser password")).status).toBe(200);
    const id = await session(guesser);
    const share = (email: string) => guesser.req("POST", `/api/sessions/${id}/shares`, { email });

    // Six guesses are answered (the sixth starts the backoff), then every share waits, a real
    // mentor's too, so a guess that would have worked tells nothing either.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await share(`guess-${i}@example.com`)).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404, 404]);
    for (const email of ["guess-6@example.com", "their-mentor@example.com"]) {
      const blocked = await share(email);
      expect(blocked.status).toBe(429);
      const wait = Number(blocked.headers.get("retry-after"));
      expect(wait).toBeGreaterThanOrEqual(1);
      expect(wait).toBeLessThanOrEqual(5);
      expect(await blocked.json()).toEqual({
        error: {
          code: "FD_RATE_LIMITED",
          message: `Too many shares were refused in a row, so sharing is paused: try again in ${wait} s.`,
        },
      });
    }
    const shares = (await (await guesser.req("GET", `/api/sessions/${id}/shares`)).json()) as {
      shares: unknown[];
    };
    expect(shares.shares).toEqual([]);

    // Per user: someone else shares at once, and shares that work never start the backoff.
    const other = new ApiClient(base);
    expect((await other.login("sharing-a-lot@example.com", "sharing password")).status).toBe(200);
    const mine: number[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await other.req("POST", `/api/sessions/${await session(other)}/shares`, {
        email: "their-mentor@example.com",
      });
      mine.push(res.status);
    }
    expect(mine).toEqual(Array(8).fill(201));

    // Guesses sent in parallel are counted as if sent one after another.
    const own = await session(other);
    const guesses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        other
          .req("POST", `/api/sessions/${own}/shares`, { email: `p-${i}@example.com` })
          .then((r) => r.status),
      ),
    );
    expect(tally(guesses)[404]).toBeGreaterThanOrEqual(6);
    expect(tally(guesses)[429]).toBeGreaterThanOrEqual(10);
  });

  it("needs the CSRF token and a same-site origin for every change", async () => {
    const admin = await adminClient();
    const body = { name: "Cohort A" };
    expect((await admin.req("POST", "/api/cohorts", body, { "x-csrf-token": "" })).status).toBe(
      403,
    );
    expect(
      (await admin.req("POST", "/api/cohorts", body, { "x-csrf-token": "wrong" })).status,
    ).toBe(403);
    expect(
      (await admin.req("POST", "/api/cohorts", body, { origin: "https://evil.example" })).status,
    ).toBe(403);
    expect((await admin.req("POST", "/api/cohorts", body, { origin: "null" })).status).toBe(403);
    expect((await admin.req("POST", "/api/cohorts", body)).status).toBe(201);
    // Reads need no token.
    expect((await admin.req("GET", "/api/cohorts")).status).toBe(200);
  });

  it("refuses a cross-site socket, accepts a same-site one, and closes it at sign-out", async () => {
    const admin = await adminClient();
    const url = `${base.replace("http", "ws")}/ws`;
    expect(
      await upgradeStatus(url, { origin: "https://evil.example", cookie: admin.cookie ?? "" }),
    ).toBe(403);
    // The token never travels in the URL: a query string is not a sign-in.
    expect(
      await upgradeStatus(`${url}?token=${admin.cookie?.split("=")[1]}`, { origin: base }),
    ).toBe(401);
    const socket = await admin.socket();
    socket.send({ type: "ping", nonce: "n" });
    expect(await socket.next()).toMatchObject({ type: "pong" });
    const oldCookie = admin.cookie;
    expect((await admin.req("POST", "/api/auth/logout")).status).toBe(204);
    expect(admin.cookie).toBeUndefined();
    expect(await socket.next()).toMatchObject({
      type: "error",
      code: "FD_UNAUTHENTICATED",
      continues: false,
    });
    expect(await socket.closed).toMatchObject({ code: 4003 });
    // The old cookie signs nobody in any more.
    const replay = await fetch(`${base}/api/me`, { headers: { cookie: oldCookie ?? "" } });
    expect(replay.status).toBe(401);
  });

  it("closes a user's sockets when an admin changes their roles", async () => {
    const admin = await adminClient();
    const invite = await admin.req("POST", "/api/invitations", {
      email: "demoted@example.com",
      roles: ["manager"],
    });
    const token = ((await invite.json()) as { path: string }).path.split("#")[1];
    const user = new ApiClient(base);
    const accepted = await user.req("POST", "/api/invitations/accept", {
      token,
      displayName: "Demoted",
      password: "demoted password",
    });
    const { user: me } = (await accepted.json()) as { user: { id: string } };
    const socket = await user.socket();
    socket.send({ type: "ping" });
    await socket.next();
    const changed = await admin.req("PUT", `/api/users/${me.id}/roles`, { roles: ["mentor"] });
    expect(changed.status).toBe(200);
    expect(await socket.closed).toMatchObject({ code: 4003 });
    // A fresh socket acts with the new roles: a mentor starts no practice session.
    const again = await user.socket();
    again.send({ type: "start", scenarioId: "missed-sprint-commitments" });
    expect(await again.next()).toMatchObject({
      type: "error",
      code: "FD_FORBIDDEN",
      message: "Only managers practise conversations; your account has no manager role.",
      continues: true,
    });
    again.close();
  });

  it("disables an account: sign-in refused, its cookies refused at once, its sockets closed; enabling it again asks for a new sign-in", async () => {
    const admin = await adminClient();
    const invite = await admin.req("POST", "/api/invitations", {
      email: "leaver@example.com",
      roles: ["manager", "mentor"],
    });
    const token = ((await invite.json()) as { path: string }).path.split("#")[1];
    const user = new ApiClient(base);
    const accepted = await user.req("POST", "/api/invitations/accept", {
      token,
      displayName: "Leaver",
      password: "leaver password 1",
    });
    const { user: me } = (await accepted.json()) as { user: { id: string } };
    const second = new ApiClient(base);
    expect((await second.login("leaver@example.com", "leaver password 1")).status).toBe(200);
    const socket = await user.socket();
    socket.send({ type: "ping" });
    await socket.next();

    const disabled = await admin.req("PUT", `/api/users/${me.id}/disabled`, { disabled: true });
    expect(disabled.status).toBe(200);
    expect(await disabled.json()).toMatchObject({
      id: me.id,
      disabledAt: expect.any(Number),
      disabledBy: { displayName: expect.any(String) },
    });
    // The open socket is told why, and closed with the access-ended code.
    expect(await socket.next()).toMatchObject({
      type: "error",
      code: "FD_ACCOUNT_DISABLED",
      continues: false,
    });
    expect(await socket.closed).toMatchObject({ code: 4003, reason: "account disabled" });
    // Every sign-in of the account: its next request is refused with the reason, a reload too.
    for (const client of [user, second]) {
      for (let i = 0; i < 2; i++) {
        const refused = await client.req("GET", "/api/me");
        expect(refused.status).toBe(401);
        expect(await refused.json()).toMatchObject({
          error: { code: "FD_ACCOUNT_DISABLED", message: expect.stringContaining("disabled") },
        });
      }
    }
    expect(
      await upgradeStatus(`${base.replace("http", "ws")}/ws`, {
        origin: base,
        cookie: second.cookie ?? "",
      }),
    ).toBe(401);
    // Signing in: the right password is told the account is disabled, a wrong one only "wrong".
    const signIn = await new ApiClient(base).login("leaver@example.com", "leaver password 1");
    expect(signIn.status).toBe(401);
    expect(await signIn.json()).toMatchObject({ error: { code: "FD_ACCOUNT_DISABLED" } });
    const wrong = await new ApiClient(base).login("leaver@example.com", "not the password");
    expect(await wrong.json()).toMatchObject({ error: { code: "FD_UNAUTHENTICATED" } });
    // No password link for it, and nobody shares a session with it.
    expect((await admin.req("POST", `/api/users/${me.id}/password-reset`)).status).toBe(400);
    // The admin's list says who is disabled.
    const listed = (await (await admin.req("GET", "/api/users")).json()) as {
      users: { id: string; email: string; disabledAt: number | null }[];
    };
    expect(listed.users.find((u) => u.id === me.id)?.disabledAt).toEqual(expect.any(Number));
    expect(listed.users.find((u) => u.email === ADMIN.email)?.disabledAt).toBeNull();
    // Disabling again changes nothing.
    expect(
      (await admin.req("PUT", `/api/users/${me.id}/disabled`, { disabled: true })).status,
    ).toBe(200);

    // Enabled again: the old sign-ins stay ended (a plain 401), and the password works.
    const enabled = await admin.req("PUT", `/api/users/${me.id}/disabled`, { disabled: false });
    expect(await enabled.json()).toMatchObject({ disabledAt: null, disabledBy: null });
    const old = await second.req("GET", "/api/me");
    expect(old.status).toBe(401);
    expect(await old.json()).toMatchObject({ error: { code: "FD_UNAUTHENTICATED" } });
    expect((await second.login("leaver@example.com", "leaver password 1")).status).toBe(200);
    expect((await second.req("GET", "/api/me")).status).toBe(200);
  });

  it.runIf(kind === "postgres")(
    "a disable on one process ends the account on another sharing the database: its requests at once, its socket at its next message",
    async () => {
      // A second server on the same database hears nothing of the first's in-process events: only
      // what it reads back from the database can end the account here (docs/deploy.md).
      const other = await startServer(serverConfig, { webRoot: fakeWebRoot(), logger: false });
      try {
        const me = await invited("elsewhere@example.com", "elsewhere password 1");
        const there = new ApiClient(other.url);
        expect((await there.login("elsewhere@example.com", "elsewhere password 1")).status).toBe(
          200,
        );
        const socket = await there.socket();
        socket.send({ type: "ping" });
        expect(await socket.next()).toMatchObject({ type: "pong" });

        const admin = await adminClient();
        const disabled = await admin.req("PUT", `/api/users/${me.id}/disabled`, { disabled: true });
        expect(disabled.status).toBe(200);
        const refused = await there.req("GET", "/api/me");
        expect(refused.status).toBe(401);
        expect(await refused.json()).toMatchObject({ error: { code: "FD_ACCOUNT_DISABLED" } });
        // The socket re-reads its sign-in at most every 5 s: the first message after that is
        // refused with the reason, and the socket closed with the access-ended code.
        await new Promise((r) => setTimeout(r, 5_200));
        socket.send({ type: "ping" });
        expect(await socket.next()).toMatchObject({
          type: "error",
          code: "FD_ACCOUNT_DISABLED",
          continues: false,
        });
        expect(await socket.closed).toMatchObject({ code: 4003, reason: "account disabled" });
      } finally {
        await other.close();
      }
    },
  );

  it("refuses to disable one's own account or the last admin who can sign in", async () => {
    const admin = await adminClient();
    const users = (await (await admin.req("GET", "/api/users")).json()) as {
      users: { id: string; email: string }[];
    };
    const adminId = users.users.find((u) => u.email === ADMIN.email)?.id ?? "";
    const self = await admin.req("PUT", `/api/users/${adminId}/disabled`, { disabled: true });
    expect(self.status).toBe(400);
    expect(await self.json()).toMatchObject({
      error: { message: "You cannot disable your own account; another admin can." },
    });
    // A second admin who could disable the first only while another admin can sign in.
    const invite = await admin.req("POST", "/api/invitations", {
      email: "admin2@example.com",
      roles: ["admin"],
    });
    const token = ((await invite.json()) as { path: string }).path.split("#")[1];
    const admin2 = new ApiClient(base);
    await admin2.req("POST", "/api/invitations/accept", {
      token,
      displayName: "Second Admin",
      password: "second admin password",
    });
    const { user: me2 } = (await (await admin2.req("GET", "/api/me")).json()) as {
      user: { id: string };
    };
    // Each disables the other at the same moment: one of them stays able to sign in.
    const [a, b] = await Promise.all([
      admin.req("PUT", `/api/users/${me2.id}/disabled`, { disabled: true }),
      admin2.req("PUT", `/api/users/${adminId}/disabled`, { disabled: true }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).not.toEqual([200, 200]);
    const after = (await (
      await (a.status === 200 ? admin : admin2).req("GET", "/api/users")
    ).json()) as {
      users: { id: string; roles: string[]; disabledAt: number | null }[];
    };
    expect(
      after.users.filter((u) => u.roles.includes("admin") && u.disabledAt === null).length,
    ).toBeGreaterThanOrEqual(1);
    // Whoever is left enables the other again, so later tests have both.
    const left = a.status === 200 ? admin : admin2;
    await left.req("PUT", `/api/users/${a.status === 200 ? me2.id : adminId}/disabled`, {
      disabled: false,
    });
    // Signed out: 401.
    const stranger = await new ApiClient(base).req("PUT", `/api/users/${me2.id}/disabled`, {
      disabled: true,
    });
    expect(stranger.status).toBe(401);
  });

  it("changes your own name: others see the new one, an empty or too long one is refused", async () => {
    const admin = await adminClient();
    const invite = await admin.req("POST", "/api/invitations", {
      email: "typo@example.com",
      roles: ["manager"],
    });
    const token = ((await invite.json()) as { path: string }).path.split("#")[1];
    const me = new ApiClient(base);
    await me.req("POST", "/api/invitations/accept", {
      token,
      displayName: "Sam Smtih",
      password: "typo password 1",
    });
    expect((await me.login("typo@example.com", "typo password 1")).status).toBe(200);
    const rename = (displayName: string) => me.req("PATCH", "/api/me", { displayName });
    expect((await rename("   ")).status).toBe(400);
    expect((await rename("x".repeat(101))).status).toBe(400);
    const renamed = await rename("  Sam Smith ");
    expect(renamed.status).toBe(200);
    expect(await renamed.json()).toMatchObject({ user: { displayName: "Sam Smith" } });
    expect(await (await me.req("GET", "/api/me")).json()).toMatchObject({
      user: { displayName: "Sam Smith", email: "typo@example.com", roles: ["manager"] },
    });
    // The admin's list says the new name; nobody renames anyone else through this route.
    const users = (await (await admin.req("GET", "/api/users")).json()) as {
      users: { email: string; displayName: string }[];
    };
    expect(users.users.find((u) => u.email === "typo@example.com")?.displayName).toBe("Sam Smith");
    expect((await me.req("PATCH", "/api/me", { displayName: "X", id: "someone" })).status).toBe(
      400,
    );
    // Signed out: 401.
    expect((await new ApiClient(base).req("PATCH", "/api/me", { displayName: "Y" })).status).toBe(
      401,
    );
  });

  it("changes your own password: the current one is checked, every other sign-in ends", async () => {
    const admin = await adminClient();
    const invite = await admin.req("POST", "/api/invitations", {
      email: "changer@example.com",
      roles: ["manager"],
    });
    const token = ((await invite.json()) as { path: string }).path.split("#")[1];
    await new ApiClient(base).req("POST", "/api/invitations/accept", {
      token,
      displayName: "Changer",
      password: "first password 1",
    });
    const here = new ApiClient(base);
    const elsewhere = new ApiClient(base);
    expect((await here.login("changer@example.com", "first password 1")).status).toBe(200);
    expect((await elsewhere.login("changer@example.com", "first password 1")).status).toBe(200);
    const socket = await elsewhere.socket();
    socket.send({ type: "ping" });
    await socket.next();

    const change = (currentPassword: string, newPassword: string) =>
      here.req("POST", "/api/me/password", { currentPassword, newPassword });
    const wrong = await change("not my password", "second password 2");
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({
      error: { message: "currentPassword: that is not your password" },
    });
    expect((await change("first password 1", "short")).status).toBe(400);
    expect((await change("first password 1", "first password 1")).status).toBe(400);
    expect((await change("first password 1", "second password 2")).status).toBe(204);

    // This sign-in stays; the other one ends, and its socket closes.
    expect((await here.req("GET", "/api/me")).status).toBe(200);
    expect((await elsewhere.req("GET", "/api/me")).status).toBe(401);
    expect(await socket.closed).toMatchObject({ code: 4003 });
    expect(
      (await new ApiClient(base).login("changer@example.com", "first password 1")).status,
    ).toBe(401);
    expect(
      (await new ApiClient(base).login("changer@example.com", "second password 2")).status,
    ).toBe(200);
    // Without its CSRF token a change is refused like any other.
    const noToken = await fetch(`${base}/api/me/password`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base, cookie: here.cookie ?? "" },
      body: JSON.stringify({
        currentPassword: "second password 2",
        newPassword: "third password 3",
      }),
    });
    expect(noToken.status).toBe(403);
  });

  it("sets a forgotten password from an admin's single-use link, and ends every old sign-in", async () => {
    const admin = await adminClient();
    const invite = await admin.req("POST", "/api/invitations", {
      email: "forgetful@example.com",
      roles: ["manager"],
    });
    const inviteToken = ((await invite.json()) as { path: string }).path.split("#")[1];
    const accepted = await new ApiClient(base).req("POST", "/api/invitations/accept", {
      token: inviteToken,
      displayName: "Forgetful",
      password: "old password 1",
    });
    const { user } = (await accepted.json()) as { user: { id: string } };
    const before = new ApiClient(base);
    expect((await before.login("forgetful@example.com", "old password 1")).status).toBe(200);

    const first = await admin.req("POST", `/api/users/${user.id}/password-reset`);
    expect(first.status).toBe(201);
    const firstLink = (await first.json()) as { path: string; email: string };
    expect(firstLink).toMatchObject({ email: "forgetful@example.com" });
    expect(firstLink.path).toMatch(/^\/reset#[A-Za-z0-9_-]{43}$/);
    // A second link replaces the first.
    const second = (await (
      await admin.req("POST", `/api/users/${user.id}/password-reset`)
    ).json()) as { path: string };
    const token = (link: { path: string }) => link.path.split("#")[1];
    const anyone = new ApiClient(base);
    expect(
      (await anyone.req("POST", "/api/password-resets/lookup", { token: token(firstLink) })).status,
    ).toBe(404);
    const lookup = await anyone.req("POST", "/api/password-resets/lookup", {
      token: token(second),
    });
    expect(await lookup.json()).toMatchObject({
      email: "forgetful@example.com",
      displayName: "Forgetful",
    });

    const short = await anyone.req("POST", "/api/password-resets/use", {
      token: token(second),
      password: "short",
    });
    expect(short.status).toBe(400);
    const used = await anyone.req("POST", "/api/password-resets/use", {
      token: token(second),
      password: "new password 2",
    });
    expect(used.status).toBe(200);
    expect(await used.json()).toMatchObject({ user: { email: "forgetful@example.com" } });
    // The browser that used it is signed in; the old sign-in ended; the link works once.
    expect((await anyone.req("GET", "/api/me")).status).toBe(200);
    expect((await before.req("GET", "/api/me")).status).toBe(401);
    expect(
      (
        await new ApiClient(base).req("POST", "/api/password-resets/use", {
          token: token(second),
          password: "third password 3",
        })
      ).status,
    ).toBe(404);
    expect(
      (await new ApiClient(base).login("forgetful@example.com", "old password 1")).status,
    ).toBe(401);
    expect(
      (await new ApiClient(base).login("forgetful@example.com", "new password 2")).status,
    ).toBe(200);
  });

  it("limits the size of sign-in bodies", async () => {
    const res = await new ApiClient(base).req("POST", "/api/auth/login", {
      email: ADMIN.email,
      password: "x".repeat(5000),
    });
    expect(res.status).toBe(413);
  });
});

describe("local mode", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer("pglite");
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("opens straight into practice as the local user, who holds every role", async () => {
    const me = await fetch(`${server.url}/api/me`);
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({
      authMode: "local",
      user: {
        id: "local",
        email: null,
        displayName: "You",
        roles: ["admin", "facilitator", "mentor", "manager"],
      },
      csrfToken: null,
    });
    const created = await fetch(`${server.url}/api/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ scenarioId: "missed-sprint-commitments" }),
    });
    expect(created.status).toBe(201);
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ADMIN),
    });
    expect(login.status).toBe(400);
  });

  it("still refuses a cross-site change, so another site cannot drive the local user", async () => {
    const res = await fetch(`${server.url}/api/sessions`, {
      method: "POST",
      headers: { "content-type": "text/plain", origin: "https://evil.example" },
      body: JSON.stringify({ scenarioId: "missed-sprint-commitments" }),
    });
    expect(res.status).toBe(403);
    expect(await upgradeStatus(server.wsUrl, { origin: "https://evil.example" })).toBe(403);
  });

  /** A request with a Host header of our choosing, as a browser sends after DNS rebinding. */
  function withHost(
    path: string,
    host: string,
    init: { method?: string; body?: string } = {},
  ): Promise<{ status: number; body: string }> {
    const { port } = new URL(server.url);
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: "127.0.0.1",
          port,
          path,
          method: init.method ?? "GET",
          headers: {
            host,
            origin: `http://${host}`,
            ...(init.body ? { "content-type": "application/json" } : {}),
          },
        },
        (res) => {
          let body = "";
          res.on("data", (d) => {
            body += d;
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on("error", reject);
      req.end(init.body);
    });
  }

  it("answers only to a loopback Host, so a rebound website cannot drive the local user", async () => {
    const { port } = new URL(server.url);
    const evil = `evil.example:${port}`;
    const body = JSON.stringify({ scenarioId: "missed-sprint-commitments" });
    for (const [path, method] of [
      ["/api/sessions", "GET"],
      ["/api/me", "GET"],
      ["/", "GET"],
      ["/api/sessions", "POST"],
    ] as const) {
      const res = await withHost(path, evil, { method, ...(method === "POST" ? { body } : {}) });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(JSON.parse(res.body)).toMatchObject({ error: { code: "FD_FORBIDDEN" } });
    }
    expect(await upgradeStatus(server.wsUrl, { host: evil, origin: `http://${evil}` })).toBe(403);
    // This machine's names pass, on any port (Vite's dev server proxies with its own).
    for (const host of [
      `localhost:${port}`,
      `127.0.0.1:${port}`,
      `[::1]:${port}`,
      "localhost:5173",
    ])
      expect((await withHost("/api/me", host)).status, host).toBe(200);
    expect(
      (await withHost("/api/sessions", `localhost:${port}`, { method: "POST", body })).status,
    ).toBe(201);
    expect(
      await upgradeStatus(server.wsUrl, {
        host: `localhost:${port}`,
        origin: `http://localhost:${port}`,
      }),
    ).toBe("open");
  });

  it("believes no forwarded header when TRUST_PROXY is unset", async () => {
    const forged = await fetch(`${server.url}/api/me`, {
      headers: { "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.9" },
    });
    expect(forged.status).toBe(200);
    expect(forged.headers.get("strict-transport-security")).toBeNull();
  });

  it("sends security headers with a CSP on pages and API answers", async () => {
    for (const path of ["/", "/api/me"]) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    }
  });

  it("refuses to start in local mode on an address others can reach", async () => {
    const run = await runCli(["start"], { HOST: "0.0.0.0", PORT: "0" });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("AUTH_MODE: local mode has no sign-in");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
