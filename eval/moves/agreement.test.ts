import { describe, expect, it } from "vitest";
import { type AgreementItem, annotatorAgreement } from "./agreement";
import { ANNOMI_LABELS } from "./annomi";

const q = (subtype: "open" | "closed") => ({ behaviour: "question", questionSubtype: subtype });
const label = (behaviour: string) => ({ behaviour, questionSubtype: "" });

describe("annotator agreement", () => {
  it("compares every pair of annotators and the detectors with each annotator", () => {
    const items: AgreementItem[] = [
      // Both annotators and the detectors: an open question.
      { annotations: [q("open"), q("open")], predicted: "question", predictedOpen: true },
      // The annotators split question / reflection; the detectors say question, closed.
      {
        annotations: [q("closed"), label("reflection")],
        predicted: "question",
        predictedOpen: false,
      },
      // Both annotators: reflection; the detectors: other.
      {
        annotations: [label("reflection"), label("reflection")],
        predicted: "other",
        predictedOpen: false,
      },
    ];
    const a = annotatorAgreement(ANNOMI_LABELS, items);
    expect(a.utterances).toBe(3);
    // Ordered human pairs: 2 per utterance. Question: 2 agreeing pairs, 2 pairs split.
    expect(a.humans.pairs).toBe(6);
    expect(a.humans.questionF1).toBeCloseTo(2 / 3, 3);
    expect(a.humans.openClosedAccuracy).toBe(1);
    expect(a.humans.openClosedSupport).toBe(2);
    // Detectors against each annotation: question predicted 4 times, 3 of them a gold question.
    expect(a.detectors.pairs).toBe(6);
    expect(a.detectors.questionF1).toBeCloseTo((2 * 3) / (4 + 3), 3);
    expect(a.detectors.openClosedAccuracy).toBe(1);
    expect(a.detectors.openClosedSupport).toBe(3);
  });

  it("leaves out utterances that only one annotator labelled", () => {
    const a = annotatorAgreement(ANNOMI_LABELS, [
      { annotations: [q("open")], predicted: "reflection", predictedOpen: false },
      { annotations: [q("open"), q("closed")], predicted: "question", predictedOpen: true },
    ]);
    expect(a.utterances).toBe(1);
    expect(a.humans.openClosedAccuracy).toBe(0);
    expect(a.detectors.openClosedAccuracy).toBe(0.5);
    expect(a.detectors.questionF1).toBe(1);
  });
});
