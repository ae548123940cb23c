/**
 * How the detectors and the scorer read managers' own words (issue 4).
 *   npm run eval:manager [-- --json] [-- --errors lines|conversations] [-- --data <folder>]
 * Reads eval/manager-lines/lines.yaml (manager lines labelled with the moves they carry and the
 * near-misses they must not be read as) and eval/manager-lines/conversations.yaml (whole practice
 * conversations with the pass/fail, step statuses and flags a fair mentor would give), both written
 * by hand without reading the rules (eval/manager-lines/README.md). Prints per-move recall and false
 * alarms, and how often the scorecard agrees with the writer. Exits 1 only on a bad data file.
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

function formatLines(r: LinesReport, file: string): string {
  const out = [
    `Manager lines (${file}): ${r.lines} lines, ${r.allRight} read exactly as labelled (${pct(r.allRight, r.lines)})`,
    `${"move".padEnd(22)}${"labelled".padStart(9)}${"found".padStart(7)}${"recall".padStart(8)}${"near-misses".padStart(13)}${"false alarms".padStart(14)}`,
  ];
  for (const move of MOVE_KINDS) {
    const t = r.perMove[move];
    if (!t) continue;
    out.push(
      `${move.padEnd(22)}${String(t.expected).padStart(9)}${String(t.found).padStart(7)}${ratio(t.found, t.expected).padStart(8)}${String(t.forbidden).padStart(13)}${String(t.falseAlarms).padStart(14)}`,
    );
  }
  const expected = Object.values(r.perMove).reduce((s, t) => s + t.expected, 0);
  const found = Object.values(r.perMove).reduce((s, t) => s + t.found, 0);
  const forbidden = Object.values(r.perMove).reduce((s, t) => s + t.forbidden, 0);
  const alarms = Object.values(r.perMove).reduce((s, t) => s + t.falseAlarms, 0);
  out.push(
    `${"all".padEnd(22)}${String(expected).padStart(9)}${String(found).padStart(7)}${ratio(found, expected).padStart(8)}${String(forbidden).padStart(13)}${String(alarms).padStart(14)}`,
  );
  return `${out.join("\n")}\n`;
}

function formatConversations(r: ConversationsReport, file: string): string {
  return [
    `Conversations (${file}): ${r.conversations}`,
    `  pass/fail as the writer judged: ${r.passAgreed} of ${r.conversations} (${pct(r.passAgreed, r.conversations)}); good ones passed ${r.goodPassed} of ${r.good}, flawed ones failed ${r.flawedFailed} of ${r.flawed}`,
    `  labelled steps: ${r.steps.labelled}; same status ${r.steps.exact} (${pct(r.steps.exact, r.steps.labelled)}); same credit (hit or partial / missed / not applicable) ${r.steps.sameCredit} (${pct(r.steps.sameCredit, r.steps.labelled)})`,
    `  anti-pattern flags: ${r.flags.found} of ${r.flags.expected} expected found; ${r.flags.unexpected} not expected`,
    "",
  ].join("\n");
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
  let lines: LinesReport | undefined;
  let conversations: ConversationsReport | undefined;
  try {
    if (existsSync(linesPath)) lines = evaluateLines(readList(linesPath, LabelledLineSchema));
    if (existsSync(conversationsPath)) {
      const list = readList(conversationsPath, LabelledConversationSchema);
      for (const c of list) {
        if (!content.scenarios.has(c.scenario))
          throw new Error(`${conversationsPath}: ${c.id}: scenario: no scenario "${c.scenario}"`);
      }
      conversations = evaluateConversations(list, content.patterns);
    }
  } catch (error) {
    process.stderr.write(`eval:manager: ${(error as Error).message}\n`);
    return 1;
  }
  if (!lines && !conversations) {
    process.stderr.write(`eval:manager: ${dir}: neither lines.yaml nor conversations.yaml found\n`);
    return 1;
  }

  const errors = option(args, "--errors");
  if (errors === "lines" && lines) {
    for (const m of lines.misses) {
      const prev = m.previous ? `  [prev: ${m.previous}]` : "";
      process.stdout.write(
        `${m.id}: missing [${m.missing.join(", ")}] unwanted [${m.unwanted.join(", ")}] detected [${m.detected.join(", ")}]\n  ${m.text}${prev}\n`,
      );
    }
    return 0;
  }
  if (errors === "conversations" && conversations) {
    for (const row of conversations.rows) {
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
    return 0;
  }
  if (args.includes("--json")) {
    const { misses: _m, ...linesSummary } = lines ?? { misses: [] };
    const { rows: _r, ...conversationsSummary } = conversations ?? { rows: [] };
    process.stdout.write(
      `${JSON.stringify({ lines: lines ? linesSummary : null, conversations: conversations ? conversationsSummary : null })}\n`,
    );
    return 0;
  }
  if (lines) process.stdout.write(formatLines(lines, relative(ROOT, linesPath)));
  if (lines && conversations) process.stdout.write("\n");
  if (conversations)
    process.stdout.write(formatConversations(conversations, relative(ROOT, conversationsPath)));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
