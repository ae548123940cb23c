import { formatProblem, loadContent } from "../content";
import { type LintFlag, lintDraft } from "../rubric";

const USAGE = 'usage: flightdeck lint [--json] "<text>"   (use - to read the draft from stdin)';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function fail(message: string): number {
  process.stderr.write(`flightdeck lint: ${message}\n`);
  return 1;
}

function formatFlags(text: string, flags: readonly LintFlag[]): string {
  if (flags.length === 0) return "no problems found\n";
  const out = [`${flags.length} ${flags.length === 1 ? "problem" : "problems"} found\n`];
  for (const f of flags) {
    const quote = text.slice(f.start, f.end).replace(/\s+/g, " ");
    out.push(`\n${f.rule} (${f.start}-${f.end}): "${quote}"\n`);
    out.push(`  why: ${f.message}\n`);
    out.push(`  try: ${f.suggestion}\n`);
  }
  return out.join("");
}

/** `flightdeck lint [--json] "<text>"`: the leadership linter on a draft message. */
export async function run(args: string[]): Promise<number> {
  const json = args.includes("--json");
  const rest = args.filter((a) => a !== "--json");
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const unknown = rest.find((a) => a.startsWith("--"));
  if (unknown) return fail(`unknown option "${unknown}"; ${USAGE}`);
  const text = rest.length === 1 && rest[0] === "-" ? await readStdin() : rest.join(" ");
  if (text.trim() === "") return fail(`no text given; ${USAGE}`);

  const root = process.env.CONTENT_DIR ?? process.cwd();
  const { problems, content } = await loadContent(root);
  if (problems.length > 0) {
    const first = formatProblem(problems[0] as (typeof problems)[number]);
    return fail(`content in ${root} has ${problems.length} problem(s), first: ${first}`);
  }
  const { flags } = lintDraft(text, [...content.lintRules.values()]);
  process.stdout.write(json ? `${JSON.stringify({ flags })}\n` : formatFlags(text, flags));
  return 0;
}
