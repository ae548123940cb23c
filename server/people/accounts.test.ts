import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASES, freshDatabase, type TestDatabase } from "../../tests/support/databases";
import { loadValidContent } from "../content";
import { openStore, type Store } from "../store";
import { createPeople, type People } from "./people";
import { afterFailure, EMAIL_RULE, type ThrottleState, waitMs } from "./throttle";
import type { User } from "./user";

/**
 * The sign-in backoff under parallel requests, on the real database with a still clock: every
 * attempt is counted before its password is hashed, so how many get through does not depend on
 * how the requests interleave.
 */
describe.each(DATABASES)("sign-in backoff under parallel attempts on %s", (kind) => {
  let database: TestDatabase;
  let store: Store;
  let people: People;
  let now = 1_000_000;

  const account = async (email: string) =>
    (
      await people.accounts.upsertUser({
        email,
        password: "the right password",
        roles: ["manager"],
      })
    ).user;

  const tally = (results: { ok: boolean; reason?: string }[]) => {
    const counts: Record<string, number> = {};
    for (const r of results) {
      const key = r.ok ? "ok" : (r.reason ?? "?");
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  };

  beforeAll(async () => {
    database = await freshDatabase(kind);
    store = await openStore({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
    people = await createPeople({
      store,
      content: await loadValidContent("."),
      mode: "password",
      clock: () => now,
    });
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it("lets five free failures and a sixth through, and refuses the other parallel guesses", async () => {
    await account("victim@example.com");
    const guesses = Array.from({ length: 40 }, (_, i) => `guess ${i}`);
    guesses[37] = "the right password";
    const results = await Promise.all(
      guesses.map((g, i) => people.accounts.signIn("victim@example.com", g, `10.0.0.${i}`)),
    );
    expect(tally(results)).toEqual({ wrong: 6, throttled: 34 });
    // The right password, late in the batch, was refused like the others.
    expect(results[37]).toMatchObject({ ok: false, reason: "throttled", retryAfterMs: 5_000 });
    const rows = await store.db.query<{ failures: number }>(
      "SELECT failures FROM login_throttle WHERE key = 'email:victim@example.com'",
    );
    expect(rows).toEqual([{ failures: 6 }]);
  });

  it("counts parallel guesses from one address at many accounts", async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        people.accounts.signIn(`nobody-${i}@example.com`, "Summer2026!", "10.1.1.1"),
      ),
    );
    expect(tally(results)).toEqual({ wrong: 21, throttled: 9 });
    // A refused attempt counts nowhere: the emails it named were not charged for it.
    const charged = await store.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM login_throttle WHERE key LIKE 'email:nobody-%'",
    );
    expect(charged).toEqual([{ n: 21 }]);
  });

  it("blocks for as long as the pure rule says, doubling up to the cap", async () => {
    await account("doubling@example.com");
    let expected: ThrottleState | undefined;
    const waits: number[] = [];
    for (let i = 0; i < 14; i++) {
      const wrong = await people.accounts.signIn("doubling@example.com", "guess", `10.3.3.${i}`);
      expect(wrong).toEqual({ ok: false, reason: "wrong" });
      expected = afterFailure(expected, now, EMAIL_RULE);
      const wait = waitMs(expected, now);
      if (wait === 0) continue;
      waits.push(wait);
      const blocked = await people.accounts.signIn("doubling@example.com", "guess", "10.3.4.1");
      expect(blocked).toEqual({ ok: false, reason: "throttled", retryAfterMs: wait });
      now += wait;
    }
    expect(waits.slice(0, 3)).toEqual([5_000, 10_000, 20_000]);
    expect(waits.at(-1)).toBe(EMAIL_RULE.maxMs);
  });

  it("backs off parallel wrong current passwords on a password change", async () => {
    const user: User = await account("changer@example.com");
    const signIn = await people.accounts.signIn(
      "changer@example.com",
      "the right password",
      "10.2.2.2",
    );
    if (!signIn.ok) throw new Error("sign-in failed");
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        people.accounts.changePassword(
          user,
          signIn.authSessionId,
          `guess ${i}`,
          "a new password",
          "10.2.2.2",
        ),
      ),
    );
    expect(tally(results)).toEqual({ wrong: 6, throttled: 6 });
    now += 5_000;
    // The block passes: the right password works again and clears the email's count.
    expect(
      await people.accounts.changePassword(
        user,
        signIn.authSessionId,
        "the right password",
        "a new password",
        "10.2.2.2",
      ),
    ).toEqual({ ok: true });
  });
});
