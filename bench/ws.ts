/**
 * Live sessions under load: `npm run bench -- ws` (flags: `--sessions=100,500 --seconds=15 --ramp-seconds=6`, `--profile`, or
 * BENCH_WS_SESSIONS / BENCH_WS_SECONDS; BENCH_WS_PROFILE_OUT=<file> keeps the raw profile and
 * BENCH_WS_NODE_OPTIONS passes Node flags to the server alone; with --profile, BENCH_WS_HEAP_OUT=<file> takes an
 * allocation profile instead of a CPU one; run directly, `node --import tsx bench/ws.ts --sessions 100`).
 *
 * For each level N (100, 500, 1000): the real server (`flightdeck start`, its own process, fresh PGlite)
 * with the fake OpenAI-compatible model streaming 30 tokens/s, and a bare-`ws` baseline server
 * (bench/ws-baseline.ts) with the same message pattern, each driven by the load generator
 * (bench/ws-load.ts, its own process): N sessions, each saying a turn every 2–6 s and waiting for the
 * reply. Added latency = say → first non-empty reply_delta, minus the fake's own delay (the time it
 * needs to stream past the 80-character holdback), over the turns said after the ramp: the first
 * RAMP_SECONDS (6; --ramp-seconds), in which every session says its first turn to a process started
 * for the level, are reported on their own. Every turn, the ramp's too, counts for loss. Lost turns: no turn_accepted or no reply_done, or
 * an acknowledged turn missing from GET /api/sessions/:id. Memory: server RSS with N sessions open
 * minus RSS before, over N. The fake model lives here, in the parent: this process does nothing else
 * while a level runs, so the model gets an event loop of its own without a fourth process.
 */
import { type ChildProcess, fork } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import WebSocket from "ws";
import { openStore } from "../server/store";
import { TURN_STAGES, type TurnStage, type TurnTimings } from "../server/turn-trace";
import { freshDatabase, type TestDatabase } from "../tests/support/databases";
import { type FakeOpenAI, startFakeOpenAI } from "../tests/support/fake-openai";
import { type ServerProcess, startServerProcess } from "../tests/support/processes";
import { type BaselineConfig, holdbackDeltas, replyTokens } from "./ws-baseline";
import type { LoadConfig, LoadResult, TurnRecord } from "./ws-load";

const SCENARIO = "missed-sprint-commitments";
const TOKENS_PER_SECOND = 30;
const HOLDBACK = 80;
/** ~150 characters: the first 80+ are held back until checked, so the first delta needs ~15 tokens. */
const REPLY =
  "Honestly, the last two sprints got away from me. The reconciliation work kept growing and I did not want to ask for help again, so I just stayed late.";
const GAP_MS = 1000 / TOKENS_PER_SECOND;
const BENCH_DIR = new URL(".", import.meta.url).pathname;

// ── options ────────────────────────────────────────────────────────────────────────────────────

/** Flags from this process, or from `npm run bench -- ws --sessions=…` (bench/index.ts does not pass them on). */
function flags(): string[] {
  const own = process.argv.slice(2);
  if (own.length > 0) return own;
  try {
    const parent = readFileSync(`/proc/${process.ppid}/cmdline`, "utf8").split("\0");
    if (parent.some((a) => a.endsWith("bench/index.ts"))) return parent;
  } catch {}
  return [];
}
function flag(name: string): string | undefined {
  const args = flags();
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === `--${name}`) return args[i + 1];
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
  }
  return undefined;
}
const LEVELS = (flag("sessions") ?? process.env.BENCH_WS_SESSIONS ?? "100,500,1000")
  .split(",")
  .map((s) => Number.parseInt(s, 10))
  .filter((n) => Number.isInteger(n) && n > 0)
  .sort((a, b) => a - b);
const SECONDS = Number(flag("seconds") ?? process.env.BENCH_WS_SECONDS ?? 15);
/**
 * The ramp: every session says its first turn somewhere in its first gap (0–6 s), against a server
 * process started for the level. Its turns are checked for loss like any other, and their latency
 * is reported on its own ("ramp"), not in the level's figure, which is N sessions already talking.
 */
const RAMP_SECONDS = Number(flag("ramp-seconds") ?? process.env.BENCH_WS_RAMP_SECONDS ?? 6);
const PROFILE = flags().includes("--profile") || process.env.BENCH_WS_PROFILE === "1";

// ── children: every one is killed on exit, error or signal ─────────────────────────────────────

const children = new Set<ChildProcess>();
const track = (child: ChildProcess) => {
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
};
const killAll = () => {
  for (const child of children) child.kill("SIGKILL");
};
process.on("exit", killAll);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

function forkTs(file: string, arg: unknown): ChildProcess {
  return track(
    fork(`${BENCH_DIR}${file}`, [JSON.stringify(arg)], {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    }),
  );
}

function nextMessage<T>(child: ChildProcess, type: string, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no "${type}" from ${child.spawnfile} within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (m: { type?: string }) => {
      if (m.type !== type) return;
      cleanup();
      resolve(m as T);
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`child exited (${code}) before "${type}"`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
    };
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

// ── measuring ──────────────────────────────────────────────────────────────────────────────────

const t0 = performance.now();
const progress = (what: string) =>
  process.stderr.write(`  [${((performance.now() - t0) / 1000).toFixed(1)} s] ${what}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) : 0;
}

/** CPU time (user + system) of a process so far, in ms (clock ticks are 10 ms on Linux). */
function cpuMs(pid: number, thread?: number): number {
  const file = thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`;
  const fields = readFileSync(file, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] as number;
}

/** The fake's own delay to the first checked text: the token that first passes the holdback, at the fake's pace. */
function fakeDelay() {
  const deltas = holdbackDeltas(replyTokens(REPLY), HOLDBACK);
  const firstToken = deltas.findIndex((d) => d !== "");
  return { tokens: firstToken + 1, nominalMs: (firstToken + 1) * GAP_MS };
}

/** The same per-token schedule the fake runs, timed here, idle: what those timers really take. */
async function calibrate(tokens: number): Promise<number> {
  const runs: number[] = [];
  for (let r = 0; r < 9; r++) {
    const t0 = performance.now();
    for (let i = 0; i < tokens; i++) await sleep(t0 + (i + 1) * GAP_MS - performance.now());
    runs.push(performance.now() - t0);
  }
  return percentile(runs, 0.5);
}

interface LevelRun {
  turns: TurnRecord[];
  result: LoadResult;
  opened: number;
  failedOpens: number;
  openMs: number;
  rssBeforeKb?: number;
  rssOpenKb?: number;
  rssPeakKb?: number;
  /** Server CPU over the turn phase, as a share of one core. */
  cpuShare?: number;
  /** The server's CPU time (all threads) over the turn phase. */
  cpuUsedMs?: number;
  /** The same, its main thread only. */
  mainCpuMs?: number;
  /** This process's event-loop delay over the turn phase: the fake model's loop (ms). */
  fakeLoop: { p50: number; p99: number; max: number };
  /** How late the fake wrote the first checked token, per reply of the turn phase (ms). */
  fakeLate: number[];
  /** The server's `flightdeck-stats` lines over the turn phase (FLIGHTDECK_BENCH_STATS). */
  serverStats: ServerStats[];
}

interface ServerStats {
  loopP50: number;
  loopP99: number;
  loopMax: number;
  queries: number;
  dbWaitMs: number;
  /** Garbage-collector pauses this second: total and longest (ms), and full (mark-compact) ones. */
  gcMs: number;
  gcMax: number;
  gcMajor: number;
  /** The longest full collection's pause this second (ms). */
  gcMajorMax?: number;
  /** The intervals between the stages of the turns answered this second (server/turn-trace.ts). */
  turns?: TurnTimings;
}

/** The stats lines the server printed after character `from` of its output. */
function statsSince(output: string, from: number): ServerStats[] {
  return [...output.slice(from).matchAll(/^flightdeck-stats (\{.*\})$/gm)].map(
    (m) => JSON.parse(m[1] as string) as ServerStats,
  );
}

/** Runs the load generator against one server; samples the server's RSS when a pid is given. */
async function runLoad(
  wsUrl: string,
  sessions: number,
  seconds: number,
  gaps: [number, number],
  server?: { pid: number; output: () => string },
  rampSeconds = 0,
): Promise<LevelRun> {
  const pid = server?.pid;
  const config: LoadConfig = {
    wsUrl,
    sessions,
    seconds,
    rampSeconds,
    scenarioId: SCENARIO,
    minGapMs: gaps[0],
    maxGapMs: gaps[1],
    turnTimeoutMs: 30_000,
    openConcurrency: 50,
  };
  const rssBeforeKb = pid ? rssKb(pid) : undefined;
  const child = forkTs("ws-load.ts", config);
  try {
    const opened = await nextMessage<{ opened: number; failed: number; ms: number }>(
      child,
      "opened",
      120_000,
    );
    const rssOpenKb = pid ? rssKb(pid) : undefined;
    let rssPeakKb = rssOpenKb;
    const sampler = pid
      ? setInterval(() => {
          rssPeakKb = Math.max(rssPeakKb ?? 0, rssKb(pid));
        }, 250)
      : undefined;
    const resultP = nextMessage<LoadResult>(child, "result", (rampSeconds + seconds + 90) * 1000);
    const cpuStart = pid ? cpuMs(pid) : 0;
    // The main thread's own share (its thread id is the pid); the rest is the database worker,
    // libuv's pool and V8's helpers.
    const mainStart = pid ? cpuMs(pid, pid) : 0;
    const wallStart = performance.now();
    const outputFrom = server?.output().length ?? 0;
    const lateFrom = fake?.lateness.length ?? 0;
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    child.send({ type: "go" });
    const result = await resultP.finally(() => clearInterval(sampler));
    loop.disable();
    const cpuUsedMs = pid ? cpuMs(pid) - cpuStart : undefined;
    const mainCpuMs = pid ? cpuMs(pid, pid) - mainStart : undefined;
    const cpuShare =
      cpuUsedMs === undefined ? undefined : cpuUsedMs / (performance.now() - wallStart);
    child.send({ type: "close" });
    await new Promise((r) => {
      child.once("exit", r);
      setTimeout(r, 10_000).unref();
    });
    return {
      turns: result.turns,
      result,
      opened: opened.opened,
      failedOpens: opened.failed,
      openMs: opened.ms,
      fakeLoop: {
        p50: loop.percentile(50) / 1e6,
        p99: loop.percentile(99) / 1e6,
        max: loop.max / 1e6,
      },
      fakeLate: fake?.lateness.slice(lateFrom) ?? [],
      serverStats: server ? statsSince(server.output(), outputFrom) : [],
      ...(rssBeforeKb === undefined
        ? {}
        : { rssBeforeKb, rssOpenKb, rssPeakKb, cpuShare, cpuUsedMs, mainCpuMs }),
    };
  } finally {
    child.kill("SIGKILL");
  }
}

/** Every acknowledged manager turn must be stored: GET /api/sessions/:id, a few at a time. */
async function verifyStored(httpUrl: string, acked: Record<string, string[]>) {
  let missing = 0;
  let interrupted = 0;
  let checked = 0;
  const entries = Object.entries(acked);
  let next = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < entries.length) {
        const [id, turnIds] = entries[next++] as [string, string[]];
        if (turnIds.length === 0) continue;
        const res = await fetch(`${httpUrl}/api/sessions/${id}`, {
          signal: AbortSignal.timeout(30_000),
        });
        if (!res.ok) {
          missing += turnIds.length;
          continue;
        }
        const body = (await res.json()) as {
          turns: { speaker: string; clientTurnId?: string; status: string }[];
        };
        const stored = new Set(
          body.turns.filter((t) => t.speaker === "manager").map((t) => t.clientTurnId),
        );
        for (const t of turnIds) {
          checked++;
          if (!stored.has(t)) missing++;
        }
        interrupted += body.turns.filter((t) => t.status === "interrupted").length;
      }
    }),
  );
  return { missing, interrupted, checked };
}

/** --profile: a CPU profile of the server over the turn phase (inspector protocol), summarised by self time. */
async function startProfile(serverOutput: string) {
  const m = /Debugger listening on (ws:\/\/\S+)/.exec(serverOutput);
  if (!m?.[1]) throw new Error("--profile: the server printed no inspector URL");
  const ws = new WebSocket(m[1]);
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  let id = 0;
  const call = (method: string, params: unknown = {}) =>
    new Promise<{ result?: unknown }>((resolve) => {
      const my = ++id;
      const onMessage = (data: WebSocket.RawData) => {
        const reply = JSON.parse(String(data)) as { id?: number; result?: unknown };
        if (reply.id !== my) return;
        ws.off("message", onMessage);
        resolve(reply);
      };
      ws.on("message", onMessage);
      ws.send(JSON.stringify({ id: my, method, params }));
    });
  if (process.env.BENCH_WS_HEAP_OUT) {
    // An allocation profile instead: every object sampled, whether or not it was collected since.
    await call("HeapProfiler.enable");
    await call("HeapProfiler.startSampling", {
      samplingInterval: 16384,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    return {
      async stop(): Promise<string> {
        const { result } = await call("HeapProfiler.stopSampling");
        ws.close();
        const profile = (result as { profile: HeapProfile }).profile;
        writeFileSync(process.env.BENCH_WS_HEAP_OUT as string, JSON.stringify(profile));
        return summariseAllocations(profile);
      },
    };
  }
  await call("Profiler.enable");
  await call("Profiler.setSamplingInterval", { interval: 1000 });
  await call("Profiler.start");
  return {
    async stop(): Promise<string> {
      const { result } = await call("Profiler.stop");
      ws.close();
      const profile = (result as { profile: CpuProfile }).profile;
      // BENCH_WS_PROFILE_OUT=<file>: the raw profile too, for Chrome DevTools or a closer look.
      if (process.env.BENCH_WS_PROFILE_OUT)
        writeFileSync(process.env.BENCH_WS_PROFILE_OUT, JSON.stringify(profile));
      const total = profile.samples?.length ?? 0;
      const self = new Map<string, number>();
      const byFile = new Map<string, number>();
      for (const node of profile.nodes) {
        const f = node.callFrame;
        const file = f.url.replace(/^file:\/\//, "").replace(/^.*\/node_modules\//, "~/");
        const key = `${f.functionName || "(anonymous)"} ${file.split("/").slice(-2).join("/")}:${f.lineNumber + 1}`;
        self.set(key, (self.get(key) ?? 0) + (node.hitCount ?? 0));
        const area = file.startsWith("~/")
          ? file.split("/").slice(0, 3).join("/")
          : file.includes("/server/")
            ? `server/${file.split("/server/")[1]?.split("/")[0]}`
            : f.functionName.startsWith("(")
              ? f.functionName
              : file || "(native)";
        byFile.set(area, (byFile.get(area) ?? 0) + (node.hitCount ?? 0));
      }
      const top = (m: Map<string, number>, k: number) =>
        [...m.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, k)
          .map(
            ([name, hits]) =>
              `    ${((100 * hits) / Math.max(total, 1)).toFixed(1).padStart(5)}%  ${name}`,
          )
          .join("\n");
      return `  server CPU profile (${total} samples of 1 ms), self time by area:\n${top(byFile, 10)}\n  by function:\n${top(self, 15)}\n`;
    },
  };
}
interface HeapNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children: HeapNode[];
}
interface HeapProfile {
  head: HeapNode;
  samples: { size: number; nodeId: number }[];
}

/** Bytes allocated over the turn phase, by the nearest server function on the allocating stack. */
function summariseAllocations(profile: HeapProfile): string {
  const nearest = new Map<number, string>();
  const walk = (node: HeapNode, owner: string) => {
    const f = node.callFrame;
    const file = f.url.includes("/server/") ? `server/${f.url.split("/server/")[1]}` : "";
    const here =
      file && !f.url.includes("/node_modules/")
        ? `${f.functionName || "(anonymous)"} ${file}`
        : owner;
    nearest.set(node.id, here);
    for (const child of node.children) walk(child, here);
  };
  walk(profile.head, "(no server code on the stack)");
  const bytes = new Map<string, number>();
  let total = 0;
  for (const sample of profile.samples) {
    const owner = nearest.get(sample.nodeId) ?? "(unknown)";
    bytes.set(owner, (bytes.get(owner) ?? 0) + sample.size);
    total += sample.size;
  }
  const top = [...bytes.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([name, n]) => `    ${((100 * n) / Math.max(total, 1)).toFixed(1).padStart(5)}%  ${name}`)
    .join("\n");
  return `  server allocations over the turn phase: ${(total / 1e6).toFixed(1)} MB (sampled), by nearest server function:\n${top}\n`;
}

interface CpuProfile {
  nodes: {
    hitCount?: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
  }[];
  samples?: number[];
}

interface Stats {
  /** Every turn, the ramp's too: each must be answered and kept. */
  sent: number;
  lost: number;
  /** Added latency of the turns said after the ramp. */
  added: number[];
  accept: number[];
  /** Added latency of the ramp's turns. */
  rampAdded: number[];
}
function statsOf(turns: readonly TurnRecord[], delayMs: number, rampMs: number): Stats {
  const ok = turns.filter((t) => t.accepted >= 0 && t.done >= 0 && !t.error);
  const measured = ok.filter((t) => t.at >= rampMs);
  const addedOf = (list: readonly TurnRecord[]) =>
    list.filter((t) => t.firstDelta >= 0).map((t) => t.firstDelta - delayMs);
  return {
    sent: turns.length,
    lost: turns.length - ok.length,
    added: addedOf(measured),
    accept: measured.map((t) => t.accepted),
    rampAdded: addedOf(ok.filter((t) => t.at < rampMs)),
  };
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");

/**
 * The added latency over the level in 3-second windows from the start of the ramp, and when the
 * slowest 1 % of turns were said: whether a tail is the ramp (every session's first turn, on a
 * process that has just started: model connections opening, the heap growing) or stalls later
 * that hit many turns at once.
 */
function timeline(turns: readonly TurnRecord[], delayMs: number): string {
  const ok = turns.filter((t) => t.accepted >= 0 && t.done >= 0 && !t.error && t.firstDelta >= 0);
  const windows: string[] = [];
  for (let from = 0; from < RAMP_SECONDS + SECONDS; from += 3) {
    const added = ok
      .filter((t) => t.at >= from * 1000 && t.at < (from + 3) * 1000)
      .map((t) => t.firstDelta - delayMs);
    if (added.length > 0)
      windows.push(`${from}–${from + 3} s p99 ${fmt(percentile(added, 0.99))} (${added.length})`);
  }
  const worst = [...ok]
    .sort((a, b) => b.firstDelta - a.firstDelta)
    .slice(0, Math.ceil(ok.length / 100))
    .map((t) => t.at / 1000)
    .sort((a, b) => a - b);
  return [
    `  diagnosis: added latency by window from the ramp's start (ms, turns): ${windows.join("; ")}`,
    `  diagnosis: the slowest 1 % were said at (s): ${worst.map((s) => s.toFixed(1)).join(", ")}`,
    "",
  ].join("\n");
}

/**
 * Where the time went in one level: the server's event-loop delay and database waits (its
 * `flightdeck-stats` lines), and whether the load generator or the fake model (this process) were
 * themselves behind, which would make the figures measure the bench rather than the server.
 */
function diagnosis(fd: LevelRun, base: LevelRun, delayMs: number): string {
  const st = fd.serverStats;
  const queries = st.reduce((n, x) => n + x.queries, 0);
  const waited = st.reduce((n, x) => n + x.dbWaitMs, 0);
  const loopP99 = percentile(
    st.map((x) => x.loopP99),
    0.5,
  );
  const loopMax = Math.max(0, ...st.map((x) => x.loopMax));
  const gcMs = st.reduce((n, x) => n + x.gcMs, 0);
  const gcMajor = st.reduce((n, x) => n + x.gcMajor, 0);
  const gcMax = Math.max(0, ...st.map((x) => x.gcMax));
  const gcMajorMax = Math.max(0, ...st.map((x) => x.gcMajorMax ?? 0));
  // Each interval between two marked stages, in the stages' order; one that spans the model's own
  // pace (from its first event to the one that releases text) has the fake's delay taken off.
  const at = (s: string) => TURN_STAGES.indexOf(s as TurnStage);
  const intervals = [...new Set(st.flatMap((x) => Object.keys(x.turns ?? {})))]
    .map((k) => k.split(">") as [string, string])
    .sort((a, b) => at(a[0]) - at(b[0]))
    .map(([from, to]) => {
      const paced = at(from) <= at("first_event") && at(to) >= at("release_event");
      const all = st
        .flatMap((x) => x.turns?.[`${from}>${to}`] ?? [])
        .map((ms) => (paced ? ms - delayMs : ms));
      return `${from}>${to}${paced ? " (minus the fake's delay)" : ""} p50 ${fmt(percentile(all, 0.5))} / p99 ${fmt(percentile(all, 0.99))} / max ${fmt(Math.max(...all))}`;
    });
  const lp = (l: { p50: number; p99: number; max: number }) =>
    `p50 ${fmt(l.p50)} / p99 ${fmt(l.p99)} / max ${fmt(l.max)} ms`;
  return [
    `  diagnosis: server event-loop delay, median of per-second p99 ${fmt(loopP99)} ms, max ${fmt(loopMax)} ms; database ${fmt(queries / Math.max(st.length, 1), 0)} statements/s, mean wait ${fmt(waited / Math.max(queries, 1), 2)} ms per statement (${st.length} s sampled)`,
    `  diagnosis: server garbage collection ${fmt(gcMs / Math.max(st.length, 1))} ms/s, longest pause ${fmt(gcMax)} ms, ${gcMajor} full collections (longest ${fmt(gcMajorMax)} ms)`,
    `  server per second (loop p99/max ms, statements, db wait ms, gc ms/longest): ${st.map((x) => `${fmt(x.loopP99, 0)}/${fmt(x.loopMax, 0)}/${x.queries}/${x.dbWaitMs}/${fmt(x.gcMs, 0)}/${fmt(x.gcMax, 0)}`).join(" ")}`,
    `  diagnosis: a turn inside the server, stage to stage (ms): ${intervals.join("; ")}`,
    `  diagnosis: load generator loop ${lp(fd.result.loop)} (baseline run: ${lp(base.result.loop)}); fake model loop ${lp(fd.fakeLoop)}; fake late at the first checked token p50 ${fmt(percentile(fd.fakeLate, 0.5))} / p99 ${fmt(percentile(fd.fakeLate, 0.99))} ms over ${fd.fakeLate.length} replies`,
    "",
  ].join("\n");
}

// ── the run ────────────────────────────────────────────────────────────────────────────────────

/**
 * The embedded PGlite by default; BENCH_DATABASE_URL (a PostgreSQL server where the user may create
 * databases) measures the scale-out setup, one fresh database per level.
 */
if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
const DATABASE_KIND = process.env.BENCH_DATABASE_URL ? "postgres" : "pglite";
/** The fake model, in this process; runLoad reads its lateness. */
let fake: FakeOpenAI | undefined;

async function run(): Promise<void> {
  if (LEVELS.length === 0 || !(SECONDS > 0)) throw new Error("bad --sessions or --seconds");
  const started = performance.now();
  const { tokens, nominalMs } = fakeDelay();
  const delayMs = await calibrate(tokens);
  process.stdout.write(
    `fake model: ${TOKENS_PER_SECOND} tokens/s, reply ${REPLY.length} chars / ${replyTokens(REPLY).length} tokens; first checked text after token ${tokens}: ${fmt(nominalMs)} ms nominal, ${fmt(delayMs)} ms on this machine's timers (subtracted)\n`,
  );
  process.stdout.write(
    `levels ${LEVELS.join(", ")} sessions, a ${RAMP_SECONDS} s ramp then ${SECONDS} s of measured turns each, a turn every 2–6 s per session, database ${DATABASE_KIND}\n`,
  );

  // One migrated PGlite folder, copied for each level (freshDatabase), so initdb runs once.
  let template: string | undefined;
  if (!process.env.FLIGHTDECK_PGLITE_TEMPLATE) {
    progress("migrating a PGlite template");
    template = mkdtempSync(join(tmpdir(), "flightdeck-bench-template-"));
    const store = await openStore({ dataDir: template });
    await store.close();
    process.env.FLIGHTDECK_PGLITE_TEMPLATE = join(template, "pglite");
  }
  fake = await startFakeOpenAI({
    tokensPerSecond: TOKENS_PER_SECOND,
    handler: () => REPLY,
    lagAtToken: tokens - 1,
  });
  const baselineConfig: BaselineConfig = { reply: REPLY, gapMs: GAP_MS, holdbackChars: HOLDBACK };
  const baseline = forkTs("ws-baseline.ts", baselineConfig);
  const { url: baselineUrl } = await nextMessage<{ url: string }>(baseline, "listening", 30_000);
  progress("baseline warm-up");
  await runLoad(baselineUrl, 20, 3, [200, 500]); // warm-up

  const rows: string[][] = [];
  const header = [
    "sessions",
    "turns",
    "lost",
    "p50_added_ms",
    "p99_added_ms",
    "base_p50_ms",
    "base_p99_ms",
    "ratio",
    "ramp_p99_ms",
    "accept_p99_ms",
    "open_s",
    "rss_per_session_kb",
  ];
  let last = "";
  try {
    for (const n of LEVELS) {
      progress(`${n} sessions: baseline`);
      const base = await runLoad(baselineUrl, n, SECONDS, [2000, 6000], undefined, RAMP_SECONDS);
      const b = statsOf(base.turns, delayMs, RAMP_SECONDS * 1000);

      let db: TestDatabase | undefined;
      let server: ServerProcess | undefined;
      try {
        progress(`${n} sessions: starting flightdeck`);
        db = await freshDatabase(DATABASE_KIND);
        server = await startServerProcess(
          {
            LLM_BASE_URL: fake.url,
            LLM_MODEL: "fake",
            LLM_API_KEY: "bench",
            LOG_LEVEL: "silent",
            FLIGHTDECK_BENCH_STATS: "1",
            DATA_DIR: db.dataDir,
            ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : {}),
            // BENCH_WS_NODE_OPTIONS: Node flags for the server alone (e.g. GC settings to compare).
            NODE_OPTIONS: [
              process.env.BENCH_WS_NODE_OPTIONS ?? "",
              PROFILE ? "--inspect=127.0.0.1:0" : "",
            ]
              .join(" ")
              .trim(),
          },
          120_000,
        );
        track(server.child);
        const pid = server.child.pid as number;
        const wsUrl = `${server.url.replace("http", "ws")}/ws`;
        progress(`${n} sessions: flightdeck warm-up`);
        await runLoad(wsUrl, 20, 3, [200, 500]); // warm-up: JIT, PGlite caches
        progress(`${n} sessions: flightdeck`);
        const inspector = PROFILE ? await startProfile(server.output()) : undefined;
        const fd = await runLoad(
          wsUrl,
          n,
          SECONDS,
          [2000, 6000],
          { pid, output: server.output },
          RAMP_SECONDS,
        );
        if (inspector) process.stdout.write(await inspector.stop());
        const s = statsOf(fd.turns, delayMs, RAMP_SECONDS * 1000);
        progress(`${n} sessions: verifying stored turns`);
        const stored = await verifyStored(server.url, fd.result.acked);
        const lost = s.lost + stored.missing + fd.failedOpens;
        const p99 = percentile(s.added, 0.99);
        const bp99 = percentile(b.added, 0.99);
        const ratio = p99 / Math.max(bp99, 1);
        const rssPerSession = ((fd.rssPeakKb ?? 0) - (fd.rssBeforeKb ?? 0)) / n;
        rows.push([
          String(n),
          String(s.sent),
          String(lost),
          fmt(percentile(s.added, 0.5)),
          fmt(p99),
          fmt(percentile(b.added, 0.5)),
          fmt(bp99),
          fmt(ratio, 2),
          fmt(percentile(s.rampAdded, 0.99)),
          fmt(percentile(s.accept, 0.99)),
          fmt(fd.openMs / 1000),
          fmt(rssPerSession, 0),
        ]);
        process.stdout.write(
          `  ${n} sessions: opened ${fd.opened} in ${fmt(fd.openMs / 1000)} s (${fd.failedOpens} failed); flightdeck ${s.sent} turns, ${s.lost} without accept+done, ${stored.missing}/${stored.checked} acknowledged turns missing from the store, ${stored.interrupted} interrupted replies, errors ${JSON.stringify(fd.result.errors)}, ${fd.result.ended} sessions ended by the scenario; accept p50 ${fmt(percentile(s.accept, 0.5))} ms; server CPU ${fmt((fd.cpuShare ?? 0) * 100, 0)}% of a core (${fmt((fd.cpuUsedMs ?? 0) / Math.max(1, s.sent))} ms per turn, main thread ${fmt((fd.mainCpuMs ?? 0) / Math.max(1, s.sent))}); RSS ${fd.rssBeforeKb} → ${fd.rssOpenKb} (open) → ${fd.rssPeakKb} kB (peak); baseline ${b.sent} turns, ${b.lost} lost\n`,
        );
        process.stdout.write(
          `  ${n} sessions: the ramp (the first ${RAMP_SECONDS} s, every session's first turn on a fresh process): p50 ${fmt(percentile(s.rampAdded, 0.5))} / p99 ${fmt(percentile(s.rampAdded, 0.99))} ms over ${s.rampAdded.length} turns (baseline p99 ${fmt(percentile(b.rampAdded, 0.99))}); measured after it: ${s.added.length} turns\n`,
        );
        process.stdout.write(diagnosis(fd, base, delayMs));
        process.stdout.write(timeline(fd.turns, delayMs));
        last = `ws: sessions=${n} lost=${lost} p99_added_ms=${fmt(p99)} baseline_p99_ms=${fmt(bp99)} ratio=${fmt(ratio, 2)} rss_per_session_kb=${fmt(rssPerSession, 0)}`;
      } finally {
        if (server) {
          const child = server.child;
          const killer = setTimeout(() => child.kill("SIGKILL"), 15_000);
          await server.stop("SIGTERM").catch(() => {});
          clearTimeout(killer);
        }
        await db?.drop().catch(() => {});
      }
    }
  } finally {
    baseline.kill("SIGTERM");
    await fake.close();
    fake = undefined;
    if (template) rmSync(template, { recursive: true, force: true });
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join("  ");
  process.stdout.write(`\n${line(header)}\n${rows.map(line).join("\n")}\n`);
  process.stdout.write(`(total ${fmt((performance.now() - started) / 1000, 0)} s)\n`);
  process.stdout.write(`${last}\n`);
}

try {
  await run();
  process.exit(0);
} catch (err) {
  process.stderr.write(`bench ws failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  killAll();
  process.exit(1);
}
