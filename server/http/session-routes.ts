import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Content } from "../content";
import { type ExportNotes, exportJson, exportMarkdown } from "../sessions/export";
import { SessionOptionsSchema } from "../sessions/protocol.schema";
import type { Actor, SessionService } from "../sessions/session-service";
import { parseInput as parse } from "./invalid-input";

const CreateBodySchema = z.strictObject({
  scenarioId: z.string().min(1).max(64),
  seed: z.number().int().min(0).max(2_147_483_647).optional(),
  options: SessionOptionsSchema.partial().optional(),
});
const IdParamsSchema = z.strictObject({ id: z.string().min(1).max(64) });
const ListQuerySchema = z.strictObject({ scenarioId: z.string().max(64).optional() });
const ExportQuerySchema = z.strictObject({ format: z.enum(["json", "md"]).default("json") });

export interface SessionRoutesOptions {
  sessions: SessionService;
  content: Content;
  actorOf: (request: FastifyRequest) => Actor;
  /** The review notes on a session (comments, adjustments, set-asides), for its exports. */
  notesOf?: (request: FastifyRequest, sessionId: string) => Promise<ExportNotes>;
}

/** REST for practice sessions: the paths scripts and other clients rely on (docs/protocol.md). */
export async function sessionRoutes(
  app: FastifyInstance,
  opts: SessionRoutesOptions,
): Promise<void> {
  const { sessions } = opts;
  app.post("/api/sessions", async (request, reply) => {
    const body = parse(CreateBodySchema, request.body, "body");
    const view = await sessions.create(opts.actorOf(request), body);
    return reply.status(201).send(view.session);
  });
  app.get("/api/sessions", async (request) => {
    const query = parse(ListQuerySchema, request.query, "query");
    return { sessions: await sessions.list(opts.actorOf(request), query.scenarioId) };
  });
  app.get("/api/sessions/:id", async (request) => {
    const { id } = parse(IdParamsSchema, request.params, "path");
    return sessions.record(opts.actorOf(request), id);
  });
  app.get("/api/sessions/:id/export", async (request, reply) => {
    const { id } = parse(IdParamsSchema, request.params, "path");
    const { format } = parse(ExportQuerySchema, request.query, "query");
    const actor = opts.actorOf(request);
    const found = await sessions.record(actor, id);
    // Whoever may read the session may read its notes (policy: session.read = review.read). It is
    // written for who downloads it: the manager in the second person, a reviewer in the third.
    const record = {
      ...found,
      readerId: actor.id,
      notes: opts.notesOf ? await opts.notesOf(request, id) : undefined,
    };
    const filename = `flightdeck-${record.session.scenarioId}-${id.slice(0, 8)}`;
    if (format === "json") {
      return reply
        .header("content-disposition", `attachment; filename="${filename}.json"`)
        .send(exportJson(record, opts.content));
    }
    return reply
      .type("text/markdown; charset=utf-8")
      .header("content-disposition", `attachment; filename="${filename}.md"`)
      .send(exportMarkdown(record, opts.content));
  });
  app.delete("/api/sessions/:id", async (request, reply) => {
    const { id } = parse(IdParamsSchema, request.params, "path");
    await sessions.remove(opts.actorOf(request), id);
    return reply.status(204).send();
  });
}
