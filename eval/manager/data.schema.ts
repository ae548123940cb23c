import { z } from "zod";
import { MoveKindSchema, TranscriptTurnSchema } from "../../server/moves/move.schema";
import { StepStatusSchema } from "../../server/rubric/scorecard.schema";

/**
 * The manager-language sets in eval/manager-lines/: lines and whole conversations written the way
 * engineering managers talk, labelled by hand without reading the rules (eval/manager-lines/README.md).
 */

/** One manager line: the moves it must carry, and near-misses it must not be read as. */
export const LabelledLineSchema = z.strictObject({
  id: z.string().min(1),
  scenario: z.string().min(1).optional(),
  /** The employee's line just before, for moves that answer it (reflection, summary, validation). */
  previous: z.string().optional(),
  text: z.string().min(1),
  moves: z.array(MoveKindSchema).default([]),
  not: z.array(MoveKindSchema).default([]),
});
export type LabelledLine = z.infer<typeof LabelledLineSchema>;

/** One practice conversation with what a fair mentor would conclude under the pattern's rules. */
export const LabelledConversationSchema = z.strictObject({
  id: z.string().min(1),
  scenario: z.string().min(1),
  pattern: z.string().min(1),
  style: z.string().optional(),
  expect: z.strictObject({
    passed: z.boolean(),
    /** Only the steps the writer was sure of, by step id. */
    steps: z.record(z.string(), StepStatusSchema).default({}),
    /** Anti-pattern ids that must be flagged. */
    flags: z.array(z.string()).default([]),
    why: z.string().optional(),
  }),
  turns: z.array(TranscriptTurnSchema).min(1),
});
export type LabelledConversation = z.infer<typeof LabelledConversationSchema>;
