import { parseArgs } from "node:util";
import { z } from "zod";
import { loadConfig } from "../config";
import { FlightdeckError } from "../errors";
import { AccountEvents } from "../people/account-events";
import { AccountService } from "../people/accounts";
import { EmailSchema, PasswordSchema, RoleSchema } from "../people/people.schema";
import { openStore } from "../store";
import { peopleRepo } from "../store/people-repo";

const USAGE = `usage:
  flightdeck users add --email <email> --password-stdin --role <role> [--role <role>] [--name <name>]
  flightdeck users list

roles: admin, facilitator, mentor, manager. The password is read from standard input (one line),
so it never appears in the shell history or the process list. Adding an existing email sets its
password, adds the roles and signs it out everywhere; a disabled account stays disabled (an admin
enables it on the Accounts page). \`list\` prints email, roles and name, and "disabled" after an
account an admin disabled, a line each, separated by tabs.
`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One line: a trailing newline from `echo` or a file is not part of the password.
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** `flightdeck users`: bootstrap the first admin and list accounts, against the configured database. */
export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "--help" || sub === "-h" || sub === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  // A usage error exits 1, as in every other command; 2 is for a configuration that cannot start.
  if (sub !== "add" && sub !== "list") {
    process.stderr.write(USAGE);
    return 1;
  }
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(rest);
  } catch (err) {
    process.stderr.write(`flightdeck users: ${(err as Error).message}\n${USAGE}`);
    return 1;
  }
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    process.stderr.write(
      `flightdeck users: the configuration is invalid.\n${loaded.problems.map((p) => `  ${p}`).join("\n")}\n`,
    );
    return 2;
  }
  let input: { email: string; password: string; roles: z.infer<typeof RoleSchema>[] } | undefined;
  if (sub === "add") {
    const problems: string[] = [];
    const email = EmailSchema.safeParse(parsed.email ?? "");
    if (!email.success) problems.push(`--email: ${email.error.issues[0]?.message}`);
    const roles = z
      .array(RoleSchema)
      .min(1, "give at least one --role")
      .safeParse(parsed.role ?? []);
    if (!roles.success)
      problems.push(
        parsed.role?.length
          ? "--role: expected admin, facilitator, mentor or manager"
          : "--role: give at least one",
      );
    if (!parsed["password-stdin"])
      problems.push("--password-stdin: required; pipe the password in");
    if (problems.length > 0) {
      process.stderr.write(`flightdeck users add: ${problems.join("; ")}\n`);
      return 1;
    }
    const password = PasswordSchema.safeParse(await readStdin());
    if (!password.success) {
      process.stderr.write(
        `flightdeck users add: password: ${password.error.issues[0]?.message}\n`,
      );
      return 1;
    }
    input = { email: email.data as string, password: password.data, roles: roles.data as never };
  }
  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore({
      databaseUrl: loaded.config.DATABASE_URL,
      dataDir: loaded.config.DATA_DIR,
    });
  } catch (err) {
    process.stderr.write(`flightdeck users: ${(err as Error).message}\n`);
    if (err instanceof FlightdeckError)
      process.stderr.write("Stop the server first, or use PostgreSQL.\n");
    return 1;
  }
  try {
    if (input) {
      const accounts = new AccountService({ db: store.db, events: new AccountEvents() });
      const { user, created } = await accounts.upsertUser({ ...input, displayName: parsed.name });
      process.stdout.write(
        `${created ? "Added" : "Updated"} ${user.email} (${user.roles.join(", ")})\n`,
      );
      // A new password does not undo an admin's decision: say so, rather than leave a sign-in that
      // fails with a reason the operator never saw.
      const row = await peopleRepo.getUser(store.db, user.id);
      if (row?.disabled_at != null)
        process.stdout.write(
          "This account is disabled, so it still cannot sign in: an admin enables it on the Accounts page.\n",
        );
      return 0;
    }
    // email, roles, name, and "disabled" for an account an admin disabled.
    for (const u of await peopleRepo.listUsers(store.db))
      process.stdout.write(
        `${u.email}\t${u.roles.join(",")}\t${u.display_name}${u.disabled_at !== null ? "\tdisabled" : ""}\n`,
      );
    return 0;
  } finally {
    await store.close();
  }
}

function parseOptions(args: string[]) {
  return parseArgs({
    args,
    options: {
      email: { type: "string" },
      role: { type: "string", multiple: true },
      name: { type: "string" },
      "password-stdin": { type: "boolean" },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}
