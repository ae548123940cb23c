import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { z } from "zod";
import { loadConfig } from "../server/config";
import { hashPassword } from "../server/people/password";
import {
  AgreementSchema,
  CohortSchema,
  CohortSummarySchema,
  InboxItemSchema,
  MeAnswerSchema,
  MyAssignmentSchema,
  MyReviewSchema,
  NotesSchema,
  ProgressSchema,
  ShareSchema,
} from "../server/people/people.schema";
import { type RunningServer, startServer } from "../server/server";
import { CLIENT_MESSAGE_TYPES } from "../server/sessions/protocol.schema";
import { peopleRepo } from "../server/store/people-repo";
import { ApiClient } from "./support/api-client";
import { DATABASES, freshDatabase, type TestDatabase } from "./support/databases";
import { fakeWebRoot } from "./support/servers";

/**
 * Every registered route and every websocket message type, tried as every role and as an unrelated
 * user of the same role, against resources they do not own. A route or message type missing from
 * the tables below fails the test, so a new one cannot ship without a decision about who may call it.
 */

const SCENARIO = "missed-sprint-commitments";
const PASSWORD = "matrix password 1";
/** Said in the owner's session; no answer to anyone but the owner and the shared mentor may hold it. */
const SECRET = "PINEAPPLE-4417 is what I worry about";

const ACTORS = ["anon", "m1", "m2", "r1", "r2", "f1", "f2", "admin"] as const;
type ActorName = (typeof ACTORS)[number];
/** Who they are: m1 owns the session and is in f1's cohort; r1 is the mentor m1 shared it with. */
const ROLES: Record<Exclude<ActorName, "anon">, string[]> = {
  m1: ["manager"],
  m2: ["manager"],
  r1: ["mentor"],
  r2: ["mentor"],
  f1: ["facilitator"],
  f2: ["facilitator"],
  admin: ["admin"],
};
const EXTRA_USERS = { x: ["manager"], f3: ["facilitator"], r3: ["mentor"], u: ["manager"] };
type UserName = keyof typeof ROLES | keyof typeof EXTRA_USERS;
type Clients = Record<ActorName, ApiClient>;

/** The value, or a failed test naming what was missing (instead of a non-null assertion). */
function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`);
  return value;
}

/** "ok" is any 2xx; a number is the exact status. */
type Outcome = "ok" | number;
type Expect = Record<ActorName, Outcome>;

/** Everything the cases point at, made in beforeAll. */
interface Fixtures {
  users: Record<UserName, { id: string; email: string }>;
  session: string;
  turnId: string;
  patternId: string;
  stepId: string;
  cohort: string;
  assignment: string;
  comment: string;
  adjustment: string;
  /** The machine's critical flag on m1's second line, which a reviewer may set aside. */
  flag: { id: string; turn: number };
  setAside: string;
}

interface Case {
  /** Path with its parameters filled in. */
  path: (fx: Fixtures) => string;
  body?: (fx: Fixtures) => unknown;
  expect: Expect;
  /** Run before each actor's attempt, for routes that delete or change what they touch; returns the path. */
  fresh?: (fx: Fixtures, as: Clients) => Promise<string>;
  /** The attempt signs the actor out, so it gets a client of its own. */
  ownClient?: boolean;
}

const all = (outcome: Outcome, anon: Outcome = 401): Expect => ({
  anon,
  m1: outcome,
  m2: outcome,
  r1: outcome,
  r2: outcome,
  f1: outcome,
  f2: outcome,
  admin: outcome,
});
const only = (
  allowed: Partial<Record<ActorName, Outcome>>,
  others: Outcome,
  rest: Partial<Expect> = {},
): Expect => ({
  ...all(others),
  ...Object.fromEntries(Object.entries(allowed)),
  ...rest,
});
/** m1's session: owner yes; shared mentor and the cohort's facilitator know it exists (403); strangers 404. */
const ownerOnly = only({ m1: "ok" }, 404, { r1: 403, f1: 403 });
const ownerAndShared = only({ m1: "ok", r1: "ok" }, 404, { f1: 403 });
const reviewerOnly = only({ r1: "ok" }, 404, { m1: 403, f1: 403 });
/** The author of a note edits it; the owner sees it (403); the facilitator does not (404). */
const authorOnly = only({ r1: "ok" }, 404, { m1: 403 });
/** f1's cohort with m1 in it: member 403, strangers 404. */
const cohortManagers = only({ f1: "ok", admin: "ok" }, 404, { m1: 403 });

/** Each fresh cohort its own name: a facilitator's cohorts may not share one. */
let freshCohorts = 0;
async function freshCohort(as: Clients, fx: Fixtures) {
  freshCohorts += 1;
  const cohort = await as.f1.json<{ id: string }>("POST", "/api/cohorts", {
    name: `Fresh ${freshCohorts}`,
  });
  await as.admin.json("POST", `/api/cohorts/${cohort.id}/members`, { email: fx.users.m1.email });
  return cohort.id;
}

const CASES: Record<string, Case> = {
  "GET /healthz": { path: () => "/healthz", expect: all("ok", "ok") },
  "GET /readyz": { path: () => "/readyz", expect: all("ok", "ok") },

  "POST /api/auth/login": {
    path: () => "/api/auth/login",
    // A new email each time, so the login backoff of one email never answers instead.
    body: () => ({ email: `nobody-${Math.random()}@example.com`, password: "wrong password" }),
    // Public: the gate lets everyone through; the wrong password is what answers 401.
    expect: all(401, 401),
  },
  "POST /api/auth/logout": { path: () => "/api/auth/logout", expect: all("ok"), ownClient: true },
  // Public: anyone may ask; the answer says nothing once an account exists (tests/first-account.test.ts).
  "GET /api/auth/first-account": { path: () => "/api/auth/first-account", expect: all("ok", "ok") },
  "GET /api/me": { path: () => "/api/me", expect: all("ok") },
  // A new password too short to check: refused before the current one is tried, so the matrix
  // spends none of the sign-in backoff.
  // An empty name: refused by the body check, so the matrix renames nobody.
  "PATCH /api/me": {
    path: () => "/api/me",
    body: () => ({ displayName: "  " }),
    expect: all(400),
  },
  "POST /api/me/password": {
    path: () => "/api/me/password",
    body: () => ({ currentPassword: "whatever", newPassword: "short" }),
    expect: all(400),
  },
  "POST /api/invitations/lookup": {
    path: () => "/api/invitations/lookup",
    body: () => ({ token: "x".repeat(43) }),
    expect: all(404, 404),
  },
  "POST /api/invitations/accept": {
    path: () => "/api/invitations/accept",
    body: () => ({ token: "x".repeat(43), displayName: "N", password: "new password 1" }),
    expect: all(404, 404),
  },
  "POST /api/password-resets/lookup": {
    path: () => "/api/password-resets/lookup",
    body: () => ({ token: "x".repeat(43) }),
    expect: all(404, 404),
  },
  "POST /api/password-resets/use": {
    path: () => "/api/password-resets/use",
    body: () => ({ token: "x".repeat(43), password: "new password 1" }),
    expect: all(404, 404),
  },

  "GET /api/engine": { path: () => "/api/engine", expect: all("ok") },
  "GET /api/scenarios": { path: () => "/api/scenarios", expect: all("ok") },
  "GET /api/scenarios/:id": { path: () => `/api/scenarios/${SCENARIO}`, expect: all("ok") },
  "GET /api/patterns": { path: () => "/api/patterns", expect: all("ok") },
  "GET /api/patterns/:id": { path: (fx) => `/api/patterns/${fx.patternId}`, expect: all("ok") },
  "POST /api/lint": {
    path: () => "/api/lint",
    body: () => ({ text: "Thanks for the update." }),
    expect: all("ok"),
  },

  "POST /api/sessions": {
    path: () => "/api/sessions",
    body: () => ({ scenarioId: SCENARIO }),
    expect: only({ m1: "ok", m2: "ok" }, 403),
  },
  "GET /api/sessions": { path: () => "/api/sessions", expect: all("ok") },
  "GET /api/sessions/:id": { path: (fx) => `/api/sessions/${fx.session}`, expect: ownerAndShared },
  "GET /api/sessions/:id/export": {
    path: (fx) => `/api/sessions/${fx.session}/export`,
    expect: ownerAndShared,
  },
  "DELETE /api/sessions/:id": {
    path: () => "",
    expect: ownerOnly,
    async fresh(fx, as) {
      const s = await as.m1.json<{ id: string }>("POST", "/api/sessions", {
        scenarioId: SCENARIO,
      });
      await as.m1.json("POST", `/api/sessions/${s.id}/shares`, { email: fx.users.r1.email });
      return `/api/sessions/${s.id}`;
    },
  },

  "GET /api/users": { path: () => "/api/users", expect: only({ admin: "ok" }, 403) },
  "PUT /api/users/:id/roles": {
    path: (fx) => `/api/users/${fx.users.u.id}/roles`,
    body: () => ({ roles: ["manager"] }),
    expect: only({ admin: "ok" }, 403),
  },
  "PUT /api/users/:id/disabled": {
    path: (fx) => `/api/users/${fx.users.u.id}/disabled`,
    // Enabling an account that is enabled changes nothing, so u stays usable for the other cases.
    body: () => ({ disabled: false }),
    expect: only({ admin: "ok" }, 403),
  },
  "POST /api/users/:id/password-reset": {
    path: (fx) => `/api/users/${fx.users.u.id}/password-reset`,
    expect: only({ admin: "ok" }, 403),
  },
  "GET /api/invitations": { path: () => "/api/invitations", expect: only({ admin: "ok" }, 403) },
  "POST /api/invitations": {
    path: () => "/api/invitations",
    body: () => ({ email: "invitee@example.com", roles: ["manager"] }),
    // A facilitator invites only into one of their cohorts (POST /api/cohorts/:id/invitations).
    expect: only({ admin: "ok" }, 403),
  },

  "DELETE /api/invitations/:id": {
    path: () => "",
    // The cohort's facilitator or an admin; its member knows the cohort (403), strangers 404.
    expect: cohortManagers,
    async fresh(fx, as) {
      const link = await as.f1.json<{ id: string }>(
        "POST",
        `/api/cohorts/${fx.cohort}/invitations`,
        { email: "revoked@example.com" },
      );
      return `/api/invitations/${link.id}`;
    },
  },

  "GET /api/cohorts": { path: () => "/api/cohorts", expect: all("ok") },
  "POST /api/cohorts": {
    path: () => "/api/cohorts",
    body: () => ({ name: "Another cohort" }),
    expect: only({ f1: "ok", f2: "ok", admin: "ok" }, 403),
  },
  "GET /api/cohorts/:id": {
    path: (fx) => `/api/cohorts/${fx.cohort}`,
    expect: only({ f1: "ok", admin: "ok", m1: "ok" }, 404),
  },
  "PATCH /api/cohorts/:id": {
    path: (fx) => `/api/cohorts/${fx.cohort}`,
    body: () => ({ name: "Spring leads" }),
    expect: cohortManagers,
  },
  "DELETE /api/cohorts/:id": {
    path: () => "",
    expect: cohortManagers,
    fresh: async (fx, as) => `/api/cohorts/${await freshCohort(as, fx)}`,
  },
  "POST /api/cohorts/:id/members": {
    path: (fx) => `/api/cohorts/${fx.cohort}/members`,
    body: (fx) => ({ email: fx.users.x.email }),
    // Managers and mentors join by accepting an invitation; only an admin places one directly.
    expect: only({ admin: "ok" }, 404, { m1: 403, f1: 403 }),
  },
  "DELETE /api/cohorts/:id/members/:userId": {
    path: () => "",
    expect: cohortManagers,
    async fresh(fx, as) {
      await as.admin.json("POST", `/api/cohorts/${fx.cohort}/members`, { email: fx.users.x.email });
      return `/api/cohorts/${fx.cohort}/members/${fx.users.x.id}`;
    },
  },
  "DELETE /api/cohorts/:id/facilitators/:userId": {
    path: () => "",
    expect: cohortManagers,
    async fresh(fx, as) {
      await as.admin.json("POST", `/api/cohorts/${fx.cohort}/members`, {
        email: fx.users.f3.email,
        role: "facilitator",
      });
      return `/api/cohorts/${fx.cohort}/facilitators/${fx.users.f3.id}`;
    },
  },
  "DELETE /api/cohorts/:id/mentors/:userId": {
    path: () => "",
    expect: cohortManagers,
    async fresh(fx, as) {
      await as.admin.json("POST", `/api/cohorts/${fx.cohort}/members`, {
        email: fx.users.r3.email,
        role: "mentor",
      });
      return `/api/cohorts/${fx.cohort}/mentors/${fx.users.r3.id}`;
    },
  },
  "POST /api/cohorts/:id/invitations": {
    path: (fx) => `/api/cohorts/${fx.cohort}/invitations`,
    body: () => ({ email: "joiner@example.com" }),
    expect: cohortManagers,
  },
  "POST /api/cohorts/:id/assignments": {
    path: () => "",
    body: () => ({ scenarioId: SCENARIO, targetScore: 60 }),
    expect: cohortManagers,
    fresh: async (fx, as) => `/api/cohorts/${await freshCohort(as, fx)}/assignments`,
  },
  "PUT /api/assignments/:id": {
    path: (fx) => `/api/assignments/${fx.assignment}`,
    body: () => ({ targetScore: 70 }),
    expect: cohortManagers,
  },
  "DELETE /api/assignments/:id": {
    path: () => "",
    expect: cohortManagers,
    async fresh(fx, as) {
      const cohort = await freshCohort(as, fx);
      const a = await as.f1.json<{ id: string }>("POST", `/api/cohorts/${cohort}/assignments`, {
        scenarioId: SCENARIO,
      });
      return `/api/assignments/${a.id}`;
    },
  },
  "GET /api/cohorts/:id/progress": {
    path: (fx) => `/api/cohorts/${fx.cohort}/progress`,
    expect: cohortManagers,
  },
  "GET /api/cohorts/:id/progress.csv": {
    path: (fx) => `/api/cohorts/${fx.cohort}/progress.csv`,
    expect: cohortManagers,
  },
  "GET /api/me/assignments": { path: () => "/api/me/assignments", expect: all("ok") },
  "GET /api/me/inbox": { path: () => "/api/me/inbox", expect: all("ok") },
  "GET /api/me/reviews": { path: () => "/api/me/reviews", expect: all("ok") },
  "GET /api/me/notices": { path: () => "/api/me/notices", expect: all("ok") },
  "GET /api/me/invitations": { path: () => "/api/me/invitations", expect: all("ok") },
  // Everyone leaves only their own places: m1, its member, may; f1 and the admin manage it (400:
  // nothing to leave); the others do not know it. m1 is put back before each attempt.
  "DELETE /api/me/cohorts/:id": {
    path: () => "",
    expect: only({ m1: "ok" }, 404, { f1: 400, admin: 400 }),
    async fresh(fx, as) {
      await as.admin.json("POST", `/api/cohorts/${fx.cohort}/members`, {
        email: fx.users.m1.email,
      });
      return `/api/me/cohorts/${fx.cohort}`;
    },
  },
  // Only the invited email's own account accepts or declines; for anyone else it does not exist.
  "POST /api/me/invitations/:id/accept": {
    path: () => "/api/me/invitations/nobodys-invitation/accept",
    expect: all(404),
  },
  "DELETE /api/me/invitations/:id": {
    path: () => "/api/me/invitations/nobodys-invitation",
    expect: all(404),
  },

  "GET /api/sessions/:id/shares": {
    path: (fx) => `/api/sessions/${fx.session}/shares`,
    expect: ownerOnly,
  },
  "POST /api/sessions/:id/shares": {
    path: (fx) => `/api/sessions/${fx.session}/shares`,
    body: (fx) => ({ email: fx.users.r1.email }),
    expect: ownerOnly,
  },
  "DELETE /api/sessions/:id/shares/:userId": {
    path: () => "",
    expect: ownerOnly,
    async fresh(fx, as) {
      await as.m1.json("POST", `/api/sessions/${fx.session}/shares`, {
        email: fx.users.r3.email,
      });
      return `/api/sessions/${fx.session}/shares/${fx.users.r3.id}`;
    },
  },
  "GET /api/sessions/:id/notes": {
    path: (fx) => `/api/sessions/${fx.session}/notes`,
    expect: ownerAndShared,
  },
  "POST /api/sessions/:id/comments": {
    path: (fx) => `/api/sessions/${fx.session}/comments`,
    body: (fx) => ({ turnId: fx.turnId, text: "A note" }),
    expect: reviewerOnly,
  },
  "POST /api/comments/:id/replies": {
    path: (fx) => `/api/comments/${fx.comment}/replies`,
    body: () => ({ text: "A reply" }),
    expect: ownerAndShared,
  },
  "PATCH /api/comments/:id": {
    path: (fx) => `/api/comments/${fx.comment}`,
    body: () => ({ text: "Edited" }),
    expect: authorOnly,
  },
  "DELETE /api/comments/:id": {
    path: () => "",
    expect: authorOnly,
    async fresh(fx, as) {
      const c = await as.r1.json<{ id: string }>("POST", `/api/sessions/${fx.session}/comments`, {
        turnId: fx.turnId,
        text: "to delete",
      });
      return `/api/comments/${c.id}`;
    },
  },
  "POST /api/sessions/:id/adjustments": {
    path: (fx) => `/api/sessions/${fx.session}/adjustments`,
    body: (fx) => ({ patternId: fx.patternId, score: 40, reason: "Too generous" }),
    expect: reviewerOnly,
  },
  "PATCH /api/adjustments/:id": {
    path: (fx) => `/api/adjustments/${fx.adjustment}`,
    body: () => ({ status: "missed", reason: "No observation at all" }),
    expect: authorOnly,
  },
  "DELETE /api/adjustments/:id": {
    path: () => "",
    expect: authorOnly,
    async fresh(fx, as) {
      const a = await as.r1.json<{ id: string }>(
        "POST",
        `/api/sessions/${fx.session}/adjustments`,
        {
          patternId: fx.patternId,
          score: 10,
          reason: "to delete",
        },
      );
      return `/api/adjustments/${a.id}`;
    },
  },
  "POST /api/sessions/:id/flag-set-asides": {
    path: (fx) => `/api/sessions/${fx.session}/flag-set-asides`,
    body: (fx) => ({
      patternId: fx.patternId,
      flagId: fx.flag.id,
      turn: fx.flag.turn,
      reason: "A quote, not a label",
    }),
    expect: reviewerOnly,
  },
  "PATCH /api/flag-set-asides/:id": {
    path: (fx) => `/api/flag-set-asides/${fx.setAside}`,
    body: () => ({ reason: "Quoting the customer" }),
    expect: authorOnly,
  },
  "DELETE /api/flag-set-asides/:id": {
    path: () => "",
    expect: authorOnly,
    async fresh(fx, as) {
      const a = await as.r1.json<{ id: string }>(
        "POST",
        `/api/sessions/${fx.session}/flag-set-asides`,
        { patternId: fx.patternId, flagId: fx.flag.id, turn: fx.flag.turn, reason: "to restore" },
      );
      return `/api/flag-set-asides/${a.id}`;
    },
  },
  "PUT /api/sessions/:id/review": {
    path: (fx) => `/api/sessions/${fx.session}/review`,
    body: () => ({ done: true }),
    expect: reviewerOnly,
  },
  "POST /api/sessions/:id/reviews/seen": {
    path: (fx) => `/api/sessions/${fx.session}/reviews/seen`,
    expect: ownerAndShared,
  },
  "GET /api/stats/agreement": {
    path: () => "/api/stats/agreement",
    expect: only({ f1: "ok", f2: "ok", admin: "ok" }, 403),
  },
};

/** Every websocket message type: who may send it, tried against the owner's session. */
const MESSAGES: Record<(typeof CLIENT_MESSAGE_TYPES)[number], true> = {
  start: true,
  resume: true,
  say: true,
  hint: true,
  rewind: true,
  undo_rewind: true,
  retry_reply: true,
  end: true,
  ping: true,
};

/** The web client's files: GETs outside /api, the socket and the health checks. Public by rule. */
const isStatic = (r: { method: string; url: string }) =>
  r.method === "GET" &&
  !r.url.startsWith("/api/") &&
  !["/ws", "/healthz", "/readyz"].includes(r.url);

const statusMatches = (status: number, outcome: Outcome) =>
  outcome === "ok" ? status >= 200 && status < 300 : status === outcome;

describe.each(DATABASES)("access matrix on %s", (kind) => {
  let database: TestDatabase;
  let server: RunningServer;
  let base: string;
  const as = {} as Clients;
  const fx = { users: {} } as Fixtures;

  async function signIn(name: UserName): Promise<ApiClient> {
    const client = new ApiClient(base);
    await client.signIn(fx.users[name].email, PASSWORD);
    return client;
  }

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
    base = server.url;
    const hash = await hashPassword(PASSWORD);
    for (const [name, roles] of Object.entries({ ...ROLES, ...EXTRA_USERS }) as [
      UserName,
      string[],
    ][]) {
      const user = { id: `user-${name}`, email: `${name}@example.com` };
      await peopleRepo.insertUser(server.store.db, {
        ...user,
        displayName: name,
        roles,
        passwordHash: hash,
        now: Date.now(),
      });
      fx.users[name] = user;
    }
    as.anon = new ApiClient(base);
    for (const name of Object.keys(ROLES) as (keyof typeof ROLES)[]) as[name] = await signIn(name);

    // m1 flies a session to a scorecard, saying the secret, and shares it with r1.
    const socket = await as.m1.socket();
    socket.send({ type: "start", scenarioId: SCENARIO, seed: 7 });
    const [started] = await socket.until<{ type: string; session: { id: string } }>(
      (f) => f.type === "session_started",
    );
    fx.session = must(started, "session_started").session.id;
    socket.send({ type: "say", turnId: "t1", text: SECRET });
    await socket.until((f) => f.type === "reply_done");
    // A line the machine flags (a label), for the routes that set a flag aside.
    socket.send({ type: "say", turnId: "t2", text: "Honestly, you are lazy." });
    await socket.until((f) => f.type === "reply_done");
    socket.send({ type: "end" });
    await socket.until((f) => f.type === "scorecard_ready");
    socket.close();
    const record = await as.m1.json<{
      turns: { id: string }[];
      scorecards: {
        patternId: string;
        steps: { id: string }[];
        antiPatterns: { id: string; turn: number }[];
      }[];
    }>("GET", `/api/sessions/${fx.session}`);
    const card = must(record.scorecards[0], "a scorecard");
    const flag = must(card.antiPatterns[0], "a flag");
    fx.flag = { id: flag.id, turn: flag.turn };
    fx.turnId = must(record.turns[0], "a turn").id;
    fx.patternId = card.patternId;
    fx.stepId = must(card.steps[0], "a step").id;
    await as.m1.json("POST", `/api/sessions/${fx.session}/shares`, { email: fx.users.r1.email });

    // f1's cohort with m1 in it and one assignment; f2 has a cohort of their own.
    const cohort = await as.f1.json<{ id: string }>("POST", "/api/cohorts", { name: "Spring" });
    fx.cohort = cohort.id;
    await as.admin.json("POST", `/api/cohorts/${fx.cohort}/members`, { email: fx.users.m1.email });
    const assignment = await as.f1.json<{ id: string }>(
      "POST",
      `/api/cohorts/${fx.cohort}/assignments`,
      { scenarioId: SCENARIO },
    );
    fx.assignment = assignment.id;
    await as.f2.json("POST", "/api/cohorts", { name: "Autumn" });

    // r1's notes on the session.
    fx.comment = (
      await as.r1.json<{ id: string }>("POST", `/api/sessions/${fx.session}/comments`, {
        turnId: fx.turnId,
        text: "Good start",
      })
    ).id;
    fx.adjustment = (
      await as.r1.json<{ id: string }>("POST", `/api/sessions/${fx.session}/adjustments`, {
        patternId: fx.patternId,
        stepId: fx.stepId,
        status: "partial",
        reason: "Only half there",
      })
    ).id;
    fx.setAside = (
      await as.r1.json<{ id: string }>("POST", `/api/sessions/${fx.session}/flag-set-asides`, {
        patternId: fx.patternId,
        flagId: fx.flag.id,
        turn: fx.flag.turn,
        reason: "A quote of the customer, not a label",
      })
    ).id;
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("answers in the shapes the web client validates them with", async () => {
    const cases: [
      ApiClient,
      string,
      { safeParse(data: unknown): { error?: { issues: unknown[] } } },
    ][] = [
      [as.m1, "/api/me", MeAnswerSchema],
      [as.m1, `/api/sessions/${fx.session}/notes`, NotesSchema],
      [as.r1, `/api/sessions/${fx.session}/notes`, NotesSchema],
      [as.m1, "/api/me/assignments", z.object({ assignments: z.array(MyAssignmentSchema) })],
      [as.m1, "/api/me/reviews", z.object({ sessions: z.array(MyReviewSchema) })],
      [as.m1, `/api/sessions/${fx.session}/shares`, z.object({ shares: z.array(ShareSchema) })],
      [as.r1, "/api/me/inbox", z.object({ sessions: z.array(InboxItemSchema) })],
      [as.f1, "/api/cohorts", z.object({ cohorts: z.array(CohortSummarySchema) })],
      [as.f1, `/api/cohorts/${fx.cohort}`, CohortSchema],
      [as.m1, `/api/cohorts/${fx.cohort}`, CohortSchema],
      [as.f1, `/api/cohorts/${fx.cohort}/progress`, ProgressSchema],
      [as.f1, "/api/stats/agreement", AgreementSchema],
    ];
    for (const [client, path, schema] of cases) {
      const body = await client.json("GET", path);
      const parsed = schema.safeParse(body);
      expect({ path, issues: parsed.error?.issues ?? [] }).toEqual({ path, issues: [] });
    }
    // A list that came back empty would prove nothing about its items.
    const inbox = await as.r1.json<{ sessions: unknown[] }>("GET", "/api/me/inbox");
    const assigned = await as.m1.json<{ assignments: unknown[] }>("GET", "/api/me/assignments");
    expect([inbox.sessions.length, assigned.assignments.length]).toEqual([1, 1]);
  });

  it("has a case for every registered route, and no case for a route that does not exist", () => {
    const registered = new Set(
      server.app.registeredRoutes
        .filter((r) => r.method !== "HEAD" && !isStatic(r) && r.url !== "/ws")
        .map((r) => `${r.method} ${r.url}`),
    );
    expect(
      [...registered].filter((r) => !(r in CASES)),
      "routes missing from the matrix",
    ).toEqual([]);
    expect(
      Object.keys(CASES).filter((c) => !registered.has(c)),
      "cases for no route",
    ).toEqual([]);
  });

  it("limits the body of every route", () => {
    const appLimit = server.app.initialConfig.bodyLimit ?? 1024 * 1024;
    for (const r of server.app.registeredRoutes)
      expect(r.bodyLimit ?? appLimit, `${r.method} ${r.url}`).toBeLessThanOrEqual(64 * 1024);
  });

  it("serves the client's static files to everyone, signed in or not", async () => {
    expect(server.app.registeredRoutes.filter(isStatic).length).toBeGreaterThan(0);
    for (const path of ["/", "/index.html"])
      expect((await fetch(`${base}${path}`)).status, path).toBe(200);
  });

  it.each(Object.keys(CASES))("%s", async (route) => {
    const c = must(CASES[route], route);
    const method = must(route.split(" ")[0], "method");
    const failures: string[] = [];
    // Refused actors first, so an allowed change cannot hide a refusal.
    const order = [...ACTORS].sort(
      (a, b) => Number(c.expect[a] === "ok") - Number(c.expect[b] === "ok"),
    );
    for (const actor of order) {
      const path = c.fresh ? await c.fresh(fx, as) : c.path(fx);
      const client = c.ownClient && actor !== "anon" ? await signIn(actor) : as[actor];
      const res = await client.req(method, path, c.body?.(fx));
      const text = await res.text();
      const expected = c.expect[actor];
      if (!statusMatches(res.status, expected))
        failures.push(`${actor}: expected ${expected}, got ${res.status} ${text.slice(0, 160)}`);
      if (expected !== "ok" && text.includes("PINEAPPLE"))
        failures.push(`${actor}: a refusal carried the transcript`);
      const allowedReaders = ["m1", "r1"];
      if (!allowedReaders.includes(actor) && text.includes("PINEAPPLE"))
        failures.push(`${actor}: read someone else's transcript`);
    }
    expect(failures).toEqual([]);
  });

  it("refuses the socket to nobody signed in and opens it for everyone else", async () => {
    const status = await new Promise<number | "open">((resolve) => {
      const ws = new WebSocket(`${base.replace("http", "ws")}/ws`, { headers: { origin: base } });
      ws.once("open", () => resolve("open"));
      ws.once("unexpected-response", (req, res) => {
        res.resume();
        req.destroy();
        resolve(res.statusCode ?? 0);
      });
      ws.once("error", () => {});
    });
    expect(status).toBe(401);
  });

  it("has a case for every websocket message type", () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...CLIENT_MESSAGE_TYPES].sort());
  });

  type Frame = { type: string; code?: string };
  const OTHERS = ["m2", "r1", "r2", "f1", "f2", "admin"] as const;

  it.each(ACTORS.filter((a) => a !== "anon"))("ping and start as %s", async (actor) => {
    const socket = await as[actor].socket();
    socket.send({ type: "ping", nonce: "n" });
    expect(await socket.next<Frame>()).toMatchObject({ type: "pong" });
    socket.send({ type: "start", scenarioId: SCENARIO, seed: 1 });
    const frame = await socket.next<Frame>();
    if (ROLES[actor as keyof typeof ROLES].includes("manager"))
      expect(frame.type).toBe("session_started");
    else expect(frame).toMatchObject({ type: "error", code: "FD_FORBIDDEN" });
    socket.close();
  });

  it.each(OTHERS)("%s cannot resume, say, hint, rewind or end m1's session", async (actor) => {
    const before = await as.m1.json<{ turns: unknown[] }>("GET", `/api/sessions/${fx.session}`);
    const socket = await as[actor].socket();
    socket.send({ type: "resume", sessionId: fx.session, lastSeq: 0 });
    const refused = await socket.next<Frame & { message: string }>();
    // The shared mentor and the cohort's facilitator know it exists; nobody else learns it does.
    expect(refused).toMatchObject({
      type: "error",
      code: actor === "r1" || actor === "f1" ? "FD_FORBIDDEN" : "FD_SESSION_NOT_FOUND",
    });
    expect(JSON.stringify(refused)).not.toContain("PINEAPPLE");
    for (const message of [
      { type: "say", turnId: `x-${actor}`, text: "Hijack" },
      { type: "hint" },
      { type: "rewind", toTurn: 0 },
      { type: "undo_rewind" },
      { type: "retry_reply" },
      { type: "end" },
    ]) {
      socket.send(message);
      expect(await socket.next<Frame>(), message.type).toMatchObject({
        type: "error",
        code: "FD_NO_ACTIVE_SESSION",
      });
    }
    socket.close();
    const after = await as.m1.json<{ turns: unknown[] }>("GET", `/api/sessions/${fx.session}`);
    expect(after.turns).toEqual(before.turns);
  });

  it("lets the owner resume, say, hint, rewind and end their own session", async () => {
    const socket = await as.m2.socket();
    socket.send({ type: "start", scenarioId: SCENARIO, seed: 3 });
    const [started] = await socket.until<Frame & { session: { id: string } }>(
      (f) => f.type === "session_started",
    );
    socket.close();
    const again = await as.m2.socket();
    again.send({
      type: "resume",
      sessionId: must(started, "session_started").session.id,
      lastSeq: 0,
    });
    expect(
      (await again.until<Frame>((f) => f.type === "resumed" || f.type === "error")).at(-1),
    ).toMatchObject({
      type: "resumed",
    });
    again.send({ type: "say", turnId: "own-1", text: "How are things going this week?" });
    const said = await again.until<Frame>((f) => f.type === "reply_done" || f.type === "error");
    expect(said.at(-1)?.type).toBe("reply_done");
    again.send({ type: "hint" });
    expect(
      (await again.until<Frame>((f) => f.type === "hint" || f.type === "error")).at(-1)?.type,
    ).toBe("hint");
    again.send({ type: "rewind", toTurn: 0 });
    expect(
      (await again.until<Frame>((f) => f.type === "branch_started" || f.type === "error")).at(-1)
        ?.type,
    ).toBe("branch_started");
    again.send({ type: "undo_rewind" });
    expect(
      (await again.until<Frame>((f) => f.type === "branch_started" || f.type === "error")).at(-1),
    ).toMatchObject({ type: "branch_started", restored: true });
    again.send({ type: "end" });
    expect(
      (await again.until<Frame>((f) => f.type === "session_ended" || f.type === "error")).at(-1)
        ?.type,
    ).toBe("session_ended");
    again.close();
  });

  it("lists no one else's session for anyone", async () => {
    for (const actor of OTHERS) {
      const list = await as[actor].json<{ sessions: { id: string }[] }>("GET", "/api/sessions");
      expect(
        list.sessions.map((s) => s.id),
        actor,
      ).not.toContain(fx.session);
    }
  });

  it("lists the owner's session with the overall score of a finished review beside the machine's", async () => {
    const listed = async () =>
      (
        await as.m1.json<{
          sessions: { id: string; overall: number; reviewedOverall?: number | null }[];
        }>("GET", "/api/sessions")
      ).sessions.find((x) => x.id === fx.session);
    await as.r1.json("PUT", `/api/sessions/${fx.session}/review`, { done: false });
    const machine = (await listed())?.overall as number;
    const reviewerScore = machine === 42 ? 43 : 42;
    await as.r1.json("POST", `/api/sessions/${fx.session}/adjustments`, {
      patternId: fx.patternId,
      score: reviewerScore,
      reason: "Weighed by hand",
    });
    // A review still open is a draft.
    expect(await listed()).toMatchObject({ overall: machine, reviewedOverall: null });
    await as.r1.json("PUT", `/api/sessions/${fx.session}/review`, { done: true });
    expect(await listed()).toMatchObject({ overall: machine, reviewedOverall: reviewerScore });
  });

  it("lists the reviewer's own finished score in their inbox, with the machine's beside it", async () => {
    const inboxed = async () =>
      (
        await as.r1.json<{
          sessions: { sessionId: string; overall: number; reviewedOverall?: number | null }[];
        }>("GET", "/api/me/inbox")
      ).sessions.find((x) => x.sessionId === fx.session);
    await as.r1.json("PUT", `/api/sessions/${fx.session}/review`, { done: false });
    const machine = (await inboxed())?.overall as number;
    const reviewerScore = machine === 55 ? 56 : 55;
    await as.r1.json("POST", `/api/sessions/${fx.session}/adjustments`, {
      patternId: fx.patternId,
      score: reviewerScore,
      reason: "Weighed by hand",
    });
    // Still a draft while the review is open: the machine's score stands alone.
    expect(await inboxed()).toMatchObject({ overall: machine, reviewedOverall: null });
    await as.r1.json("PUT", `/api/sessions/${fx.session}/review`, { done: true });
    expect(await inboxed()).toMatchObject({ overall: machine, reviewedOverall: reviewerScore });
  });
});
