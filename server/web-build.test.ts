import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { ensureWebBuilt } from "./web-build";

describe("ensureWebBuilt (what `npm start` prints on a fresh clone)", () => {
  const outDir = mkdtempSync(join(tmpdir(), "fd-web-build-"));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("builds the client into the folder it is given and prints one line, without Vite's warnings", async () => {
    const printed: string[] = [];
    const keep = (...args: unknown[]) => {
      printed.push(args.map(String).join(" "));
      return true;
    };
    const spies = [
      vi.spyOn(console, "log").mockImplementation(keep),
      vi.spyOn(console, "info").mockImplementation(keep),
      vi.spyOn(console, "warn").mockImplementation(keep),
      vi.spyOn(process.stdout, "write").mockImplementation(keep),
      vi.spyOn(process.stderr, "write").mockImplementation(keep),
    ];
    const lines: string[] = [];
    try {
      expect(await ensureWebBuilt(outDir, (line) => lines.push(line))).toBe(true);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(existsSync(join(outDir, "index.html"))).toBe(true);
    expect(lines).toEqual(["Building the web client (first start or changed sources)…"]);
    // Vite's advice to the build's maintainer ("(!) Some chunks are larger than 400 kB", its
    // config loader) reads as a failure to someone starting Flightdeck for the first time.
    expect(printed.filter((p) => /\(!\)|warn|chunks are larger/i.test(p))).toEqual([]);
    // Built and unchanged: nothing to do, nothing said.
    expect(await ensureWebBuilt(outDir, (line) => lines.push(line))).toBe(false);
    expect(lines).toHaveLength(1);
  }, 240_000);
});
