/**
 * How the detectors and the scorer read managers' own words (issue 4).
 *   npm run eval:manager [-- --json] [-- --errors lines|conversations] [-- --data <folder>]
 * Reads eval/manager-lines/lines.yaml (manager lines labelled with the moves they carry and the
 * near-misses they must not be read as) and eval/manager-lines/conversations.yaml (whole practice
 * conversations with the pass/fail, step statuses and flags a fair mentor would give), both written
 * by hand without reading the rules (eval/manager-lines/README.md). Prints per-move recall and false
 * alarms, and how often the scorecard agrees with the writer, for the development scenarios (the
 * rules were tuned on their misses), the held-out ones (tuned on in a second round only), and the
 * later sets in eval/manager-lines/fresh/, fresh-2/, fresh-3/ and fresh-4/ (each written by other people after a round
 * of tuning, for all twelve scenarios, and measured before anyone tuned on it).
 * `--errors lines|conversations` lists the development misses; `--split held-out|fresh|fresh-2|fresh-3|fresh-4|review-2`
 * lists another set's. Exits 1 only on a bad data file.
 */
import { join, resolve } from "node:path";
import { formatProblem, loadContent } from "../server/content";
import { MOVE_KINDS } from "../server/moves";
import type { ConversationsReport, LinesReport } from "./manager/evaluate";
import { evaluateManagerSets, type SetReport, totals } from "./manager/sets";

const ROOT = resolve(import.meta.dirname, "..");

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const pct = (n: number, d: number) => (d === 0 ? "–" : `${Math.round((100 * n) / d)} %`);
const ratio = (n: number, d: number) => (d === 0 ? "–" : (n / d).toFixed(2));

/** One row per move: recall, then false alarms on near-misses, one column per set. */
function formatLines(sets: readonly SetReport[]): string {
  const withLines = sets.filter((s): s is SetReport & { lines: LinesReport } => !!s.lines);
  const W = 14;
  const out = [
    `Manager lines: ${withLines.map((s) => `${s.name} ${s.lines.lines}`).join(", ")}; read exactly as labelled: ${withLines.map((s) => pct(s.lines.allRight, s.lines.lines)).join(" / ")}`,
    `${"".padEnd(22)}${"recall".padEnd(W * withLines.length)}  false alarms on near-misses`,
    `${"move".padEnd(22)}${withLines.map((s) => s.name.padEnd(W)).join("")}  ${withLines.map((s) => s.name.padEnd(W)).join("")}`,
  ];
  const none = { expected: 0, found: 0, forbidden: 0, falseAlarms: 0 };
  const row = (name: string, tallies: ReturnType<typeof totals>[]) =>
    `${name.padEnd(22)}${tallies.map((t) => `${t.found}/${t.expected} ${ratio(t.found, t.expected)}`.padEnd(W)).join("")}  ${tallies.map((t) => `${t.falseAlarms}/${t.forbidden}`.padEnd(W)).join("")}`;
  for (const move of MOVE_KINDS) {
    if (withLines.every((s) => !s.lines.perMove[move])) continue;
    out.push(
      row(
        move,
        withLines.map((s) => s.lines.perMove[move] ?? none),
      ),
    );
  }
  out.push(
    row(
      "all",
      withLines.map((s) => totals(s.lines)),
    ),
  );
  return `${out.map((l) => l.trimEnd()).join("\n")}\n`;
}

function formatConversations(r: ConversationsReport, label: string): string {
  return [
    `  ${label}: ${r.conversations} conversations; pass/fail as the writer judged ${r.passAgreed} (${pct(r.passAgreed, r.conversations)}): good ones passed ${r.goodPassed} of ${r.good}, flawed ones failed ${r.flawedFailed} of ${r.flawed}`,
    `    labelled steps ${r.steps.labelled}: same status ${pct(r.steps.exact, r.steps.labelled)}, same credit (hit or partial / missed / not applicable) ${pct(r.steps.sameCredit, r.steps.labelled)}; flags expected ${r.flags.expected}, found ${r.flags.found}, not expected ${r.flags.unexpected}`,
  ].join("\n");
}

function printErrors(report: SetReport, which: string): void {
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
  const { problems, content } = await loadContent(process.env.CONTENT_DIR ?? ROOT);
  if (problems.length > 0) {
    for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
    return 1;
  }
  let sets: SetReport[];
  try {
    sets = evaluateManagerSets(dir, content);
  } catch (error) {
    process.stderr.write(`eval:manager: ${(error as Error).message}\n`);
    return 1;
  }
  sets = sets.filter((s) => (s.lines?.lines ?? 0) + (s.conversations?.conversations ?? 0) > 0);
  if (sets.length === 0) {
    process.stderr.write(`eval:manager: ${dir}: neither lines.yaml nor conversations.yaml found\n`);
    return 1;
  }

  const errors = option(args, "--errors");
  if (errors) {
    const wanted = option(args, "--split") ?? "development";
    // "review 2 (tuned on)" is asked for as "review-2".
    const set = sets.find((s) => s.name.replace(/ \(.*\)$/, "").replace(/ /g, "-") === wanted);
    if (!set) {
      process.stderr.write(`eval:manager: --split ${wanted}: no such set\n`);
      return 1;
    }
    printErrors(set, errors);
    return 0;
  }
  if (args.includes("--json")) {
    const summary = (r: SetReport) => {
      const { misses: _m, ...lines } = r.lines ?? { misses: [] };
      const { rows: _r, ...conversations } = r.conversations ?? { rows: [] };
      return {
        lines: r.lines ? { ...lines, ...totals(r.lines) } : null,
        conversations: r.conversations ? conversations : null,
      };
    };
    // "held out" -> heldOut, "fresh 2" -> fresh2
    const key = (name: string) => name.replace(/ (\w)/g, (_, c: string) => c.toUpperCase());
    const json = Object.fromEntries(sets.map((s) => [key(s.name), summary(s)]));
    process.stdout.write(`${JSON.stringify(json)}\n`);
    return 0;
  }
  if (sets.some((s) => s.lines)) process.stdout.write(formatLines(sets));
  if (sets.some((s) => s.conversations)) {
    process.stdout.write("\nConversations\n");
    for (const s of sets)
      if (s.conversations)
        process.stdout.write(`${formatConversations(s.conversations, s.name)}\n`);
  }
  return 0;
}

// `npm run eval:manager | head` closes the pipe early: stop quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
