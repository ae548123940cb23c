import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { hasModel, loadConfig } from "../config";
import type { Pattern } from "../content";
import { createModelClient } from "../llm/model-client";
import type { Transcript } from "../moves";
import {
  judgeScorecard,
  type Metric,
  parseTranscript,
  type Scorecard,
  scoreTranscript,
} from "../rubric";
import { managerNumbers, renumbered, renumberNote } from "../sessions/export";
import { loadContentOrExplain, readStdin } from "./cli-content";

const USAGE =
  "usage: flightdeck score [--json] [--judge] [--pattern <id>] <transcript.json|.md>   (use - to read the transcript from stdin; a Flightdeck export names its own pattern)";

function fail(message: string): number {
  process.stderr.write(`flightdeck score: ${message}\n`);
  return 1;
}

const STATUS_LABEL: Readonly<Record<Scorecard["steps"][number]["status"], string>> = {
  hit: "[hit]    ",
  partial: "[partial]",
  missed: "[missed] ",
  not_applicable: "[n/a]    ",
};

const oneLine = (s: string): string => s.replace(/\s+/g, " ").trim();

/** A metric's value in its unit: a share as a percentage, words as words. */
const inUnit = (m: Metric, v: number): string =>
  m.unit === "share" ? `${Math.round(v * 100)}%` : m.unit === "words" ? `${v} words` : String(v);

function formatMetric(name: string, m: Metric): string {
  const value = m.value === null ? "not measured" : inUnit(m, m.value);
  const band = m.band ?? "-";
  // The bands in the value's own unit: "84% poor (≤ 60% fair …)", not "(≤ 0.6 fair …)".
  const ref = m.thresholds
    ? ` (${m.thresholds.higherIsBetter ? "≥" : "≤"} ${inUnit(m, m.thresholds.fair)} fair, ${m.thresholds.higherIsBetter ? "≥" : "≤"} ${inUnit(m, m.thresholds.good)} good; ${m.source})`
    : ` (${m.source})`;
  const note = m.note ? ` — ${m.note}` : "";
  return `  ${name.padEnd(24)} ${value.padEnd(14)} ${band.padEnd(5)}${ref}${note}\n`;
}

/**
 * How the words of a scorecard name turns. The scorer counts transcript positions (both speakers);
 * a person counts their own lines, as the debrief and the export do ("turn 2" is the manager's
 * second line). The export's renumbering is the one used here, so a score of an export reads as the
 * export does.
 */
interface Numbering {
  /** A transcript index → "turn N" in the manager's numbering (an employee line: the reply to N). */
  turn(index: number): string;
  /** A rubric note or fail reason in the manager's numbering. */
  note(text: string): string;
  /** The scorecard with its notes and fail reasons renumbered, its `turn` indexes as they were. */
  card(card: Scorecard): Scorecard;
}

function numberingOf(transcript: Transcript): Numbering {
  // A transcript file is scored as it is: every line counts.
  const turns = transcript.turns.map((t, index) => ({
    index,
    speaker: t.speaker,
    text: t.text,
    status: "complete" as const,
  }));
  const mine = managerNumbers(turns);
  return {
    turn(index) {
      const n = mine.get(index);
      if (n !== undefined) return `turn ${n}`;
      const answered = turns.filter((t) => t.speaker === "manager" && t.index < index).at(-1);
      const to = answered === undefined ? undefined : mine.get(answered.index);
      return to === undefined ? `their line before your turn 1` : `their reply to turn ${to}`;
    },
    note: (text) => renumberNote(text, turns),
    card: (card) => renumbered(card, turns),
  };
}

/** A step's status as the judge lines say it. */
const STATUS_WORD: Readonly<Record<Scorecard["steps"][number]["status"], string>> = {
  hit: "hit",
  partial: "partial",
  missed: "missed",
  not_applicable: "n/a",
};

/**
 * The model's second opinion, a line per step by title with the rules' status beside the model's,
 * so a "differs" says what it differs from. Its turns and reasons number the manager's lines as the
 * steps above do (the judge prompt numbers them so).
 */
function formatJudge(card: Scorecard, number: Numbering): string {
  const judge = card.judge;
  if (!judge) return "";
  const agreeing = judge.steps.filter((s) => s.agrees).length;
  const out = [
    `\nSecond opinion (${judge.model}): agrees on ${agreeing} of ${judge.steps.length} steps; the score above is the rule score\n`,
  ];
  for (const s of judge.steps) {
    const rule = card.steps.find((r) => r.id === s.id);
    const turns = s.turns.length > 0 ? ` (${s.turns.map((t) => number.turn(t)).join(", ")})` : "";
    const statuses = `rules ${rule ? STATUS_WORD[rule.status] : "-"}, model ${STATUS_WORD[s.status]}${turns}`;
    out.push(
      `  ${s.agrees ? "agrees " : "differs"} ${rule?.title ?? s.id}: ${statuses}: ${oneLine(s.reason)}\n`,
    );
  }
  out.push(`  ${oneLine(judge.summary)}\n`);
  return out.join("");
}

/**
 * The scorecard as plain text; every judgement is a word, never only a colour. Turns are numbered
 * as the manager's lines (turn 1 is their first line), as on the debrief and in the export.
 */
function formatScorecard(card: Scorecard, number: Numbering): string {
  const out: string[] = [];
  out.push(
    `${card.patternId} (rubric ${card.rubricVersion}): ${card.overall}/100, ${card.passed ? "PASSED" : "NOT PASSED"}\n`,
  );
  for (const reason of card.failReasons) out.push(`  ✗ ${number.note(reason)}\n`);
  out.push("\nSteps (turn N is the manager's Nth line)\n");
  for (const s of card.steps) {
    out.push(`  ${STATUS_LABEL[s.status]} ${s.title}${s.required ? " (required)" : ""}\n`);
    for (const e of s.evidence) {
      out.push(`              ${number.turn(e.turn)} [${e.move}]: "${oneLine(e.quote)}"\n`);
    }
    // A partial step's note says what is missing ("Proposed; they did not agree to it yet."), as
    // the debrief shows it.
    if (s.evidence.length === 0 || !s.orderOk || s.status === "partial")
      out.push(`              ${number.note(s.note)}\n`);
  }
  out.push("\nAnti-patterns\n");
  if (card.antiPatterns.length === 0) out.push("  none\n");
  for (const f of card.antiPatterns) {
    out.push(
      `  ${number.turn(f.turn)}${f.critical && !f.sameSentenceAs ? " CRITICAL" : ""} ${f.title}${f.sameSentenceAs ? " (same sentence as another flag: no points)" : ""}: "${oneLine(f.quote)}"\n`,
    );
    if (f.across?.length)
      out.push(
        `      spread over: ${byTurn(f.across)
          .map(
            (g) => `${number.turn(g.turn)} ${g.quotes.map((q) => `"${oneLine(q)}"`).join(" and ")}`,
          )
          .join(", ")}, then this turn\n`,
      );
    out.push(`      why: ${oneLine(f.why)}\n      better: ${oneLine(f.better)}\n`);
  }
  out.push("\nMetrics\n");
  for (const [name, m] of Object.entries(card.metrics)) out.push(formatMetric(name, m));
  out.push(`\nHow the score was computed\n  ${card.explanation}\n`);
  out.push(formatJudge(card, number));
  return out.join("");
}

interface Args {
  json: boolean;
  judge: boolean;
  pattern?: string;
  file?: string;
  help: boolean;
  problem?: string;
}

function parseArgs(args: readonly string[]): Args {
  const out: Args = { json: false, judge: false, help: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "--json") out.json = true;
    else if (a === "--judge") out.judge = true;
    else if (a === "--help" || a === "-h") out.help = true;
    else if (a === "--pattern" || a === "-p") {
      out.pattern = args[++i];
      if (out.pattern === undefined) out.problem = "--pattern needs a pattern id";
    } else if (a.startsWith("--pattern=")) out.pattern = a.slice("--pattern=".length);
    else if (a.startsWith("-") && a !== "-") out.problem = `unknown option "${a}"`;
    else if (out.file === undefined) out.file = a;
    else out.problem = `unexpected argument "${a}"`;
  }
  return out;
}

/** `flightdeck score [--json] [--pattern <id>] <transcript>`: score a transcript file. */
export async function run(args: string[]): Promise<number> {
  const opts = parseArgs(args);
  if (opts.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (opts.problem) return fail(`${opts.problem}; ${USAGE}`);
  if (!opts.file) return fail(`no transcript file given; ${USAGE}`);

  // `-` reads the transcript from stdin (JSON or Markdown, told apart by its first character).
  const fromStdin = opts.file === "-";
  const name = fromStdin ? "stdin" : opts.file;
  let text: string;
  try {
    text = fromStdin ? await readStdin() : await readFile(opts.file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return fail(`${name}: ${code === "ENOENT" ? "no such file" : `cannot read (${code})`}`);
  }
  const ext = fromStdin ? "" : extname(opts.file).toLowerCase();
  const format =
    ext === ".json" ? "json" : ext === ".md" || ext === ".markdown" ? "markdown" : undefined;
  const parsed = parseTranscript(text, format);
  if (!parsed.ok) {
    // Every problem, one per line, each naming the file: fix them all in one go.
    return fail(parsed.problems.map((p) => `${name}: ${p}`).join("\n"));
  }

  // An export names the patterns it was scored against, the main one first.
  const patternId = opts.pattern ?? parsed.patterns[0];
  if (!patternId)
    return fail(`no pattern given, and ${name} names none (a Flightdeck export does); ${USAGE}`);
  const content = await loadContentOrExplain("score");
  if (!content) return 1;
  const pattern = content.patterns.get(patternId);
  if (!pattern) {
    const known = [...content.patterns.keys()].join(", ") || "none";
    return fail(
      `unknown pattern "${patternId}"${opts.pattern ? "" : ` (named by ${name})`} (known: ${known})`,
    );
  }
  let card = scoreTranscript(parsed.transcript, pattern);
  if (opts.judge) {
    const judged = await judge(parsed.transcript, pattern, card);
    if (typeof judged === "number") return judged;
    card = judged;
  }
  // --json keeps the scorecard's shape: `turn` in evidence and flags stays the 0-based transcript
  // index scripts read; the words (step notes, fail reasons) number the manager's lines.
  const number = numberingOf(parsed.transcript);
  process.stdout.write(
    opts.json ? `${JSON.stringify(number.card(card))}\n` : formatScorecard(card, number),
  );
  return 0;
}

/**
 * Adds the model's second opinion. A judge that fails leaves the rule scorecard as it is and says
 * why on stderr: the rule score stands on its own.
 */
async function judge(
  transcript: Transcript,
  pattern: Pattern,
  card: Scorecard,
): Promise<Scorecard | number> {
  const loaded = loadConfig(process.env);
  if (!loaded.ok) return fail(`--judge: ${loaded.problems[0]}`);
  const config = loaded.config;
  if (!hasModel(config) || !config.LLM_MODEL) {
    return fail("--judge needs a model: set LLM_MODEL and LLM_BASE_URL (or OPENAI_API_KEY)");
  }
  const client = createModelClient(config, { maxRetries: 1 });
  const outcome = await judgeScorecard(client, transcript, pattern, card, {
    model: config.LLM_MODEL,
  });
  if (outcome.ok) return outcome.scorecard;
  process.stderr.write(`flightdeck score: judge skipped: ${outcome.problem}\n`);
  return card;
}

/** The parts of a flag spread over turns, one entry per turn with its quotes (review 9a #11). */
function byTurn(
  parts: readonly { turn: number; quote: string }[],
): { turn: number; quotes: string[] }[] {
  const out: { turn: number; quotes: string[] }[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last?.turn === p.turn) last.quotes.push(p.quote);
    else out.push({ turn: p.turn, quotes: [p.quote] });
  }
  return out;
}
