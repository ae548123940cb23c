import type { FirstAdminHint } from "./first-account.schema";

/**
 * How the first admin of a password-mode Flightdeck is made, said in one place: the start banner
 * (server/cli/start.ts) and the sign-in page (`GET /api/auth/first-account`) both show this text.
 * The passphrase is read from standard input, so it stays out of the process list.
 */
export const FIRST_ADMIN_COMMAND = `printf '%s\\n' '<a long passphrase>' | npx flightdeck users add --email you@example.com --name "Your Name" --password-stdin --role admin`;

/** On the embedded database `users add` needs the data folder the running server holds. */
export const STOP_SERVER_FIRST = "stop this server first: it holds the data folder";

/**
 * What the sign-in page is told about making the first account: the command, only while no account
 * exists and only to a request from this machine (a stranger on the network learns nothing, not even
 * that the instance is empty); null otherwise, so the page is as it always was.
 */
export function firstAdminHint(facts: {
  accounts: number;
  fromLoopback: boolean;
  embeddedDatabase: boolean;
}): FirstAdminHint | null {
  if (facts.accounts > 0 || !facts.fromLoopback) return null;
  return { command: FIRST_ADMIN_COMMAND, stopServerFirst: facts.embeddedDatabase };
}
