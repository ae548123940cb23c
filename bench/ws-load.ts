/**
 * The load generator for bench/ws.ts, run as its own process (forked; config as JSON in argv[2],
 * talks to the parent over IPC) so its event loop never shares a core's time slice with the server's
 * or the fake model's. It opens N websockets, starts a session on each and reports `opened`; on `go`
 * every session repeatedly waits a jittered gap, says a turn with a fresh turnId and waits for its
 * `reply_done`, until the deadline. It reports every turn's timings in `result`, then on `close`
 * closes its sockets and exits. Every wait is bounded (open, turn and overall timeouts).
 */
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import WebSocket from "ws";

export interface LoadConfig {
  wsUrl: string;
  sessions: number;
  /** Measured seconds of turns, after the ramp. */
  seconds: number;
  /** Seconds of turns before them, every session already speaking (its turns are only checked for loss). */
  rampSeconds: number;
  scenarioId: string;
  minGapMs: number;
  maxGapMs: number;
  turnTimeoutMs: number;
  openConcurrency: number;
}

/** One turn: ms from sending `say` (-1 when it never happened). */
export interface TurnRecord {
  /** When `say` was sent: ms from the start of the turn phase (the ramp first, then the measured seconds). */
  at: number;
  accepted: number;
  firstDelta: number;
  done: number;
  error?: string;
}

export interface LoadResult {
  type: "result";
  turns: TurnRecord[];
  /** Session id → client turn ids that got a turn_accepted. */
  acked: Record<string, string[]>;
  /** Sessions the server ended (the scenario's own outcome) or whose socket closed early. */
  ended: number;
  closed: number;
  errors: Record<string, number>;
  /** This process's own event-loop delay over the turn phase (ms): if high, the generator is saturated. */
  loop: { p50: number; p99: number; max: number };
}

const TEXTS = [
  "What else is on your mind?",
  "How is the team doing?",
  "What does your workload look like this week?",
  "What would you change about the process?",
  "How are you doing, honestly?",
  "What would make next week better?",
  "Tell me more about that.",
  "What are your goals for the quarter?",
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const jitter = (min: number, max: number) => min + Math.random() * (max - min);

interface Pending {
  turnId: string;
  sentAt: number;
  record: TurnRecord;
  resolve: () => void;
}

class Session {
  id = "";
  ended = false;
  closed = false;
  pending: Pending | undefined;
  private started: (() => void) | undefined;

  constructor(
    readonly ws: WebSocket,
    private readonly errors: Record<string, number>,
  ) {
    ws.on("message", (data) => this.onFrame(String(data)));
    ws.on("close", () => {
      this.closed = true;
      this.pending?.resolve();
      this.started?.();
    });
    ws.on("error", () => {});
  }

  static open(url: string, scenarioId: string, timeoutMs: number, errors: Record<string, number>) {
    return new Promise<Session>((resolve, reject) => {
      const ws = new WebSocket(url, { perMessageDeflate: false });
      const session = new Session(ws, errors);
      const timer = setTimeout(() => {
        ws.terminate();
        reject(new Error("open timed out"));
      }, timeoutMs);
      ws.once("error", (err) => {
        clearTimeout(timer);
        reject(err);
      });
      ws.once("open", () => {
        session.started = () => {
          clearTimeout(timer);
          session.started = undefined;
          if (session.id) resolve(session);
          else reject(new Error("closed before session_started"));
        };
        ws.send(JSON.stringify({ type: "start", scenarioId }));
      });
    });
  }

  private onFrame(raw: string) {
    const now = performance.now();
    const frame = JSON.parse(raw) as {
      type: string;
      code?: string;
      turnId?: string;
      delta?: string;
      session?: { id: string };
      turn?: { clientTurnId?: string };
    };
    const p = this.pending;
    switch (frame.type) {
      case "session_started":
        this.id = frame.session?.id ?? "";
        this.started?.();
        return;
      case "turn_accepted":
        if (p && frame.turn?.clientTurnId === p.turnId && p.record.accepted < 0)
          p.record.accepted = now - p.sentAt;
        return;
      case "reply_delta":
        if (p && p.record.firstDelta < 0 && (frame.delta ?? "").length > 0)
          p.record.firstDelta = now - p.sentAt;
        return;
      case "reply_done":
        if (p && p.record.accepted >= 0) {
          p.record.done = now - p.sentAt;
          p.resolve();
        }
        return;
      case "session_ended":
        this.ended = true;
        return;
      case "error": {
        const code = frame.code ?? "unknown";
        this.errors[code] = (this.errors[code] ?? 0) + 1;
        if (p && frame.turnId === p.turnId) {
          p.record.error = code;
          p.resolve();
        }
        return;
      }
    }
  }

  /** Says one turn and waits (bounded) for its reply_done or an error about it. */
  async say(turnId: string, text: string, timeoutMs: number): Promise<TurnRecord> {
    const record: TurnRecord = { at: 0, accepted: -1, firstDelta: -1, done: -1 };
    let timer: ReturnType<typeof setTimeout> | undefined;
    await new Promise<void>((resolve) => {
      this.pending = { turnId, sentAt: performance.now(), record, resolve };
      timer = setTimeout(() => {
        record.error ??= "timeout";
        resolve();
      }, timeoutMs);
      this.ws.send(JSON.stringify({ type: "say", turnId, text }));
    });
    clearTimeout(timer);
    this.pending = undefined;
    if (this.closed && record.done < 0) record.error ??= "closed";
    return record;
  }
}

async function main(): Promise<void> {
  const config = JSON.parse(process.argv[2] ?? "{}") as LoadConfig;
  const errors: Record<string, number> = {};
  // Hard stop: nothing here may outlive its budget, whatever the server does.
  const budgetMs = 120_000 + (config.rampSeconds + config.seconds) * 1000 + config.turnTimeoutMs;
  setTimeout(() => {
    process.stderr.write("ws-load: overall budget exceeded, exiting\n");
    process.exit(3);
  }, budgetMs).unref();
  process.on("disconnect", () => process.exit(0));

  const sessions: Session[] = [];
  let failedOpens = 0;
  const openedAt = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(config.openConcurrency, config.sessions) }, async () => {
      while (next < config.sessions) {
        next++;
        try {
          sessions.push(await Session.open(config.wsUrl, config.scenarioId, 30_000, errors));
        } catch {
          failedOpens++;
        }
      }
    }),
  );
  process.send?.({
    type: "opened",
    opened: sessions.length,
    failed: failedOpens,
    ms: performance.now() - openedAt,
  });

  await new Promise<void>((resolve) =>
    process.on("message", (m: { type?: string }) => m.type === "go" && resolve()),
  );
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const phaseStart = performance.now();
  const deadline = phaseStart + (config.rampSeconds + config.seconds) * 1000;
  const turns: TurnRecord[] = [];
  const acked: Record<string, string[]> = {};
  await Promise.all(
    sessions.map(async (session, s) => {
      const ids: string[] = [];
      acked[session.id] = ids;
      // The first turn lands anywhere in the first gap, so the sessions do not speak in lockstep.
      await sleep(jitter(0, config.maxGapMs));
      for (let n = 0; performance.now() < deadline && !session.ended && !session.closed; n++) {
        const turnId = `b${s}-${n}-${Math.random().toString(36).slice(2, 8)}`;
        const at = performance.now() - phaseStart;
        const record = await session.say(
          turnId,
          TEXTS[n % TEXTS.length] as string,
          config.turnTimeoutMs,
        );
        record.at = at;
        turns.push(record);
        if (record.accepted >= 0) ids.push(turnId);
        if (record.error === "timeout" || record.error === "closed") break;
        const gap = jitter(config.minGapMs, config.maxGapMs);
        if (performance.now() + gap >= deadline) break;
        await sleep(gap);
      }
    }),
  );
  const result: LoadResult = {
    type: "result",
    turns,
    acked,
    ended: sessions.filter((s) => s.ended).length,
    closed: sessions.filter((s) => s.closed).length,
    errors,
    loop: {
      p50: loop.percentile(50) / 1e6,
      p99: loop.percentile(99) / 1e6,
      max: loop.max / 1e6,
    },
  };
  loop.disable();
  process.send?.(result);
  await new Promise<void>((resolve) => {
    process.on("message", (m: { type?: string }) => m.type === "close" && resolve());
    setTimeout(resolve, 120_000).unref();
  });
  for (const session of sessions) session.ws.close();
  await sleep(200);
  process.exit(0);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
