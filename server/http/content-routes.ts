import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";
import { briefingOf, type Content, type Scenario } from "../content";
import { IdSchema, LevelSchema } from "../content/common.schema";
import { TrackSchema } from "../content/scenario.schema";
import { ErrorCode, HTTP_STATUS } from "../errors";
import { errorBody } from "./errors";
import { parseInput } from "./invalid-input";

/** A filter takes one value, a repeated parameter, or a comma-separated list: `level=L1,L2`. */
const anyOf = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (v) =>
      (Array.isArray(v) ? v : [v]).flatMap((x) => (typeof x === "string" ? x.split(",") : [x])),
    z.array(schema),
  );

/** Filters for the scenario library: OR within one filter, AND across filters. */
export const ScenarioQuerySchema = z.strictObject({
  level: anyOf(LevelSchema).optional(),
  track: anyOf(TrackSchema).optional(),
  persona: anyOf(IdSchema).optional(),
  pattern: anyOf(IdSchema).optional(),
  difficulty: anyOf(z.coerce.number().int().min(1).max(5)).optional(),
});
export type ScenarioQuery = z.infer<typeof ScenarioQuerySchema>;

const IdParamsSchema = z.strictObject({ id: z.string() });

function matches(s: Scenario, q: ScenarioQuery): boolean {
  return (
    (!q.level || q.level.includes(s.level)) &&
    (!q.track || q.track.includes(s.track)) &&
    (!q.persona || s.personas.some((id) => q.persona?.includes(id))) &&
    (!q.pattern || s.patterns.some((id) => q.pattern?.includes(id))) &&
    (!q.difficulty || q.difficulty.includes(s.difficulty))
  );
}

function fail(reply: FastifyReply, code: ErrorCode, message: string) {
  return reply.status(HTTP_STATUS[code]).send(errorBody(code, message));
}

/**
 * Who plays the employee here, for the web client to say so (GET /api/engine): the built-in
 * offline engine, or a model by its name (never its address or key).
 */
export type EngineInfo = { engine: "offline" } | { engine: "model"; model: string };

/**
 * The library API: scenarios as briefings (never a persona's hidden fields), the pattern library,
 * and who plays the employee. Content is loaded and validated before this plugin is registered.
 */
export async function contentRoutes(
  app: FastifyInstance,
  opts: { content: Content; engine?: EngineInfo },
): Promise<void> {
  const { content } = opts;
  const engine: EngineInfo = opts.engine ?? { engine: "offline" };
  app.get("/api/engine", async () => engine);
  const briefings = new Map(
    [...content.scenarios.values()].map((s) => [s.id, briefingOf(s, content)]),
  );

  app.get("/api/scenarios", async (request) => {
    const query = parseInput(ScenarioQuerySchema, request.query, "query");
    const scenarios = [...content.scenarios.values()]
      .filter((s) => matches(s, query))
      .flatMap((s) => briefings.get(s.id) ?? []);
    return { scenarios };
  });

  app.get("/api/scenarios/:id", async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params, "path");
    const briefing = briefings.get(id);
    if (!briefing) return fail(reply, ErrorCode.ScenarioNotFound, `no scenario "${id}"`);
    return briefing;
  });

  app.get("/api/patterns", async () => {
    const patterns = [...content.patterns.values()].map((p) => ({
      id: p.id,
      title: p.title,
      level: p.level,
      version: p.version,
      context: p.context,
      problem: p.problem,
      scenarios: [...content.scenarios.values()]
        .filter((s) => s.patterns.includes(p.id))
        .map((s) => s.id),
    }));
    return { patterns };
  });

  app.get("/api/patterns/:id", async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params, "path");
    const pattern = content.patterns.get(id);
    if (!pattern) return fail(reply, ErrorCode.PatternNotFound, `no pattern "${id}"`);
    return pattern;
  });
}
