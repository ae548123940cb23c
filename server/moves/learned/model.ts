import { z } from "zod";
import { type MoveKind, MoveKindSchema } from "../move.schema";

/**
 * A learned model of manager moves: one logistic regression per move (one-vs-rest) over the
 * features of features.ts, and the probability above which it adds the move. Trained by
 * `npm run train:moves` (train.ts), stored in weights.json.
 */
export const LearnedMoveSchema = z.strictObject({
  /** Probability at or above which the move is added (chosen by leave-one-set-out). */
  threshold: z.number(),
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
});
export type LearnedMove = z.infer<typeof LearnedMoveSchema>;

export const LearnedModelSchema = z.strictObject({
  /** What the model was trained on and how, so a stale file is caught (weights.test.ts). */
  trainedOn: z.strictObject({
    sha256: z.string(),
    lines: z.number().int(),
    sets: z.string(),
  }),
  moves: z.partialRecord(MoveKindSchema, LearnedMoveSchema),
});
export type LearnedModel = z.infer<typeof LearnedModelSchema>;

/** A model made ready to score: per feature, the moves it weighs on and by how much. */
export interface CompiledModel {
  readonly moves: readonly MoveKind[];
  readonly thresholds: Float64Array;
  readonly bias: Float64Array;
  readonly weights: ReadonlyMap<string, readonly (readonly [number, number])[]>;
}

export function compileModel(model: LearnedModel): CompiledModel {
  const moves = Object.keys(model.moves).sort() as MoveKind[];
  const thresholds = new Float64Array(moves.length);
  const bias = new Float64Array(moves.length);
  const weights = new Map<string, [number, number][]>();
  moves.forEach((move, k) => {
    const m = model.moves[move] as LearnedMove;
    thresholds[k] = m.threshold;
    bias[k] = m.bias;
    for (const [feature, w] of Object.entries(m.weights)) {
      const list = weights.get(feature);
      if (list) list.push([k, w]);
      else weights.set(feature, [[k, w]]);
    }
  });
  return { moves, thresholds, bias, weights };
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Each move's probability (in the order of `model.moves`) for a text with these features. */
export function scoreFeatures(model: CompiledModel, features: readonly string[]): Float64Array {
  const z = Float64Array.from(model.bias);
  for (const f of features) {
    const list = model.weights.get(f);
    if (list === undefined) continue;
    for (const [k, w] of list) z[k] = (z[k] as number) + w;
  }
  for (let k = 0; k < z.length; k++) z[k] = sigmoid(z[k] as number);
  return z;
}
