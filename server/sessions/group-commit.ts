import { performance } from "node:perf_hooks";
import type { Db } from "../store/db";
import type { PlannedWrite } from "../store/sessions-repo";

/**
 * A kind of durable write that many sessions' writes share: `plan` makes one statement of a list of
 * them (at most one per session), whose rows give each one's result, in order.
 */
export interface WriteKind<I, R> {
  readonly name: string;
  plan(items: readonly I[]): PlannedWrite<R>;
}

interface Queued {
  kind: WriteKind<unknown, unknown>;
  item: unknown;
  /** The session the write belongs to: its writes keep their order. */
  key: string;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit: the durable writes of every session go through one queue. Each batch (every write
 * queued while the previous batch was committing or during `lingerMs`, up to `maxBatch`) is written
 * in one transaction, with one multi-row statement per kind of write, all sent in one round trip
 * (Db.batch), so hundreds of turns a second cost a few statements and a few commits a second (one
 * statement per write costs ~8× as much on PGlite, docs/benchmarks.md).
 *
 * A write's promise settles only after the COMMIT of the batch that holds it: "durable before
 * acknowledged" holds exactly as with one statement per write. One session's writes keep their
 * order: a session's second write in a batch goes into a later round of statements than its first.
 * When a batch fails, nothing of it was committed; each of its writes is then written alone, so one
 * bad write (a resent turn id hitting the unique constraint) fails only itself.
 */
export class GroupCommit {
  private queue: Queued[] = [];
  private running: Promise<void> | undefined;
  private scheduled = false;
  /** Callers of committed batches, told in batch order. */
  private settling: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly maxBatch = 500,
    /**
     * How long a write that finds the queue idle waits for others to join its batch. Each batch is
     * a round trip whose socket write and wake-up cost the event loop ~0.3 ms; at 500 sessions,
     * 10 ms halved the batches per second and cut p99 latency by half (docs/benchmarks.md). 0: the
     * next turn of the event loop.
     */
    private readonly lingerMs = 0,
  ) {}

  /** Queues a write of `kind` for session `key`; resolves with its result once it is committed. */
  run<I, R>(kind: WriteKind<I, R>, key: string, item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({
        kind: kind as WriteKind<unknown, unknown>,
        item,
        key,
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
    await this.settling;
  }

  private schedule(delayMs = this.lingerMs) {
    if (this.running || this.scheduled) return;
    this.scheduled = true;
    // The rest of this turn of the event loop (and the linger) may queue more writes: they join
    // the same batch.
    const go = () => {
      this.scheduled = false;
      this.next();
    };
    if (delayMs > 0) setTimeout(go, delayMs);
    else setImmediate(go);
  }

  private next() {
    if (this.running || this.queue.length === 0) return;
    const batch = this.queue.splice(0, this.maxBatch);
    const started = performance.now();
    this.running = this.commit(batch).finally(() => {
      this.running = undefined;
      if (this.queue.length === 0) return;
      // Under steady load too, at most one batch per linger: writes queued meanwhile wait out the
      // rest of it (a full batch goes at once).
      const rest = started + this.lingerMs - performance.now();
      if (rest >= 1 && this.queue.length < this.maxBatch) this.schedule(rest);
      else this.next();
    });
  }

  private async commit(batch: Queued[]): Promise<void> {
    const outcomes = await this.writeBatch(batch);
    // Settled after the previous batch's writes, a slice per event-loop turn, while the next batch
    // is being written: a large batch's callers (each sends frames, starts a model request) would
    // otherwise all run at once and keep every socket waiting until they are done.
    this.settling = this.settling.then(() => settleInSlices(batch, outcomes));
  }

  /** Writes a batch: every write's result or error, once committed (or failed). */
  private async writeBatch(batch: Queued[]): Promise<Outcome[]> {
    const statements = plan(batch);
    try {
      const planned = statements.map(planOf);
      // One round trip: no BEGIN, COMMIT or answer to wait for between statements, which cost a
      // turn of a busy event loop each. They run in order, so a session's later write runs after
      // its earlier one.
      const rows =
        planned.length === 1
          ? [await this.db.query((planned[0] as Planned).sql, [...(planned[0] as Planned).params])]
          : await this.db.batch(planned);
      const results = planned.map((p, i) => p.read(rows[i] ?? []));
      const byWrite = new Map<Queued, unknown>();
      statements.forEach((group, i) => {
        group.forEach((q, j) => {
          byWrite.set(q, results[i]?.[j]);
        });
      });
      return batch.map((q) => outcomeOf(byWrite.get(q)));
    } catch {
      // Nothing was committed: each write alone, in order, so only the bad one fails.
      const outcomes: Outcome[] = [];
      for (const q of batch) {
        const alone = planOf([q]);
        outcomes.push(
          await this.db.query(alone.sql, [...alone.params]).then(
            (rows) => outcomeOf(alone.read(rows)[0]),
            (err: unknown) => ({ ok: false as const, err }),
          ),
        );
      }
      return outcomes;
    }
  }
}

type Planned = PlannedWrite<unknown>;

/** One statement for a group of writes of one kind. */
function planOf(group: readonly Queued[]): Planned {
  return (group[0] as Queued).kind.plan(group.map((q) => q.item));
}

type Outcome = { ok: true; value: unknown } | { ok: false; err: unknown };

/**
 * A write's result as its rows read it. An Error is a write the statement committed nothing for
 * (its session is gone, or held elsewhere): it fails alone, and the batch's other writes, already
 * committed with it, stand.
 */
const outcomeOf = (value: unknown): Outcome =>
  value instanceof Error ? { ok: false, err: value } : { ok: true, value };

/**
 * How many writers of a batch continue per event-loop turn. A turn's writer now only sends
 * turn_accepted and the text the model has said so far (the model was asked before the commit), so
 * a slice of 100 is a few ms; at 25 a busy loop took hundreds of ms to acknowledge one large batch.
 */
const SLICE = 100;

async function settleInSlices(batch: readonly Queued[], outcomes: readonly Outcome[]) {
  for (let i = 0; i < batch.length; i += SLICE) {
    if (i > 0) await new Promise((r) => setImmediate(r));
    for (let j = i; j < Math.min(i + SLICE, batch.length); j++) {
      const q = batch[j] as Queued;
      const o = outcomes[j] as Outcome;
      if (o.ok) q.resolve(o.value);
      else q.reject(o.err);
    }
  }
}

/**
 * The statements for a batch, in order: round r holds each session's (r+1)-th write of the batch, so
 * every statement touches a session at most once and a session's writes run in the order queued;
 * within a round, one statement per kind.
 */
function plan(batch: readonly Queued[]): Queued[][] {
  const seen = new Map<string, number>();
  const rounds: Map<WriteKind<unknown, unknown>, Queued[]>[] = [];
  for (const q of batch) {
    const round = seen.get(q.key) ?? 0;
    seen.set(q.key, round + 1);
    const kinds = rounds[round] ?? new Map();
    rounds[round] = kinds;
    const group = kinds.get(q.kind) ?? [];
    kinds.set(q.kind, group);
    group.push(q);
  }
  return rounds.flatMap((kinds) => [...kinds.values()]);
}
