import { detectMoves, MOVE_INFO } from "../moves";

const USAGE =
  'usage: flightdeck moves [--json] [--after "<their line>"] "<text>"   (use - to read the text from stdin)\n' +
  "  --after  the employee's line just before, as the scorer and the persona read it: whether a line\n" +
  "           says back what they said (a reflection) depends on it\n";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * `flightdeck moves [--json] [--after "<their line>"] "<text>"`: the moves of one manager turn with
 * their evidence, read after the employee's line when one is given (as the scorer reads a turn).
 */
export async function run(args: string[]): Promise<number> {
  const json = args.includes("--json");
  let after: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "--json") continue;
    if (a === "--after" || a.startsWith("--after=")) {
      after = a === "--after" ? args[++i] : a.slice("--after=".length);
      if (after === undefined || after.trim() === "") {
        process.stderr.write(`flightdeck moves: --after needs their line\n${USAGE}`);
        return 1;
      }
      continue;
    }
    rest.push(a);
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(USAGE);
    return 0;
  }
  const unknown = rest.find((a) => a.startsWith("--"));
  if (unknown) {
    process.stderr.write(`flightdeck moves: unknown option "${unknown}"\n${USAGE}`);
    return 1;
  }
  const text = rest.length === 1 && rest[0] === "-" ? await readStdin() : rest.join(" ");
  if (text.trim() === "") {
    process.stderr.write(`flightdeck moves: no text given\n${USAGE}`);
    return 1;
  }
  // In a transcript each manager line is read with the line before it (server/rubric
  // analyse-transcript); without --after the line is read alone, as an opening.
  const moves = detectMoves(
    text,
    after === undefined ? undefined : { previous: [{ speaker: "employee", text: after }] },
  );
  if (json) {
    process.stdout.write(`${JSON.stringify({ moves })}\n`);
    return 0;
  }
  if (moves.length === 0) {
    process.stdout.write("no moves detected\n");
    return 0;
  }
  const width = Math.max(...moves.map((m) => m.move.length));
  for (const m of moves) {
    const info = MOVE_INFO[m.move];
    const quote = text.slice(m.start, m.end).replace(/\s+/g, " ");
    process.stdout.write(
      `${m.move.padEnd(width)}  ${String(m.start).padStart(4)}-${String(m.end).padEnd(4)} (${info.polarity}${m.source === "learned" ? ", learned" : ""}) "${quote}"\n`,
    );
  }
  return 0;
}
