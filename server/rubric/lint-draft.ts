import type { Hint, LintRule } from "../content/lint-rule.schema";
import { detectMoves, type Move, type MoveKind } from "../moves";
import { normaliseText, type Sentence, splitSentences } from "../moves/segment";

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
  /** What to do instead: fitted to the flagged words when one of the rule's hints matches them. */
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

/** A rule's regular expressions, compiled once per rule object rather than on every draft. */
interface Compiled {
  patterns: RegExp[];
  missingPatterns: RegExp[];
  ignore: RegExp[];
  everySentence: RegExp[];
  hints: { match: RegExp | undefined; text: string }[];
}
const compiledRules = new WeakMap<LintRule, Compiled>();

function compiled(rule: LintRule): Compiled {
  let c = compiledRules.get(rule);
  if (!c) {
    const { trigger } = rule;
    const i = (source: string) => new RegExp(source, "i");
    c = {
      patterns: (trigger.patterns ?? []).map((source) => new RegExp(source, "gi")),
      missingPatterns: (trigger.missingPatterns ?? []).map(i),
      ignore: (trigger.ignore ?? []).map(i),
      everySentence: (trigger.everySentence ?? []).map(i),
      hints: (rule.hints ?? []).map((h: Hint) => ({
        match: h.match === undefined ? undefined : i(h.match),
        text: h.text,
      })),
    };
    compiledRules.set(rule, c);
  }
  return c;
}

function matchSpans(text: string, re: RegExp, out: Span[]): void {
  re.lastIndex = 0;
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
  return kept.sort((a, b) => a.start - b.start);
}

/** A sentence that says something: it has a letter or a digit (not "🎉" or "…"). */
const SAYS_SOMETHING = /[\p{L}\p{N}]/u;

/** Every sentence that says something matches one of `patterns`: the draft holds nothing else. */
function saysNothingElse(sentences: readonly Sentence[], patterns: readonly RegExp[]): boolean {
  return sentences.every(
    (x) => !SAYS_SOMETHING.test(x.lower) || patterns.some((r) => r.test(x.lower)),
  );
}

function wholeText(text: string): Span {
  const start = text.length - text.trimStart().length;
  return { start, end: Math.max(start, text.trimEnd().length) };
}

/**
 * `your only comment was 'No.' which left the author guessing`: a full stop (or ! ?) that closes a
 * quotation and is followed by a lower-case word does not end the sentence, but the sentence
 * splitter cuts there. The moves are detected on a copy with that mark turned into a comma; the
 * copy has the same length, so every span still points into the draft.
 */
const QUOTED_STOP = /(?<=\S)[.!?](?=['"\u2019\u201d]+\s+[a-z])/g;
export function maskQuotedStops(text: string): string {
  return text.replace(QUOTED_STOP, ",");
}

/** Moves that make a draft criticism, whatever praise it also holds. */
const CRITICAL_MOVES: ReadonlySet<MoveKind> = new Set([
  "vague_feedback",
  "blame_absolute",
  "character_label",
  "dismissal",
  "threat",
  "sandwich",
]);
/** Praise or thanks, when the move detector did not see it. */
const PRAISE =
  /\b(?:thanks?(?! to (?:the|a|an|this|that|it)\b)|thank you|shout-?out|kudos|props to|well done|(?:great|nice|good|brilliant|excellent) (?:job|work|call|catch|stuff|effort|questions?|point|idea|write-?up|talk|demo|quarter|sprint|week|month|year|release|launch|results?)|lov(?:e|es|ed) (?:it|that|this|how|the way)|proud of|impressed|how (?:much )?you've (?:grown|improved|developed|stepped up)|congrat\w*|hats off|(?:was|were) (?:really |so |very |super |incredibly )?(?:clear|great|excellent|brilliant|superb|outstanding|helpful|impressive))\b/i;
/** Words that turn praise into criticism, or at least into a draft that wants an answer. */
const CRITICISM =
  /\b(?:but|however|although|though|unfortunately|miss(?:ed|ing)?|skipp(?:ed|ing)|broke|broken|forgot|failed|(?:be|is|are|was|were|came|come|joined|join|showed up|arrived|running|ran)(?: \w+)? late|wrong|without (?!(?:a single|any|a|an|one) )|should(?:n't)? have|need(?:s|ed)? (?:you )?to|please|make sure|next time|not|never|no longer|instead of you|disappointed|concerned|worried)\b|n't\b/i;

/**
 * A bad outcome counted at zero: "not a single failed payout", "no incidents at all", "zero pages
 * since …", "without one rollback". The negation and the failure word report a good result, so
 * they are not words of criticism. Not a thing that should be there and is not ("not a single test
 * in your PR", "no updates on the ticket"), nor bad outcomes nobody dealt with ("no pages
 * answered").
 */
export const NONE_WENT_WRONG =
  /\b(?:not (?:a single|one(?: single)?|once an?)|without (?:a single|one|any)|no|zero|nil)\b(?: (?!(?:way|you|your|we|i|they|he|she|it|one|more|longer|matter|idea|reason|excuse|doubt)\b)[\w-]+){0,2}? (?:failed|failing|failures?|dropped|lost|missed|broken|flaky|late|incidents?|outages?|pages?|alerts?|bugs?|errors?|rollbacks?|roll-backs?|reverts?|regressions?|escalations?|complaints?|sev-?\d?s?|p[0-4]s|defects?|crash(?:es)?|downtime|flakes?|hotfix(?:es)?|firefights?|fire drills?|surprises?)\b(?! (?:(?:were|was|got|have been|has been|been|being|even|ever|actually) ){0,2}(?:answered|acknowledged|acked|fixed|closed|resolved|triaged|handled|followed up|picked up|addressed|investigated|owned|covered|looked at|written up)\b)/gi;
/**
 * A fault never committed: "you've never once missed a deadline this year", "you haven't missed a
 * single handover since March", "not once did you miss a stand-up", "you didn't drop one ticket".
 * Praise of a record, not a charge.
 */
export const NEVER_FAILED =
  /\b(?:never(?: once| ever)?|(?:haven't|hasn't|didn't|have not|has not|did not|not)(?: once| yet)?|(?:not|never) once (?:did|have|has|had) (?:you|they|he|she|we|the team)) (?:missed|miss|failed|fail|broken|broke|break|dropped|drop|forgot|forgotten|forget|slipped|slip|blew|blown|let (?:us|me|the team|anyone|them) down)\b(?: (?:a single|one|any|once)\b)?/gi;

/** The draft with the good news told by negation blanked out (see NONE_WENT_WRONG, NEVER_FAILED). */
function withoutGoodNegations(text: string): string {
  const blank = (m: string) => " ".repeat(m.length);
  return text.replace(NONE_WENT_WRONG, blank).replace(NEVER_FAILED, blank);
}

/**
 * Praise or thanks and nothing else: an appreciation move or a praise phrase, no critical move and
 * no word of criticism (a "but", a "missed", a "please", a negation). Deliberately strict: a
 * draft that is not clearly praise is linted as feedback. A negation that reports a good result
 * ("not a single failed payout since you took over", "you've never once missed a deadline") is
 * praise, not criticism.
 */
export function isPraiseOnly(text: string, present: ReadonlySet<MoveKind>): boolean {
  if (!present.has("appreciation") && !PRAISE.test(text)) return false;
  for (const kind of present) if (CRITICAL_MOVES.has(kind)) return false;
  return !CRITICISM.test(withoutGoodNegations(text));
}

/** The flagged words for a suggestion: the span, cut to its first words when long. */
function shortQuote(words: string): string {
  const parts = words.trim().replace(/\s+/g, " ").split(" ");
  const strip = (s: string) => s.replace(/[.!?,;:]+$/, "");
  return parts.length > 8 ? `${strip(parts.slice(0, 6).join(" "))}…` : strip(parts.join(" "));
}

/** The suggestion of a flag: the first hint that fits its words, else the rule's own. */
export function suggestionFor(rule: LintRule, words: string): string {
  for (const hint of compiled(rule).hints) {
    let groups: readonly string[] = [shortQuote(words)];
    if (hint.match) {
      const m = hint.match.exec(words);
      if (!m) continue;
      groups = [groups[0] as string, ...m.slice(1).map((g) => g ?? "")];
    }
    return hint.text.replace(/\{(\d)\}/g, (_, i: string) => groups[Number(i)] ?? "");
  }
  return rule.suggestion;
}

/**
 * The rules in the order they run: each after the rules it builds on or defers to (`rules`,
 * `deferTo`), so their flags are there to read ("passive-aggressive" defers to "absolute-blame",
 * which defers to "threat"); otherwise as given. A loop (refused by `flightdeck validate`) is cut
 * where it closes.
 */
function runOrder(rules: readonly LintRule[]): LintRule[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const ordered: LintRule[] = [];
  const state = new Map<LintRule, "visiting" | "done">();
  const visit = (rule: LintRule): void => {
    if (state.has(rule)) return;
    state.set(rule, "visiting");
    for (const id of [...(rule.trigger.rules ?? []), ...(rule.trigger.deferTo ?? [])]) {
      const named = byId.get(id);
      if (named) visit(named);
    }
    state.set(rule, "done");
    ordered.push(rule);
  };
  for (const rule of rules) visit(rule);
  return ordered;
}

/**
 * Lints a draft message (feedback before it is sent) with the lint-rule files. A rule fires when
 * any of its `moves` is detected or any of its `patterns` matches, none of its `missing` moves is
 * present and none of its `missingPatterns` matches; the flags of the rules it names in `rules`
 * count as its spans too; a rule with only `missing` fires on the whole draft. Spans matching the
 * rule's `ignore` are dropped, and so are spans overlapping a flag of a rule it names in `deferTo`
 * (those words are that rule's; a rule runs after the rules it names); `praise` limits the rule
 * to (or keeps it off) praise-only drafts, `everySentence` to drafts whose every sentence matches
 * one of its patterns, and a rule with `once` flags the draft once. Each flag carries the exact
 * span, the rule's explanation and a suggestion fitted to the words where a hint matches. Pure;
 * moves are detected once.
 */
export function lintDraft(text: string, rules: readonly LintRule[]): LintResult {
  if (text.trim() === "") return { flags: [] };
  const masked = maskQuotedStops(text);
  const moves: readonly Move[] = detectMoves(masked);
  let sentences: Sentence[] | undefined;
  const present = new Set(moves.map((m) => m.move));
  let praiseOnly: boolean | undefined;
  const flags: LintFlag[] = [];
  for (const rule of runOrder(rules)) {
    const { trigger } = rule;
    if (trigger.missing?.some((kind) => present.has(kind))) continue;
    const re = compiled(rule);
    if (re.missingPatterns.some((r) => r.test(text))) continue;
    if (trigger.praise) {
      praiseOnly ??= isPraiseOnly(text, present);
      if (praiseOnly !== (trigger.praise === "only")) continue;
    }
    let spans: Span[] = [];
    if (trigger.moves) {
      for (const m of moves) {
        if (trigger.moves.includes(m.move)) spans.push({ start: m.start, end: m.end });
      }
    }
    for (const r of re.patterns) matchSpans(text, r, spans);
    if (trigger.rules) {
      // Another rule's phrase stands for its sentence here, as a move's span would.
      sentences ??= splitSentences(normaliseText(masked));
      for (const f of flags) {
        if (!trigger.rules.includes(f.rule)) continue;
        const inside = sentences.find((x) => x.start <= f.start && f.end <= x.end);
        spans.push(
          inside ? { start: inside.start, end: inside.end } : { start: f.start, end: f.end },
        );
      }
    }
    if (!trigger.moves && !trigger.patterns && !trigger.rules) spans.push(wholeText(text));
    if (re.ignore.length > 0) {
      spans = spans.filter((s) => !re.ignore.some((r) => r.test(text.slice(s.start, s.end))));
    }
    if (trigger.deferTo && spans.length > 0) {
      const owned = flags.filter((f) => trigger.deferTo?.includes(f.rule));
      spans = spans.filter((s) => !owned.some((f) => f.start < s.end && s.start < f.end));
    }
    if (spans.length === 0) continue;
    // After the patterns: splitting the draft into sentences costs more than most patterns.
    if (re.everySentence.length > 0) {
      sentences ??= splitSentences(normaliseText(masked));
      if (!saysNothingElse(sentences, re.everySentence)) continue;
    }
    let kept = narrowest(spans);
    if (rule.once && kept.length > 1)
      kept = [kept[rule.once === "first" ? 0 : kept.length - 1] as Span];
    const message = `${rule.title}: ${rule.explanation}`;
    for (const s of kept) {
      flags.push({
        rule: rule.id,
        start: s.start,
        end: s.end,
        title: rule.title,
        explanation: rule.explanation,
        message,
        suggestion: suggestionFor(rule, text.slice(s.start, s.end)),
      });
    }
  }
  flags.sort((a, b) => a.start - b.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return { flags };
}
