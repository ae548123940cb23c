import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const BIN = fileURLToPath(new URL("../../bin/flightdeck.js", import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `flightdeck <args>` to completion in a child process with the given extra environment; as
 * another user when `as` gives its ids (a test run as root, whom no permission stops).
 */
export function runCli(
  args: string[],
  env: Record<string, string> = {},
  input?: string,
  as?: { uid: number; gid: number },
): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, LOG_LEVEL: "silent", ...env },
      stdio: ["pipe", "pipe", "pipe"],
      ...(as ?? {}),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.stdin.end(input ?? "");
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Creates an account with `flightdeck users add` (the password on standard input), as an operator
 * bootstraps the first admin; fails the test with the command's output if it is refused.
 */
export async function addAccountByCli(
  env: Record<string, string>,
  account: { email: string; password: string },
  roles: readonly string[],
): Promise<CliRun> {
  const run = await runCli(
    [
      "users",
      "add",
      "--email",
      account.email,
      "--password-stdin",
      ...roles.flatMap((r) => ["--role", r]),
    ],
    env,
    `${account.password}\n`,
  );
  if (run.code !== 0) throw new Error(`flightdeck users add failed (${run.code}): ${run.stderr}`);
  return run;
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Where and how to run the server: another checkout (its bin, run in its folder), Node flags. */
export interface ServerProcessOptions {
  /** A checkout of Flightdeck to run instead of this one (its bin/flightdeck.js, in its folder). */
  checkout?: string;
  /** Node flags NODE_OPTIONS refuses, e.g. `--trace-gc`. */
  nodeArgs?: string[];
}

/** Starts `flightdeck start` (PORT=0 unless given) and resolves once it prints its URL. */
export function startServerProcess(
  env: Record<string, string>,
  timeoutMs = 60_000,
  options: ServerProcessOptions = {},
): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const bin = options.checkout ? `${options.checkout}/bin/flightdeck.js` : BIN;
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), bin, "start"], {
      // A short grace period, so a test that stops a server mid-reply waits 1 s, not 10.
      env: { ...process.env, PORT: "0", LOG_LEVEL: "warn", SHUTDOWN_GRACE_MS: "1000", ...env },
      stdio: ["ignore", "pipe", "pipe"],
      ...(options.checkout ? { cwd: options.checkout } : {}),
    });
    let out = "";
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server did not start within ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = (d: Buffer) => {
      out += d;
      const m = /Flightdeck is running at (http:\/\/\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({
          child,
          url: m[1],
          output: () => out,
          stop(signal = "SIGTERM") {
            child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it was ready:\n${out}`));
    });
  });
}
