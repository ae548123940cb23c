import type { Intent } from "../content/persona.schema";
import type { ConversationMetrics, Move, MoveKind, Transcript, TranscriptTurn } from "../moves";
import {
  computeConversationMetrics,
  conversationQuality,
  detectMoves,
  detectMovesOf,
  withoutKindnessInPutDowns,
} from "../moves";
import { claimsToRestate, judgeReflection } from "../sim/reflection-check";

export interface ScoreOptions {
  /**
   * The persona's reply intent per turn index, where known (live sessions record them); read by a
   * step's `notApplicableWhen.employeeIntent`. Transcripts from files have none.
   */
  readonly employeeIntents?: readonly (Intent | null | undefined)[];
  /**
   * Moves already detected per turn index (the session service detects them live). Turns left
   * undefined are detected here. They must come from the same detectors, or scores drift.
   */
  readonly moves?: readonly (readonly Move[] | undefined)[];
}

/** What every pattern's scoring shares: moves per turn, detected once, and the metrics. */
export interface TranscriptAnalysis {
  readonly turns: readonly TranscriptTurn[];
  /** Moves of each manager turn; employee turns hold an empty list (see employeeMoves). */
  readonly managerMoves: readonly (readonly Move[])[];
  /**
   * The moves of the given kinds in an employee turn (only not-applicable checks need them),
   * detected on first ask for those kinds.
   */
  employeeMoves(turn: number, kinds: readonly MoveKind[]): readonly Move[];
  readonly managerTurnCount: number;
  readonly metrics: ConversationMetrics;
  readonly listeningQuality: number;
  readonly employeeIntents: readonly (Intent | null | undefined)[];
}

const NONE: readonly Move[] = [];

/** Moves that say back what was heard. */
const SAYING_BACK: ReadonlySet<MoveKind> = new Set(["reflection", "summary", "validation"]);

/**
 * A turn's moves as listening is measured: a reflection, summary or validation on the same sentence
 * as a put-down (a move of negative polarity: a label, blame, a dismissal, a threat …) is not
 * listening ("You only care about yourself, and it shows." says back a verdict), so it is left out.
 */
const listeningMoves = (moves: readonly Move[]) => withoutKindnessInPutDowns(moves, SAYING_BACK);

/**
 * The listening-quality index of the scorecard. With no question asked, the reflection-to-question
 * ratio is undefined (MITI 4.2 divides by the questions); the moves module reads it as the number of
 * reflections, which made a manager who asked nothing and said back two things "fair" or better.
 * Here it counts at most MITI's "fair" 1:1, so listening without a single question is never good.
 */
export function listeningQualityOf(metrics: ConversationMetrics): number {
  return conversationQuality(metrics, metrics.questions > 0 ? Infinity : 1);
}

/** The turn before `i` as detector context: a reflection needs what the employee just said. */
function contextOf(turns: readonly TranscriptTurn[], i: number) {
  const previous = i > 0 ? turns[i - 1] : undefined;
  return previous ? { previous: [previous] } : undefined;
}

/**
 * The last transcript analysed without recorded moves or intents, kept as a private copy of its
 * turns, so a caller editing its turns afterwards cannot make it stale. Scoring one transcript
 * against several patterns, one scoreTranscript call each, then detects its moves once, as
 * scorePatterns does.
 */
let last: TranscriptAnalysis | undefined;

function isSame(a: readonly TranscriptTurn[], b: readonly TranscriptTurn[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as TranscriptTurn;
    const y = b[i] as TranscriptTurn;
    if (x.text !== y.text || x.speaker !== y.speaker) return false;
    // Who spoke decides a mediation's agreement (score-steps.ts).
    if (x.personaId !== y.personaId || x.name !== y.name) return false;
  }
  return true;
}

export function analyseTranscript(
  transcript: Transcript,
  options: ScoreOptions = {},
): TranscriptAnalysis {
  if (options.moves !== undefined || options.employeeIntents !== undefined) {
    return analyse(transcript.turns, options);
  }
  if (last === undefined || !isSame(last.turns, transcript.turns)) {
    last = analyse(
      transcript.turns.map(({ speaker, text, personaId, name }) => ({
        speaker,
        text,
        ...(personaId !== undefined ? { personaId } : {}),
        ...(name !== undefined ? { name } : {}),
      })),
      options,
    );
  }
  return last;
}

/**
 * A paraphrase that invents what they said ("so the deep technical work is what lights you up",
 * never said) is no reflection: it earns no step, as it earns the persona's trust nothing
 * (server/sim/reflection-check.ts).
 */
function withoutInventedReflection(
  moves: readonly Move[],
  text: string,
  turns: readonly TranscriptTurn[],
  i: number,
): readonly Move[] {
  if (!moves.some((m) => m.move === "reflection" || m.move === "summary")) return moves;
  if (!claimsToRestate(text)) return moves;
  if (judgeReflection(text, moves, turns.slice(0, i), 0) !== "invented") return moves;
  return moves.filter((m) => m.move !== "reflection" && m.move !== "summary");
}

function analyse(turns: readonly TranscriptTurn[], options: ScoreOptions): TranscriptAnalysis {
  const managerMoves: (readonly Move[])[] = new Array(turns.length);
  let managerTurnCount = 0;
  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i] as TranscriptTurn;
    if (turn.speaker !== "manager") {
      managerMoves[i] = NONE;
      continue;
    }
    managerTurnCount++;
    managerMoves[i] = withoutInventedReflection(
      options.moves?.[i] ?? detectMoves(turn.text, contextOf(turns, i)),
      turn.text,
      turns,
      i,
    );
  }
  const metrics = computeConversationMetrics(turns, managerMoves.map(listeningMoves));
  // Per list of kinds asked for, the moves of those kinds in each employee turn.
  const employeeCache = new Map<string, (readonly Move[] | undefined)[]>();
  return {
    turns,
    managerMoves,
    employeeMoves(i: number, kinds: readonly MoveKind[]): readonly Move[] {
      const turn = turns[i];
      if (turn?.speaker !== "employee") return NONE;
      const given = options.moves?.[i];
      if (given !== undefined) return given.filter((m) => kinds.includes(m.move));
      const key = kinds.join(",");
      let cache = employeeCache.get(key);
      if (cache === undefined) {
        cache = new Array(turns.length);
        employeeCache.set(key, cache);
      }
      let found = cache[i];
      if (found === undefined) {
        found = detectMovesOf(turn.text, kinds, contextOf(turns, i));
        cache[i] = found;
      }
      return found;
    },
    managerTurnCount,
    metrics,
    // With no manager turn there is nothing to rate; the index would credit silence.
    listeningQuality: managerTurnCount === 0 ? 0 : listeningQualityOf(metrics),
    employeeIntents: options.employeeIntents ?? [],
  };
}
