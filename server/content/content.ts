import type { LintRule } from "./lint-rule.schema";
import type { Pattern } from "./pattern.schema";
import type { Persona } from "./persona.schema";
import type { ContentProblem } from "./problems";
import type { Scenario } from "./scenario.schema";

/**
 * Everything the product reads from content files, by id. Maps iterate in id order. Only files that
 * passed their schema are here; with any problem, callers refuse to use it (server start, validate).
 */
export interface Content {
  personas: ReadonlyMap<string, Persona>;
  scenarios: ReadonlyMap<string, Scenario>;
  patterns: ReadonlyMap<string, Pattern>;
  lintRules: ReadonlyMap<string, LintRule>;
}

export interface LoadResult {
  /** Sorted by file, then line. Empty means the content is valid. */
  problems: ContentProblem[];
  content: Content;
  /**
   * The ids of each kind whose file has no problem at all (its own or a cross-check's): what
   * `validate` counts as valid. `content` also holds entries that failed a cross-check.
   */
  validIds: Record<ContentKind, string[]>;
}

/** Where each kind of content lives under the content root (files directly in the folder). */
export const CONTENT_DIRS = {
  personas: "personas",
  scenarios: "personas/scenarios",
  patterns: "rubrics",
  lintRules: "rubrics/lint",
} as const;
export type ContentKind = keyof typeof CONTENT_DIRS;
