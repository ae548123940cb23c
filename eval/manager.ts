/**
 * How the detectors and the scorer read managers' own words (issue 4).
 *   npm run eval:manager [-- --json] [-- --errors lines|conversations] [-- --data <folder>]
 * Reads eval/manager-lines/lines.yaml (manager lines labelled with the moves they carry and the
 * near-misses they must not be read as) and eval/manager-lines/conversations.yaml (whole practice
 * conversations with the pass/fail, step statuses and flags a fair mentor would give), both written
 * by hand without reading the rules (eval/manager-lines/README.md). Prints per-move recall and false
 * alarms, and how often the scorecard agrees with the writer, for the development scenarios (the
 * rules may be tuned on their misses) and the held-out ones (never read while tuning).
 * `--errors` lists the development misses; `--split held-out` shows the others. Exits 1 only on a
 * bad data file.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parse } from "yaml";
import type { z } from "zod";
import { formatProblem, loadContent } from "../server/content";
import { MOVE_KINDS } from "../server/moves";
import { LabelledConversationSchema, LabelledLineSchema } from "./manager/data.schema";
import {
  type ConversationsReport,
  DEV_SCENARIOS,
  evaluateConversations,
  evaluateLines,
  type LinesReport,
} from "./manager/evaluate";

const ROOT = resolve(import.meta.dirname, "..");

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Parses a YAML list and validates each item, naming the file, the item and the field on error. */
function readList<S extends z.ZodType>(path: string, schema: S): z.infer<S>[] {
  const name = relative(process.cwd(), path) || path;
  const data: unknown = parse(readFileSync(path, "utf8"));
  if (!Array.isArray(data)) throw new Error(`${name}: expected a list of items`);
  const ids = new Set<string>();
  return data.map((item, i) => {
    const result = schema.safeParse(item);
    const id = (item as { id?: unknown })?.id;
    const where = `${name}: item ${i + 1}${typeof id === "string" ? ` (${id})` : ""}`;
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(`${where}: ${issue?.path.join(".") || "item"}: ${issue?.message}`);
    }
    const parsed = result.data as { id: string };
    if (ids.has(parsed.id)) throw new Error(`${where}: id "${parsed.id}" is used twice`);
    ids.add(parsed.id);
    return result.data;
  });
}

const pct = (n: number, d: number) => (d === 0 ? "–" : `${Math.round((100 * n) / d)} %`);
const ratio = (n: number, d: number) => (d === 0 ? "–" : (n / d).toFixed(2));

interface SplitReport {
  lines?: LinesReport;
  conversations?: ConversationsReport;
}

function totals(r: LinesReport) {
  const all = Object.values(r.perMove);
  const sum = (f: (t: (typeof all)[number]) => number) => all.reduce((s, t) => s + f(t), 0);
  return {
    expected: sum((t) => t.expected),
    found: sum((t) => t.found),
    forbidden: sum((t) => t.forbidden),
    falseAlarms: sum((t) => t.falseAlarms),
  };
}

/** One row per move: recall and false alarms, development then held-out. */
function formatLines(dev: LinesReport, held: LinesReport, file: string): string {
  const cell = (found: number, of: number) => `${found}/${of} ${ratio(found, of)}`.padStart(13);
  const out = [
    `Manager lines (${file}): ${dev.lines} development, ${held.lines} held out; read exactly as labelled: ${pct(dev.allRight, dev.lines)} / ${pct(held.allRight, held.lines)}`,
    `${"".padEnd(22)}${"recall".padStart(27)}${"false alarms on near-misses".padStart(30)}`,
    `${"move".padEnd(22)}${"development".padStart(13)}${"held out".padStart(14)}${"development".padStart(16)}${"held out".padStart(14)}`,
  ];
  const row = (name: string, d: ReturnType<typeof totals>, h: ReturnType<typeof totals>) =>
    `${name.padEnd(22)}${cell(d.found, d.expected)}${cell(h.found, h.expected).padStart(14)}${`${d.falseAlarms}/${d.forbidden}`.padStart(16)}${`${h.falseAlarms}/${h.forbidden}`.padStart(14)}`;
  const none = { expected: 0, found: 0, forbidden: 0, falseAlarms: 0 };
  for (const move of MOVE_KINDS) {
    if (!dev.perMove[move] && !held.perMove[move]) continue;
    out.push(row(move, dev.perMove[move] ?? none, held.perMove[move] ?? none));
  }
  out.push(row("all", totals(dev), totals(held)));
  return `${out.join("\n")}\n`;
}

function formatConversations(r: ConversationsReport, label: string): string {
  return [
    `  ${label}: ${r.conversations} conversations; pass/fail as the writer judged ${r.passAgreed} (${pct(r.passAgreed, r.conversations)}): good ones passed ${r.goodPassed} of ${r.good}, flawed ones failed ${r.flawedFailed} of ${r.flawed}`,
    `    labelled steps ${r.steps.labelled}: same status ${pct(r.steps.exact, r.steps.labelled)}, same credit (hit or partial / missed / not applicable) ${pct(r.steps.sameCredit, r.steps.labelled)}; flags expected ${r.flags.expected}, found ${r.flags.found}, not expected ${r.flags.unexpected}`,
  ].join("\n");
}

function printErrors(report: SplitReport, which: string): void {
  if (which === "lines" && report.lines) {
    for (const m of report.lines.misses) {
      const prev = m.previous ? `  [prev: ${m.previous}]` : "";
      process.stdout.write(
        `${m.id}: missing [${m.missing.join(", ")}] unwanted [${m.unwanted.join(", ")}] detected [${m.detected.join(", ")}]\n  ${m.text}${prev}\n`,
      );
    }
  }
  if (which === "conversations" && report.conversations) {
    for (const row of report.conversations.rows) {
      const wrong =
        row.passed !== row.expectedPassed || row.steps.length > 0 || row.missingFlags.length > 0;
      if (!wrong && row.extraFlags.length === 0) continue;
      process.stdout.write(
        `${row.id} (${row.pattern}): expected ${row.expectedPassed ? "pass" : "fail"}, got ${row.passed ? "pass" : "fail"} at ${row.overall}${row.failReasons.length ? ` — ${row.failReasons.join(" ")}` : ""}\n`,
      );
      for (const s of row.steps)
        process.stdout.write(`  step ${s.id}: expected ${s.expected}, got ${s.got}\n`);
      if (row.missingFlags.length)
        process.stdout.write(`  flags missing: ${row.missingFlags.join(", ")}\n`);
      if (row.extraFlags.length)
        process.stdout.write(`  flags not expected: ${row.extraFlags.join(", ")}\n`);
    }
  }
}

async function main(args: readonly string[]): Promise<number> {
  const dir = resolve(option(args, "--data") ?? join(ROOT, "eval", "manager-lines"));
  const linesPath = join(dir, "lines.yaml");
  const conversationsPath = join(dir, "conversations.yaml");
  const { problems, content } = await loadContent(process.env.CONTENT_DIR ?? ROOT);
  if (problems.length > 0) {
    for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
    return 1;
  }
  const dev: SplitReport = {};
  const held: SplitReport = {};
  const isDev = (item: { scenario?: string | undefined }) =>
    item.scenario !== undefined && DEV_SCENARIOS.has(item.scenario);
  try {
    if (existsSync(linesPath)) {
      const list = readList(linesPath, LabelledLineSchema);
      dev.lines = evaluateLines(list.filter(isDev));
      held.lines = evaluateLines(list.filter((l) => !isDev(l)));
    }
    if (existsSync(conversationsPath)) {
      const list = readList(conversationsPath, LabelledConversationSchema);
      for (const c of list) {
        if (!content.scenarios.has(c.scenario))
          throw new Error(`${conversationsPath}: ${c.id}: scenario: no scenario "${c.scenario}"`);
      }
      dev.conversations = evaluateConversations(list.filter(isDev), content.patterns);
      held.conversations = evaluateConversations(
        list.filter((c) => !isDev(c)),
        content.patterns,
      );
    }
  } catch (error) {
    process.stderr.write(`eval:manager: ${(error as Error).message}\n`);
    return 1;
  }
  if (!dev.lines && !dev.conversations) {
    process.stderr.write(`eval:manager: ${dir}: neither lines.yaml nor conversations.yaml found\n`);
    return 1;
  }

  const errors = option(args, "--errors");
  if (errors) {
    printErrors(option(args, "--split") === "held-out" ? held : dev, errors);
    return 0;
  }
  if (args.includes("--json")) {
    const summary = (r: SplitReport) => {
      const { misses: _m, ...lines } = r.lines ?? { misses: [] };
      const { rows: _r, ...conversations } = r.conversations ?? { rows: [] };
      return {
        lines: r.lines ? { ...lines, ...totals(r.lines) } : null,
        conversations: r.conversations ? conversations : null,
      };
    };
    process.stdout.write(`${JSON.stringify({ dev: summary(dev), heldOut: summary(held) })}\n`);
    return 0;
  }
  if (dev.lines && held.lines)
    process.stdout.write(formatLines(dev.lines, held.lines, relative(ROOT, linesPath)));
  if (dev.conversations && held.conversations) {
    process.stdout.write(`\nConversations (${relative(ROOT, conversationsPath)})\n`);
    process.stdout.write(`${formatConversations(dev.conversations, "development")}\n`);
    process.stdout.write(`${formatConversations(held.conversations, "held out")}\n`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
