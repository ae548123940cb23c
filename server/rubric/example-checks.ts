import type { Entries, FileIssue } from "../content/check-content";
import type { LintRule } from "../content/lint-rule.schema";
import type { Pattern } from "../content/pattern.schema";
import { detectMoves, type MoveKind } from "../moves";
import { lintDraft } from "./lint-draft";
import { scoreTranscript } from "./score-transcript";

/**
 * The examples in content files, run as the product runs them: a lint rule's `flagged` drafts must
 * be flagged by it and its `clean` drafts must not; a pattern's examples must show the moves they
 * list, a bad one an anti-pattern of its pattern, a good one none of its anti-pattern moves. The
 * tests hold the shipped files to this (lint-draft.test.ts, tests/pattern-examples.test.ts), and
 * `flightdeck validate` holds a facilitator's own files to it. Pure.
 */

/** One example that does not do what its file says, at the example's field path. */
export interface ExampleIssue {
  path: Array<string | number>;
  message: string;
}

/** A quoted draft stays on one readable line. */
const MAX_QUOTED = 60;
function quoted(text: string): string {
  const one = text.trim().replace(/\s+/g, " ");
  return JSON.stringify(one.length > MAX_QUOTED ? `${one.slice(0, MAX_QUOTED - 1)}…` : one);
}

const namedRules = (rule: LintRule): readonly string[] => [
  ...(rule.trigger.rules ?? []),
  ...(rule.trigger.deferTo ?? []),
];

/**
 * The rule with the rules whose flags it builds on or defers to (`rules`, `deferTo`), and the rules
 * those name in turn: what its examples are run with.
 */
export function withItsRules(rule: LintRule, all: readonly LintRule[]): LintRule[] {
  const found = new Set<LintRule>([rule]);
  for (const r of found) {
    for (const id of namedRules(r)) {
      const named = all.find((x) => x.id === id);
      if (named) found.add(named);
    }
  }
  return [...found];
}

/** What is wrong with a lint rule's examples, run with the rules it names. */
export function lintRuleExampleIssues(rule: LintRule, all: readonly LintRule[]): ExampleIssue[] {
  const rules = withItsRules(rule, all);
  const issues: ExampleIssue[] = [];
  rule.examples.flagged.forEach((text, i) => {
    const flags = lintDraft(text, rules).flags;
    if (flags.some((f) => f.rule === rule.id)) return;
    const owners = [
      ...new Set(flags.filter((f) => rule.trigger.deferTo?.includes(f.rule)).map((f) => f.rule)),
    ];
    const why =
      owners.length > 0
        ? ` (it defers to ${owners.join(", ")}, which ${owners.length === 1 ? "flags" : "flag"} these words)`
        : "";
    issues.push({
      path: ["examples", "flagged", i],
      message: `the rule does not flag ${quoted(text)}${why}`,
    });
  });
  rule.examples.clean.forEach((text, i) => {
    const own = lintDraft(text, rules).flags.filter((f) => f.rule === rule.id);
    const first = own[0];
    if (!first) return;
    issues.push({
      path: ["examples", "clean", i],
      message: `the rule flags ${quoted(text.slice(first.start, first.end))} in this clean example: move it to flagged, or narrow the rule`,
    });
  });
  return issues;
}

/** Structures that need a whole conversation: any single turn would show them. */
const CONVERSATION_STRUCTURES: ReadonlySet<string> = new Set(["no_next_step", "talk_dominance"]);

/** What is wrong with a pattern's good and bad examples, each scored as a one-turn transcript. */
export function patternExampleIssues(pattern: Pattern): ExampleIssue[] {
  const issues: ExampleIssue[] = [];
  const antiPatternMoves = new Set<string>(pattern.antiPatterns.flatMap((a) => a.moves ?? []));
  for (const kind of ["good", "bad"] as const) {
    pattern.examples[kind].forEach((example, i) => {
      const found = new Set<MoveKind>(detectMoves(example.text).map((m) => m.move));
      const missing = example.moves.filter((m) => !found.has(m));
      if (missing.length > 0) {
        issues.push({
          path: ["examples", kind, i, "moves", example.moves.indexOf(missing[0] as MoveKind)],
          message: `the move detectors do not find ${missing.join(", ")} in ${quoted(example.text)} (they find ${[...found].join(", ") || "no move"}): reword the example, or list only the moves found`,
        });
      }
      const card = scoreTranscript(
        { turns: [{ speaker: "manager", text: example.text }] },
        pattern,
      );
      if (kind === "bad") {
        const shown = card.antiPatterns.filter((f) => !CONVERSATION_STRUCTURES.has(f.trigger));
        if (shown.length === 0)
          issues.push({
            path: ["examples", kind, i],
            message: `${quoted(example.text)} shows none of this pattern's anti-patterns when scored on its own: make it show one, or move it to good`,
          });
      } else {
        const shown = card.antiPatterns.filter((f) => antiPatternMoves.has(f.trigger));
        const first = shown[0];
        if (first)
          issues.push({
            path: ["examples", kind, i],
            message: `${quoted(example.text)} shows the anti-pattern ${first.id} (${first.trigger}) when scored on its own: reword it, or move it to bad`,
          });
      }
    });
  }
  return issues;
}

/**
 * The example issues of every lint rule and pattern whose file has no other problem (`withProblems`
 * lists files that do): a rule that names a rule with problems, or a missing one, is left out too,
 * since its examples run with that rule. For `loadContent`'s `extraChecks`.
 */
export function contentExampleIssues(
  kept: Entries,
  withProblems: ReadonlySet<string>,
): FileIssue[] {
  const issues: FileIssue[] = [];
  const rules = kept.lintRules.map((e) => e.data);
  const fileOf = new Map(kept.lintRules.map((e) => [e.data.id, e.file]));
  const sound = (rule: LintRule) =>
    withItsRules(rule, rules).every((r) => {
      const file = fileOf.get(r.id);
      return (
        file !== undefined && !withProblems.has(file) && namedRules(r).every((id) => fileOf.has(id))
      );
    });
  for (const { file, data } of kept.lintRules) {
    if (!sound(data)) continue;
    for (const issue of lintRuleExampleIssues(data, rules)) issues.push({ file, ...issue });
  }
  for (const { file, data } of kept.patterns) {
    if (withProblems.has(file)) continue;
    for (const issue of patternExampleIssues(data)) issues.push({ file, ...issue });
  }
  return issues;
}
