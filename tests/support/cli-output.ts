import { vi } from "vitest";

/** What a CLI command wrote, read after it ran. */
export interface CapturedOutput {
  readonly out: string;
  readonly err: string;
}

/**
 * Captures process.stdout / process.stderr writes until `vi.restoreAllMocks()` (each CLI test file
 * restores in its afterEach), so a command's real printing is tested, not a stand-in printer.
 */
export function captureOutput(): CapturedOutput {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
  return {
    get out() {
      return out.join("");
    },
    get err() {
      return err.join("");
    },
  };
}
