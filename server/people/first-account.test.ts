import { describe, expect, it } from "vitest";
import { FIRST_ADMIN_COMMAND, firstAdminHint } from "./first-account";

describe("firstAdminHint", () => {
  const empty = { accounts: 0, fromLoopback: true, embeddedDatabase: false };
  it("gives the command to this machine while there is no account", () => {
    expect(firstAdminHint(empty)).toEqual({ command: FIRST_ADMIN_COMMAND, stopServerFirst: false });
    // The embedded database: `users add` needs the folder the server holds.
    expect(firstAdminHint({ ...empty, embeddedDatabase: true })?.stopServerFirst).toBe(true);
  });
  it("says nothing once an account exists, or to another machine", () => {
    expect(firstAdminHint({ ...empty, accounts: 1 })).toBeNull();
    expect(firstAdminHint({ ...empty, fromLoopback: false })).toBeNull();
  });
  it("names a command that reads the passphrase from standard input and makes an admin", () => {
    expect(FIRST_ADMIN_COMMAND).toMatch(/^printf '%s\\n' '.+' \| npx flightdeck users add /);
    expect(FIRST_ADMIN_COMMAND).toContain("--password-stdin --role admin");
  });
});
