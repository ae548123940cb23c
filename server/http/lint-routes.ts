import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Content } from "../content";
import { ErrorCode, HTTP_STATUS } from "../errors";
import { lintDraft } from "../rubric";
import { MAX_DRAFT_CHARS } from "../sessions/record.schema";
import { errorBody } from "./errors";

export { MAX_DRAFT_CHARS };

const LintBodySchema = z.strictObject({
  text: z.string().max(MAX_DRAFT_CHARS, {
    error: `expected at most ${MAX_DRAFT_CHARS} characters`,
  }),
});

/** `POST /api/lint {"text"}` → `{"flags":[…]}`: the leadership linter on a draft message. */
export async function lintRoutes(app: FastifyInstance, opts: { content: Content }): Promise<void> {
  const rules = [...opts.content.lintRules.values()];
  app.post("/api/lint", async (request, reply) => {
    const body = LintBodySchema.safeParse(request.body ?? {});
    if (!body.success) {
      const message = body.error.issues
        .map((i) => `${["body", ...i.path.map(String)].join(".")}: ${i.message}`)
        .join("; ");
      return reply
        .status(HTTP_STATUS[ErrorCode.BadRequest])
        .send(errorBody(ErrorCode.BadRequest, message));
    }
    return lintDraft(body.data.text, rules);
  });
}
