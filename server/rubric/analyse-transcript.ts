import type { Intent } from "../content/persona.schema";
import type { ConversationMetrics, Move, Transcript, TranscriptTurn } from "../moves";
import { computeConversationMetrics, conversationQuality, detectMoves } from "../moves";

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
  /** Moves in an employee turn, detected on first ask (only not-applicable checks need them). */
  employeeMoves(turn: number): readonly Move[];
  readonly managerTurnCount: number;
  readonly metrics: ConversationMetrics;
  readonly listeningQuality: number;
  readonly employeeIntents: readonly (Intent | null | undefined)[];
}

const NONE: readonly Move[] = [];

/** The turn before `i` as detector context: a reflection needs what the employee just said. */
function contextOf(turns: readonly TranscriptTurn[], i: number) {
  const previous = i > 0 ? turns[i - 1] : undefined;
  return previous ? { previous: [previous] } : undefined;
}

export function analyseTranscript(
  transcript: Transcript,
  options: ScoreOptions = {},
): TranscriptAnalysis {
  const turns = transcript.turns;
  const managerMoves: (readonly Move[])[] = new Array(turns.length);
  let managerTurnCount = 0;
  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i] as TranscriptTurn;
    if (turn.speaker !== "manager") {
      managerMoves[i] = NONE;
      continue;
    }
    managerTurnCount++;
    managerMoves[i] = options.moves?.[i] ?? detectMoves(turn.text, contextOf(turns, i));
  }
  const metrics = computeConversationMetrics(turns, managerMoves);
  const employeeCache: (readonly Move[] | undefined)[] = new Array(turns.length);
  return {
    turns,
    managerMoves,
    employeeMoves(i: number): readonly Move[] {
      const turn = turns[i];
      if (turn?.speaker !== "employee") return NONE;
      let found = employeeCache[i] ?? options.moves?.[i];
      if (found === undefined) {
        found = detectMoves(turn.text, contextOf(turns, i));
        employeeCache[i] = found;
      }
      return found;
    },
    managerTurnCount,
    metrics,
    // With no manager turn there is nothing to rate; the index would credit silence.
    listeningQuality: managerTurnCount === 0 ? 0 : conversationQuality(metrics),
    employeeIntents: options.employeeIntents ?? [],
  };
}
