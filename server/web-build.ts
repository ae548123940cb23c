import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const WEB_DIR = fileURLToPath(new URL("../web", import.meta.url));

/** Newest modification time under a folder, skipping build output and dependencies. */
function newestMtime(dir: string, include: (name: string) => boolean = () => true): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "dist" || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path, include));
    else if (include(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds the web client when it is missing or older than its sources, so `npm start` on a fresh
 * clone needs no separate build step. Returns whether a build ran.
 */
export async function ensureWebBuilt(
  outDir: string,
  log: (line: string) => void,
): Promise<boolean> {
  const index = join(outDir, "index.html");
  // The client imports only the server's *.schema.ts files (types and zod schemas).
  const serverDir = fileURLToPath(new URL("./", import.meta.url));
  if (existsSync(index)) {
    const built = statSync(index).mtimeMs;
    const schemas = newestMtime(serverDir, (name) => name.endsWith(".schema.ts"));
    if (newestMtime(WEB_DIR) <= built && schemas <= built) return false;
  }
  log("Building the web client (first start or changed sources)…");
  const { build } = await import("vite");
  // Always the production build, even from a test process (NODE_ENV=test would bundle React's
  // development build, and a later `npm start` would serve it).
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      configFile: join(WEB_DIR, "vite.config.ts"),
      // What `npm start` prints is for the person starting Flightdeck: Vite's advice to whoever
      // maintains the build (chunk sizes, its config loader) read there as if something failed.
      // `npm run build` still shows it. Errors stop the start, with Vite's message.
      logLevel: "error",
      mode: "production",
      // Relative to the client's root, as web/precompress.ts reads it.
      build: { outDir: relative(WEB_DIR, outDir), emptyOutDir: true },
    });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
  return true;
}
