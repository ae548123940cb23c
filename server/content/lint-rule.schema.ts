import { z } from "zod";
import { MoveKindSchema } from "../moves/move.schema";
import { IdSchema, LineSchema, SchemaRefSchema, TextSchema } from "./common.schema";
import { RegexSchema } from "./regex.schema";

/**
 * When a rule fires on a draft: (any of `moves` is present OR any of `patterns` matches) AND none
 * of `missing` is present AND none of `missingPatterns` matches. An absent list is left out of the
 * check; at least one of `moves`, `patterns`, `missing` is given. With only `missing`, the rule
 * fires on any draft lacking those moves. A span whose own text matches one of `ignore` is not
 * flagged. `praise: skip` keeps the rule off a draft that is only praise or thanks; `praise: only`
 * runs it on such drafts alone. `rules` names other lint rules whose flags count as this rule's
 * spans too (a label flagged by its own rule is still feedback that needs an ask). `deferTo`
 * names rules that own the same words: a span overlapping one of their flags is left to them
 * ("your PR broke prod again" is blame, not also passive-aggressive). A rule runs after the rules
 * it names in `rules` or `deferTo`, so those must not lead back to it. `everySentence` says the draft holds nothing else: the
 * rule fires only when every sentence (one with a letter or digit) matches one of these patterns
 * ("We need to talk. Tomorrow 9am." is a summons and a time, with no topic anywhere).
 */
export const TriggerSchema = z
  .strictObject({
    moves: z.array(MoveKindSchema).min(1).optional(),
    patterns: z.array(RegexSchema).min(1).optional(),
    missing: z.array(MoveKindSchema).min(1).optional(),
    missingPatterns: z.array(RegexSchema).min(1).optional(),
    ignore: z.array(RegexSchema).min(1).optional(),
    praise: z.enum(["skip", "only"]).optional(),
    rules: z.array(IdSchema).min(1).optional(),
    deferTo: z.array(IdSchema).min(1).optional(),
    everySentence: z.array(RegexSchema).min(1).optional(),
  })
  .refine((t) => t.moves ?? t.patterns ?? t.missing ?? t.rules, {
    error: "expected at least one of moves, patterns, missing, rules",
  });
export type Trigger = z.infer<typeof TriggerSchema>;

/**
 * A suggestion fitted to the flagged words: the first hint whose `match` finds something in the
 * span (or the first without `match`) gives the flag's suggestion in place of the rule's. In
 * `text`, `{0}` is the flagged words (shortened to a few words when long) and `{1}`…`{9}` are the
 * groups of `match`.
 */
export const HintSchema = z.strictObject({
  match: RegexSchema.optional(),
  text: TextSchema,
});
export type Hint = z.infer<typeof HintSchema>;

export const LintRuleSchema = z.strictObject({
  $schema: SchemaRefSchema,
  id: IdSchema,
  title: z.string().min(1).max(120),
  trigger: TriggerSchema,
  explanation: TextSchema,
  suggestion: TextSchema,
  hints: z.array(HintSchema).min(1).optional(),
  /** Flag the draft once, on the first or the last span, instead of once per span. */
  once: z.enum(["first", "last"]).optional(),
  /** Test cases for the linter: drafts this rule must flag, and drafts it must leave alone. */
  examples: z.strictObject({
    flagged: z.array(LineSchema).min(2, { error: "expected at least 2 flagged drafts" }),
    clean: z.array(LineSchema).min(2, { error: "expected at least 2 clean drafts" }),
  }),
});
export type LintRule = z.infer<typeof LintRuleSchema>;
