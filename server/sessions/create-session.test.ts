import { afterEach, describe, expect, it } from "vitest";
import { DATABASES, freshDatabase, type TestDatabase } from "../../tests/support/databases";
import { recorder } from "../../tests/support/listeners";
import { loadValidContent } from "../content/load-content";
import { openStore, type Store } from "../store";
import { sessionsRepo as repo } from "../store/sessions-repo";
import { rubricScorer, simEngine } from "./default-engines";
import { offlineVoice } from "./engines";
import { SessionService } from "./session-service";

const SCENARIO = "missed-sprint-commitments";

describe.each(DATABASES)("starting a session on %s", (kind) => {
  let database: TestDatabase | undefined;
  let store: Store | undefined;
  const services: SessionService[] = [];
  afterEach(async () => {
    for (const s of services.splice(0)) await s.close();
    await store?.close();
    await database?.drop();
    store = undefined;
    database = undefined;
  });

  async function open() {
    database = await freshDatabase(kind);
    store = await openStore({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
    return store;
  }
  async function service(s: Store) {
    const created = new SessionService({
      store: s,
      content: await loadValidContent("."),
      engine: simEngine,
      voice: offlineVoice,
      scorer: rubricScorer,
    });
    services.push(created);
    return created;
  }

  it("writes it in one statement, and another process reads back exactly what this one holds", async () => {
    const s = await open();
    const here = await service(s);
    const actor = { id: "new-manager", roles: ["manager"] };
    const before = s.db.stats.queries;
    const rec = recorder();
    const started = await here.start(
      actor,
      { scenarioId: SCENARIO, seed: 7, options: { difficulty: 4 } },
      rec.listener,
    );
    expect(s.db.stats.queries - before).toBe(1);
    expect(started.replay.map((e) => [e.type, e.seq])).toEqual([["session_started", 1]]);

    // The row as stored: the user was added, the session is at seq 1 on its first branch.
    const row = await repo.getSession(s.db, started.id);
    expect(row).toMatchObject({
      user_id: "new-manager",
      scenario_id: SCENARIO,
      seed: 7,
      options: { coachHints: true, difficulty: 4 },
      status: "active",
      outcome: null,
      last_seq: 1,
      ended_at: null,
    });
    const branches = await repo.getBranches(s.db, started.id);
    expect(branches.map((b) => [b.id, b.parent_branch_id])).toEqual([
      [row?.active_branch_id, null],
    ]);

    // Another process (nothing in memory) resumes it from the store and sees what this one sent.
    const elsewhere = await service(s);
    const resumed = await elsewhere.attach(actor, started.id, 0, recorder().listener);
    expect(resumed.resumed).toEqual(started.resumed);
    expect(resumed.replay).toEqual(started.replay);
    expect(await elsewhere.view(actor, started.id)).toEqual(await here.view(actor, started.id));
  });

  it("plays on from there: the first turn's seqs follow session_started", async () => {
    const s = await open();
    const here = await service(s);
    const actor = { id: "manager-1", roles: ["manager"] };
    const rec = recorder();
    const { id } = await here.start(actor, { scenarioId: SCENARIO }, rec.listener);
    const done = rec.replyDone();
    await here.say(actor, id, "t1", "How has the sprint felt from your side?");
    await done;
    // The reply's deltas carry seq 3; its reply_done comes after them.
    expect(rec.events.map((e) => [e.type, e.seq])).toEqual([
      ["turn_accepted", 2],
      ["reply_done", 4],
    ]);
  });

  it("leaves nothing behind when the statement fails", async () => {
    const s = await open();
    // A real failure inside the statement: the database refuses the branch, the last row it writes.
    await s.db.exec(`
      CREATE FUNCTION refuse_branch() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'refused for the test'; END;
      $$ LANGUAGE plpgsql;
      CREATE TRIGGER refuse_branch BEFORE INSERT ON branches FOR EACH ROW EXECUTE FUNCTION refuse_branch();
    `);
    const here = await service(s);
    const actor = { id: "someone-new", roles: ["manager"] };
    await expect(here.start(actor, { scenarioId: SCENARIO }, recorder().listener)).rejects.toThrow(
      /refused for the test/,
    );
    expect(here.liveCount).toBe(0);
    for (const table of ["users", "practice_sessions", "session_events"]) {
      const rows = await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      expect([table, rows[0]?.n]).toEqual([table, 0]);
    }
  });
});
