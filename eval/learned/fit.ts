import type { MoveKind } from "../../server/moves";
import { compileModel, type LearnedModel, scoreFeatures } from "../../server/moves/learned/model";
import {
  chooseThreshold,
  type Example,
  type Scored,
  trainLogistic,
} from "../../server/moves/learned/train";
import { CANDIDATE_MOVES, type LineRecord, LOSO_SETS, type SetName } from "./data";

/**
 * Training the learned reader from labelled lines, and choosing each move's threshold by
 * leave-one-set-out over the training sets (never over the lines the model is then tested on).
 */

/** How a threshold is chosen (chooseThreshold): see docs/evaluation.md, "A learned reader". */
export const THRESHOLD_RULE = { minPrecision: 0.6, floor: 0.3, nearMissAllowance: 0 };
/** A near-miss labelled `not:` the move counts this much more than an ordinary negative line. */
const NEAR_MISS_WEIGHT = 3;

/** A line's examples for one move; none where it is unlabelled for the move (a near-miss line with no moves, not naming it). */
function exampleFor(line: LineRecord, move: MoveKind): Example | undefined {
  const label = line.moves.has(move) ? 1 : 0;
  if (label === 0 && !line.not.has(move) && line.moves.size === 0) return undefined;
  // The move's own rule is left out of its model: the reader only ever scores lines where that
  // rule found nothing, and with it in, the model leans on it and learns little from the words.
  const own = `rule:${move}`;
  const features = line.features.filter((f) => f !== own);
  return { features, label, weight: label === 0 && line.not.has(move) ? NEAR_MISS_WEIGHT : 1 };
}

function round(x: number): number {
  return Math.round(x * 1e3) / 1e3;
}

/** One model per candidate move on `lines`, every threshold 0.5 (for scoring only). */
function fitWeights(lines: readonly LineRecord[]): LearnedModel {
  const moves: LearnedModel["moves"] = {};
  for (const move of CANDIDATE_MOVES) {
    const examples: Example[] = [];
    for (const line of lines) {
      const e = exampleFor(line, move);
      if (e) examples.push(e);
    }
    const { bias, weights } = trainLogistic(examples);
    const sorted = [...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    moves[move] = {
      threshold: 0.5,
      bias: round(bias),
      weights: Object.fromEntries(sorted.map(([f, w]) => [f, round(w)])),
    };
  }
  return { trainedOn: { sha256: "", lines: lines.length, sets: "" }, moves };
}

/** Per line, for the lines where the rules missed a move, its score and label for that move. */
export function scoreHeldOut(
  model: LearnedModel,
  lines: readonly LineRecord[],
): Map<MoveKind, Scored[]> {
  const compiled = compileModel(model);
  const out = new Map<MoveKind, Scored[]>(CANDIDATE_MOVES.map((m) => [m, []]));
  for (const line of lines) {
    const scores = scoreFeatures(compiled, line.features);
    compiled.moves.forEach((move, k) => {
      if (line.ruleMoves.has(move)) return;
      const label = line.moves.has(move)
        ? 1
        : line.not.has(move)
          ? -1
          : line.moves.size === 0
            ? undefined
            : 0;
      if (label === undefined) return;
      out.get(move)?.push({ score: scores[k] as number, label });
    });
  }
  return out;
}

/**
 * Trains on `lines` and sets each move's threshold from leave-one-set-out over the LOSO sets among
 * them (a set is held out, a model trained on the rest, its lines scored). Moves no threshold
 * suits are left out of the model.
 */
export function fitModel(lines: readonly LineRecord[]): LearnedModel {
  const sets = LOSO_SETS.filter((set) => lines.some((l) => l.set === set));
  const pooled = new Map<MoveKind, Scored[]>(CANDIDATE_MOVES.map((m) => [m, []]));
  for (const held of sets) {
    const inner = fitWeights(lines.filter((l) => l.set !== held));
    for (const [move, scored] of scoreHeldOut(
      inner,
      lines.filter((l) => l.set === held),
    ))
      pooled.get(move)?.push(...scored);
  }
  const model = fitWeights(lines);
  const moves: LearnedModel["moves"] = {};
  for (const move of CANDIDATE_MOVES) {
    const threshold = chooseThreshold(pooled.get(move) ?? [], THRESHOLD_RULE);
    const m = model.moves[move];
    if (m && Number.isFinite(threshold))
      moves[move] = { ...m, threshold: Math.floor(threshold * 1e4) / 1e4 };
  }
  return { ...model, moves };
}

/** The sets a model was trained on, in the order of LOSO_SETS (review 2 last). */
export function setsOf(lines: readonly LineRecord[]): SetName[] {
  const all: SetName[] = [...LOSO_SETS, "review 2"];
  return all.filter((s) => lines.some((l) => l.set === s));
}
