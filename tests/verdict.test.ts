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
 * One score and one verdict on every screen (review 5, items 2–4): a reviewer who marks a missed
 * required step done lifts the verdict, and the debrief's record, History, the grid, its CSV and the
 * reviewer's inbox all say so; after a rewind the machine's new score counts everywhere, the review
 * is said to be of an earlier version, and the reviewer has it waiting again.
 */

const SCENARIO = "missed-sprint-commitments";
const PASSWORD = "verdict password 1";
/** Good lines, but no next step is ever proposed: the required step "agree a next step" is missed. */
const NO_NEXT_STEP = [
  "Thanks for making time, Dana. I'd like to talk about the last few sprints. Is now still a good time?",
  "In 3 of the last 4 sprints work has carried over; in Sprint 42, 21 story points rolled, most of it on the ledger reconciliation rewrite.",
  "The impact is that our forecast to Product keeps slipping, and they've asked me twice why. Before I jump to conclusions, how does it look from your side?",
  "It sounds like a lot of what you do never makes it onto the board. What's been taking your time?",
  "Thanks for explaining all of that, Dana.",
];

interface Frame {
  type: string;
}
interface Card {
  patternId: string;
  overall: number;
  passed: boolean;
  failReasons: string[];
  steps: { id: string; status: string; required: boolean }[];
}
interface Cell {
  status: string;
  bestScore: number | null;
  bestReviewed: boolean;
  bestPassed: boolean | null;
  bestPassedByReviewer?: boolean;
}

describe.each(DATABASES)("the counted verdict on %s", (kind) => {
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
    cohortId = (await as.fac.json<{ id: string }>("POST", "/api/cohorts", { name: "Verdicts" })).id;
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
    for (const [i, text] of NO_NEXT_STEP.entries()) {
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

  it("fails on the machine's word alone: not passed everywhere, and the grid is not done", async () => {
    // The premise: only missed required steps fail it (no critical anti-pattern).
    expect(card.passed).toBe(false);
    expect(card.failReasons.every((r) => r.startsWith("Required step"))).toBe(true);
    expect((await record()).counted).toMatchObject({
      passed: false,
      verdictByReviewer: false,
      failReasons: card.failReasons,
    });
    expect((await listed())?.counted).toMatchObject({ passed: false });
    // The score clears the target of 20, yet an attempt that did not pass is not done.
    expect(card.overall).toBeGreaterThanOrEqual(20);
    expect(await cell()).toMatchObject({ status: "in_progress", bestPassed: false });
    expect(await csvLine()).toMatchObject({ status: "in_progress", passed: "false" });
  });

  it("passes once a finished review marks the missed required steps done, on every screen", async () => {
    for (const step of card.steps.filter((s) => s.required && s.status === "missed"))
      await as.mentor.json("POST", `/api/sessions/${sessionId}/adjustments`, {
        patternId: card.patternId,
        stepId: step.id,
        status: "hit",
        reason: "Turn 5 closes it well enough",
      });
    await as.mentor.json("POST", `/api/sessions/${sessionId}/adjustments`, {
      patternId: card.patternId,
      score: 84,
      reason: "A solid conversation",
    });
    // A review still open is a draft: nothing changes.
    expect((await record()).counted).toMatchObject({ passed: false, reviewedOverall: null });
    await as.mentor.json("PUT", `/api/sessions/${sessionId}/review`, { done: true });

    const counted = (await record()).counted;
    expect(counted).toMatchObject({
      overall: 84,
      passed: true,
      machinePassed: false,
      verdictByReviewer: true,
      failReasons: [],
      staleReview: null,
    });
    expect(counted?.changedSteps.length).toBeGreaterThan(0);
    expect(await listed()).toMatchObject({
      reviewedOverall: 84,
      counted: { overall: 84, passed: true },
    });
    expect(await cell()).toMatchObject({
      status: "done",
      bestScore: 84,
      bestReviewed: true,
      bestPassed: true,
      bestPassedByReviewer: true,
    });
    expect(await csvLine()).toMatchObject({ status: "done", best_score: "84", passed: "true" });
    expect(await inboxed()).toMatchObject({
      reviewedOverall: 84,
      counted: { passed: true },
      changedSinceReview: false,
    });
    expect(await waiting()).toBe(0);
  });

  it("after a rewind counts the machine's new score everywhere, and has the review waiting again", async () => {
    const socket = await as.lead.socket();
    socket.send({ type: "resume", sessionId, lastSeq: 0 });
    await socket.until((f) => f.type === "resumed");
    // The fourth line (turn index 6) said differently.
    socket.send({ type: "rewind", toTurn: 6 });
    await socket.until((f) => f.type === "branch_started");
    socket.send({
      type: "say",
      turnId: "r1",
      text: "What has been taking your time, beyond what's on the board?",
    });
    await socket.until((f) => f.type === "reply_done");
    socket.send({ type: "end" });
    await socket.until((f) => f.type === "scorecard_ready");
    socket.close();

    const { counted, scorecards } = await record();
    const machine = scorecards[0] as Card;
    expect(counted).toMatchObject({
      overall: machine.overall,
      passed: machine.passed,
      reviewedOverall: null,
      verdictByReviewer: false,
      staleReview: { overall: 84 },
    });
    expect(await listed()).toMatchObject({
      overall: machine.overall,
      reviewedOverall: null,
      counted: { overall: machine.overall, passed: machine.passed },
    });
    // The branch being flown counts, not the best of the session's branches.
    expect(await cell()).toMatchObject({
      bestScore: machine.overall,
      bestReviewed: false,
      bestPassed: machine.passed,
    });
    expect(await csvLine()).toMatchObject({ best_score: String(machine.overall) });
    expect(await inboxed()).toMatchObject({
      overall: machine.overall,
      reviewedOverall: null,
      changedSinceReview: true,
    });
    expect(await waiting()).toBe(1);

    // The reviewer looks again and finishes: their word counts again, and nothing waits.
    await as.mentor.json("PUT", `/api/sessions/${sessionId}/review`, { done: false });
    await as.mentor.json("PUT", `/api/sessions/${sessionId}/review`, { done: true });
    expect((await record()).counted).toMatchObject({ overall: 84, staleReview: null });
    expect(await inboxed()).toMatchObject({ reviewedOverall: 84, changedSinceReview: false });
    expect(await waiting()).toBe(0);
  });
});
