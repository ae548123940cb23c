import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Content } from "../content";
import { lintDraft } from "../rubric";
import { MAX_DRAFT_CHARS } from "../sessions/record.schema";
import { parseInput } from "./invalid-input";

export { MAX_DRAFT_CHARS };

const LintBodySchema = z.strictObject({
  text: z.string().max(MAX_DRAFT_CHARS, {
    error: `expected at most ${MAX_DRAFT_CHARS} characters`,
  }),
});

/** `POST /api/lint {"text"}` → `{"flags":[…]}`: the leadership linter on a draft message. */
export async function lintRoutes(app: FastifyInstance, opts: { content: Content }): Promise<void> {
  const rules = [...opts.content.lintRules.values()];
  app.post("/api/lint", async (request) => {
    const body = parseInput(LintBodySchema, request.body, "body");
    return lintDraft(body.text, rules);
  });
}
