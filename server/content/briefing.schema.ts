import { z } from "zod";
import { LevelSchema, SenioritySchema, TrackSchema } from "./common.schema";

/**
 * Shapes of what the manager may see of the content (GET /api/scenarios, GET /api/scenarios/:id):
 * the server's briefings are typed by these and the web client validates its answers with them.
 * Loose objects, so a field added later is not an error for an older client. Only zod and the
 * small shared enums are imported, so the client bundle stays small.
 */

/** What the manager may know about a persona: the public face only, never the hidden truth. */
export const PersonaCardSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  pronouns: z.string(),
  role: z.string(),
  seniority: SenioritySchema,
  tenure: z.string(),
  summary: z.string(),
  knownFacts: z.array(z.string()),
});
export type PersonaCard = z.infer<typeof PersonaCardSchema>;

export const PatternOutlineSchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  level: LevelSchema,
  version: z.union([z.number(), z.string()]),
  steps: z.array(
    z.looseObject({
      id: z.string(),
      title: z.string(),
      description: z.string().optional(),
      required: z.boolean(),
    }),
  ),
  snippet: z.string(),
});
export type PatternOutline = z.infer<typeof PatternOutlineSchema>;

/** A scenario as the manager sees it before and during practice (library card fields included). */
export const BriefingSchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  level: LevelSchema,
  track: TrackSchema,
  skill: z.string(),
  /** The scenario's extra search words, when it has some. */
  searchTerms: z.array(z.string()).optional(),
  difficulty: z.number(),
  turnLimit: z.number().int(),
  estimatedMinutes: z.number(),
  yourRole: z.string(),
  situation: z.string(),
  goal: z.string(),
  facts: z.record(z.string(), z.string()),
  personas: z.array(PersonaCardSchema),
  patterns: z.array(PatternOutlineSchema),
});
export type Briefing = z.infer<typeof BriefingSchema>;

/** GET /api/scenarios. */
export const BriefingListSchema = z.looseObject({ scenarios: z.array(BriefingSchema) });
