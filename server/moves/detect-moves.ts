import type { Move, MoveKind, TranscriptTurn } from "./move.schema";
import { contentStems, measureOverlap } from "./overlap";
import { classifyQuestion, coreOffset } from "./questions";
import { REFLECTION_MARKERS, SENTENCE_RULES } from "./rules";
import { detectSandwich } from "./sandwich";
import { normaliseText, type Sentence, splitSentences } from "./segment";

export interface DetectContext {
  /** The conversation so far, oldest first; the last employee turn is used for reflections. */
  readonly previous?: readonly TranscriptTurn[];
}

/**
 * A question mark on a declarative "you" sentence is a check of understanding ("So you feel
 * stuck?"), i.e. a reflection spoken with rising intonation, not a request for new information.
 */
const REFLECTIVE_QUESTION =
  /^[\s"'(-]*(?:so,? |and |but |okay,? |so it's |it sounds like |sounds like |it seems like |seems like )*(?:you(?:'re| are| feel| felt| think| want| mean| don't| didn't| wish| have| 've| were| can't| haven't| need| would| 'd)|it sounds|sounds like|it seems|seems like|it feels like|what i'm hearing)\b/;

/** Sentences too short to carry a paraphrase of their own ("Right.", "I see."). */
const MIN_REFLECTION_WORDS = 2;
/** Share of a sentence's content words that must echo the previous turn to count as a paraphrase. */
const ECHO_SHARE = 0.5;

/** "I think we should …" states the manager's own view: it is never a paraphrase. */
const SELF_STATEMENT =
  /^[\s"'(-]*(?:i|i'm|i've|i'd|i'll|we|we're|we'll|we've|let's|let me|my|our|please|thank|thanks)\b/;

function lastEmployeeText(previous: readonly TranscriptTurn[] | undefined): string | undefined {
  if (!previous) return undefined;
  for (let i = previous.length - 1; i >= 0; i--) {
    const turn = previous[i];
    if (turn?.speaker === "employee") return turn.text;
    if (turn?.speaker === "manager") return undefined;
  }
  return undefined;
}

function push(out: Move[], move: MoveKind, s: Sentence): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const m = out[i] as Move;
    if (m.start !== s.start) break;
    if (m.move === move) return;
  }
  out.push({ move, start: s.start, end: s.end });
}

function byStart(a: Move, b: Move): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Classifies one manager turn into moves, each with the span [start, end) of the sentence that
 * shows it. Pure and deterministic; the result is sorted by start.
 */
export function detectMoves(text: string, context?: DetectContext): Move[] {
  const lower = normaliseText(text);
  const sentences = splitSentences(lower);
  const out: Move[] = [];
  const previousText = lastEmployeeText(context?.previous);
  let previousStems: ReadonlySet<string> | undefined;

  for (const s of sentences) {
    const offset = coreOffset(s.lower);
    const core = offset === 0 ? s.lower : s.lower.slice(offset);
    let question = classifyQuestion(s, core);
    const isReflectiveQuestion = question === "closed" && REFLECTIVE_QUESTION.test(core);
    if (isReflectiveQuestion) question = null;
    if (question === "open") push(out, "open_question", s);
    else if (question === "closed") push(out, "closed_question", s);
    const isQuestion = question !== null;

    for (const rule of SENTENCE_RULES) {
      if (rule.form === "question" ? !isQuestion : rule.form === "statement" && isQuestion) {
        continue;
      }
      if (!rule.pattern.test(s.lower)) continue;
      if (rule.requires && !rule.requires.test(s.lower)) continue;
      if (rule.unless?.test(s.lower)) continue;
      push(out, rule.move, s);
    }

    if (isQuestion || SELF_STATEMENT.test(core)) continue;
    if (isReflectiveQuestion || REFLECTION_MARKERS.test(s.lower)) {
      push(out, "reflection", s);
      continue;
    }
    if (previousText !== undefined) {
      previousStems ??= contentStems(normaliseText(previousText));
      const overlap = measureOverlap(core, previousStems);
      if (overlap.total >= MIN_REFLECTION_WORDS && overlap.shared >= overlap.total * ECHO_SHARE) {
        push(out, "reflection", s);
      }
    }
  }

  const sandwich = detectSandwich(sentences, out);
  if (sandwich) out.push(sandwich);
  return out.sort(byStart);
}
