import { scoreClassification } from "./scores";

/** One annotator's label of an utterance. */
export interface Annotation {
  readonly behaviour: string;
  /** "open" / "closed" when the annotator chose "question", otherwise anything. */
  readonly questionSubtype: string;
}

/** An utterance labelled by several annotators, with what the detectors made of it. */
export interface AgreementItem {
  readonly annotations: readonly Annotation[];
  readonly predicted: string;
  /** Whether the detectors found an open question in it. */
  readonly predictedOpen: boolean;
}

export interface AgreementFigures {
  /** Labelled pairs compared: (annotator, annotator) for people, (detectors, annotator) otherwise. */
  readonly pairs: number;
  readonly questionF1: number;
  readonly macroF1: number;
  /** Of the pairs where both sides call the utterance a question, the share that agree on open/closed. */
  readonly openClosedAccuracy: number;
  readonly openClosedSupport: number;
}

export interface Agreement {
  readonly utterances: number;
  /** Every ordered pair of two different annotators of the same utterance. */
  readonly humans: AgreementFigures;
  /** The detectors against each annotator of the same utterances. */
  readonly detectors: AgreementFigures;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

function figures(
  labels: readonly string[],
  pairs: readonly { gold: string; predicted: string }[],
  openClosedRight: number,
  openClosedTotal: number,
): AgreementFigures {
  const report = scoreClassification(labels, pairs);
  return {
    pairs: pairs.length,
    questionF1: report.perLabel.question?.f1 ?? 0,
    macroF1: report.macroF1,
    openClosedAccuracy: openClosedTotal === 0 ? 0 : round3(openClosedRight / openClosedTotal),
    openClosedSupport: openClosedTotal,
  };
}

/**
 * How far one annotator agrees with another on the utterances that several people labelled, and
 * how far the detectors agree with one annotator there. The dev labels elsewhere come from one
 * annotator each, so the human figure is the ceiling a detector can be expected to reach on them.
 */
export function annotatorAgreement(
  labels: readonly string[],
  items: readonly AgreementItem[],
): Agreement {
  const human: { gold: string; predicted: string }[] = [];
  const detector: { gold: string; predicted: string }[] = [];
  let humanOcRight = 0;
  let humanOcTotal = 0;
  let detectorOcRight = 0;
  let detectorOcTotal = 0;
  let utterances = 0;
  for (const item of items) {
    if (item.annotations.length < 2) continue;
    utterances++;
    for (const a of item.annotations) {
      detector.push({ gold: a.behaviour, predicted: item.predicted });
      if (a.behaviour === "question" && item.predicted === "question") {
        detectorOcTotal++;
        if ((a.questionSubtype === "open") === item.predictedOpen) detectorOcRight++;
      }
      for (const b of item.annotations) {
        if (a === b) continue;
        human.push({ gold: a.behaviour, predicted: b.behaviour });
        if (a.behaviour === "question" && b.behaviour === "question") {
          humanOcTotal++;
          if (a.questionSubtype === b.questionSubtype) humanOcRight++;
        }
      }
    }
  }
  return {
    utterances,
    humans: figures(labels, human, humanOcRight, humanOcTotal),
    detectors: figures(labels, detector, detectorOcRight, detectorOcTotal),
  };
}
