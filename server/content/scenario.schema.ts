import { z } from "zod";
import { MoveKindSchema } from "../moves/move.schema";
import {
  boundedNumber,
  IdSchema,
  LevelSchema,
  lineBank,
  SchemaRefSchema,
  SLOT_NAME,
  TextSchema,
  TrackSchema,
  wholeNumber,
} from "./common.schema";
import { ConcernSchema, IntentSchema, PresumptionSchema, TopicLinesSchema } from "./persona.schema";
import { RegexSchema } from "./regex.schema";

export { TRACKS, type Track, TrackSchema } from "./common.schema";

/** Slot name → value, e.g. `missed_sprints: "3 of the last 4 sprints"`. */
export const FactsSchema = z.record(
  z.string().regex(SLOT_NAME, { error: "expected a slot name in snake_case, e.g. sprint_name" }),
  z.string().min(1, { error: "must not be empty" }).max(300),
);

/** Checked by code at the end of a session; all given conditions must hold for `resolved`. */
export const SuccessCriteriaSchema = z.strictObject({
  /** At least this many hidden concerns revealed (across the scenario's personas). */
  concernsRevealed: wholeNumber(0, 10),
  /** These concern ids in particular must be revealed. */
  mustReveal: z.array(IdSchema).optional(),
  /** Each of these moves appears in at least one manager turn. */
  movesUsed: z.array(MoveKindSchema).optional(),
  /** The persona committed to a specific next step (a `commit` reply). */
  agreedNextStep: z.boolean(),
  /** Final trust of every persona is at least this. */
  minTrust: boundedNumber(0, 1).optional(),
});
export type SuccessCriteria = z.infer<typeof SuccessCriteriaSchema>;

/** Per-scenario changes to one persona: `concerns` replace the persona's, `topicLines` replace per topic. */
export const PersonaOverrideSchema = z
  .strictObject({
    concerns: z.array(ConcernSchema).min(1).optional(),
    topicLines: TopicLinesSchema.optional(),
    /**
     * What this scenario is about, for this persona, in lower-case word beginnings ("sprint",
     * "estimat"): a line of theirs that names a subject of another scenario they play is not spoken
     * in this one, so the RFC feud does not leak into a celebration.
     */
    subjects: z
      .array(
        z.string().regex(/^[\p{Ll}\d][\p{Ll}\d ',.-]*$/u, { error: "expected lower-case words" }),
      )
      .optional(),
    /** Lines of this scenario's own, added to the persona's bank of each intent. */
    phrases: z.partialRecord(IntentSchema, lineBank(1, "lines")).optional(),
    /** Closing fragments of this scenario's own, added to the persona's. */
    closers: lineBank(1, "closers").optional(),
    /**
     * The news this persona does not know when the conversation starts, as the words that tell it (a
     * case-insensitive regular expression: "not (?:yet|this cycle)|didn't happen"). Until the
     * manager says them, their lines that presume it (`presumes` with `told`) are not said.
     */
    news: RegexSchema.optional(),
    /**
     * What the news is about, in plain words from their side and without its outcome ("the
     * committee's decision on your promotion to {target_level}"): a model playing them is told
     * whether they have heard it yet. The outcome itself reaches the model only in the manager's words.
     */
    newsAbout: TextSchema.optional(),
    /** Lines of this scenario's own (phrases, concerns) that presume something came first. */
    presumes: z.array(PresumptionSchema).optional(),
    /**
     * In a mediation, the work in dispute is theirs (Tomás's RFC): a verdict on it with no name
     * ("the RFC wasn't ready") is a side taken against them, as the scorecard reads it.
     */
    ownsContestedWork: z.literal(true).optional(),
    /**
     * With ownsContestedWork: what the work in dispute is called ("kafka", "order events"), lower
     * case. Choosing it ("we go with Kafka"), agreeing with it or turning it down by that name is a
     * side taken, for the other or for them.
     */
    workNames: z.array(z.string().min(2).max(60)).max(12).optional(),
  })
  .superRefine((o, ctx) => {
    if (o.workNames !== undefined && o.ownsContestedWork === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["workNames"],
        message: "workNames names the contested work: give it with ownsContestedWork: true",
      });
    if (o.news !== undefined && o.newsAbout === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["newsAbout"],
        message:
          'news needs newsAbout: what the news is about, in plain words from their side, without the outcome ("the committee\'s decision on your promotion to {target_level}"), so a model playing them knows whether they have heard it',
      });
    if (o.newsAbout !== undefined && o.news === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["news"],
        message:
          'newsAbout needs news: the words that tell it, as a case-insensitive regular expression ("not (?:yet|this cycle)|didn\'t happen")',
      });
  });
export type PersonaOverride = z.infer<typeof PersonaOverrideSchema>;

export const ScenarioSchema = z.strictObject({
  $schema: SchemaRefSchema,
  id: IdSchema,
  title: z.string().min(1).max(120),
  level: LevelSchema,
  track: TrackSchema,
  /** Short label for the library card, e.g. "difficult feedback". */
  skill: z.string().min(1).max(40),
  /**
   * Optional: a few words a manager might search the library with that the card's own text does
   * not contain ("deadline", "underperforming"); any form of a word is found (see docs/authoring.md).
   */
  searchTerms: z.array(z.string().min(1).max(40)).max(12).optional(),
  /** Who the person practising plays, e.g. "Engineering manager of Payments, 4 months in". */
  yourRole: z.string().min(1).max(200),
  /**
   * What the persona calls the person practising, as a role: "mentor", "tech lead". A model playing
   * them is told it is talking with its `counterpart` ("your mentor"). Default "manager".
   */
  counterpart: z
    .string()
    .regex(/^[\p{Ll}][\p{Ll} -]*$/u, { error: "expected a role in lower case, e.g. mentor" })
    .max(40)
    .optional(),
  /** One persona, or two for a mediation. */
  personas: z
    .array(IdSchema)
    .min(1, { error: "expected 1 or 2 persona ids" })
    .max(2, { error: "expected 1 or 2 persona ids" }),
  patterns: z.array(IdSchema).min(1, { error: "expected at least 1 pattern id" }),
  /** 1 gentle … 5 hard: sets the starting hidden state, reveal thresholds and gains. */
  difficulty: wholeNumber(1, 5),
  turnLimit: wholeNumber(4, 60),
  estimatedMinutes: wholeNumber(1, 90),
  /** The briefing the manager reads. Never the hidden truth. */
  situation: TextSchema,
  goal: TextSchema,
  /** Facts the manager knows (shown in the briefing) and persona lines may use as `{slot}`s. */
  facts: FactsSchema,
  /** Facts only the persona knows (used in reveal lines); never shown in the briefing. */
  hiddenFacts: FactsSchema.optional(),
  successCriteria: SuccessCriteriaSchema,
  /** Keyed by persona id; only personas of this scenario. */
  overrides: z.record(IdSchema, PersonaOverrideSchema).optional(),
});
export type Scenario = z.infer<typeof ScenarioSchema>;
