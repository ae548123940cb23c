import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { ErrorCode, FlightdeckError } from "../errors";

/**
 * PGlite is single-connection and two processes opening one data folder can corrupt it, so the
 * folder is locked by a pid file created exclusively. A lock whose process is gone is taken over.
 */
// Folders this process holds: a lock file with our own pid is ours only if we took it in this run
// (after a container restart the new process can get the old pid back).
const held = new Set<string>();

export function lockDataDir(dir: string, pid: number = process.pid): () => void {
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
      if (Number.isInteger(holder) && (holder !== pid ? isAlive(holder) : held.has(file))) {
        throw new FlightdeckError(
          ErrorCode.DataDirLocked,
          `the data folder ${dir} is in use by another Flightdeck process (pid ${holder}); stop it first or set DATA_DIR to another folder`,
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new FlightdeckError(ErrorCode.DataDirLocked, `could not lock the data folder ${dir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
