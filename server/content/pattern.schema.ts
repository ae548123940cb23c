import { z } from "zod";
import { MoveKindSchema } from "../moves/move.schema";
import { IdSchema, LevelSchema, LineSchema, SchemaRefSchema, TextSchema } from "./common.schema";
import { IntentSchema } from "./persona.schema";
import { RegexSchema } from "./regex.schema";

/**
 * A step does not apply (shown as "not applicable", not missed) when any given condition holds:
 * an employee turn contains one of `employeeUsed` (found by the same move detectors as manager
 * turns), or a persona reply was given with one of `employeeIntent` (live sessions record intents).
 */
export const NotApplicableSchema = z
  .strictObject({
    employeeUsed: z.array(MoveKindSchema).min(1).optional(),
    employeeIntent: z.array(IntentSchema).min(1).optional(),
    /** Shown on the scorecard, e.g. "the engineer proposed the follow-up themselves". */
    reason: TextSchema,
  })
  .refine((c) => c.employeeUsed !== undefined || c.employeeIntent !== undefined, {
    error: "expected employeeUsed or employeeIntent",
  });
export type NotApplicable = z.infer<typeof NotApplicableSchema>;

/**
 * A step about agreeing (a next step, a goal, how to decide) is done only when the employee agrees:
 * an employee turn right after a manager turn that evidences it takes it up, or the employee's turn
 * just before it proposed it (`employeeUsed`, the manager taking their step). Where the persona's
 * reply intent was recorded (live sessions) it decides (`employeeIntent`, as the persona engine's
 * "agreed to a next step" counts a `commit`); elsewhere the reply is read (server/moves/agreement.ts).
 * Evidenced but not agreed, the step is partial, with `note`.
 */
export const AgreedWhenSchema = z.strictObject({
  employeeIntent: z.array(IntentSchema).min(1),
  employeeUsed: z.array(MoveKindSchema).min(1).optional(),
  /** Shown on a step evidenced but not agreed, e.g. "proposed; they did not agree yet". */
  note: TextSchema,
});
export type AgreedWhen = z.infer<typeof AgreedWhenSchema>;

/**
 * Sentence readers: what a sentence says that no single move names, read in code so that the
 * persona engine and the scorecard read it alike. Each flags the sentences it finds, whatever moves
 * they carry (or none: "Elena's right."):
 * - side_taken: in a mediation, a side taken (server/sim/sides.ts `sideSentences`): one of them
 *   declared right or wrong, the speaker's agreement given to one, one side's call chosen or called
 *   better, the contested work judged, one person's conduct judged
 * - promised_outcome: an outcome the manager does not control promised ("I can promise you'll get
 *   it in H1"), server/sim/disowning.ts
 * - disowned_decision: the decision disowned or undermined ("it's not my decision", "honestly I
 *   think they got it wrong", "I could ask them to reconsider"), server/sim/disowning.ts
 * - ruling: in a mediation, the question ruled on (server/rubric/ruling.ts `rulingSentences`): "I'll
 *   decide it then", "we go with kafka", "you should both just go with the simpler design"
 */
export const READERS = ["side_taken", "promised_outcome", "disowned_decision", "ruling"] as const;
export const ReaderSchema = z.enum(READERS);
export type Reader = z.infer<typeof ReaderSchema>;

/**
 * When a move counts, judged on the sentence it was found in (its span): every condition given must
 * hold. Steps use it to say which sentences evidence them ("praise counts as specific only with a
 * concrete detail"), anti-patterns which sentences show them ("advice, unless it is about sharing
 * the win"). `withMoves`/`unlessMoves`: another move detected on the same sentence (overlapping
 * span); `matches`/`unlessMatches`: the sentence's text, case-insensitive; `unlessReads`: a
 * sentence reader (READERS) finds nothing in it.
 */
export const SentenceConditionSchema = z
  .strictObject({
    withMoves: z.array(MoveKindSchema).min(1).optional(),
    unlessMoves: z.array(MoveKindSchema).min(1).optional(),
    matches: RegexSchema.optional(),
    unlessMatches: RegexSchema.optional(),
    unlessReads: z.array(ReaderSchema).min(1).optional(),
  })
  .refine(
    (c) =>
      c.withMoves !== undefined ||
      c.unlessMoves !== undefined ||
      c.matches !== undefined ||
      c.unlessMatches !== undefined ||
      c.unlessReads !== undefined,
    {
      error: "expected at least one of withMoves, unlessMoves, matches, unlessMatches, unlessReads",
    },
  );
export type SentenceCondition = z.infer<typeof SentenceConditionSchema>;

/** Per move kind of `evidencedBy` or `moves`, the condition its sentence must meet. */
const WhereSchema = z.partialRecord(MoveKindSchema, SentenceConditionSchema);
export type Where = z.infer<typeof WhereSchema>;

/** A `where` key that names no move of the list would be silently ignored: reject it. */
function checkWhere(
  where: Where | undefined,
  moves: readonly string[] | undefined,
  field: string,
  ctx: z.RefinementCtx,
): void {
  for (const kind of Object.keys(where ?? {})) {
    if (moves?.includes(kind)) continue;
    ctx.addIssue({
      code: "custom",
      path: ["where", kind],
      message: `"${kind}" is not in ${field}, so this condition would never apply`,
    });
  }
}

export const StepSchema = z
  .strictObject({
    id: IdSchema,
    title: z.string().min(1).max(120),
    description: TextSchema.optional(),
    /** A manager turn containing any of these moves evidences the step. */
    evidencedBy: z.array(MoveKindSchema).min(1, { error: "expected at least 1 move" }),
    /** Sentence conditions per move of evidencedBy: a move whose sentence fails them is no evidence. */
    where: WhereSchema.optional(),
    /** A missed required step fails the attempt whatever the overall score. */
    required: z.boolean(),
    /** Order matters: this step counts only when it comes after each of these (earlier) steps. */
    mustFollow: z.array(IdSchema).optional(),
    /**
     * Position matters: done after the manager's first `byTurn` turns, the step is only partial
     * ("Share the decision clearly, first": a greeting may come before it, three turns of hedging
     * may not).
     */
    byTurn: z.number().int().min(1).max(20).optional(),
    notApplicableWhen: NotApplicableSchema.optional(),
    /** The step is about their agreement: done only once they agree (AgreedWhenSchema). */
    agreedWhen: AgreedWhenSchema.optional(),
  })
  .superRefine((step, ctx) => checkWhere(step.where, step.evidencedBy, "evidencedBy", ctx));
export type Step = z.infer<typeof StepSchema>;

/**
 * Shapes of a conversation that hurt, beyond single moves. Each is checkable on a transcript:
 * - advice_before_asking: an `advice` move before any open_question or perspective_ask
 * - solution_before_perspective: solution_collab or next_step before any perspective_ask
 * - question_stack: one manager turn asks three or more questions
 * - monologue: one manager turn longer than 120 words
 * - no_next_step: the conversation ends with no next_step from the manager
 * - talk_dominance: the manager speaks more than 60% of the words
 */
export const STRUCTURES = [
  "advice_before_asking",
  "solution_before_perspective",
  "question_stack",
  "monologue",
  "no_next_step",
  "talk_dominance",
] as const;
export const StructureSchema = z.enum(STRUCTURES);
export type Structure = z.infer<typeof StructureSchema>;

export const AntiPatternSchema = z
  .strictObject({
    id: IdSchema,
    title: z.string().min(1).max(120),
    /** Flagged on a manager turn containing any of these moves. */
    moves: z.array(MoveKindSchema).min(1).optional(),
    /**
     * Sentence conditions per move of `moves` (and `advice` under advice_before_asking): a move
     * whose sentence fails them is not flagged.
     */
    where: WhereSchema.optional(),
    structure: StructureSchema.optional(),
    /** Flagged on each manager sentence this reader finds (READERS), with or without a move. */
    reader: ReaderSchema.optional(),
    /** A critical flag fails the attempt whatever the overall score. */
    critical: z.boolean(),
    why: TextSchema,
    /** The better phrasing shown next to the flagged turn. */
    better: TextSchema,
  })
  .refine((a) => a.moves !== undefined || a.structure !== undefined || a.reader !== undefined, {
    error: "expected moves, structure or reader",
  })
  // advice_before_asking's advice may be narrowed by `where.advice` too ("advice on the design").
  .superRefine((a, ctx) =>
    checkWhere(
      a.where,
      a.structure === "advice_before_asking" ? [...(a.moves ?? []), "advice"] : a.moves,
      "moves",
      ctx,
    ),
  );
export type AntiPattern = z.infer<typeof AntiPatternSchema>;

/** One manager utterance and every move a careful reader finds in it (detector test cases). */
export const ExampleSchema = z.strictObject({
  text: LineSchema,
  moves: z.array(MoveKindSchema).min(1, { error: "expected at least 1 move" }),
});
export type Example = z.infer<typeof ExampleSchema>;

const VERSION_ERROR = 'expected a whole number (3) or a semver string ("1.2.0")';

export const PatternSchema = z.strictObject({
  $schema: SchemaRefSchema,
  id: IdSchema,
  title: z.string().min(1).max(120),
  level: LevelSchema,
  /** Pinned on every scorecard; bump it when steps or anti-patterns change. */
  version: z.union(
    [z.number().int().min(1), z.string().regex(/^\d+\.\d+\.\d+$/, { error: VERSION_ERROR })],
    {
      error: VERSION_ERROR,
    },
  ),
  context: TextSchema,
  problem: TextSchema,
  /** In the order a conversation would usually take them. */
  steps: z.array(StepSchema).min(2, { error: "expected at least 2 steps" }),
  antiPatterns: z.array(AntiPatternSchema).min(1, { error: "expected at least 1 anti-pattern" }),
  examples: z.strictObject({
    good: z.array(ExampleSchema).min(4, { error: "expected at least 4 good examples" }),
    bad: z.array(ExampleSchema).min(4, { error: "expected at least 4 bad examples" }),
  }),
  /** A starter template a new manager adapts; a starting point, not a script. */
  snippet: TextSchema,
  /**
   * The bands of "How much of the talking you did" when this conversation asks the manager to
   * present (a plan, its examples and expectations) and so to talk more than in a 1-on-1; without
   * it, fair up to 60% and good up to 50%. `why` is shown as the band's source.
   */
  talkShare: z
    .strictObject({
      fair: z.number().gt(0).lt(1),
      good: z.number().gt(0).lt(1),
      why: z.string().min(1).max(200),
    })
    .refine((b) => b.good < b.fair, {
      error: "good must be below fair (less talking is better)",
      path: ["good"],
    })
    .optional(),
});
export type Pattern = z.infer<typeof PatternSchema>;
