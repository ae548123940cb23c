import {
  type AntiPattern,
  type Pattern,
  type Reader,
  STRUCTURES,
  type Structure,
} from "../content/pattern.schema";
import { countWords, type Move, type MoveKind } from "../moves";
import type { TranscriptAnalysis } from "./analyse-transcript";
import { READ } from "./readers";
import type { AntiPatternFlag } from "./scorecard.schema";
import { type MoveTest, moveTest } from "./sentence-condition";
import { type SpreadSandwich, spreadSandwiches } from "./spread-sandwich";

/** Limits of the structures, as documented on StructureSchema in pattern.schema.ts. */
const QUESTION_STACK_MIN = 3;
const MONOLOGUE_WORDS = 120;
const TALK_DOMINANCE_SHARE = 0.6;
/** A manager turn shorter than this does not hold the floor (talk_dominance is not shown on it). */
const TALK_DOMINANCE_MIN_WORDS = 20;

interface Span {
  readonly turn: number;
  readonly start: number;
  readonly end: number;
  /** The earlier parts of a problem spread over turns (see AntiPatternFlag.across). */
  readonly across?: readonly {
    readonly turn: number;
    readonly start: number;
    readonly end: number;
  }[];
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
      // Judged over the exchanges where the employee said something, or was answering a speech
      // (engagedTalkShare); shown on the longest manager turn of those, and only when that turn is
      // long enough to hold the floor: a short line is not dominance, whatever the share.
      const { engagedTalkShare, engagedLongestTurn } = analysis.metrics;
      if (engagedTalkShare === null || engagedTalkShare <= TALK_DOMINANCE_SHARE) return [];
      const turn = turns[engagedLongestTurn];
      if (turn === undefined || countWords(turn.text) < TALK_DOMINANCE_MIN_WORDS) return [];
      return [wholeTurn(engagedLongestTurn, turn.text)];
    }
  }
}

function moveSpans(counts: MoveTest, analysis: TranscriptAnalysis): Span[] {
  const out: Span[] = [];
  analysis.managerMoves.forEach((moves, turn) => {
    const text = (analysis.turns[turn] as { text: string }).text;
    const hit = moves.find((m) => counts(m, moves, text));
    if (hit) out.push({ turn, start: hit.start, end: hit.end });
  });
  return out;
}

/** What each reader found, per manager turn, read once however often the pattern asks. */
const READ_CACHE = new WeakMap<TranscriptAnalysis, Map<Reader, readonly Span[]>>();

/**
 * The sentences a reader finds in the manager's turns. A sentence that a move also covers is shown
 * with the move's span, so that it is the same sentence to onePenaltyPerSentence and to the steps
 * (score-steps: a flagged sentence earns no step); one with no move ("Elena's right.") with its own.
 */
function readerSpans(reader: Reader, analysis: TranscriptAnalysis): readonly Span[] {
  let cache = READ_CACHE.get(analysis);
  if (cache === undefined) {
    cache = new Map();
    READ_CACHE.set(analysis, cache);
  }
  const cached = cache.get(reader);
  if (cached) return cached;
  const out: Span[] = [];
  analysis.turns.forEach((t, turn) => {
    if (t.speaker !== "manager") return;
    const moves = analysis.managerMoves[turn] ?? [];
    for (const s of READ[reader](t.text)) {
      const m = moves.find((x) => x.start < s.end && s.start < x.end);
      out.push(m ? { turn, start: m.start, end: m.end } : { turn, ...s });
    }
  });
  cache.set(reader, out);
  return out;
}

/** The spread sandwiches of an analysis, read once however many patterns are scored on it. */
const SPREAD = new WeakMap<TranscriptAnalysis, readonly SpreadSandwich[]>();

/**
 * A sandwich spread over consecutive manager turns (spread-sandwich.ts) is the same anti-pattern as
 * the one-turn `sandwich` move: flagged under the anti-pattern that lists that move, on the turn
 * that closes it, when the move's `where` (if any) holds for the closing sentence.
 */
function spreadSandwichSpans(test: MoveTest, analysis: TranscriptAnalysis): Span[] {
  let found = SPREAD.get(analysis);
  if (found === undefined) {
    found = spreadSandwiches(analysis);
    SPREAD.set(analysis, found);
  }
  const out: Span[] = [];
  for (const { opening, criticism, closing } of found) {
    const moves = analysis.managerMoves[closing.turn] ?? [];
    const text = (analysis.turns[closing.turn] as { text: string }).text;
    const move: Move = { move: "sandwich", start: closing.start, end: closing.end };
    if (!test(move, moves, text)) continue;
    const piece = ({ turn, start, end }: SpreadSandwich["opening"]) => ({ turn, start, end });
    out.push({ ...piece(closing), across: [piece(opening), piece(criticism)] });
  }
  return out;
}

/**
 * A structure's spans; advice_before_asking's advice narrowed by the anti-pattern's `where.advice`
 * ("Ruling on the technical question": advice about the design, not "I need you two to get along").
 */
function structureOf(ap: AntiPattern, analysis: TranscriptAnalysis): Span[] {
  const spans = structureSpans(ap.structure as Structure, analysis);
  if (ap.structure !== "advice_before_asking" || ap.where?.advice === undefined) return spans;
  const test = testOf(ap, ["advice"]);
  return spans.filter((span) => {
    const moves = analysis.managerMoves[span.turn] ?? [];
    const text = (analysis.turns[span.turn] as { text: string }).text;
    const m = moves.find((x) => x.move === "advice" && x.start === span.start);
    return m !== undefined && test(m, moves, text);
  });
}

/** Anti-patterns are immutable once loaded, so each move test is made once. */
const TESTS = new WeakMap<AntiPattern, MoveTest>();

function testOf(ap: AntiPattern, moves: readonly MoveKind[]): MoveTest {
  let test = TESTS.get(ap);
  if (test === undefined) {
    test = moveTest(moves, ap.where);
    TESTS.set(ap, test);
  }
  return test;
}

/** A sentence one of a pattern's move anti-patterns fires on: what was said, not when. */
export interface FlaggedSentence {
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly title: string;
  readonly critical: boolean;
}

/**
 * Per manager turn, every sentence that one of the pattern's move anti-patterns fires on (each
 * move of its kinds under its `where`, not only the first of the turn that the flag shows), or that
 * a reader anti-pattern reads (`reader`), critical ones first. Structures (advice before asking, a monologue …) are about when or how much was said,
 * and are not listed: the steps' order already judges when. score-steps reads this so that a
 * sentence penalised as an anti-pattern does not also earn a step (docs/scoring.md).
 */
export function flaggedSentences(
  pattern: Pattern,
  analysis: TranscriptAnalysis,
): ReadonlyMap<number, readonly FlaggedSentence[]> {
  const out = new Map<number, FlaggedSentence[]>();
  const add = (turn: number, f: FlaggedSentence) => {
    let list = out.get(turn);
    if (list === undefined) {
      list = [];
      out.set(turn, list);
    }
    list.push(f);
  };
  for (const ap of pattern.antiPatterns) {
    if (ap.reader === undefined) continue;
    for (const s of readerSpans(ap.reader, analysis)) {
      add(s.turn, {
        start: s.start,
        end: s.end,
        id: ap.id,
        title: ap.title,
        critical: ap.critical,
      });
    }
  }
  const aps = pattern.antiPatterns.filter((ap) => ap.moves !== undefined);
  analysis.managerMoves.forEach((moves, turn) => {
    if (aps.length === 0) return;
    if (moves.length === 0) return;
    const text = (analysis.turns[turn] as { text: string }).text;
    for (const ap of aps) {
      const test = testOf(ap, ap.moves as readonly MoveKind[]);
      for (const m of moves) {
        if (!test(m, moves, text)) continue;
        add(turn, {
          start: m.start,
          end: m.end,
          id: ap.id,
          title: ap.title,
          critical: ap.critical,
        });
      }
    }
  });
  for (const list of out.values()) list.sort((a, b) => Number(b.critical) - Number(a.critical));
  return out;
}

function triggerOf(ap: AntiPattern, span: Span, analysis: TranscriptAnalysis): string {
  if (!ap.moves) return ap.structure ?? ap.reader ?? "";
  if (span.across) return "sandwich";
  const m = analysis.managerMoves[span.turn]?.find(
    (x) => x.start === span.start && ap.moves?.includes(x.move),
  );
  return m?.move ?? ap.structure ?? ap.reader ?? "";
}

/** Structures that are about one sentence (the advice, the solution); the others span a turn. */
const SENTENCE_STRUCTURES = new Set(["advice_before_asking", "solution_before_perspective"]);

/** Whether a flag is about what one sentence says: a move, or a structure pinned on a sentence. */
const isSentenceFlag = (f: AntiPatternFlag): boolean =>
  !STRUCTURE_TRIGGERS.has(f.trigger) || SENTENCE_STRUCTURES.has(f.trigger);
const STRUCTURE_TRIGGERS = new Set<string>(STRUCTURES);

/**
 * One penalty per sentence: of the sentence flags (a move, advice_before_asking,
 * solution_before_perspective) whose spans overlap in one turn, the most severe keeps its penalty
 * and the others name it in `sameSentenceAs`. Most severe: critical first, then a move (what was
 * said) before a structure (when it was said), then the pattern file's order. Turn-shaped flags
 * (question_stack, monologue, no_next_step, talk_dominance) are a different problem and always count.
 */
function onePenaltyPerSentence(flags: AntiPatternFlag[], order: ReadonlyMap<string, number>): void {
  const rank = (f: AntiPatternFlag): number =>
    (f.critical ? 0 : 2000) +
    (STRUCTURE_TRIGGERS.has(f.trigger) ? 1000 : 0) +
    (order.get(f.id) ?? 0);
  const sentence = flags.filter(isSentenceFlag).sort((a, b) => rank(a) - rank(b));
  const kept: AntiPatternFlag[] = [];
  for (const f of sentence) {
    const winner = kept.find((k) => k.turn === f.turn && k.start < f.end && f.start < k.end);
    if (winner) f.sameSentenceAs = winner.id;
    else kept.push(f);
  }
}

/**
 * Every anti-pattern of the pattern on the exact manager turn and span that shows it, at most one
 * flag per anti-pattern and turn, in turn order; a flag on the same sentence as a more severe one
 * is listed without its penalty (onePenaltyPerSentence). An anti-pattern with both `moves` and
 * `structure` fires on either.
 */
export function flagAntiPatterns(
  pattern: Pattern,
  analysis: TranscriptAnalysis,
): AntiPatternFlag[] {
  const flags: AntiPatternFlag[] = [];
  for (const ap of pattern.antiPatterns) {
    const spans = [
      ...(ap.moves ? moveSpans(testOf(ap, ap.moves), analysis) : []),
      ...(ap.moves?.includes("sandwich")
        ? spreadSandwichSpans(testOf(ap, ap.moves), analysis)
        : []),
      ...(ap.structure ? structureOf(ap, analysis) : []),
      ...(ap.reader ? readerSpans(ap.reader, analysis) : []),
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
        ...(span.across && {
          across: span.across.map((p) => ({
            ...p,
            quote: (analysis.turns[p.turn] as { text: string }).text.slice(p.start, p.end),
          })),
        }),
      });
    }
  }
  onePenaltyPerSentence(flags, new Map(pattern.antiPatterns.map((a, i) => [a.id, i] as const)));
  const counted = (f: AntiPatternFlag) => (f.sameSentenceAs === undefined ? 0 : 1);
  return flags.sort((a, b) => a.turn - b.turn || a.start - b.start || counted(a) - counted(b));
}
