/**
 * Persona engine timing: one whole offline turn (stepSimulation: detect moves and topics, update
 * hidden state, choose the intent, render the reply, build the plan) on every shipped scenario's
 * good and poor scripts, padded to 20 turns, each step timed from its stored state.
 * `tsx bench/persona.ts` or `npm run bench -- persona`. Goal: p99 < 1 ms per turn.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { loadContent } from "../server/content";
import type { Scenario } from "../server/content/scenario.schema";
import type { TranscriptTurn } from "../server/moves";
import { parseScript, type SimState, startSimulation, stepSimulation } from "../server/sim";

const ROOT = resolve(import.meta.dirname, "..");
const FILLER = [
  "What else is on your mind?",
  "How is the team doing?",
  "What does your workload look like this week?",
  "Okay.",
  "What would you change about the process?",
  "How are you doing, honestly?",
  "What do you think about your career here?",
  "What would make next week better?",
  "Go on.",
  "What are your goals for the quarter?",
];

interface Case {
  scenario: Scenario;
  state: SimState;
  text: string;
  turnIndex: number;
  history: TranscriptTurn[];
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

export async function run(): Promise<void> {
  const { content, problems } = await loadContent(ROOT);
  if (problems.length > 0) throw new Error(`content has ${problems.length} problem(s)`);
  // Every turn of every session, with the state and history it starts from, as the service has them.
  const cases: Case[] = [];
  for (const scenario of content.scenarios.values()) {
    for (const kind of ["good", "poor"]) {
      const lines = [
        ...parseScript(
          readFileSync(resolve(ROOT, `eval/personas/${scenario.id}.${kind}.txt`), "utf8"),
        ),
        ...FILLER,
        ...FILLER,
      ].slice(0, 20);
      const s = { ...scenario, turnLimit: 60 };
      let state = startSimulation(s, content);
      const history: TranscriptTurn[] = [];
      for (const [turnIndex, text] of lines.entries()) {
        cases.push({ scenario: s, state, text, turnIndex, history: [...history] });
        const step = stepSimulation(state, text, {
          scenario: s,
          content,
          seed: 1,
          turnIndex,
          history,
        });
        history.push({ speaker: "manager", text }, { speaker: "employee", text: step.reply.text });
        state = step.state;
      }
    }
  }
  let sink = 0;
  const stepOnce = (c: Case, seed: number) =>
    stepSimulation(c.state, c.text, {
      scenario: c.scenario,
      content,
      seed,
      turnIndex: c.turnIndex,
      history: c.history,
    }).reply.text.length;
  for (let i = 0; i < 3; i++) for (const c of cases) sink += stepOnce(c, i);

  // The machine may be shared: report the best of several blocks, which is what one core can do.
  const blocks = 5;
  const rounds = 10;
  let bestP99Ms = Number.POSITIVE_INFINITY;
  let bestMeanMs = Number.POSITIVE_INFINITY;
  let bestP50Ms = Number.POSITIVE_INFINITY;
  for (let b = 0; b < blocks; b++) {
    const samples: number[] = [];
    const cpuStarted = process.cpuUsage();
    for (let r = 0; r < rounds; r++) {
      for (const c of cases) {
        const t0 = performance.now();
        sink += stepOnce(c, r);
        samples.push(performance.now() - t0);
      }
    }
    const cpu = process.cpuUsage(cpuStarted);
    samples.sort((x, y) => x - y);
    bestMeanMs = Math.min(bestMeanMs, (cpu.user + cpu.system) / 1000 / samples.length);
    bestP50Ms = Math.min(bestP50Ms, percentile(samples, 0.5));
    bestP99Ms = Math.min(bestP99Ms, percentile(samples, 0.99));
  }
  process.stdout.write(
    `turns timed per block: ${cases.length * rounds} (${cases.length} distinct turns over ${content.scenarios.size} scenarios, good and poor, 20 turns each)\n`,
  );
  process.stdout.write(
    `mean ${(bestMeanMs * 1000).toFixed(0)} µs (CPU), p50 ${(bestP50Ms * 1000).toFixed(0)} µs, p99 ${(bestP99Ms * 1000).toFixed(0)} µs  (checksum ${sink})\n`,
  );
  process.stdout.write(
    `persona: turn_p99_ms=${bestP99Ms.toFixed(3)} turns_per_s=${Math.round(1000 / bestMeanMs)}\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
