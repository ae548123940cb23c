/**
 * `flightdeck <command> [args]`: each command lives in server/cli/<command>.ts and exports
 * `run(args: string[]): Promise<number>` (the exit code), so commands load only what they use.
 */
const COMMANDS: Record<string, { summary: string }> = {
  start: { summary: "start the server" },
  validate: { summary: "check personas, scenarios and patterns" },
  moves: { summary: "detect the moves in one manager turn" },
  lint: { summary: "lint a draft message" },
  score: { summary: "score a transcript against a pattern" },
  rehearse: { summary: "practise a scenario in the terminal" },
  users: { summary: "manage accounts" },
  db: { summary: "copy the embedded database to PostgreSQL" },
};

export interface CliCommand {
  run(args: string[]): Promise<number>;
}

function usage(): string {
  const rows = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `usage: flightdeck <command> [options]\n\ncommands:\n${rows.join("\n")}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage());
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`flightdeck: unknown command "${name}"\n${usage()}`);
    return 1;
  }
  let mod: CliCommand;
  try {
    // A computed specifier keeps each command's dependencies out of the others' start-up.
    mod = (await import(`./cli/${name}.ts`)) as CliCommand;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_MODULE_NOT_FOUND") {
      process.stderr.write(`flightdeck: "${name}" is not available in this build\n`);
      return 1;
    }
    throw err;
  }
  return mod.run(args);
}

const code = await main(process.argv.slice(2));
// Commands that start a server return -1: the process stays up until it is signalled.
if (code >= 0) process.exit(code);
