import { randomBytes, randomInt } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { hasModel, loadConfig } from "../config";
import { type Content, fillSlots, type Scenario } from "../content";
import { castOf } from "../content/briefing";
import { ErrorCode, FlightdeckError } from "../errors";
import { createModelClient } from "../llm/model-client";
import type { TranscriptTurn } from "../moves";
import { outcomeNote, type Scorecard, scorePatterns } from "../rubric";
import {
  faultWords,
  modelHost,
  offlineNotice,
  operatorAdvice,
  unavailableFault,
} from "../sessions/llm-voice";
import {
  describeState,
  endSimulation,
  type FlownStep,
  hintFor,
  leftUnanswered,
  parseScript,
  raisedAtEnd,
  recordUsage,
  type SimState,
  type SimStep,
  startSimulation,
  stepSimulation,
  stillNeeded,
  streamLlmReply,
} from "../sim";
import { loadContentOrExplain } from "./cli-content";

const USAGE =
  "usage: flightdeck rehearse --scenario <id> [--seed N] [--difficulty 1-5] [--script lines.txt] [--json] [--offline]";
const HELP = `${USAGE}

Practise a scenario in the terminal. Type a line and press Enter; the persona answers.
  /end     end the conversation and see the scorecard
  /state   show the persona's hidden state (a trainer's cheat)
  /hint    a coach hint
With --script, each line of the file is one manager turn (blank lines and # comments skipped);
lines piped on stdin are read the same way, each echoed as "you: …". As in the web client, a
conversation that gets what it needed (resolved) goes on for your closing lines, and stays resolved;
one that ends by itself (it escalates, they shut down, the turns run out) stops there, and says at
which line.
With a model configured (LLM_MODEL and LLM_BASE_URL or OPENAI_API_KEY) the model plays the persona,
within LLM_SESSION_TOKEN_BUDGET tokens; a reply the built-in engine spoke instead says why. With
LLM_FALLBACK=error a failed reply is not counted: typed, you can say the line again; from a script
or a pipe, the conversation stops there and the exit code is 1.
--offline uses the built-in responder regardless. Content is read from CONTENT_DIR, else the
current directory.
`;

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
  /** Why the built-in engine spoke instead of the model. */
  notice?: string;
  state?: { trust: number; guard: number; stress: number; engagement: number };
}

/** A reply spoken, or (LLM_FALLBACK=error) why the model gave none. */
type Spoken =
  | {
      text: string;
      source: "llm" | "offline";
      event: string | null;
      usage: { prompt: number; completion: number };
      notice?: string;
    }
  | { failed: string };

/** Speaks a step's reply: the model when one is configured, else the offline line. */
type Voice = (
  step: SimStep,
  history: readonly TranscriptTurn[],
  onDelta: (delta: string, reset: boolean) => void,
) => Promise<Spoken>;

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
      budgetTokens: config.LLM_SESSION_TOKEN_BUDGET - spent,
    });
    try {
      for await (const d of reply.stream) onDelta(d.delta, d.reset === true);
      const done = await reply.done;
      spent += done.usage.prompt + done.usage.completion;
      // The one running the CLI runs Flightdeck: the settings to check are said here.
      const advice = operatorAdvice(done.event);
      const said = offlineNotice(done, { host: modelHost(config.LLM_BASE_URL) });
      const notice = said && advice ? `${said} (${advice})` : said;
      return {
        text: done.text,
        source: done.source,
        event: done.event,
        usage: done.usage,
        ...(notice ? { notice } : {}),
      };
    } catch (err) {
      await reply.done.catch(() => {});
      if (!(err instanceof FlightdeckError) || err.code !== ErrorCode.ModelUnavailable) throw err;
      const { event, detail } = unavailableFault(err.message);
      const where = { host: modelHost(config.LLM_BASE_URL) };
      const advice = operatorAdvice(event);
      return {
        failed: `${faultWords(event, detail, where)}${advice ? `: ${advice}` : ""} (LLM_FALLBACK=error)`,
      };
    }
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

/**
 * The manager's own line number for a transcript index (the scorecard counts every turn, both
 * speakers; "turn 2" here is the manager's second line, as in the web debrief).
 */
function managerNumbers(history: readonly TranscriptTurn[]): (index: number) => number | undefined {
  const numbers: Array<number | undefined> = [];
  let n = 0;
  for (const t of history) numbers.push(t.speaker === "manager" ? ++n : undefined);
  return (index) => numbers[index];
}

/**
 * The scorecards as text. With several patterns, the first (the scenario's main pattern) is the one
 * that counts, as in the web debrief, History and the cohort grid; the others are also practised.
 * When the outcome and the main pattern's pass disagree, the note under it says why (outcomeNote).
 */
export function scorecardLines(
  cards: readonly Scorecard[],
  history: readonly TranscriptTurn[],
  outcome?: string | null,
): string {
  const mine = managerNumbers(history);
  // "on turn 5" in a reason names a transcript position; say the manager's line it is.
  const renumber = (text: string) =>
    text.replace(/\bturn (\d+)\b/g, (whole, n: string) => {
      const number = mine(Number(n) - 1);
      return number === undefined ? whole : `turn ${number}`;
    });
  const out: string[] = [];
  const several = cards.length > 1;
  const verdict = (card: Scorecard) =>
    `${card.overall}/100, ${card.passed ? "PASSED" : "NOT PASSED"}`;
  for (const [i, card] of cards.entries()) {
    const role = !several
      ? ""
      : i === 0
        ? " (main pattern: this score counts)"
        : " (also practised here: does not count)";
    out.push(
      `\nScorecard: ${card.patternId} (rubric ${card.rubricVersion}): ${verdict(card)}${role}`,
    );
    const note = i === 0 ? outcomeNote(outcome, card) : undefined;
    if (note) out.push(`  ${note}`);
    for (const reason of card.failReasons) out.push(`  ✗ ${renumber(reason)}`);
    for (const s of card.steps) {
      const turns = [...new Set(s.evidence.flatMap((e) => mine(e.turn) ?? []))];
      out.push(
        `  [${s.status}] ${s.title}${turns.length > 0 ? ` (turn ${turns.join(", ")})` : ""}`,
      );
    }
    for (const a of card.antiPatterns) {
      const at = mine(a.turn);
      // Each turn once: two parts in one turn are "turns 1 and 3", not "turns 1, 1, 3".
      const from = [...new Set((a.across ?? []).flatMap((p) => mine(p.turn) ?? []))].filter(
        (t) => t !== at,
      );
      out.push(
        `  ! ${at === undefined ? "" : `turn ${at}: `}${a.title}${from.length > 0 && at !== undefined ? ` (spread over turns ${listed([...from, at])})` : ""}. Better: ${a.better.replace(/\s+/g, " ")}`,
      );
    }
  }
  const main = cards[0];
  if (several && main) {
    const others = cards.slice(1).map((c) => c.patternId);
    out.push(
      `\nVerdict: ${verdict(main)} on ${main.patternId}, the scenario's main pattern (${others.join(", ")} ${others.length === 1 ? "is" : "are"} also practised here and ${others.length === 1 ? "does" : "do"} not count).`,
    );
  }
  return out.join("\n");
}

/** Said once the conversation got what it needed: as in the web client, the closing is yours. */
const RESOLVED_TYPED =
  "That's what this conversation needed. Close it as you would in the room (a follow-up, a thank-you), then /end";
const RESOLVED_SCRIPT =
  "That's what this conversation needed; the script's remaining lines are played as your closing, and the outcome stays resolved";

/**
 * Why the conversation is over and takes no more lines, or undefined while it goes on. As in the web
 * client (session-service's outcomeAfterReply): an escalation, a shut-down or running out of turns
 * ends it; reaching what it needed (resolved) does not, the manager closes it, until the scenario's
 * turn limit.
 */
export function endedWhy(
  state: SimState,
  scenario: Scenario,
  nameOf: (id: string) => string,
): string | undefined {
  const who = state.lastSpeakerId ? nameOf(state.lastSpeakerId) : "they";
  switch (state.outcome) {
    case null:
      return undefined;
    case "escalated":
      return `${who} ended the conversation (escalated)`;
    case "shut_down":
      return `${who} shut down and stopped engaging (shut_down)`;
    case "resolved":
      return state.turn >= scenario.turnLimit
        ? `the scenario's ${scenario.turnLimit} turns ran out (resolved)`
        : undefined;
    case "out_of_turns":
      return `the scenario's ${scenario.turnLimit} turns ran out (out_of_turns)`;
    default:
      return `the conversation ended (${state.outcome})`;
  }
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

  // Every problem, as validate prints them: the first alone was often the least useful one.
  const content = await loadContentOrExplain("rehearse");
  if (!content) return 1;
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
    if (lines.length === 0)
      return fail(
        `${opts.script}: no manager lines (one line per turn; blank lines and # comments are skipped)`,
      );
  }
  // Typed at a terminal: a prompt, and the line is on screen already. Piped: no prompt, and each
  // line is echoed, as a script's are, so the output reads as a conversation.
  const typed = !lines && process.stdin.isTTY === true;

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
  /** Each manager line with the state after the reply: what was raised again and not answered. */
  const flown: FlownStep[] = [];
  out(
    `${scenario.title} (difficulty ${state.difficulty}, seed ${seed}${model ? ", model" : ", offline"})\n${scenario.yourRole}\nGoal: ${fillSlots(scenario.goal, scenario.facts)}\n${typed ? "Type /end to finish, /state for the hidden state, /hint for a hint.\n" : ""}\n`,
  );

  /** Why the model gave no reply to the last line (LLM_FALLBACK=error); the exit code is then 1. */
  let failure: string | undefined;
  /** One manager line and the reply; false when the model failed (LLM_FALLBACK=error). */
  const takeTurn = async (text: string): Promise<boolean> => {
    const step = stepSimulation(state, text, {
      scenario,
      content,
      seed,
      turnIndex: state.turn,
      history,
    });
    if (!typed) out(`you: ${text}\n`);
    // The name goes out with the first words, so a reply that never comes leaves no empty line.
    let started = false;
    const begin = () => {
      if (!started) out(`${nameOf(step.speakerId)}: `);
      started = true;
    };
    const spoken = await voice(step, [...history, { speaker: "manager", text }], (delta, reset) => {
      if (reset && started) out("\n(reply withdrawn)\n");
      if (reset) started = false;
      if (delta) {
        begin();
        out(delta);
      }
    });
    if (!("failed" in spoken)) begin();
    if (started) out("\n");
    if ("failed" in spoken) {
      // No reply: the line is not counted, and the persona's state stays as it was.
      process.stderr.write(
        `flightdeck rehearse: ${spoken.failed}: no reply to this line, and it is not counted.${typed ? " Say it again, or /end." : " The conversation stops here (--offline practises without the model)."}\n`,
      );
      failure = spoken.failed;
      return false;
    }
    if (spoken.notice) out(`  (${spoken.notice})\n`);
    history.push({ speaker: "manager", text }, { speaker: "employee", text: spoken.text });
    turns.push({ speaker: "manager", text, moves: step.moves });
    flown.push({ managerText: text, sim: step.state });
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
      ...(spoken.notice ? { notice: spoken.notice } : {}),
      state: {
        trust: p?.trust ?? 0,
        guard: p?.guard ?? 0,
        stress: p?.stress ?? 0,
        engagement: p?.engagement ?? 0,
      },
    });
    return true;
  };

  /** Why a script's remaining lines were not played, when some were not. */
  let unplayed: { line: number; of: number; reason: string } | undefined;
  if (lines) {
    for (const [i, line] of lines.entries()) {
      const why = endedWhy(state, scenario, nameOf);
      if (why) {
        unplayed = { line: i + 1, of: lines.length, reason: why };
        out(
          `\n(stopped at line ${i + 1} of ${lines.length}: ${why}; the rest of the script was not played)\n`,
        );
        break;
      }
      const before = state.outcome;
      if (!(await takeTurn(line))) break;
      if (state.outcome === "resolved" && before === null && i + 1 < lines.length)
        out(`  (${RESOLVED_SCRIPT})\n`);
    }
  } else {
    const rl = createInterface({ input: process.stdin, terminal: typed });
    const prompt = () => {
      if (typed) out("you> ");
    };
    prompt();
    for await (const raw of rl) {
      const line = raw.trim();
      if (line === "" || (!typed && line.startsWith("#"))) {
        prompt();
        continue;
      }
      if (line === "/end") break;
      if (line === "/state") out(`${stateLines(state, cast)}\n`);
      else if (line === "/hint")
        out(`hint: ${hintFor(state, { scenario, content, endWith: "type /end" })}\n`);
      else {
        const before = state.outcome;
        const replied = await takeTurn(line);
        if (!replied && !typed) break;
        if (replied) failure = undefined;
        // Said once, when it resolves: the closing lines after it are the manager's own.
        if (
          replied &&
          before === null &&
          state.outcome === "resolved" &&
          !endedWhy(state, scenario, nameOf)
        )
          out(`  (${RESOLVED_TYPED})\n`);
      }
      const why = endedWhy(state, scenario, nameOf);
      if (why) {
        out(`(${why})\n`);
        break;
      }
      prompt();
    }
    rl.close();
  }
  if (history.length === 0) {
    return fail(
      failure
        ? "the model gave no reply, so there is nothing to score"
        : `no lines given, so there is nothing to score${typed ? "" : " (pipe one manager line per line, or use --script)"}`,
    );
  }
  state = endSimulation(state);

  const patterns = scenario.patterns.flatMap((id) => {
    const p = content.patterns.get(id);
    return p ? [p] : [];
  });
  const cards = scorePatterns({ turns: history }, patterns);
  const revealed = state.personas.flatMap((p) => p.revealed);
  const note = cards[0] && outcomeNote(state.outcome, cards[0]);
  // A concern said in the last reply the turn limit allowed is not a miss: no turn was left.
  const fullName = (id: string) => cast.find((p) => p.id === id)?.name ?? id;
  const lastReveals = turns.findLast((t) => t.speaker === "employee")?.reveals ?? [];
  const needed =
    state.outcome === "resolved" ? [] : stillNeeded(state, scenario, fullName, lastReveals);
  const atEnd =
    state.outcome === "resolved" ? [] : raisedAtEnd(state, scenario, fullName, lastReveals);
  const unanswered = leftUnanswered(flown, scenario, cast, fullName, state.outcome);
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
        ...(note ? { outcomeNote: note } : {}),
        ...(needed.length > 0 ? { stillNeeded: needed } : {}),
        ...(atEnd.length > 0 ? { raisedAtEnd: atEnd } : {}),
        ...(unanswered.length > 0 ? { unanswered } : {}),
        ...(cards.length > 1 ? { scorecards: cards } : {}),
        ...(failure ? { stopped: failure } : {}),
        ...(unplayed ? { unplayed } : {}),
      })}\n`,
    );
    return failure ? 1 : 0;
  }
  out(`\nOutcome: ${state.outcome}\n`);
  if (needed.length > 0) out(`To end resolved, it still needed: ${needed.join("; ")}.\n`);
  for (const note of atEnd) out(`${note}.\n`);
  for (const note of unanswered) out(`${note}.\n`);
  out(`Revealed: ${revealed.join(", ") || "nothing"}\n`);
  out(`${stateLines(state, cast)}\n`);
  out(`${scorecardLines(cards, history, state.outcome)}\n`);
  return failure ? 1 : 0;
}

/** "1 and 3", "1, 2 and 3": turn numbers as a sentence lists them. */
function listed(numbers: readonly number[]): string {
  return numbers.length < 2
    ? numbers.join("")
    : `${numbers.slice(0, -1).join(", ")} and ${numbers[numbers.length - 1]}`;
}
