import { sigmoid } from "./model";

/**
 * L2-regularised logistic regression, trained by full-batch gradient descent with AdaGrad steps
 * from zero weights: no randomness, the examples in the order given, so the same examples give the
 * same weights, bit for bit. Logistic regression rather than naive Bayes because the features
 * overlap heavily (a word, the pairs it is in, the rule move it triggers) and naive Bayes counts
 * each of them as fresh evidence; rather than a perceptron because its output is a probability,
 * and the threshold is then a probability chosen by leave-one-set-out.
 */
export interface Example {
  readonly features: readonly string[];
  readonly label: 0 | 1;
  /** How much the example counts (a near-miss labelled `not:` counts more). */
  readonly weight: number;
}

export interface TrainOptions {
  /** L2 penalty on the weights (not on the bias), per unit of example weight. */
  readonly l2: number;
  readonly epochs: number;
  readonly rate: number;
  /** Features seen in fewer training examples than this are left out. */
  readonly minCount: number;
  /** Weights smaller than this in absolute value are dropped from the result. */
  readonly prune: number;
}

export const TRAIN_OPTIONS: TrainOptions = {
  l2: 0.002,
  epochs: 250,
  rate: 0.5,
  minCount: 2,
  prune: 0.05,
};

export interface Trained {
  bias: number;
  weights: Map<string, number>;
}

export function trainLogistic(examples: readonly Example[], options = TRAIN_OPTIONS): Trained {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, c]) => c >= options.minCount).map(([f]) => f);
  names.sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((e) => {
    const ids: number[] = [];
    for (const f of e.features) {
      const i = index.get(f);
      if (i !== undefined) ids.push(i);
    }
    return Int32Array.from(ids);
  });
  const total = examples.reduce((s, e) => s + e.weight, 0) || 1;
  const n = names.length;
  const w = new Float64Array(n);
  const grad = new Float64Array(n);
  const g2 = new Float64Array(n);
  let bias = 0;
  let biasG2 = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    grad.fill(0);
    let biasGrad = 0;
    for (let r = 0; r < rows.length; r++) {
      const ids = rows[r] as Int32Array;
      const e = examples[r] as Example;
      let z = bias;
      for (let j = 0; j < ids.length; j++) z += w[ids[j] as number] as number;
      const err = ((sigmoid(z) - e.label) * e.weight) / total;
      biasGrad += err;
      for (let j = 0; j < ids.length; j++) {
        const i = ids[j] as number;
        grad[i] = (grad[i] as number) + err;
      }
    }
    for (let i = 0; i < n; i++) {
      const g = (grad[i] as number) + options.l2 * (w[i] as number);
      g2[i] = (g2[i] as number) + g * g;
      if (g !== 0) w[i] = (w[i] as number) - (options.rate * g) / Math.sqrt(g2[i] as number);
    }
    biasG2 += biasGrad * biasGrad;
    if (biasGrad !== 0) bias -= (options.rate * biasGrad) / Math.sqrt(biasG2);
  }
  const weights = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const v = w[i] as number;
    if (Math.abs(v) >= options.prune) weights.set(names[i] as string, v);
  }
  return { bias, weights };
}

/**
 * The threshold to add a move at, from scores of lines the model was not trained on, among the
 * lines where the rules did not find the move: the one that adds the most labelled moves while
 * adding no false alarm on a near-miss labelled `not:` that move, and keeping at least
 * `minPrecision` of what it adds labelled as the move. Infinity when no threshold does.
 */
export interface Scored {
  readonly score: number;
  /** 1: labelled as the move; -1: a near-miss labelled `not:`; 0: neither. */
  readonly label: 1 | 0 | -1;
}

export function chooseThreshold(
  scored: readonly Scored[],
  {
    minPrecision,
    floor,
    nearMissAllowance,
  }: { minPrecision: number; floor: number; nearMissAllowance: number },
): number {
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  let best = Number.POSITIVE_INFINITY;
  let bestGain = 0;
  let found = 0;
  let added = 0;
  let nearMisses = 0;
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i] as Scored;
    if (s.score < floor) break;
    added++;
    if (s.label === 1) found++;
    if (s.label === -1) nearMisses++;
    if (nearMisses > nearMissAllowance) break;
    // Ties: only a threshold between two different scores can be chosen.
    const next = sorted[i + 1];
    if (next !== undefined && next.score === s.score) continue;
    if (found > bestGain && found / added >= minPrecision) {
      bestGain = found;
      best = s.score;
    }
  }
  return best;
}
