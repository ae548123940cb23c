export interface LabelScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ClassificationReport {
  macroF1: number;
  perLabel: Record<string, LabelScore>;
  /** confusion[gold][predicted] = count */
  confusion: Record<string, Record<string, number>>;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Per-label precision/recall/F1, macro-F1 over the labels, and the confusion matrix. */
export function scoreClassification(
  labels: readonly string[],
  pairs: readonly { gold: string; predicted: string }[],
): ClassificationReport {
  const confusion: Record<string, Record<string, number>> = {};
  for (const g of labels) confusion[g] = Object.fromEntries(labels.map((p) => [p, 0]));
  for (const { gold, predicted } of pairs) {
    const row = confusion[gold];
    if (row && predicted in row) row[predicted] = (row[predicted] ?? 0) + 1;
  }
  const perLabel: Record<string, LabelScore> = {};
  let f1Sum = 0;
  for (const label of labels) {
    const tp = confusion[label]?.[label] ?? 0;
    let predictedCount = 0;
    let support = 0;
    for (const g of labels) predictedCount += confusion[g]?.[label] ?? 0;
    for (const p of labels) support += confusion[label]?.[p] ?? 0;
    const precision = predictedCount === 0 ? 0 : tp / predictedCount;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    f1Sum += f1;
    perLabel[label] = {
      precision: round(precision),
      recall: round(recall),
      f1: round(f1),
      support,
    };
  }
  return { macroF1: round(f1Sum / labels.length), perLabel, confusion };
}

/** Area under the ROC curve: the chance a random positive scores above a random negative. */
export function rocAuc(positives: readonly number[], negatives: readonly number[]): number {
  if (positives.length === 0 || negatives.length === 0) return Number.NaN;
  let wins = 0;
  for (const p of positives) {
    for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  }
  return round(wins / (positives.length * negatives.length));
}

/** A fixed-width text table of a report, for people. */
export function formatReport(title: string, report: ClassificationReport): string {
  const labels = Object.keys(report.perLabel);
  const w = Math.max(12, ...labels.map((l) => l.length));
  const lines = [`${title}`, `${"label".padEnd(w)}  precision  recall     f1  support`];
  for (const l of labels) {
    const s = report.perLabel[l] as LabelScore;
    lines.push(
      `${l.padEnd(w)}  ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}  ${s.f1.toFixed(3).padStart(5)}  ${String(s.support).padStart(7)}`,
    );
  }
  lines.push(`${"macro-F1".padEnd(w)}  ${report.macroF1.toFixed(3).padStart(24)}`, "");
  const short = labels.map((l) => l.slice(0, 10));
  lines.push(`confusion (rows gold, columns predicted)`);
  lines.push(`${"".padEnd(w)}  ${short.map((s) => s.padStart(10)).join(" ")}`);
  for (const g of labels) {
    const row = report.confusion[g] ?? {};
    lines.push(`${g.padEnd(w)}  ${labels.map((p) => String(row[p] ?? 0).padStart(10)).join(" ")}`);
  }
  return `${lines.join("\n")}\n`;
}
