import { readTrainingData } from "./data";
import { fitModel, setsOf } from "./fit";

/** The text of weights.json: the reader trained on every training set, thresholds by leave-one-set-out. */
export function trainShippedModel(dir: string): string {
  const data = readTrainingData(dir);
  const model = fitModel(data.lines);
  const shipped = {
    trainedOn: {
      sha256: data.sha256,
      lines: data.lines.length,
      sets: setsOf(data.lines).join(", "),
    },
    moves: model.moves,
  };
  // As biome formats it, so that `npm run lint` leaves it as written.
  return `${JSON.stringify(shipped, null, 2)}\n`;
}
