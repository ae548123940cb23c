import { z } from "zod";
import { ClientMessageSchema, ServerEventSchema } from "../sessions/protocol.schema";
import { LintRuleSchema } from "./lint-rule.schema";
import { PatternSchema } from "./pattern.schema";
import { PersonaSchema } from "./persona.schema";
import { ScenarioSchema } from "./scenario.schema";

const SCHEMAS = [
  { file: "persona.schema.json", title: "Flightdeck persona", schema: PersonaSchema },
  { file: "scenario.schema.json", title: "Flightdeck scenario", schema: ScenarioSchema },
  { file: "pattern.schema.json", title: "Flightdeck pattern", schema: PatternSchema },
  { file: "lint-rule.schema.json", title: "Flightdeck lint rule", schema: LintRuleSchema },
  // The websocket protocol (docs/protocol.md): every frame a client sends, every event it gets.
  {
    file: "protocol-client.schema.json",
    title: "Flightdeck websocket: client to server",
    schema: ClientMessageSchema,
  },
  {
    file: "protocol-server.schema.json",
    title: "Flightdeck websocket: server to client",
    schema: ServerEventSchema,
  },
] as const;

/**
 * The JSON Schema files for editors and other clients, by file name under schemas/, as the exact
 * text to commit.
 * Cross-file checks (ids, references, slots) are not expressible here; `flightdeck validate` runs them.
 */
export function jsonSchemaFiles(): Record<string, string> {
  return Object.fromEntries(
    SCHEMAS.map(({ file, title, schema }) => {
      const json = { ...z.toJSONSchema(schema, { io: "input" }), title };
      return [file, `${JSON.stringify(json, null, 2)}\n`];
    }),
  );
}
