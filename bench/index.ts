/**
 * `npm run bench [-- <name> …]`: runs each benchmark in bench/<name>.ts (all of them when none is
 * named), one child process each so they do not share a heap or a JIT warm-up. Each prints figures
 * and ends with one `name: key=value …` line for scripts.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
// Cheap, pure benchmarks first; the websocket load test last. The other files here
// (ws-load.ts, ws-baseline.ts) are child processes of the ws benchmark, not benchmarks.
const available = ["moves", "rubric", "persona", "warm-up", "turn-cost", "ws"];

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
