import { describe, expect, it } from "vitest";
import {
  cohensKappa,
  type FlagObservation,
  flagAgreement,
  MIN_REVIEWS_FOR_KAPPA,
  overallChanges,
  type StepObservation,
  stepAgreement,
} from "./agreement";

const obs = (machine: string, reviewer: string, stepId = "open"): StepObservation => ({
  patternId: "sbi",
  stepId,
  machine,
  reviewer,
});
const repeat = <T>(n: number, x: T): T[] => Array.from({ length: n }, () => x);

describe("cohensKappa", () => {
  it("is 1 for perfect agreement across categories", () => {
    expect(
      cohensKappa([
        ["hit", "hit"],
        ["missed", "missed"],
      ]),
    ).toBe(1);
  });
  it("is 0 when agreement is what chance predicts", () => {
    // Both say hit half the time, independently: p_o = p_e = 0.5.
    const pairs: [string, string][] = [
      ["hit", "hit"],
      ["hit", "missed"],
      ["missed", "hit"],
      ["missed", "missed"],
    ];
    expect(cohensKappa(pairs)).toBeCloseTo(0, 10);
  });
  it("matches a worked example", () => {
    // 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no: p_o = 0.7, p_e = 0.5, κ = 0.4.
    const pairs: [string, string][] = [
      ...repeat(20, ["yes", "yes"] as [string, string]),
      ...repeat(5, ["yes", "no"] as [string, string]),
      ...repeat(10, ["no", "yes"] as [string, string]),
      ...repeat(15, ["no", "no"] as [string, string]),
    ];
    expect(cohensKappa(pairs)).toBeCloseTo(0.4, 10);
  });
  it("is null when both always give the same single status", () => {
    expect(cohensKappa(repeat(5, ["hit", "hit"] as [string, string]))).toBeNull();
  });
  it("is negative when they disagree more than chance", () => {
    expect(
      cohensKappa([
        ["hit", "missed"],
        ["missed", "hit"],
      ]),
    ).toBeLessThan(0);
  });
});

describe("stepAgreement", () => {
  it("gives the rate always and κ only from enough reviews", () => {
    const few = stepAgreement([obs("hit", "hit"), obs("hit", "missed"), obs("missed", "missed")]);
    expect(few).toEqual([
      {
        patternId: "sbi",
        stepId: "open",
        reviews: 3,
        agreed: 2,
        agreementRate: 2 / 3,
        kappa: null,
        confusion: { "hit→hit": 1, "hit→missed": 1, "missed→missed": 1 },
      },
    ]);
    const many = stepAgreement([
      ...repeat(MIN_REVIEWS_FOR_KAPPA - 2, obs("hit", "hit")),
      obs("missed", "missed"),
      obs("hit", "missed"),
    ]);
    expect(many[0]?.reviews).toBe(MIN_REVIEWS_FOR_KAPPA);
    expect(many[0]?.kappa).not.toBeNull();
  });

  it("keeps steps apart and sorts them", () => {
    const steps = stepAgreement([obs("hit", "hit", "b"), obs("hit", "hit", "a")]);
    expect(steps.map((s) => s.stepId)).toEqual(["a", "b"]);
  });
});

describe("overallChanges", () => {
  it("counts raises and cuts and their mean size, which a signed mean hides", () => {
    expect(
      overallChanges([
        { machine: 37, reviewer: 65 },
        { machine: 89, reviewer: 55 },
      ]),
    ).toEqual({ adjusted: 2, raised: 1, lowered: 1, meanAbsolute: 31, meanShift: -3 });
    expect(overallChanges([{ machine: 50, reviewer: 50 }])).toMatchObject({
      raised: 0,
      lowered: 0,
      meanAbsolute: 0,
    });
    expect(overallChanges([])).toBeNull();
  });
});

describe("flagAgreement", () => {
  const flag = (antiPatternId: string, setAside: boolean, critical = true): FlagObservation => ({
    patternId: "sbi",
    antiPatternId,
    critical,
    setAside,
  });
  it("counts, per anti-pattern, the flags finished reviews saw and set aside, most set aside first", () => {
    const rows = flagAgreement([
      flag("labelling", true),
      flag("labelling", false),
      flag("labelling", true, false),
      flag("labelling", false),
      flag("threat", false),
      flag("threat", false),
    ]);
    expect(rows).toEqual([
      {
        patternId: "sbi",
        antiPatternId: "labelling",
        flagged: 4,
        setAside: 2,
        setAsideRate: 0.5,
        criticalSetAside: 1,
      },
      {
        patternId: "sbi",
        antiPatternId: "threat",
        flagged: 2,
        setAside: 0,
        setAsideRate: 0,
        criticalSetAside: 0,
      },
    ]);
    expect(flagAgreement([])).toEqual([]);
  });
});
