import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { basename, join } from "node:path";
import { ErrorCode, FlightdeckError } from "../errors";

/**
 * PGlite is single-connection and two processes opening one data folder can corrupt it, so the
 * folder is locked by a pid file created exclusively. A lock whose process is gone is taken over.
 */
// Folders this process holds: a lock file with our own pid is ours only if we took it in this run
// (after a container restart the new process can get the old pid back).
const held = new Set<string>();

export function lockDataDir(dir: string, pid: number = process.pid): () => void {
  try {
    return lock(dir, pid);
  } catch (err) {
    if (err instanceof FlightdeckError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === "EACCES" || code === "EPERM"
        ? "this user may not write there"
        : code === "EEXIST" || code === "ENOTDIR"
          ? "a file, not a folder, is in the way"
          : code === "EROFS"
            ? "the disk is read-only"
            : code === "ENOSPC"
              ? "the disk is full"
              : (err as Error).message;
    throw new FlightdeckError(
      ErrorCode.DataDirLocked,
      `cannot use the data folder ${dir}: ${why} (${code ?? "error"}); set DATA_DIR to a folder this user can write`,
    );
  }
}

function lock(dir: string, pid: number): () => void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "flightdeck.lock");
  if (held.has(file)) {
    throw new FlightdeckError(
      ErrorCode.DataDirLocked,
      `the data folder ${dir} is already open in this process (pid ${pid})`,
    );
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(pid));
      closeSync(fd);
      held.add(file);
      return () => {
        held.delete(file);
        rmSync(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const holder = Number.parseInt(readFileSync(file, "utf8"), 10);
      if (Number.isInteger(holder) && (holder !== pid ? isNodeAlive(holder) : held.has(file))) {
        throw new FlightdeckError(
          ErrorCode.DataDirLocked,
          `the data folder ${dir} is in use by another Flightdeck process (pid ${holder}); stop it first or set DATA_DIR to another folder. If pid ${holder} is not Flightdeck, the lock is left from a crash: delete ${file}`,
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new FlightdeckError(ErrorCode.DataDirLocked, `could not lock the data folder ${dir}`);
}

/**
 * Whether the lock's pid is a live Node.js process, which a Flightdeck server is. After a crash the
 * pid can be reused (containers count from 1 again); a live process that is not Node.js (a shell,
 * PostgreSQL) does not hold the folder, so its lock is stale. Where /proc cannot tell, any live
 * process counts.
 */
function isNodeAlive(pid: number): boolean {
  if (!isAlive(pid)) return false;
  let command: string;
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return true;
  }
  const program = basename(command.split("\0")[0] ?? "");
  return (
    program === "" ||
    /^(node|nodejs|bun|deno)(\d|$)/.test(program) ||
    program === basename(process.execPath)
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
