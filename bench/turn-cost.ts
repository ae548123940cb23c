/**
 * What one turn costs the server, counted rather than timed under load: `npm run bench -- turn-cost`
 * (run directly for flags: `node --import tsx bench/turn-cost.ts [--sessions 20] [--turns 15]
 * [--tps 30] [--runs 2] [--against <another checkout>]`).
 *
 * The real server (`flightdeck start`, its own process, a fresh PGlite, `--trace-gc`) with the fake
 * OpenAI-compatible model; S sessions each say T turns one after another (waiting for each reply),
 * after a warm-up. Printed per run: the server's CPU per turn (main thread and the others: the PGlite
 * worker, libuv, the compiler), young and full collections per 100 turns, the frames and bytes a
 * client receives per turn by type, and the size of each model request. These figures hardly depend on
 * the machine's load, so two commits can be compared on a shared machine where the ws benchmark's
 * latency tail cannot: `--against DIR` runs another checkout's server (its bin, in its folder)
 * alternately with this one.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import WebSocket from "ws";
import { startFakeOpenAI } from "../tests/support/fake-openai";
import { startServerProcess } from "../tests/support/processes";

const SCENARIO = "missed-sprint-commitments";
const REPLY =
  "Honestly, the last two sprints got away from me. The reconciliation work kept growing and I did not want to ask for help again, so I just stayed late.";
const TEXTS = [
  "What else is on your mind?",
  "How is the team doing?",
  "What does your workload look like this week?",
  "What would you change about the process?",
  "How are you doing, honestly?",
  "Tell me more about that.",
];

function flag(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  const a = args[i] as string;
  return a.includes("=") ? a.slice(a.indexOf("=") + 1) : (args[i + 1] ?? fallback);
}
const SESSIONS = Number(flag("sessions", "20"));
const TURNS = Number(flag("turns", "15")); // under the scenario's turn limit (20)
const TPS = Number(flag("tps", "30"));
const RUNS = Number(flag("runs", "2"));
const AGAINST = flag("against", "");

interface Cost {
  turns: number;
  cpuMs: number;
  mainMs: number;
  scavenges: number;
  fullGcs: number;
  frames: Map<string, { n: number; bytes: number }>;
  requests: number;
  requestBytes: number;
  requestMessages: number;
}

/** CPU ms of each thread of `pid`, the main thread under "main". */
function threadCpu(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const raw = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      const f = raw.slice(raw.lastIndexOf(") ") + 2).split(" ");
      out.set(tid === String(pid) ? "main" : tid, (Number(f[11]) + Number(f[12])) * 10);
    } catch {} // a thread that ended meanwhile
  }
  return out;
}
const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

/** One session: start, then `turns` turns, each waiting for reply_done; counts what it receives. */
async function converse(wsUrl: string, tag: string, turns: number, cost?: Cost): Promise<void> {
  const ws = new WebSocket(wsUrl);
  await new Promise((ok, fail) => ws.once("open", ok).once("error", fail));
  let want = "";
  let waiter: ((type: string) => void) | undefined;
  ws.on("message", (data: Buffer) => {
    const m = JSON.parse(data.toString()) as { type: string };
    if (cost) {
      const f = cost.frames.get(m.type) ?? { n: 0, bytes: 0 };
      f.n++;
      f.bytes += data.length;
      cost.frames.set(m.type, f);
    }
    if (waiter && (m.type === want || m.type === "error" || m.type === "session_ended")) {
      const w = waiter;
      waiter = undefined;
      w(m.type);
    }
  });
  const next = (type: string) =>
    new Promise<string>((ok) => {
      want = type;
      waiter = ok;
    });
  let got = next("session_started");
  ws.send(JSON.stringify({ type: "start", scenarioId: SCENARIO }));
  await got;
  for (let i = 0; i < turns; i++) {
    got = next("reply_done");
    ws.send(JSON.stringify({ type: "say", turnId: `${tag}-${i}`, text: TEXTS[i % TEXTS.length] }));
    if ((await got) !== "reply_done") throw new Error(`turn ${i} of ${tag} got no reply_done`);
    if (cost) cost.turns++;
  }
  ws.close();
}

async function measure(checkout: string | undefined): Promise<Cost> {
  const cost: Cost = {
    turns: 0,
    cpuMs: 0,
    mainMs: 0,
    scavenges: 0,
    fullGcs: 0,
    frames: new Map(),
    requests: 0,
    requestBytes: 0,
    requestMessages: 0,
  };
  let counting = false;
  const fake = await startFakeOpenAI({
    tokensPerSecond: TPS,
    handler: (request) => {
      if (counting) {
        cost.requests++;
        cost.requestBytes += Buffer.byteLength(JSON.stringify(request));
        cost.requestMessages += request.messages.length;
      }
      return REPLY;
    },
  });
  const dataDir = mkdtempSync(join(tmpdir(), "flightdeck-turn-cost-"));
  const server = await startServerProcess(
    {
      LLM_BASE_URL: fake.url,
      LLM_MODEL: "fake",
      LLM_API_KEY: "bench",
      LOG_LEVEL: "silent",
      DATA_DIR: dataDir,
    },
    120_000,
    { ...(checkout ? { checkout } : {}), nodeArgs: ["--trace-gc"] },
  );
  try {
    const pid = server.child.pid as number;
    const wsUrl = `${server.url.replace("http", "ws")}/ws`;
    await Promise.all(Array.from({ length: 10 }, (_, s) => converse(wsUrl, `w${s}`, 5)));
    counting = true;
    const from = server.output().length;
    const before = threadCpu(pid);
    await Promise.all(
      Array.from({ length: SESSIONS }, (_, s) => converse(wsUrl, `s${s}`, TURNS, cost)),
    );
    const after = threadCpu(pid);
    const gc = server.output().slice(from);
    cost.scavenges = gc.match(/\bScavenge\b/g)?.length ?? 0;
    cost.fullGcs = gc.match(/\bMark-Compact\b/g)?.length ?? 0;
    cost.cpuMs = sum(after) - sum(before);
    cost.mainMs = (after.get("main") ?? 0) - (before.get("main") ?? 0);
    return cost;
  } finally {
    await server.stop();
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const fmt = (x: number, d = 2) => x.toFixed(d);
function describe(label: string, c: Cost): string {
  const n = c.turns;
  const frames = [...c.frames.entries()]
    .filter(([type]) => type !== "session_started")
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, f]) => `${type} ${fmt(f.n / n)} × ${Math.round(f.bytes / f.n)} B`)
    .join(", ");
  return [
    `${label}: ${n} turns; server CPU ${fmt(c.cpuMs / n)} ms per turn (main thread ${fmt(c.mainMs / n)}, other threads ${fmt((c.cpuMs - c.mainMs) / n)}); ${fmt((c.scavenges / n) * 100, 1)} young and ${fmt((c.fullGcs / n) * 100, 1)} full collections per 100 turns`,
    `  frames per turn: ${frames}`,
    `  model requests: ${fmt(c.requests / n)} per turn, ${Math.round(c.requestBytes / Math.max(1, c.requests))} B and ${fmt(c.requestMessages / Math.max(1, c.requests), 1)} messages each`,
  ].join("\n");
}

const checkouts: (string | undefined)[] = AGAINST ? [undefined, resolve(AGAINST)] : [undefined];
console.log(
  `${SESSIONS} sessions × ${TURNS} turns at a time, fake model ${TPS} tokens/s, ${RUNS} run(s)${AGAINST ? ` each, alternating with ${resolve(AGAINST)}` : ""}`,
);
const totals = new Map<string | undefined, Cost[]>();
for (let r = 0; r < RUNS; r++)
  for (const checkout of checkouts) {
    const cost = await measure(checkout);
    totals.set(checkout, [...(totals.get(checkout) ?? []), cost]);
    console.log(describe(checkout ?? "this checkout", cost));
  }
const mine = totals.get(undefined) as Cost[];
const turns = mine.reduce((a, c) => a + c.turns, 0);
const perTurn = (pick: (c: Cost) => number) => mine.reduce((a, c) => a + pick(c), 0) / turns;
const frames = perTurn((c) =>
  [...c.frames].reduce((a, [t, f]) => a + (t === "session_started" ? 0 : f.n), 0),
);
const bytes = perTurn((c) =>
  [...c.frames].reduce((a, [t, f]) => a + (t === "session_started" ? 0 : f.bytes), 0),
);
console.log(
  `turn-cost: cpu_ms_per_turn=${fmt(perTurn((c) => c.cpuMs))} main_ms_per_turn=${fmt(perTurn((c) => c.mainMs))} young_gc_per_100_turns=${fmt(perTurn((c) => c.scavenges) * 100, 1)} frames_per_turn=${fmt(frames)} bytes_per_turn=${Math.round(bytes)} request_bytes=${Math.round(
    mine.reduce((a, c) => a + c.requestBytes, 0) /
      Math.max(
        1,
        mine.reduce((a, c) => a + c.requests, 0),
      ),
  )}`,
);
