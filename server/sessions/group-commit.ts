import type { Db, Queryable } from "../store/db";

/**
 * One durable write: one statement (every write here is a single statement, atomic by itself). It
 * runs inside the batch's transaction, or alone (no transaction) when the batch holds only it or failed.
 */
export type Write<T> = (tx: Queryable) => Promise<T>;

interface Queued {
  write: Write<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit: the durable writes of every session go through one queue, and each batch (every write
 * queued while the previous batch was committing, up to `maxBatch`) runs in one transaction. A write's
 * promise settles only after the COMMIT of the batch that holds it, so "durable before acknowledged"
 * holds exactly as with one statement per write, while hundreds of turns a second cost a handful of
 * commits. Writes run in the order they were queued, so one session's events keep their order.
 *
 * When a batch fails, nothing of it was committed; each of its writes is then run alone, so one bad
 * write (a resent turn id hitting the unique constraint) fails only itself.
 */
export class GroupCommit {
  private queue: Queued[] = [];
  private running: Promise<void> | undefined;
  private scheduled = false;

  constructor(
    private readonly db: Db,
    private readonly maxBatch = 200,
  ) {}

  /** Queues a write; resolves with its result once it is committed. */
  run<T>(write: Write<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({
        write: write as Write<unknown>,
        resolve: resolve as (value: unknown) => void,
        reject,
      });
      this.schedule();
    });
  }

  /** Resolves once every write queued so far has settled. */
  async drain(): Promise<void> {
    while (this.running || this.scheduled || this.queue.length > 0) {
      await (this.running ?? new Promise((r) => setImmediate(r)));
    }
  }

  private schedule() {
    if (this.running || this.scheduled) return;
    this.scheduled = true;
    // The rest of this turn of the event loop may queue more writes: they join the same batch.
    setImmediate(() => {
      this.scheduled = false;
      this.next();
    });
  }

  private next() {
    if (this.running || this.queue.length === 0) return;
    const batch = this.queue.splice(0, this.maxBatch);
    this.running = this.commit(batch).finally(() => {
      this.running = undefined;
      if (this.queue.length > 0) this.next();
    });
  }

  private async commit(batch: Queued[]): Promise<void> {
    if (batch.length === 1) {
      const only = batch[0] as Queued;
      await only.write(this.db).then(only.resolve, only.reject);
      return;
    }
    let results: unknown[];
    try {
      results = await this.db.transaction(async (tx) => {
        const out: unknown[] = [];
        for (const q of batch) out.push(await q.write(tx));
        return out;
      });
    } catch {
      // Nothing was committed: each write alone, so only the bad one fails.
      for (const q of batch) await q.write(this.db).then(q.resolve, q.reject);
      return;
    }
    batch.forEach((q, i) => {
      q.resolve(results[i]);
    });
  }
}
