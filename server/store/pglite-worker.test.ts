import { describe, expect, it } from "vitest";
import { storePerTest } from "../../tests/support/stores";

/** PGlite runs on a worker thread (db.ts openPglite): these check what that must keep and what it buys. */
describe("PGlite on a worker thread", () => {
  const open = storePerTest("pglite");

  it("keeps this thread's event loop running while a long statement runs", async () => {
    const s = await open();
    let last = performance.now();
    let longestGap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    const [row] = await s.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM generate_series(1, 3000000)",
    );
    const took = performance.now() - started;
    clearInterval(ticker);
    // The gap still open when the statement returned counts too (on the main thread it is all of it).
    longestGap = Math.max(longestGap, performance.now() - last);
    expect(row?.n).toBe(3_000_000);
    // On the main thread the loop would stall for the whole statement; here timers keep firing.
    expect(took).toBeGreaterThan(100);
    expect(longestGap).toBeLessThan(took / 2);
  });

  it("passes Postgres error codes across the thread, and a failed transaction leaves nothing", async () => {
    const s = await open();
    await s.db.exec("CREATE TABLE t (id int PRIMARY KEY)");
    await s.db.query("INSERT INTO t VALUES (1)");
    await expect(s.db.query("INSERT INTO t VALUES (1)")).rejects.toMatchObject({ code: "23505" });
    await expect(
      s.db.transaction(async (tx) => {
        await tx.query("INSERT INTO t VALUES (2)");
        await tx.query("INSERT INTO t VALUES (1)");
      }),
    ).rejects.toMatchObject({ code: "23505" });
    // Queries queued while a transaction is open wait for it, as on one connection.
    const inTx = s.db.transaction(async (tx) => {
      await tx.query("INSERT INTO t VALUES (3)");
      await new Promise((r) => setTimeout(r, 50));
      await tx.query("INSERT INTO t VALUES (4)");
    });
    const seen = await s.db.query<{ id: number }>("SELECT id FROM t ORDER BY id");
    await inTx;
    expect(seen.map((r) => r.id)).toEqual([1, 3, 4]);
  });
});
