import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchemaFiles } from "./index";

const SCHEMAS_DIR = join(import.meta.dirname, "..", "..", "schemas");

describe("committed JSON Schema", () => {
  it.each(Object.entries(jsonSchemaFiles()))(
    "schemas/%s matches the zod schema (run `npm run schemas` if not)",
    async (name, generated) => {
      expect(await readFile(join(SCHEMAS_DIR, name), "utf8")).toBe(generated);
    },
  );

  it("writes all four schemas", () => {
    expect(Object.keys(jsonSchemaFiles()).sort()).toEqual([
      "lint-rule.schema.json",
      "pattern.schema.json",
      "persona.schema.json",
      "scenario.schema.json",
    ]);
  });
});
