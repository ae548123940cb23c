import type { AntiPattern, Pattern, Structure } from "../content/pattern.schema";
import { countWords, type Move, type MoveKind } from "../moves";
import type { TranscriptAnalysis } from "./analyse-transcript";
import type { AntiPatternFlag } from "./scorecard.schema";

/** Limits of the structures, as documented on StructureSchema in pattern.schema.ts. */
const QUESTION_STACK_MIN = 3;
const MONOLOGUE_WORDS = 120;
const TALK_DOMINANCE_SHARE = 0.6;

interface Span {
  readonly turn: number;
  readonly start: number;
  readonly end: number;
}

const ASKING: readonly MoveKind[] = ["open_question", "perspective_ask"];
const QUESTIONS: readonly MoveKind[] = ["open_question", "closed_question"];
const SOLVING: readonly MoveKind[] = ["solution_collab", "next_step"];

/** The whole turn without surrounding white space. */
function wholeTurn(turn: number, text: string): Span {
  const start = text.length - text.trimStart().length;
  return { turn, start, end: Math.max(start, text.trimEnd().length) };
}

/** Per turn, the first move of `kinds` that comes before any `unless` move has been seen. */
function beforeAny(
  analysis: TranscriptAnalysis,
  kinds: readonly MoveKind[],
  unless: readonly MoveKind[],
): Span[] {
  const out: Span[] = [];
  let hasAsked = false;
  for (let turn = 0; turn < analysis.managerMoves.length && !hasAsked; turn++) {
    const moves = analysis.managerMoves[turn] as readonly Move[];
    let askedAt = Number.POSITIVE_INFINITY;
    for (const m of moves) if (unless.includes(m.move) && m.start < askedAt) askedAt = m.start;
    // A sentence that asks and advises at once ("What if you paired on it?") counts as asking.
    const hit = moves.find((m) => kinds.includes(m.move) && m.start < askedAt);
    if (hit) out.push({ turn, start: hit.start, end: hit.end });
    if (askedAt !== Number.POSITIVE_INFINITY) hasAsked = true;
  }
  return out;
}

function structureSpans(structure: Structure, analysis: TranscriptAnalysis): Span[] {
  const { turns, managerMoves } = analysis;
  switch (structure) {
    case "advice_before_asking":
      return beforeAny(analysis, ["advice"], ASKING);
    case "solution_before_perspective":
      return beforeAny(analysis, SOLVING, ["perspective_ask"]);
    case "question_stack": {
      const out: Span[] = [];
      managerMoves.forEach((moves, turn) => {
        const questions = moves.filter((m) => QUESTIONS.includes(m.move));
        const starts = new Set(questions.map((m) => m.start));
        if (starts.size < QUESTION_STACK_MIN) return;
        const first = questions[0] as Move;
        const last = questions[questions.length - 1] as Move;
        out.push({ turn, start: first.start, end: last.end });
      });
      return out;
    }
    case "monologue": {
      const out: Span[] = [];
      turns.forEach((t, turn) => {
        // More than n words take at least 2n + 1 characters: shorter turns need no count.
        if (
          t.speaker === "manager" &&
          t.text.length > 2 * MONOLOGUE_WORDS &&
          countWords(t.text) > MONOLOGUE_WORDS
        ) {
          out.push(wholeTurn(turn, t.text));
        }
      });
      return out;
    }
    case "no_next_step": {
      let last = -1;
      for (let turn = 0; turn < turns.length; turn++) {
        if (turns[turn]?.speaker !== "manager") continue;
        last = turn;
        if (managerMoves[turn]?.some((m) => m.move === "next_step")) return [];
      }
      return last < 0 ? [] : [wholeTurn(last, (turns[last] as { text: string }).text)];
    }
    case "talk_dominance": {
      if (analysis.metrics.managerTalkShare <= TALK_DOMINANCE_SHARE) return [];
      // Shown on the longest manager turn: the place where listening would have helped most.
      let longest = -1;
      let longestWords = -1;
      turns.forEach((t, turn) => {
        if (t.speaker !== "manager") return;
        const words = countWords(t.text);
        if (words > longestWords) {
          longest = turn;
          longestWords = words;
        }
      });
      return longest < 0 ? [] : [wholeTurn(longest, (turns[longest] as { text: string }).text)];
    }
  }
}

function moveSpans(kinds: readonly MoveKind[], analysis: TranscriptAnalysis): Span[] {
  const out: Span[] = [];
  analysis.managerMoves.forEach((moves, turn) => {
    const hit = moves.find((m) => kinds.includes(m.move));
    if (hit) out.push({ turn, start: hit.start, end: hit.end });
  });
  return out;
}

function triggerOf(ap: AntiPattern, span: Span, analysis: TranscriptAnalysis): string {
  if (!ap.moves) return ap.structure ?? "";
  const m = analysis.managerMoves[span.turn]?.find(
    (x) => x.start === span.start && ap.moves?.includes(x.move),
  );
  return m?.move ?? ap.structure ?? "";
}

/**
 * Every anti-pattern of the pattern on the exact manager turn and span that shows it, at most one
 * flag per anti-pattern and turn, in turn order. An anti-pattern with both `moves` and `structure`
 * fires on either.
 */
export function flagAntiPatterns(
  pattern: Pattern,
  analysis: TranscriptAnalysis,
): AntiPatternFlag[] {
  const flags: AntiPatternFlag[] = [];
  for (const ap of pattern.antiPatterns) {
    const spans = [
      ...(ap.moves ? moveSpans(ap.moves, analysis) : []),
      ...(ap.structure ? structureSpans(ap.structure, analysis) : []),
    ];
    const seenTurns = new Set<number>();
    for (const span of spans) {
      if (seenTurns.has(span.turn)) continue;
      seenTurns.add(span.turn);
      const text = (analysis.turns[span.turn] as { text: string }).text;
      flags.push({
        id: ap.id,
        title: ap.title,
        turn: span.turn,
        start: span.start,
        end: span.end,
        quote: text.slice(span.start, span.end),
        trigger: triggerOf(ap, span, analysis),
        critical: ap.critical,
        why: ap.why,
        better: ap.better,
      });
    }
  }
  return flags.sort((a, b) => a.turn - b.turn || a.start - b.start);
}
