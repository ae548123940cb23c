import { afterEach, describe, expect, it } from "vitest";
import { DATABASES, freshDatabase, type TestDatabase } from "../../tests/support/databases";
import { recorder } from "../../tests/support/listeners";
import { loadValidContent } from "../content/load-content";
import { openStore, type Store } from "../store";
import { rubricScorer, simEngine } from "./default-engines";
import { offlineVoice } from "./engines";
import { SessionService } from "./session-service";

const IDLE = 10 * 60_000;
const ACTOR = { id: "manager-1", roles: ["manager"] };

describe.each(DATABASES)("idle live sessions on %s", (kind) => {
  let database: TestDatabase | undefined;
  let store: Store | undefined;
  let service: SessionService | undefined;
  afterEach(async () => {
    await service?.close();
    await store?.close();
    await database?.drop();
    service = undefined;
    store = undefined;
    database = undefined;
  });

  async function start() {
    database = await freshDatabase(kind);
    store = await openStore({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
    let now = 1_700_000_000_000;
    service = new SessionService({
      store,
      content: await loadValidContent("."),
      engine: simEngine,
      voice: offlineVoice,
      scorer: rubricScorer,
      clock: () => now,
      idleEvictMs: IDLE,
    });
    return { service, advance: (ms: number) => (now += ms) };
  }

  it("forgets a session nobody has used for the idle time, and reads it back whole when used", async () => {
    const { service, advance } = await start();
    const { session } = await service.create(ACTOR, { scenarioId: "missed-sprint-commitments" });
    const rec = recorder();
    await service.attach(ACTOR, session.id, 0, rec.listener);
    const reply = rec.replyDone();
    await service.say(ACTOR, session.id, "t1", "How has the sprint felt from your side?");
    await reply;
    const before = await service.view(ACTOR, session.id);
    expect(service.liveCount).toBe(1);

    // Attached: kept however long it sits.
    advance(IDLE * 2);
    expect(await service.evictIdle()).toBe(0);

    service.detach(session.id, rec.listener);
    advance(IDLE - 1);
    expect(await service.evictIdle()).toBe(0);
    advance(1);
    expect(await service.evictIdle()).toBe(1);
    expect(service.liveCount).toBe(0);

    // Used again: read back from the store, with every turn, and it carries on.
    expect(await service.view(ACTOR, session.id)).toEqual(before);
    const again = recorder();
    await service.attach(ACTOR, session.id, 0, again.listener);
    const second = again.replyDone();
    const said = await service.say(ACTOR, session.id, "t2", "What got in the way this week?");
    await second;
    expect(said.turn.index).toBe(2);
    expect((await service.view(ACTOR, session.id)).turns).toHaveLength(4);
  });

  it("keeps a session that an operation is still using when the sweep comes", async () => {
    const { service, advance } = await start();
    const { session } = await service.create(ACTOR, { scenarioId: "missed-sprint-commitments" });
    advance(IDLE);
    // A hint queued on the session before the sweep: the sweep waits for it, sees it used, keeps it.
    const hint = service.hint(ACTOR, session.id);
    const swept = service.evictIdle();
    await hint;
    expect(await swept).toBe(0);
    expect(service.liveCount).toBe(1);
  });
});
