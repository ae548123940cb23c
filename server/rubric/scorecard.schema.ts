import { z } from "zod";
import { MoveKindSchema } from "../moves/move.schema";

/**
 * The scorecard of one transcript against one pattern. The web client imports this file, so it
 * imports only zod and other schema files. Every number on it can be traced to a quoted turn or to
 * a formula written out in `explanation`.
 */

/** Bumped when the scoring rules themselves change (not the pattern), so old scores stay explainable. */
export const SCORER_VERSION = 4;

export const STEP_STATUSES = ["hit", "partial", "missed", "not_applicable"] as const;
export const StepStatusSchema = z.enum(STEP_STATUSES);
export type StepStatus = z.infer<typeof StepStatusSchema>;

/** A quoted span [start, end) of transcript turn `turn` (0-based index into `turns`). */
export const EvidenceSchema = z.strictObject({
  turn: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: z.string(),
  move: MoveKindSchema,
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** In a conversation with several employees, who took up a proposed step and who did not yet. */
export const StepAgreementSchema = z.strictObject({
  /** First names, in the order they first spoke. */
  agreed: z.array(z.string()).min(1),
  waiting: z.array(z.string()).min(1),
});
export type StepAgreement = z.infer<typeof StepAgreementSchema>;

export const StepResultSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  status: StepStatusSchema,
  required: z.boolean(),
  /** In transcript order; for `partial`, the evidence that came too early. */
  evidence: z.array(EvidenceSchema),
  /** False when the step came only before a step it must follow (see the pattern's mustFollow). */
  orderOk: z.boolean(),
  /** One plain-language line: why this status. */
  note: z.string(),
  /** A step about agreeing, taken up by some of the employees but not all (a mediation). */
  agreement: StepAgreementSchema.optional(),
});
export type StepResult = z.infer<typeof StepResultSchema>;

export const AntiPatternFlagSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  /** The manager turn the flag sits on, and the span in it that shows the problem. */
  turn: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: z.string(),
  /** What fired: a move kind, or a structure such as `question_stack`. */
  trigger: z.string(),
  critical: z.boolean(),
  why: z.string(),
  better: z.string(),
  /**
   * Set when another flag on the same sentence carries the penalty (one penalty per sentence, the
   * most severe wins; docs/scoring.md): the id of that flag. This one is listed, without points,
   * and never fails the attempt.
   */
  sameSentenceAs: z.string().optional(),
  /**
   * Set when the problem spreads over several manager turns (a sandwich: praise, criticism and
   * praise again, with the employee's short replies between): the earlier parts, in turn order,
   * each with its turn, span and quote. The flag itself sits on the turn that closes it.
   */
  across: z
    .array(
      z.strictObject({
        turn: z.number().int().min(0),
        start: z.number().int().min(0),
        end: z.number().int().min(0),
        quote: z.string(),
      }),
    )
    .optional(),
});
export type AntiPatternFlag = z.infer<typeof AntiPatternFlagSchema>;

export const BandSchema = z.enum(["poor", "fair", "good"]);
export type Band = z.infer<typeof BandSchema>;

/**
 * A metric with its reference band. `fair` and `good` are the band edges; `higherIsBetter` says
 * which way they run (e.g. reflection-to-question: fair ≥ 1, good ≥ 2).
 */
export const MetricSchema = z.strictObject({
  /** null when the detectors cannot measure it (shown as "not measured", never as 0). */
  value: z.number().nullable(),
  unit: z.enum(["share", "ratio", "count", "words"]),
  /** null when there is no value or no published reference for this figure. */
  band: BandSchema.nullable(),
  thresholds: z
    .strictObject({ fair: z.number(), good: z.number(), higherIsBetter: z.boolean() })
    .nullable(),
  source: z.string(),
  note: z.string().optional(),
});
export type Metric = z.infer<typeof MetricSchema>;

export const MetricsSchema = z.strictObject({
  /** Share of all words spoken by the manager, 0–1. */
  managerTalkShare: MetricSchema,
  /** Manager turns with at least one question. */
  questions: MetricSchema,
  /** Open questions / questions, 0–1. */
  openQuestionShare: MetricSchema,
  /** Reflections / questions (MITI R:Q). */
  reflectionToQuestion: MetricSchema,
  /** Complex reflections / reflections; null until the detectors separate simple from complex. */
  complexReflectionShare: MetricSchema,
  /** Manager turns with advice given before asking permission. */
  adviceWithoutPermission: MetricSchema,
  /** Words in the longest manager turn. */
  longestMonologue: MetricSchema,
  /** Negative moves (blame, labels, dismissal, threats …) per manager turn. */
  negativeMovesPerTurn: MetricSchema,
  /** The moves module's 0–1 listening-quality index (conversationQuality). */
  listeningQuality: MetricSchema,
});
export type Metrics = z.infer<typeof MetricsSchema>;
export type MetricName = keyof Metrics;

export const JudgeStepSchema = z.strictObject({
  id: z.string(),
  status: StepStatusSchema,
  /** Turns the model pointed at, as transcript positions (as evidence's `turn`). */
  turns: z.array(z.number().int().min(0)),
  reason: z.string(),
  /** True when the judge's status equals the rule engine's for this step. */
  agrees: z.boolean(),
});
export type JudgeStep = z.infer<typeof JudgeStepSchema>;

/** A model's second opinion, shown beside the rule score; it never changes `overall` or `passed`. */
export const JudgeOpinionSchema = z.strictObject({
  model: z.string(),
  steps: z.array(JudgeStepSchema),
  /** Share of steps where the judge agrees with the rule engine, 0–1. */
  agreement: z.number().min(0).max(1),
  summary: z.string(),
});
export type JudgeOpinion = z.infer<typeof JudgeOpinionSchema>;

/**
 * A second opinion asked for and not had, in place of `judge` (a practice session's scorecard when a
 * model is configured): still asked, or failed with the reason. Never a score.
 */
export const JudgeStatusSchema = z.strictObject({
  status: z.enum(["asked", "failed"]),
  model: z.string(),
  /** Why it failed, in plain words ("the judge model's answer is not JSON"). */
  problem: z.string().optional(),
});
export type JudgeStatus = z.infer<typeof JudgeStatusSchema>;

export const ScorecardSchema = z.strictObject({
  patternId: z.string(),
  /** The pattern file's version plus a short hash of its content, e.g. `1+3f9a2c1b`. */
  rubricVersion: z.string(),
  /** The version of these scoring rules (SCORER_VERSION when it was scored). */
  scorerVersion: z.number().int().min(1),
  overall: z.number().int().min(0).max(100),
  /** How `overall` was computed, in plain language with the numbers. */
  explanation: z.string(),
  /** Decided by rules, not by `overall`: see failReasons. */
  passed: z.boolean(),
  failReasons: z.array(z.string()),
  steps: z.array(StepResultSchema),
  antiPatterns: z.array(AntiPatternFlagSchema),
  metrics: MetricsSchema,
  judge: JudgeOpinionSchema.optional(),
  judgeStatus: JudgeStatusSchema.optional(),
});
export type Scorecard = z.infer<typeof ScorecardSchema>;
