import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../server/config";
import { AccountEvents, AccountService } from "../server/people";
import { type RunningServer, startServer } from "../server/server";
import { freshDatabase, type TestDatabase } from "./support/databases";
import { fakeWebRoot, TestSocket } from "./support/servers";

/**
 * Runs a sign-in, an invitation, a whole practice session and a few failures with the most verbose
 * logging, and greps everything logged for the secrets that went through the server.
 */

const PASSWORD = "Marmalade-Password-9931";
const INVITEE_PASSWORD = "Quokka-Password-5108";
const TRANSCRIPT = [
  "I noticed ZEBRA-CROSSING-7731 slipped twice this sprint.",
  "How do you see what happened with the OCTOPUS-LANTERN-2290 release?",
];
const LINT_DRAFT = "You always forget the HAZELNUT-FOGHORN-6604 report.";

describe("log hygiene", () => {
  let database: TestDatabase;
  let server: RunningServer;
  let base: string;
  let logs = "";
  const secrets: string[] = [PASSWORD, INVITEE_PASSWORD, ...TRANSCRIPT, LINT_DRAFT];

  beforeAll(async () => {
    database = await freshDatabase("pglite");
    const stream = new Writable({
      write(chunk, _encoding, done) {
        logs += String(chunk);
        done();
      },
    });
    const loaded = loadConfig({
      PORT: "0",
      AUTH_MODE: "password",
      DATA_DIR: database.dataDir,
      LOG_LEVEL: "trace",
    });
    if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
    server = await startServer(loaded.config, {
      webRoot: fakeWebRoot(),
      logger: { level: "trace", stream },
    });
    base = server.url;
    await new AccountService({ db: server.store.db, events: new AccountEvents() }).upsertUser({
      email: "boss@example.com",
      password: PASSWORD,
      roles: ["admin", "manager"],
    });
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("logs no transcript text, password, token or cookie", async () => {
    const json = (cookie: string, csrf = "") => ({
      "content-type": "application/json",
      origin: base,
      ...(cookie ? { cookie } : {}),
      ...(csrf ? { "x-csrf-token": csrf } : {}),
    });

    // A wrong password, then the right one.
    await fetch(`${base}/api/auth/login`, {
      method: "POST",
      headers: json(""),
      body: JSON.stringify({ email: "boss@example.com", password: `${PASSWORD}x` }),
    });
    const login = await fetch(`${base}/api/auth/login`, {
      method: "POST",
      headers: json(""),
      body: JSON.stringify({ email: "boss@example.com", password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    secrets.push(cookie.split("=")[1] ?? "", csrfToken);

    // An invitation, accepted: its token travels in bodies only.
    const invite = await fetch(`${base}/api/invitations`, {
      method: "POST",
      headers: json(cookie, csrfToken),
      body: JSON.stringify({ email: "new@example.com", roles: ["mentor"] }),
    });
    const token = ((await invite.json()) as { path: string }).path.split("#")[1] ?? "";
    secrets.push(token);
    const accepted = await fetch(`${base}/api/invitations/accept`, {
      method: "POST",
      headers: json(""),
      body: JSON.stringify({ token, displayName: "New", password: INVITEE_PASSWORD }),
    });
    expect(accepted.status).toBe(201);
    secrets.push((accepted.headers.getSetCookie()[0] ?? "").split(";")[0]?.split("=")[1] ?? "");

    // A whole session over the socket, with the secret lines, a resend and a too-long turn.
    const socket = await TestSocket.open(`${base.replace("http", "ws")}/ws`, {
      origin: base,
      cookie,
    });
    socket.send({ type: "start", scenarioId: "missed-sprint-commitments", seed: 5 });
    const [started] = await socket.until<{ type: string; session: { id: string } }>(
      (f) => f.type === "session_started",
    );
    for (const [i, text] of TRANSCRIPT.entries()) {
      socket.send({ type: "say", turnId: `t${i}`, text });
      await socket.until((f) => f.type === "reply_done");
    }
    socket.send({ type: "say", turnId: "t0", text: TRANSCRIPT[0] });
    await socket.until((f) => f.type === "turn_accepted");
    socket.send({ type: "say", turnId: "long", text: `${TRANSCRIPT[1]} ${"x".repeat(3000)}` });
    await socket.until((f) => f.type === "error");
    socket.send({ type: "end" });
    await socket.until((f) => f.type === "scorecard_ready");
    socket.close();

    // The replies the persona gave are transcript too.
    const record = await fetch(`${base}/api/sessions/${started?.session.id}`, {
      headers: { cookie },
    });
    const { turns } = (await record.json()) as { turns: { speaker: string; text: string }[] };
    for (const t of turns) if (t.speaker === "employee" && t.text.length > 20) secrets.push(t.text);
    expect(turns.some((t) => t.text === TRANSCRIPT[0])).toBe(true);

    // A draft for the linter, a refused change and a sign-out.
    await fetch(`${base}/api/lint`, {
      method: "POST",
      headers: json(cookie, csrfToken),
      body: JSON.stringify({ text: LINT_DRAFT }),
    });
    await fetch(`${base}/api/cohorts`, {
      method: "POST",
      headers: json(cookie, "wrong-token"),
      body: JSON.stringify({ name: "x" }),
    });
    await fetch(`${base}/api/auth/logout`, { method: "POST", headers: json(cookie, csrfToken) });
    await fetch(`${base}/api/me`, { headers: { cookie } });

    // The capture really holds this run's requests, so an empty log cannot pass.
    expect(logs).toContain("/api/auth/login");
    expect(logs).toContain("/ws");
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(8);
      expect(logs.includes(secret), `the log holds "${secret.slice(0, 24)}…"`).toBe(false);
    }
    // Fragments of the transcript, too, in case a line is logged cut short.
    for (const word of [
      "ZEBRA-CROSSING",
      "OCTOPUS-LANTERN",
      "HAZELNUT-FOGHORN",
      "Marmalade",
      "Quokka",
    ])
      expect(logs).not.toContain(word);
    expect(logs.toLowerCase()).not.toContain("fd_session=");
  });
});
