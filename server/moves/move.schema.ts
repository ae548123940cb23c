import { z } from "zod";

/**
 * Every move a manager turn can contain. The persona engine and the rubric engine both read moves,
 * so a persona reacts to exactly what gets scored. Adding a move is adding a row here.
 */
export const MOVE_KINDS = [
  "open_question",
  "closed_question",
  "reflection",
  "validation",
  "specific_observation",
  "impact_statement",
  "perspective_ask",
  "support_offer",
  "solution_collab",
  "next_step",
  "follow_up",
  "permission_ask",
  "advice",
  "information",
  "self_disclosure",
  "summary",
  "appreciation",
  "vague_feedback",
  "blame_absolute",
  "character_label",
  "dismissal",
  "threat",
  "sandwich",
] as const;

export const MoveKindSchema = z.enum(MOVE_KINDS);
export type MoveKind = z.infer<typeof MoveKindSchema>;

/** One detected move with its evidence: a character span [start, end) in the turn's text. */
export const MoveSchema = z.strictObject({
  move: MoveKindSchema,
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /**
   * "learned": added by the learned reader (server/moves/learned/reader.ts) where no rule found the
   * move; absent for the rules' own moves.
   */
  source: z.literal("learned").optional(),
});
export type Move = z.infer<typeof MoveSchema>;

export const SpeakerSchema = z.enum(["manager", "employee"]);
export type Speaker = z.infer<typeof SpeakerSchema>;

export const TranscriptTurnSchema = z.strictObject({
  speaker: SpeakerSchema,
  text: z.string(),
  /**
   * Which persona spoke an employee turn, where it is known (a live session): in a mediation a
   * model playing one of them reads the other's words as theirs, not as its own (server/sim/prompt.ts).
   */
  personaId: z.string().optional(),
  /**
   * The name of the employee who spoke, where known: a transcript file gives it ("**Employee (Elena
   * Voss):**" in the Markdown export, `name` in the JSON one), a live session's scorer adds it from
   * the persona. In a mediation the scorecard reads who agreed by it (server/rubric/score-steps.ts).
   */
  name: z.string().optional(),
});
export type TranscriptTurn = z.infer<typeof TranscriptTurnSchema>;

export const TranscriptSchema = z.strictObject({
  turns: z.array(TranscriptTurnSchema),
});
export type Transcript = z.infer<typeof TranscriptSchema>;

/**
 * What a turn is about. The offline persona answers the topic that was asked, and content files
 * key topic answers by these names.
 */
export const TOPICS = [
  "workload",
  "deadlines",
  "quality",
  "incident",
  "team",
  "peer",
  "career",
  "promotion",
  "compensation",
  "health",
  "process",
  "feedback",
  "goals",
] as const;
export const TopicSchema = z.enum(TOPICS);
export type Topic = z.infer<typeof TopicSchema>;
