/**
 * Trains the learned reader (server/moves/learned/) on Flightdeck's own labelled manager lines and
 * writes server/moves/learned/weights.json. Deterministic: the same sets give the same bytes.
 *   npm run train:moves [-- --check]
 * `--check` writes nothing and exits 1 when the committed weights are not what the sets give.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { trainShippedModel } from "../eval/learned/ship";

const ROOT = resolve(import.meta.dirname, "..");
const OUT = join(ROOT, "server", "moves", "learned", "weights.json");

const text = trainShippedModel(join(ROOT, "eval", "manager-lines"));
if (process.argv.includes("--check")) {
  const same = readFileSync(OUT, "utf8") === text;
  process.stdout.write(
    same ? "weights.json is up to date\n" : "weights.json is stale: run npm run train:moves\n",
  );
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(OUT, text);
  process.stdout.write(`wrote ${OUT}\n`);
}
