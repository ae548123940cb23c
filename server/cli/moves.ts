import { detectMoves, MOVE_INFO } from "../moves";

const USAGE = 'usage: flightdeck moves [--json] "<text>"   (use - to read the text from stdin)\n';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** `flightdeck moves [--json] "<text>"`: the moves of one manager turn with their evidence. */
export async function run(args: string[]): Promise<number> {
  const json = args.includes("--json");
  const rest = args.filter((a) => a !== "--json");
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
  const moves = detectMoves(text);
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
      `${m.move.padEnd(width)}  ${String(m.start).padStart(4)}-${String(m.end).padEnd(4)} (${info.polarity}) "${quote}"\n`,
    );
  }
  return 0;
}
