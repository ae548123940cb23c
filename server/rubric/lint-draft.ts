import type { LintRule } from "../content/lint-rule.schema";
import { detectMoves, type Move } from "../moves";

/** One problem in a draft: the span [start, end) that shows it, why it matters, what to do instead. */
export interface LintFlag {
  /** The lint rule's id, e.g. `absolute-blame`. */
  readonly rule: string;
  readonly start: number;
  readonly end: number;
  /** The rule's title, e.g. "Feedback without impact". */
  readonly title: string;
  /** Why it matters, from the rule file. */
  readonly explanation: string;
  /** `title: explanation`, one line for the CLI and scripts. */
  readonly message: string;
  readonly suggestion: string;
}

export interface LintResult {
  /** Sorted by start, then rule id. */
  readonly flags: LintFlag[];
}

interface Span {
  start: number;
  end: number;
}

function matchSpans(text: string, source: string, out: Span[]): void {
  // Rules are checked to compile when content loads; V8 caches the compiled source.
  const re = new RegExp(source, "gi");
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
}

/** Overlapping spans of one rule collapse to the narrowest: a matched phrase beats its sentence. */
function narrowest(spans: Span[]): Span[] {
  spans.sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  const kept: Span[] = [];
  for (const s of spans) {
    if (!kept.some((k) => k.start < s.end && s.start < k.end)) kept.push(s);
  }
  return kept;
}

function wholeText(text: string): Span {
  const start = text.length - text.trimStart().length;
  return { start, end: Math.max(start, text.trimEnd().length) };
}

/**
 * Lints a draft message (feedback before it is sent) with the lint-rule files. A rule fires when
 * any of its `moves` is detected or any of its `patterns` matches, and none of its `missing` moves
 * is present; a rule with only `missing` fires on the whole draft. Each flag carries the exact
 * span, the rule's explanation and its suggested rewrite. Pure; moves are detected once.
 */
export function lintDraft(text: string, rules: readonly LintRule[]): LintResult {
  if (text.trim() === "") return { flags: [] };
  const moves: readonly Move[] = detectMoves(text);
  const present = new Set(moves.map((m) => m.move));
  const flags: LintFlag[] = [];
  for (const rule of rules) {
    const { trigger } = rule;
    if (trigger.missing?.some((kind) => present.has(kind))) continue;
    const spans: Span[] = [];
    if (trigger.moves) {
      for (const m of moves) {
        if (trigger.moves.includes(m.move)) spans.push({ start: m.start, end: m.end });
      }
    }
    if (trigger.patterns) for (const source of trigger.patterns) matchSpans(text, source, spans);
    if (!trigger.moves && !trigger.patterns) spans.push(wholeText(text));
    const message = `${rule.title}: ${rule.explanation}`;
    for (const s of narrowest(spans)) {
      flags.push({
        rule: rule.id,
        start: s.start,
        end: s.end,
        title: rule.title,
        explanation: rule.explanation,
        message,
        suggestion: rule.suggestion,
      });
    }
  }
  flags.sort((a, b) => a.start - b.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return { flags };
}
