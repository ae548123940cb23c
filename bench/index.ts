/**
 * `npm run bench [-- <name> …]`: runs each benchmark in bench/<name>.ts (all of them when none is
 * named), one child process each so they do not share a heap or a JIT warm-up. Each prints figures
 * and ends with one `name: key=value …` line for scripts.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
// Order: cheap, pure benchmarks first; the websocket load test last.
const ORDER = ["moves", "rubric", "persona", "ws"];
const available = readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && f !== "index.ts" && !f.includes(".test."))
  .map((f) => f.slice(0, -3))
  .sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99));

const asked = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const unknown = asked.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(
    `bench: unknown benchmark ${unknown.join(", ")}; available: ${available.join(", ")}`,
  );
  process.exit(1);
}
let failed = 0;
for (const name of asked.length > 0 ? asked : available) {
  console.log(`\n== bench ${name} ==`);
  const run = spawnSync(process.execPath, ["--import", "tsx", `${dir}${name}.ts`], {
    stdio: "inherit",
  });
  if (run.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
