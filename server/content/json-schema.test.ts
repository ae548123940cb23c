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

  it("writes the content schemas and the websocket protocol's two", () => {
    expect(Object.keys(jsonSchemaFiles()).sort()).toEqual([
      "lint-rule.schema.json",
      "pattern.schema.json",
      "persona.schema.json",
      "protocol-client.schema.json",
      "protocol-server.schema.json",
      "scenario.schema.json",
    ]);
  });

  it("describes every websocket message type", () => {
    const client = JSON.parse(jsonSchemaFiles()["protocol-client.schema.json"] as string) as {
      oneOf: { properties: { type: { const: string } } }[];
    };
    expect(client.oneOf.map((o) => o.properties.type.const)).toContain("undo_rewind");
    const server = JSON.parse(jsonSchemaFiles()["protocol-server.schema.json"] as string) as {
      oneOf: { properties: { type: { const: string } } }[];
    };
    expect(server.oneOf.map((o) => o.properties.type.const)).toContain("reply_delta");
  });
});
