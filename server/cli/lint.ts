import { type LintFlag, lintDraft } from "../rubric";
import { loadContentOrExplain, readStdin } from "./cli-content";

const USAGE = 'usage: flightdeck lint [--json] "<text>"   (use - to read the draft from stdin)';

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

  const content = await loadContentOrExplain("lint");
  if (!content) return 1;
  const { flags } = lintDraft(text, [...content.lintRules.values()]);
  process.stdout.write(json ? `${JSON.stringify({ flags })}\n` : formatFlags(text, flags));
  return 0;
}
