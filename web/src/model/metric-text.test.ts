import { describe, expect, it } from "vitest";
import type { Metric, Metrics } from "../../../server/rubric/scorecard.schema";
import { METRIC_TEXT, metricAim, metricTip, metricValue } from "./metric-text";

const metric = (over: Partial<Metric>): Metric => ({
  value: 0,
  unit: "count",
  band: "good",
  thresholds: { fair: 1, good: 0, higherIsBetter: false },
  source: "test",
  ...over,
});

describe("conversation metrics in a new manager's words", () => {
  it("names no metric in analyst jargon", () => {
    for (const { name, means } of Object.values(METRIC_TEXT)) {
      expect(`${name} ${means}`).not.toMatch(
        /\b(?:MITI|ratio|reflections?|negative moves|permission ask|complex|R:Q|monologue)\b/i,
      );
    }
  });

  it("says what to aim for in words, not as operators", () => {
    expect(metricAim("adviceWithoutPermission", metric({}))).toBe("None");
    expect(
      metricAim(
        "managerTalkShare",
        metric({ unit: "share", thresholds: { fair: 0.6, good: 0.5, higherIsBetter: false } }),
      ),
    ).toBe("50% or less");
    expect(
      metricAim(
        "reflectionToQuestion",
        metric({ unit: "ratio", thresholds: { fair: 1, good: 2, higherIsBetter: true } }),
      ),
    ).toBe("twice per question or more");
    expect(
      metricAim(
        "longestMonologue",
        metric({ unit: "words", thresholds: { fair: 120, good: 60, higherIsBetter: false } }),
      ),
    ).toBe("60 words or less");
    expect(metricAim("questions", metric({ thresholds: null, band: null }))).toBe("—");
  });

  it("gives each value its unit", () => {
    expect(metricValue("reflectionToQuestion", metric({ value: 1.5, unit: "ratio" }))).toBe(
      "1.5 times per question",
    );
    // The first run's skilled burnout conversation: 1 turn saying back, 6 with a question.
    expect(metricValue("reflectionToQuestion", metric({ value: 0.17, unit: "ratio" }))).toBe(
      "once every 6 questions",
    );
    expect(metricValue("reflectionToQuestion", metric({ value: 0.4, unit: "ratio" }))).toBe(
      "once every 2.5 questions",
    );
    expect(metricValue("reflectionToQuestion", metric({ value: 1, unit: "ratio" }))).toBe(
      "once per question",
    );
    expect(metricValue("reflectionToQuestion", metric({ value: 0, unit: "ratio" }))).toBe("never");
    expect(metricValue("negativeMovesPerTurn", metric({ value: 0.25, unit: "ratio" }))).toBe(
      "0.3 per turn",
    );
    expect(metricValue("adviceWithoutPermission", metric({ value: 1 }))).toBe("1 turn");
    expect(metricValue("managerTalkShare", metric({ value: 0.534, unit: "share" }))).toBe("53%");
    expect(metricValue("longestMonologue", metric({ value: 84, unit: "words" }))).toBe("84 words");
    expect(metricValue("openQuestionShare", metric({ value: null, band: null }))).toBe(
      "Not measured",
    );
  });

  it("says what to try on a row that is not good, and nothing on a good one", () => {
    const keys = Object.keys(METRIC_TEXT) as (keyof Metrics)[];
    for (const key of keys) {
      const banded = key !== "questions";
      expect(metricTip(key, metric({ band: "poor" })) !== undefined).toBe(banded);
      expect(metricTip(key, metric({ band: "good" }))).toBeUndefined();
      expect(metricTip(key, metric({ band: null, value: null }))).toBeUndefined();
    }
  });
});
