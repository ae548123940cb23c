import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../server/config";
import { hashPassword } from "../server/people/password";
import { type RunningServer, startServer } from "../server/server";
import type { CountedScoreWire } from "../server/sessions/record.schema";
import { peopleRepo } from "../server/store/people-repo";
import { ApiClient } from "./support/api-client";
import { DATABASES, freshDatabase, type TestDatabase } from "./support/databases";
import { fakeWebRoot } from "./support/servers";

/**
 * A machine flag a reviewer sets aside, over HTTP on both databases: with the missed steps read as
 * done, the quoted label (a false alarm) alone fails the attempt; set aside in a finished review, the
 * attempt passes on the debrief's record, History, the grid and its CSV, the inbox and both exports,
 * which keep the flag, struck, with the reason; restored, or after a rewind, it fails again.
 */

const SCENARIO = "missed-sprint-commitments";
const PASSWORD = "verdict password 1";
/** The fourth line quotes a client: the machine reads a label in it. */
const QUOTED_LABEL = [
  "Thanks for making time, Dana. I'd like to talk about the last few sprints. Is now still a good time?",
  "In 3 of the last 4 sprints work has carried over; in Sprint 42, 21 story points rolled, most of it on the ledger reconciliation rewrite.",
  "The impact is that our forecast to Product keeps slipping, and they've asked me twice why. Before I jump to conclusions, how does it look from your side?",
  "The client's email said you are lazy, which is unfair and I told them so.",
  "It sounds like a lot of what you do never makes it onto the board. What's been taking your time?",
];
const REASON = "A quote of what the client wrote, not a label";

interface Frame {
  type: string;
}
interface Card {
  patternId: string;
  overall: number;
  passed: boolean;
  failReasons: string[];
  steps: { id: string; status: string; required: boolean }[];
  antiPatterns: { id: string; title: string; turn: number; critical: boolean }[];
}
interface Cell {
  status: string;
  bestScore: number | null;
  bestReviewed: boolean;
  bestPassed: boolean | null;
  bestPassedByReviewer?: boolean;
}

describe.each(DATABASES)("a flag set aside by a reviewer, on %s", (kind) => {
  let database: TestDatabase;
  let server: RunningServer;
  const as: Record<"lead" | "mentor" | "fac", ApiClient> = {} as never;
  let sessionId = "";
  let cohortId = "";
  let card: Card;

  const record = () =>
    as.lead.json<{ counted: CountedScoreWire; scorecards: Card[] }>(
      "GET",
      `/api/sessions/${sessionId}`,
    );
  const listed = async () =>
    (
      await as.lead.json<{
        sessions: {
          id: string;
          overall: number | null;
          reviewedOverall?: number | null;
          counted?: CountedScoreWire;
        }[];
      }>("GET", "/api/sessions")
    ).sessions.find((s) => s.id === sessionId);
  const cell = async () =>
    (await as.fac.json<{ rows: { cells: Cell[] }[] }>("GET", `/api/cohorts/${cohortId}/progress`))
      .rows[0]?.cells[0];
  const csvLine = async () => {
    const res = await as.fac.req("GET", `/api/cohorts/${cohortId}/progress.csv`);
    const lines = (await res.text()).split("\r\n");
    const header = lines[0]?.replace(/^\uFEFF/, "").split(",") ?? [];
    const values = lines[1]?.split(",") ?? [];
    return Object.fromEntries(header.map((h, i) => [h, values[i]]));
  };
  const inboxed = async () =>
    (
      await as.mentor.json<{
        sessions: {
          sessionId: string;
          overall: number | null;
          reviewedOverall?: number | null;
          counted?: CountedScoreWire;
          changedSinceReview?: boolean;
        }[];
      }>("GET", "/api/me/inbox")
    ).sessions.find((s) => s.sessionId === sessionId);
  const waiting = async () =>
    (await as.mentor.json<{ reviewsWaiting: number }>("GET", "/api/me/notices")).reviewsWaiting;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    const loaded = loadConfig({
      PORT: "0",
      LOG_LEVEL: "silent",
      AUTH_MODE: "password",
      DATA_DIR: database.dataDir,
      ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
    });
    if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
    server = await startServer(loaded.config, { webRoot: fakeWebRoot(), logger: false });
    const hash = await hashPassword(PASSWORD);
    const roles = { lead: ["manager"], mentor: ["mentor"], fac: ["facilitator", "admin"] };
    for (const [name, r] of Object.entries(roles)) {
      await peopleRepo.insertUser(server.store.db, {
        id: `user-${name}`,
        email: `${name}@example.com`,
        displayName: name,
        roles: r,
        passwordHash: hash,
        now: Date.now(),
      });
      const client = new ApiClient(server.url);
      await client.signIn(`${name}@example.com`, PASSWORD);
      as[name as keyof typeof as] = client;
    }
    cohortId = (await as.fac.json<{ id: string }>("POST", "/api/cohorts", { name: "Set asides" }))
      .id;
    await as.fac.json("POST", `/api/cohorts/${cohortId}/members`, { email: "lead@example.com" });
    await as.fac.json("POST", `/api/cohorts/${cohortId}/assignments`, {
      scenarioId: SCENARIO,
      targetScore: 20,
    });

    const socket = await as.lead.socket();
    socket.send({ type: "start", scenarioId: SCENARIO, seed: 1 });
    const [started] = await socket.until<Frame & { session: { id: string } }>(
      (f) => f.type === "session_started",
    );
    sessionId = started?.session.id ?? "";
    for (const [i, text] of QUOTED_LABEL.entries()) {
      socket.send({ type: "say", turnId: `t${i}`, text });
      await socket.until((f) => f.type === "reply_done");
    }
    socket.send({ type: "end" });
    await socket.until((f) => f.type === "scorecard_ready");
    socket.close();
    card = (await record()).scorecards[0] as Card;
    await as.lead.json("POST", `/api/sessions/${sessionId}/shares`, {
      email: "mentor@example.com",
    });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  const exported = async (format: "md" | "json") =>
    (await as.lead.req("GET", `/api/sessions/${sessionId}/export?format=${format}`)).text();

  it("fails on the quoted label alone, even with the steps read as done", async () => {
    const flag = card.antiPatterns.find((f) => f.critical);
    // If the detectors stop reading a label in a quote, pick another false alarm for this test.
    expect(flag, "the quoted label draws a critical flag").toBeDefined();
    for (const step of card.steps.filter((s) => s.required && s.status === "missed"))
      await as.mentor.json("POST", `/api/sessions/${sessionId}/adjustments`, {
        patternId: card.patternId,
        stepId: step.id,
        status: "hit",
        reason: "Said plainly enough",
      });
    await as.mentor.json("PUT", `/api/sessions/${sessionId}/review`, { done: true });
    expect((await record()).counted).toMatchObject({
      passed: false,
      failReasons: [`Critical anti-pattern "${flag?.title}" on turn 7.`],
    });
    expect(await cell()).toMatchObject({ bestPassed: false });
  });

  it("passes once the finished review sets the flag aside, on every screen and in both exports", async () => {
    const flag = card.antiPatterns.find((f) => f.critical) as Card["antiPatterns"][number];
    const refused = await as.lead.req("POST", `/api/sessions/${sessionId}/flag-set-asides`, {
      patternId: card.patternId,
      flagId: flag.id,
      turn: flag.turn,
      reason: REASON,
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("FD_FORBIDDEN");
    const aside = await as.mentor.json<{ id: string }>(
      "POST",
      `/api/sessions/${sessionId}/flag-set-asides`,
      { patternId: card.patternId, flagId: flag.id, turn: flag.turn, reason: REASON },
    );
    const counted = (await record()).counted;
    expect(counted).toMatchObject({
      passed: true,
      machinePassed: false,
      verdictByReviewer: true,
      failReasons: [],
      setAsideFlags: [{ id: flag.id, turn: flag.turn, reason: REASON }],
    });
    expect((await listed())?.counted).toMatchObject({ passed: true, verdictByReviewer: true });
    expect(await cell()).toMatchObject({
      status: "done",
      bestPassed: true,
      bestPassedByReviewer: true,
    });
    expect(await csvLine()).toMatchObject({ status: "done", passed: "true" });
    expect((await inboxed())?.counted).toMatchObject({ passed: true });
    const md = await exported("md");
    expect(md).toContain("passed, as your reviewer counted it");
    expect(md).toContain(`~~${flag.title}~~`);
    expect(md).toContain(`Set aside by your reviewer: ${REASON}`);
    expect(JSON.parse(await exported("json")).counted).toMatchObject({
      passed: true,
      setAsideFlags: [{ id: flag.id, reason: REASON }],
    });
    // Restored: it fails again.
    await as.mentor.req("DELETE", `/api/flag-set-asides/${aside.id}`);
    expect((await record()).counted).toMatchObject({ passed: false, setAsideFlags: [] });
    expect(await csvLine()).toMatchObject({ passed: "false" });
    await as.mentor.json("POST", `/api/sessions/${sessionId}/flag-set-asides`, {
      patternId: card.patternId,
      flagId: flag.id,
      turn: flag.turn,
      reason: REASON,
    });
    expect((await record()).counted).toMatchObject({ passed: true });
  });

  it("after a rewind the review counts for nothing, and waits for the reviewer again", async () => {
    const socket = await as.lead.socket();
    socket.send({ type: "resume", sessionId, lastSeq: 0 });
    await socket.until((f) => f.type === "resumed");
    socket.send({ type: "rewind", toTurn: 8 });
    await socket.until((f) => f.type === "branch_started");
    socket.send({ type: "say", turnId: "r1", text: "What has been taking your time?" });
    await socket.until((f) => f.type === "reply_done");
    socket.send({ type: "end" });
    await socket.until((f) => f.type === "scorecard_ready");
    socket.close();
    expect((await record()).counted).toMatchObject({
      passed: false,
      verdictByReviewer: false,
      setAsideFlags: [],
    });
    expect(await cell()).toMatchObject({ bestPassed: false });
    expect((await inboxed())?.changedSinceReview).toBe(true);
    expect(await waiting()).toBe(1);
    // Finished again, the set-aside of the same words on the same line counts again.
    await as.mentor.json("PUT", `/api/sessions/${sessionId}/review`, { done: true });
    expect((await record()).counted).toMatchObject({ passed: true });
    expect(await waiting()).toBe(0);
  });
});
