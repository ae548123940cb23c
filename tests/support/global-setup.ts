import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WEB_ROOT } from "../../server/server";
import { openStore } from "../../server/store";
import { ensureWebBuilt } from "../../server/web-build";

/**
 * Creating a PGlite data folder runs initdb (~4 s); opening an existing one takes ~0.3 s. So the
 * suite migrates one template folder once and each test copies it (see freshDatabase).
 */
export default async function setup(): Promise<() => void> {
  // Built once here, so test files that start `flightdeck start` never build the client in parallel.
  // FLIGHTDECK_SKIP_WEB_BUILD=1 skips it for a quick run of server-only tests.
  if (!process.env.FLIGHTDECK_SKIP_WEB_BUILD) await ensureWebBuilt(WEB_ROOT, () => {});
  const root = mkdtempSync(join(tmpdir(), "flightdeck-template-"));
  const store = await openStore({ dataDir: root });
  await store.close();
  process.env.FLIGHTDECK_PGLITE_TEMPLATE = join(root, "pglite");
  return () => rmSync(root, { recursive: true, force: true });
}

/** Copies the migrated template into dataDir, when the global setup made one. */
export function seedPgliteFromTemplate(dataDir: string): void {
  const template = process.env.FLIGHTDECK_PGLITE_TEMPLATE;
  if (template && existsSync(template))
    cpSync(template, join(dataDir, "pglite"), { recursive: true });
}
