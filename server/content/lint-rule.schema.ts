import { z } from "zod";
import { MoveKindSchema } from "../moves/move.schema";
import { IdSchema, LineSchema, SchemaRefSchema, TextSchema } from "./common.schema";

/** A case-insensitive JavaScript regular expression, checked to compile. */
const RegexSchema = z
  .string()
  .min(1)
  .superRefine((source, ctx) => {
    try {
      new RegExp(source, "i");
    } catch (err) {
      ctx.addIssue({ code: "custom", message: `not a valid regular expression: ${String(err)}` });
    }
  });

/**
 * When a rule fires on a draft: (any of `moves` is present OR any of `patterns` matches) AND none
 * of `missing` is present. An absent list is left out of the check; at least one list is given.
 * With only `missing`, the rule fires on any draft lacking those moves.
 */
export const TriggerSchema = z
  .strictObject({
    moves: z.array(MoveKindSchema).min(1).optional(),
    patterns: z.array(RegexSchema).min(1).optional(),
    missing: z.array(MoveKindSchema).min(1).optional(),
  })
  .refine((t) => t.moves ?? t.patterns ?? t.missing, {
    error: "expected at least one of moves, patterns, missing",
  });
export type Trigger = z.infer<typeof TriggerSchema>;

export const LintRuleSchema = z.strictObject({
  $schema: SchemaRefSchema,
  id: IdSchema,
  title: z.string().min(1).max(120),
  trigger: TriggerSchema,
  explanation: TextSchema,
  suggestion: TextSchema,
  /** Test cases for the linter: drafts this rule must flag, and drafts it must leave alone. */
  examples: z.strictObject({
    flagged: z.array(LineSchema).min(2, { error: "expected at least 2 flagged drafts" }),
    clean: z.array(LineSchema).min(2, { error: "expected at least 2 clean drafts" }),
  }),
});
export type LintRule = z.infer<typeof LintRuleSchema>;
