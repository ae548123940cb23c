/**
 * What the start-up warm-up (server/sessions/warm-up.ts) buys: the engine's time for each turn of a
 * first session in a fresh process, without and with the warm-up run first, and what the warm-up
 * itself costs. Each measurement is a new process (V8 compiles regular expressions per process).
 * `npm run bench -- warm-up`.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { loadValidContent } from "../server/content/load-content";
import type { TranscriptTurn } from "../server/moves";
import { scorePatterns } from "../server/rubric";
import { typographic, warmUpTasks } from "../server/sessions/warm-up";
import { startSimulation, stepSimulation } from "../server/sim";

/** A first session as someone might type it: plain lines, then lines from a phone (curly quotes). */
const LINES = [
  "Thanks for making time. How has the week been?",
  "What does your workload look like right now?",
  "How are you doing, honestly?",
  "Tell me more about that.",
  "In Tuesday's review the demo stopped twice, and the client noticed.",
  "What would make next week better for you?",
  "Let's check in on Friday - I'll talk to the platform team by Wednesday.",
];
const TURNS = [...LINES, ...LINES.map(typographic)];
const SCENARIO = "missed-sprint-commitments";
const RUNS = 3;

interface Measured {
  warmUpMs: number;
  worstTaskMs: number;
  turnMs: number[];
  scoreMs: number;
}

/** One fresh process's figures (run as a child). */
async function measure(warm: boolean): Promise<Measured> {
  const content = await loadValidContent(fileURLToPath(new URL("..", import.meta.url)));
  let warmUpMs = 0;
  let worstTaskMs = 0;
  if (warm) {
    for (const task of warmUpTasks(content)) {
      const t0 = performance.now();
      task();
      const ms = performance.now() - t0;
      warmUpMs += ms;
      worstTaskMs = Math.max(worstTaskMs, ms);
    }
  }
  const scenario = content.scenarios.get(SCENARIO);
  if (!scenario) throw new Error(`no scenario ${SCENARIO}`);
  let state = startSimulation(scenario, content);
  const history: TranscriptTurn[] = [];
  const turnMs: number[] = [];
  TURNS.forEach((text, turnIndex) => {
    const t0 = performance.now();
    const step = stepSimulation(state, text, { scenario, content, seed: 1, turnIndex, history });
    turnMs.push(performance.now() - t0);
    state = step.state;
    history.push({ speaker: "manager", text }, { speaker: "employee", text: step.reply.text });
  });
  const t0 = performance.now();
  scorePatterns(
    { turns: history },
    scenario.patterns.flatMap((id) => content.patterns.get(id) ?? []),
  );
  return { warmUpMs, worstTaskMs, turnMs, scoreMs: performance.now() - t0 };
}

function child(warm: boolean): Measured {
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", fileURLToPath(import.meta.url), warm ? "--child=warm" : "--child=cold"],
    { encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`warm-up child failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Measured;
}

const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const fmt = (x: number) => x.toFixed(x < 10 ? 2 : 1);

export async function run(): Promise<void> {
  const cold: Measured[] = [];
  const warm: Measured[] = [];
  for (let i = 0; i < RUNS; i++) {
    cold.push(child(false));
    warm.push(child(true));
  }
  // Per turn, the median over the runs; then the sums and the worst turn.
  const perTurn = (ms: Measured[]) => TURNS.map((_, t) => median(ms.map((m) => m.turnMs[t] ?? 0)));
  const coldTurns = perTurn(cold);
  const warmTurns = perTurn(warm);
  console.log(`median of ${RUNS} fresh processes each; engine ms per turn of a first session`);
  console.log("turn  cold_ms  warmed_ms  text");
  TURNS.forEach((text, t) => {
    console.log(
      `${String(t + 1).padStart(4)}  ${fmt(coldTurns[t] ?? 0).padStart(7)}  ${fmt(warmTurns[t] ?? 0).padStart(9)}  ${text}`,
    );
  });
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const coldScore = median(cold.map((m) => m.scoreMs));
  const warmScore = median(warm.map((m) => m.scoreMs));
  console.log(`scoring the session: cold ${fmt(coldScore)} ms, warmed ${fmt(warmScore)} ms`);
  console.log(
    `warm-up: the tasks ran in ${fmt(median(warm.map((m) => m.warmUpMs)))} ms of CPU, longest task ${fmt(median(warm.map((m) => m.worstTaskMs)))} ms`,
  );
  process.stdout.write(
    `warm-up: warm_up_ms=${median(warm.map((m) => m.warmUpMs)).toFixed(0)} longest_task_ms=${median(warm.map((m) => m.worstTaskMs)).toFixed(1)} cold_turns_ms=${sum(coldTurns).toFixed(1)} warmed_turns_ms=${sum(warmTurns).toFixed(1)} cold_max_turn_ms=${Math.max(...coldTurns).toFixed(1)} warmed_max_turn_ms=${Math.max(...warmTurns).toFixed(2)}\n`,
  );
}

const childArg = process.argv.find((a) => a.startsWith("--child="));
if (childArg) {
  process.stdout.write(JSON.stringify(await measure(childArg === "--child=warm")));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  await run();
}
