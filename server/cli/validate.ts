import { resolve } from "node:path";
import { type ContentProblem, ContentUnreadableError, loadContent } from "../content";
import { contentExampleIssues } from "../rubric/example-checks";
import { formatProblems } from "./cli-content";

const USAGE =
  "usage: flightdeck validate [--json] [--root DIR]   (DIR defaults to $CONTENT_DIR or .)\n";

/** Where output goes; tests pass their own to capture it in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function parseArgs(args: string[]): { json: boolean; root?: string; help: boolean } | string {
  let json = false;
  let help = false;
  let root: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--json") json = true;
    else if (arg === "--help" || arg === "-h") help = true;
    else if (arg === "--root") {
      const value = args[++i];
      if (value === undefined || value.startsWith("--")) return "--root needs a folder";
      root = value;
    } else if (arg.startsWith("--root=")) root = arg.slice("--root=".length);
    else return `unknown argument "${arg}"`;
  }
  return { json, root, help };
}

/**
 * `flightdeck validate [--json] [--root DIR]`: check every persona, scenario, pattern and lint rule,
 * and run their examples (a lint rule's drafts, a pattern's good and bad lines). Exit 0 when all are valid, 1 on any problem (or a usage error), 2 when the folder or a file cannot be read.
 */
export async function run(args: string[], io: CliIo = processIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === "string") {
    io.err(`flightdeck validate: ${parsed}\n${USAGE}`);
    return 1;
  }
  if (parsed.help) {
    io.out(USAGE);
    return 0;
  }
  const root = resolve(parsed.root ?? process.env.CONTENT_DIR ?? ".");
  // The examples too: every lint rule's drafts through the linter, every pattern's through the
  // scorer (the server does not run them at start; they cost about a second).
  let loaded: Awaited<ReturnType<typeof loadContent>>;
  try {
    loaded = await loadContent(root, { extraChecks: contentExampleIssues });
  } catch (err) {
    if (!(err instanceof ContentUnreadableError)) throw err;
    // Nothing could be checked: one `path: problem` line and exit 2, as for a bad setting.
    io.err(`${err.path}: ${err.problem}; ${err.fix}\n`);
    return 2;
  }
  const { problems, content, validIds } = loaded;
  const ids = {
    personas: [...content.personas.keys()],
    scenarios: [...content.scenarios.keys()],
    patterns: [...content.patterns.keys()],
    lintRules: [...content.lintRules.keys()],
  };
  if (parsed.json) {
    const report = { ok: problems.length === 0, problems: problems.map(toJson), ...ids };
    io.out(`${JSON.stringify(report, null, 2)}\n`);
    return problems.length === 0 ? 0 : 1;
  }
  // Only files with no problem count as valid: a scenario that fails a cross-check (an undefined
  // slot) is loaded, but not valid.
  const counted = problems.length === 0 ? ids : validIds;
  const counts = `${plural(counted.scenarios.length, "scenario")}, ${plural(counted.personas.length, "persona")}, ${plural(counted.patterns.length, "pattern")}, ${plural(counted.lintRules.length, "lint rule")}`;
  if (problems.length === 0) {
    io.out(`${counts}: all valid\n`);
    return 0;
  }
  io.out(formatProblems(problems));
  const files = new Set(problems.map((p) => p.file)).size;
  io.out(`${plural(problems.length, "problem")} in ${plural(files, "file")} (${counts} valid)\n`);
  return 1;
}

/** The JSON shape scripts read: `line` only where known. */
function toJson(p: ContentProblem): ContentProblem {
  return p.line === undefined
    ? { file: p.file, path: p.path, message: p.message }
    : { file: p.file, path: p.path, line: p.line, message: p.message };
}
