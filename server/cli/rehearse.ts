import { randomBytes, randomInt } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { hasModel, loadConfig } from "../config";
import { type Content, fillSlots, formatProblem, loadContent, type Scenario } from "../content";
import { castOf } from "../content/briefing";
import { createModelClient } from "../llm/model-client";
import type { TranscriptTurn } from "../moves";
import { type Scorecard, scorePatterns } from "../rubric";
import {
  describeState,
  endSimulation,
  hintFor,
  parseScript,
  recordUsage,
  type SimState,
  type SimStep,
  startSimulation,
  stepSimulation,
  streamLlmReply,
} from "../sim";

const USAGE =
  "usage: flightdeck rehearse --scenario <id> [--seed N] [--difficulty 1-5] [--script lines.txt] [--json] [--offline]";
const HELP = `${USAGE}

Practise a scenario in the terminal. Type a line and press Enter; the persona answers.
  /end     end the conversation and see the scorecard
  /state   show the persona's hidden state (a trainer's cheat)
  /hint    a coach hint
With --script, each line of the file is one manager turn (blank lines and # comments skipped).
With a model configured (LLM_MODEL and LLM_BASE_URL or OPENAI_API_KEY) the model plays the persona;
--offline uses the built-in responder regardless.
`;

/** Tokens one practice session may spend on the model before it falls back to the offline voice. */
const SESSION_TOKEN_BUDGET = 60_000;

interface Args {
  scenario?: string;
  seed?: number;
  difficulty?: number;
  script?: string;
  json: boolean;
  offline: boolean;
  help: boolean;
  problem?: string;
}

function parseArgs(args: readonly string[]): Args {
  const out: Args = { json: false, offline: false, help: false };
  const value = (i: number, name: string): string | undefined => {
    const v = args[i];
    if (v === undefined || v.startsWith("--")) out.problem = `${name} needs a value`;
    return v;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const [flag, inline] = a.startsWith("--") && a.includes("=") ? a.split(/=(.*)/s) : [a];
    const take = (name: string) => inline ?? value(++i, name);
    if (flag === "--json") out.json = true;
    else if (flag === "--offline") out.offline = true;
    else if (flag === "--help" || flag === "-h") out.help = true;
    else if (flag === "--scenario") out.scenario = take("--scenario");
    else if (flag === "--script") out.script = take("--script");
    else if (flag === "--seed" || flag === "--difficulty") {
      const raw = take(flag);
      const n = Number(raw);
      if (!Number.isInteger(n)) out.problem = `${flag} expects a whole number (got "${raw}")`;
      else if (flag === "--seed") out.seed = n;
      else if (n < 1 || n > 5) out.problem = `--difficulty expects 1 to 5 (got ${n})`;
      else out.difficulty = n;
    } else out.problem = `unexpected argument "${a}"`;
  }
  return out;
}

function fail(message: string): number {
  process.stderr.write(`flightdeck rehearse: ${message}\n`);
  return 1;
}

interface JsonTurn {
  speaker: "manager" | "employee";
  text: string;
  moves: unknown[];
  personaId?: string;
  intent?: string;
  reveals?: string[];
  source?: "llm" | "offline";
  event?: string;
  state?: { trust: number; guard: number; stress: number; engagement: number };
}

/** Speaks a step's reply: the model when one is configured, else the offline line. */
type Voice = (
  step: SimStep,
  history: readonly TranscriptTurn[],
  onDelta: (delta: string, reset: boolean) => void,
) => Promise<{
  text: string;
  source: "llm" | "offline";
  event: string | null;
  usage: { prompt: number; completion: number };
}>;

const NO_USAGE = { prompt: 0, completion: 0 };

const offlineVoice: Voice = async (step, _history, onDelta) => {
  onDelta(step.reply.text, false);
  return { text: step.reply.text, source: "offline", event: null, usage: NO_USAGE };
};

function modelVoice(scenario: Scenario, content: Content): Voice | string | undefined {
  const loaded = loadConfig(process.env);
  if (!loaded.ok) return loaded.problems[0];
  const config = loaded.config;
  if (!hasModel(config) || !config.LLM_MODEL) return undefined;
  const client = createModelClient(config, { maxRetries: 0 });
  const model = config.LLM_MODEL;
  const canary = `fd-${randomBytes(6).toString("hex")}`;
  const cast = castOf(scenario, content);
  let spent = 0;
  return async (step, history, onDelta) => {
    const persona = cast.find((p) => p.id === step.speakerId) ?? cast[0];
    if (!persona) return offlineVoice(step, history, onDelta);
    const reply = streamLlmReply(client, {
      model,
      plan: step.plan,
      history,
      persona,
      scenario,
      canary,
      fallback: config.LLM_FALLBACK,
      firstTokenTimeoutMs: config.LLM_TIMEOUT_MS,
      budgetTokens: SESSION_TOKEN_BUDGET - spent,
    });
    for await (const d of reply.stream) onDelta(d.delta, d.reset === true);
    const done = await reply.done;
    spent += done.usage.prompt + done.usage.completion;
    return { text: done.text, source: done.source, event: done.event, usage: done.usage };
  };
}

const f2 = (x: number) => x.toFixed(2);

function stateLines(state: SimState, cast: ReturnType<typeof castOf>): string {
  return state.personas
    .map((p) => {
      const name = cast.find((c) => c.id === p.id)?.name ?? p.id;
      const m = p.memory;
      return [
        `  ${name}: trust ${f2(p.trust)}  guard ${f2(p.guard)}  stress ${f2(p.stress)}  engagement ${f2(p.engagement)}`,
        `    ${describeState(p)}`,
        `    stage ${state.stage}; revealed: ${p.revealed.join(", ") || "nothing"}; memory: blame ${m.blame}, threats ${m.threats}, labels ${m.labels}, broken promises ${m.brokenPromises}`,
      ].join("\n");
    })
    .join("\n");
}

function scorecardLines(cards: readonly Scorecard[]): string {
  const out: string[] = [];
  for (const card of cards) {
    out.push(
      `\nScorecard: ${card.patternId} (rubric ${card.rubricVersion}): ${card.overall}/100, ${card.passed ? "PASSED" : "NOT PASSED"}`,
    );
    for (const reason of card.failReasons) out.push(`  ✗ ${reason}`);
    for (const s of card.steps) {
      const turns = s.evidence.map((e) => e.turn + 1);
      out.push(
        `  [${s.status}] ${s.title}${turns.length > 0 ? ` (turn ${[...new Set(turns)].join(", ")})` : ""}`,
      );
    }
    for (const a of card.antiPatterns) {
      out.push(`  ! turn ${a.turn + 1}: ${a.title}. Better: ${a.better.replace(/\s+/g, " ")}`);
    }
  }
  return out.join("\n");
}

/**
 * `flightdeck rehearse --scenario <id> [--seed N] [--difficulty N] [--script lines.txt] [--json]`:
 * a practice conversation in the terminal, then the scorecard.
 */
export async function run(args: string[]): Promise<number> {
  const opts = parseArgs(args);
  if (opts.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (opts.problem) return fail(`${opts.problem}\n${USAGE}`);
  if (!opts.scenario) return fail(`no scenario given\n${USAGE}`);

  const root = process.env.CONTENT_DIR ?? process.cwd();
  const { problems, content } = await loadContent(root);
  if (problems.length > 0) {
    const first = formatProblem(problems[0] as (typeof problems)[number]);
    return fail(`content in ${root} has ${problems.length} problem(s), first: ${first}`);
  }
  const scenario = content.scenarios.get(opts.scenario);
  if (!scenario) {
    return fail(
      `unknown scenario "${opts.scenario}" (known: ${[...content.scenarios.keys()].join(", ")})`,
    );
  }
  let lines: string[] | undefined;
  if (opts.script) {
    try {
      lines = parseScript(await readFile(opts.script, "utf8"));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return fail(
        `${opts.script}: ${code === "ENOENT" ? "no such file" : `cannot read (${code})`}`,
      );
    }
  }

  const model = opts.offline ? undefined : modelVoice(scenario, content);
  if (typeof model === "string") return fail(model);
  const voice = model ?? offlineVoice;
  const seed = opts.seed ?? randomInt(0, 2 ** 31);
  const cast = castOf(scenario, content);
  const nameOf = (id: string) => cast.find((p) => p.id === id)?.name.split(/\s+/)[0] ?? id;
  const out = (s: string) => {
    if (!opts.json) process.stdout.write(s);
  };

  let state = startSimulation(
    scenario,
    content,
    opts.difficulty === undefined ? {} : { difficulty: opts.difficulty },
  );
  const history: TranscriptTurn[] = [];
  const turns: JsonTurn[] = [];
  out(
    `${scenario.title} (difficulty ${state.difficulty}, seed ${seed}${model ? ", model" : ", offline"})\n${scenario.yourRole}\nGoal: ${fillSlots(scenario.goal, scenario.facts)}\n${lines ? "" : "Type /end to finish, /state for the hidden state, /hint for a hint.\n"}\n`,
  );

  const takeTurn = async (text: string): Promise<void> => {
    const step = stepSimulation(state, text, {
      scenario,
      content,
      seed,
      turnIndex: state.turn,
      history,
    });
    history.push({ speaker: "manager", text });
    turns.push({ speaker: "manager", text, moves: step.moves });
    if (lines) out(`you: ${text}\n`);
    out(`${nameOf(step.speakerId)}: `);
    const spoken = await voice(step, history, (delta, reset) => {
      out(reset ? `\n(reply withdrawn)\n${nameOf(step.speakerId)}: ` : delta);
    });
    out("\n");
    history.push({ speaker: "employee", text: spoken.text });
    state = recordUsage(step.state, spoken.usage);
    const p = step.state.personas.find((x) => x.id === step.speakerId);
    turns.push({
      speaker: "employee",
      text: spoken.text,
      moves: [],
      personaId: step.speakerId,
      intent: step.intent,
      reveals: step.reveals,
      source: spoken.source,
      ...(spoken.event ? { event: spoken.event } : {}),
      state: {
        trust: p?.trust ?? 0,
        guard: p?.guard ?? 0,
        stress: p?.stress ?? 0,
        engagement: p?.engagement ?? 0,
      },
    });
  };

  if (lines) {
    for (const line of lines) {
      if (state.outcome) break;
      await takeTurn(line);
    }
  } else {
    const rl = createInterface({ input: process.stdin, terminal: process.stdin.isTTY });
    const prompt = () => out("you> ");
    prompt();
    for await (const raw of rl) {
      const line = raw.trim();
      if (line === "") {
        prompt();
        continue;
      }
      if (line === "/end") break;
      if (line === "/state") out(`${stateLines(state, cast)}\n`);
      else if (line === "/hint") out(`hint: ${hintFor(state, { scenario, content })}\n`);
      else await takeTurn(line);
      if (state.outcome) break;
      prompt();
    }
    rl.close();
  }
  state = endSimulation(state);

  const patterns = scenario.patterns.flatMap((id) => {
    const p = content.patterns.get(id);
    return p ? [p] : [];
  });
  const cards = scorePatterns({ turns: history }, patterns);
  const revealed = state.personas.flatMap((p) => p.revealed);
  if (opts.json) {
    process.stdout.write(
      `${JSON.stringify({
        scenario: scenario.id,
        seed,
        difficulty: state.difficulty,
        turns,
        outcome: state.outcome,
        revealed,
        scorecard: cards[0] ?? null,
        ...(cards.length > 1 ? { scorecards: cards } : {}),
      })}\n`,
    );
    return 0;
  }
  out(`\nOutcome: ${state.outcome}\nRevealed: ${revealed.join(", ") || "nothing"}\n`);
  out(`${stateLines(state, cast)}\n`);
  out(`${scorecardLines(cards)}\n`);
  return 0;
}
