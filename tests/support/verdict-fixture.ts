import { loadConfig } from "../../server/config";
import { hashPassword } from "../../server/people/password";
import { type RunningServer, startServer } from "../../server/server";
import type { CountedScoreWire } from "../../server/sessions/record.schema";
import { peopleRepo } from "../../server/store/people-repo";
import { ApiClient } from "./api-client";
import { type DATABASES, freshDatabase, type TestDatabase } from "./databases";

type DatabaseKind = (typeof DATABASES)[number];

import { fakeWebRoot } from "./servers";

/**
 * One reviewed attempt and every screen that shows its verdict, for the tests of the counted
 * verdict (tests/verdict.test.ts, tests/set-aside-verdict.test.ts): a server in password mode on a
 * fresh database, a manager ("lead"), a mentor and a facilitator-admin ("fac"), a cohort with the
 * manager assigned the scenario at a target of 20, and one conversation of the given lines, ended,
 * scored and shared with the mentor. The readers return what each screen reads: the debrief's
 * record, History's row, the grid's cell, the CSV's line, the mentor's inbox row and notices.
 */

export const VERDICT_SCENARIO = "missed-sprint-commitments";
const PASSWORD = "verdict password 1";

export interface VerdictCard {
  patternId: string;
  overall: number;
  passed: boolean;
  failReasons: string[];
  steps: { id: string; title: string; status: string; required: boolean }[];
  antiPatterns: { id: string; title: string; turn: number; critical: boolean }[];
}
export interface VerdictCell {
  status: string;
  bestScore: number | null;
  bestReviewed: boolean;
  bestPassed: boolean | null;
  bestPassedByReviewer?: boolean;
}

export function verdictFixture(
  kind: DatabaseKind,
  options: { lines: readonly string[]; cohortName: string },
) {
  let database: TestDatabase | undefined;
  let server: RunningServer | undefined;
  const as: Record<"lead" | "mentor" | "fac", ApiClient> = {} as never;
  const fixture = {
    as,
    sessionId: "",
    cohortId: "",
    card: undefined as unknown as VerdictCard,
    get server(): RunningServer {
      if (!server) throw new Error("verdictFixture: start() first");
      return server;
    },

    record: () =>
      as.lead.json<{ counted: CountedScoreWire; scorecards: VerdictCard[] }>(
        "GET",
        `/api/sessions/${fixture.sessionId}`,
      ),
    listed: async () =>
      (
        await as.lead.json<{
          sessions: {
            id: string;
            overall: number | null;
            reviewedOverall?: number | null;
            counted?: CountedScoreWire;
          }[];
        }>("GET", "/api/sessions")
      ).sessions.find((s) => s.id === fixture.sessionId),
    cell: async () =>
      (
        await as.fac.json<{ rows: { cells: VerdictCell[] }[] }>(
          "GET",
          `/api/cohorts/${fixture.cohortId}/progress`,
        )
      ).rows[0]?.cells[0],
    csvLine: async () => {
      const res = await as.fac.req("GET", `/api/cohorts/${fixture.cohortId}/progress.csv`);
      const lines = (await res.text()).split("\r\n");
      const header = lines[0]?.replace(/^\uFEFF/, "").split(",") ?? [];
      const values = lines[1]?.split(",") ?? [];
      return Object.fromEntries(header.map((h, i) => [h, values[i]]));
    },
    inboxed: async () =>
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
      ).sessions.find((s) => s.sessionId === fixture.sessionId),
    waiting: async () =>
      (await as.mentor.json<{ reviewsWaiting: number }>("GET", "/api/me/notices")).reviewsWaiting,

    async start() {
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
      fixture.cohortId = (
        await as.fac.json<{ id: string }>("POST", "/api/cohorts", { name: options.cohortName })
      ).id;
      await as.fac.json("POST", `/api/cohorts/${fixture.cohortId}/members`, {
        email: "lead@example.com",
      });
      await as.fac.json("POST", `/api/cohorts/${fixture.cohortId}/assignments`, {
        scenarioId: VERDICT_SCENARIO,
        targetScore: 20,
      });

      fixture.sessionId = await as.lead.flyAttempt(VERDICT_SCENARIO, options.lines);
      fixture.card = (await fixture.record()).scorecards[0] as VerdictCard;
      await as.lead.json("POST", `/api/sessions/${fixture.sessionId}/shares`, {
        email: "mentor@example.com",
      });
    },

    async close() {
      await server?.close();
      await database?.drop();
    },
  };
  return fixture;
}
