// Writes schemas/*.json from the zod content schemas (`npm run schemas`); a test fails when stale.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { jsonSchemaFiles } from "../server/content";

const dir = join(import.meta.dirname, "..", "schemas");
for (const [name, text] of Object.entries(jsonSchemaFiles())) {
  await writeFile(join(dir, name), text);
  process.stdout.write(`wrote schemas/${name}\n`);
}
