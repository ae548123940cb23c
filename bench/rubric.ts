/**
 * Rubric timing: scores 10,000 generated 40-turn transcripts (seeded, so every run scores the same
 * ones) against the shipped patterns, and lints 10,000 generated draft messages. Prints throughput
 * and p99 per item, then one line for scripts. `npm run bench -- rubric`.
 *
 * Throughput is printed twice: by wall-clock time, and by the CPU time of this process
 * (process.cpuUsage). The goal is "per second on one core", and the machine is shared, so the
 * script line's `transcripts_per_s` is the CPU-time figure: wall time also counts the turns other
 * processes take on the core. The p99 figures are wall-clock times of single calls.
 */
import { performance } from "node:perf_hooks";
import { loadValidContent } from "../server/content";
import type { Transcript } from "../server/moves";
import { lintDraft, scoreTranscript } from "../server/rubric";

const TRANSCRIPTS = 10_000;
const MESSAGES = 10_000;
const TURNS = 40;
const SEED = 20_240_601;

/** mulberry32: a small seeded PRNG, enough to vary fragments reproducibly. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROJECTS = [
  "the payments migration",
  "the on-call rota",
  "the search rewrite",
  "the billing API",
  "the mobile release",
  "the data pipeline",
];
const PEOPLE = ["Wei", "Aisha", "Marta", "Leo", "Sam", "Priya"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/** Manager sentence fragments by what they do; `{p}` project, `{n}` person, `{d}` day, `{k}` count. */
const MANAGER: readonly (readonly string[])[] = [
  [
    "I noticed you've carried work over in {k} of the last four sprints on {p}.",
    "In {d}'s review you interrupted {n} {k} times.",
    "The deploy checklist for {p} was skipped {k} times this month.",
  ],
  [
    "As a result, the release slipped a week and Product had to replan.",
    "That meant the team had to push {p} back.",
    "When you skipped the handover, the on-call engineer had to guess which migration had run.",
  ],
  [
    "What's your read on what's been happening with {p}?",
    "How do you see it?",
    "What's on your mind this week?",
    "What got in the way on {p}?",
    "Walk me through what happened on {d}.",
  ],
  ["Did you see the ticket?", "Is {p} on track?", "Any blockers?", "Can you make the {d} sync?"],
  [
    "So the interrupts have been eating the time the board assumes you have.",
    "It sounds like {p} has been weighing on you.",
    "You'd rather keep the pager than hand it over to {n}.",
    "That sounds really frustrating.",
  ],
  [
    "You should pair with {n} on the flaky tests.",
    "Try blocking two hours a day for deep work.",
    "Can I share a thought about {p}?",
  ],
  [
    "Let's have you own the runbook update by {d}.",
    "I'll talk to the platform team by {d} and you'll draft the rotation.",
    "Let's check in on this at our 1-on-1 next {d}.",
    "What would help here?",
    "What could we change in planning so the estimate reflects the real load?",
  ],
  [
    "You always miss your sprint commitments.",
    "You need to be more proactive about {p}.",
    "Honestly, you're being difficult about this.",
    "If this happens again, I'll have to take it to HR.",
    "Don't worry about it, that's not your problem.",
  ],
  ["Thanks for making time today.", "Great job on the demo for {p}.", "Okay.", "Right."],
];
/** How often each group above is picked: mostly the useful moves, sometimes the harmful ones. */
const MANAGER_WEIGHTS = [2, 1.5, 3, 1.5, 2.5, 1, 2, 0.6, 1.5];

const EMPLOYEE = [
  "Honestly the pager went off every night and {p} slipped again.",
  "I don't know, I guess it's fine.",
  "The estimates were set before I even saw the tickets.",
  "{n} keeps changing the requirements on {p}.",
  "I'll send you the rotation draft by {d}.",
  "I've been thinking about the staff promotion and I'm not sure I'm ready.",
  "Support interrupts eat half my week and nobody counts them.",
  "Okay.",
  "Can we check in again next week?",
  "I'm just tired, to be honest. It's been a long quarter.",
];

type Pick = <T>(items: readonly T[]) => T;

function fill(text: string, pick: Pick, next: () => number): string {
  return text
    .replace("{p}", pick(PROJECTS))
    .replace("{n}", pick(PEOPLE))
    .replace("{d}", pick(DAYS))
    .replace("{k}", String(2 + Math.floor(next() * 3)));
}

function weighted(next: () => number): number {
  const total = MANAGER_WEIGHTS.reduce((a, b) => a + b, 0);
  let r = next() * total;
  for (let i = 0; i < MANAGER_WEIGHTS.length; i++) {
    r -= MANAGER_WEIGHTS[i] as number;
    if (r < 0) return i;
  }
  return MANAGER_WEIGHTS.length - 1;
}

function managerSentence(pick: Pick, next: () => number): string {
  return fill(pick(MANAGER[weighted(next)] as readonly string[]), pick, next);
}

export function generateTranscripts(count: number, seed: number): Transcript[] {
  const next = rng(seed);
  const pick: Pick = (items) => items[Math.floor(next() * items.length)] as (typeof items)[number];
  const out: Transcript[] = [];
  for (let t = 0; t < count; t++) {
    const turns: Transcript["turns"] = [];
    for (let i = 0; i < TURNS; i++) {
      if (i % 2 === 0) {
        const n = 1 + Math.floor(next() * 3);
        const parts: string[] = [];
        for (let s = 0; s < n; s++) parts.push(managerSentence(pick, next));
        turns.push({ speaker: "manager", text: parts.join(" ") });
      } else {
        const n = 1 + Math.floor(next() * 2);
        const parts: string[] = [];
        for (let s = 0; s < n; s++) parts.push(fill(pick(EMPLOYEE), pick, next));
        turns.push({ speaker: "employee", text: parts.join(" ") });
      }
    }
    out.push({ turns });
  }
  return out;
}

function generateMessages(count: number, seed: number): string[] {
  const next = rng(seed);
  const pick: Pick = (items) => items[Math.floor(next() * items.length)] as (typeof items)[number];
  const channel = ["", "", "", "@channel ", "In stand-up tomorrow: "];
  const out: string[] = [];
  for (let m = 0; m < count; m++) {
    const n = 1 + Math.floor(next() * 4);
    const parts: string[] = [];
    for (let s = 0; s < n; s++) parts.push(managerSentence(pick, next));
    out.push(pick(channel) + parts.join(" "));
  }
  return out;
}

/** CPU time of this process: on a shared machine, wall time also counts other processes' turns. */
const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

export async function run(): Promise<void> {
  const content = await loadValidContent(process.env.CONTENT_DIR ?? process.cwd());
  const patterns = [...content.patterns.values()];
  const rules = [...content.lintRules.values()];
  const transcripts = generateTranscripts(TRANSCRIPTS, SEED);
  const messages = generateMessages(MESSAGES, SEED + 1);
  let sink = 0;

  // Warm-up on a different seed, so the JIT has seen every path before timing starts.
  for (const t of generateTranscripts(500, SEED + 2)) {
    for (const p of patterns) sink += scoreTranscript(t, p).overall;
  }
  for (const text of generateMessages(2_000, SEED + 3)) sink += lintDraft(text, rules).flags.length;

  const scoreMs: number[] = new Array(TRANSCRIPTS);
  let passed = 0;
  const scoreCpu = process.cpuUsage();
  const scoreStart = performance.now();
  for (let i = 0; i < TRANSCRIPTS; i++) {
    const t0 = performance.now();
    const card = scoreTranscript(
      transcripts[i] as Transcript,
      patterns[i % patterns.length] as (typeof patterns)[number],
    );
    scoreMs[i] = performance.now() - t0;
    sink += card.overall;
    if (card.passed) passed++;
  }
  const scoreTotalMs = performance.now() - scoreStart;
  const scoreCpuMs = cpuMs(process.cpuUsage(scoreCpu));

  const lintMs: number[] = new Array(MESSAGES);
  let flags = 0;
  const lintCpu = process.cpuUsage();
  const lintStart = performance.now();
  for (let i = 0; i < MESSAGES; i++) {
    const t0 = performance.now();
    const n = lintDraft(messages[i] as string, rules).flags.length;
    lintMs[i] = performance.now() - t0;
    flags += n;
  }
  const lintTotalMs = performance.now() - lintStart;
  const lintCpuMs = cpuMs(process.cpuUsage(lintCpu));

  scoreMs.sort((a, b) => a - b);
  lintMs.sort((a, b) => a - b);
  const perSecond = (n: number, ms: number): number => Math.round(n / (ms / 1000));
  const scoreP99 = percentile(scoreMs, 0.99);
  const lintP99 = percentile(lintMs, 0.99);
  process.stdout.write(
    `score: ${TRANSCRIPTS} transcripts × ${TURNS} turns over ${patterns.length} patterns (${passed} passed): ` +
      `CPU ${scoreCpuMs.toFixed(0)} ms, ${perSecond(TRANSCRIPTS, scoreCpuMs)}/s, ${(scoreCpuMs / TRANSCRIPTS).toFixed(3)} ms each; ` +
      `wall ${scoreTotalMs.toFixed(0)} ms, ${perSecond(TRANSCRIPTS, scoreTotalMs)}/s, mean ${(scoreTotalMs / TRANSCRIPTS).toFixed(3)} ms, ` +
      `p50 ${percentile(scoreMs, 0.5).toFixed(3)} ms, p99 ${scoreP99.toFixed(3)} ms\n`,
  );
  process.stdout.write(
    `lint: ${MESSAGES} messages with ${rules.length} rules (${flags} flags): ` +
      `CPU ${lintCpuMs.toFixed(0)} ms, ${perSecond(MESSAGES, lintCpuMs)}/s; ` +
      `wall ${lintTotalMs.toFixed(0)} ms, ${perSecond(MESSAGES, lintTotalMs)}/s, mean ${(lintTotalMs / MESSAGES).toFixed(4)} ms, ` +
      `p99 ${lintP99.toFixed(4)} ms (checksum ${sink})\n`,
  );
  process.stdout.write(
    `rubric: transcripts_per_s=${perSecond(TRANSCRIPTS, scoreCpuMs)} score_p99_ms=${scoreP99.toFixed(3)} lint_p99_ms=${lintP99.toFixed(4)}\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
