import type { ConversationMetrics } from "../moves";
import type { Band, Metric, Metrics } from "./scorecard.schema";

interface Reference {
  readonly unit: Metric["unit"];
  readonly fair: number;
  readonly good: number;
  readonly higherIsBetter: boolean;
  readonly source: string;
}

/**
 * Reference bands. MITI figures are the published "fair"/"good" competency thresholds; the rest are
 * Flightdeck's own, tied to the limits the pattern structures use (pattern.schema.ts), and say so.
 */
const REFERENCES = {
  managerTalkShare: {
    unit: "share",
    fair: 0.6,
    good: 0.5,
    higherIsBetter: false,
    source:
      "Flightdeck: talk_dominance fires above 60% of the words, leaving out terse replies to short turns; half or less is good",
  },
  openQuestionShare: {
    unit: "share",
    fair: 0.5,
    good: 0.7,
    higherIsBetter: true,
    source: "MITI 3.1.1 (% open questions: fair 50%, good 70%; not scored in MITI 4.2)",
  },
  reflectionToQuestion: {
    unit: "ratio",
    fair: 1,
    good: 2,
    higherIsBetter: true,
    source: "MITI 4.2 (reflection-to-question ratio: fair 1:1, good 2:1)",
  },
  complexReflectionShare: {
    unit: "share",
    fair: 0.4,
    good: 0.5,
    higherIsBetter: true,
    source: "MITI 4.2 (% complex reflections: fair 40%, good 50%)",
  },
  adviceWithoutPermission: {
    unit: "count",
    fair: 1,
    good: 0,
    higherIsBetter: false,
    source: "MITI 4.2 (persuading without permission is MI non-adherent); bands: Flightdeck",
  },
  longestMonologue: {
    unit: "words",
    fair: 120,
    good: 60,
    higherIsBetter: false,
    source: "Flightdeck: the monologue structure fires above 120 words",
  },
  negativeMovesPerTurn: {
    unit: "ratio",
    fair: 0.1,
    good: 0,
    higherIsBetter: false,
    source: "Flightdeck: moves with negative polarity in MOVE_INFO",
  },
  listeningQuality: {
    unit: "share",
    fair: 0.5,
    good: 0.7,
    higherIsBetter: true,
    source:
      "Flightdeck: conversationQuality (moves module), anchored on MITI 4.2 R:Q and % complex reflections",
  },
} as const satisfies Record<string, Reference>;

function bandOf(value: number, ref: Reference): Band {
  if (ref.higherIsBetter) return value >= ref.good ? "good" : value >= ref.fair ? "fair" : "poor";
  return value <= ref.good ? "good" : value <= ref.fair ? "fair" : "poor";
}

function banded(value: number, ref: Reference, note?: string): Metric {
  const metric: Metric = {
    value,
    unit: ref.unit,
    band: bandOf(value, ref),
    thresholds: { fair: ref.fair, good: ref.good, higherIsBetter: ref.higherIsBetter },
    source: ref.source,
  };
  if (note !== undefined) metric.note = note;
  return metric;
}

function unmeasured(ref: Reference, note: string): Metric {
  return {
    value: null,
    unit: ref.unit,
    band: null,
    thresholds: { fair: ref.fair, good: ref.good, higherIsBetter: ref.higherIsBetter },
    source: ref.source,
    note,
  };
}

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** "1 turn", "6 turns". */
const turns = (n: number): string => `${n} ${n === 1 ? "turn" : "turns"}`;

/** "once", "twice", "3 times". */
const times = (n: number): string => (n === 1 ? "once" : n === 2 ? "twice" : `${n} times`);

/**
 * The scorecard metrics from the moves module's conversation metrics, each with its band. Notes
 * are in the words of a manager reading their debrief (what was counted), not an analyst's.
 */
export function bandMetrics(
  m: ConversationMetrics,
  listeningQuality: number,
  talkShare?: { readonly fair: number; readonly good: number; readonly why: string },
): Metrics {
  const noQuestions = m.questions === 0;
  // A pattern where the manager presents may allow more of the talking (pip-kickoff).
  const talkRef: Reference = talkShare
    ? {
        ...REFERENCES.managerTalkShare,
        fair: talkShare.fair,
        good: talkShare.good,
        source: `This pattern: ${talkShare.why}; fair up to ${Math.round(talkShare.fair * 100)}%, good up to ${Math.round(talkShare.good * 100)}%`,
      }
    : REFERENCES.managerTalkShare;
  return {
    managerTalkShare:
      m.engagedTalkShare === null
        ? unmeasured(
            talkRef,
            `they answered in a word or two, so it says little (${Math.round(m.managerTalkShare * 100)}% of all the words were yours)`,
          )
        : banded(
            round(m.engagedTalkShare, 3),
            talkRef,
            "counted where they said more than a few words",
          ),
    questions: {
      value: m.questions,
      unit: "count",
      band: null,
      thresholds: null,
      source: "count of manager turns with a question; judged through the two ratios below",
    },
    openQuestionShare: noQuestions
      ? unmeasured(REFERENCES.openQuestionShare, "you asked no questions")
      : banded(round(m.openQuestionShare, 3), REFERENCES.openQuestionShare),
    reflectionToQuestion: noQuestions
      ? unmeasured(
          REFERENCES.reflectionToQuestion,
          m.reflections === 0
            ? "you asked no questions"
            : `you asked no questions (you said back what you heard ${times(m.reflections)})`,
        )
      : banded(
          round(m.reflectionToQuestionRatio, 2),
          REFERENCES.reflectionToQuestion,
          `you said back what you heard in ${turns(m.reflections)} and asked something in ${turns(m.questions)}; saying it makes sense ("That makes sense") does not count here`,
        ),
    complexReflectionShare:
      m.complexReflectionShare === null
        ? unmeasured(REFERENCES.complexReflectionShare, "you did not say back what you heard")
        : banded(
            round(m.complexReflectionShare, 3),
            REFERENCES.complexReflectionShare,
            `${m.complexReflections} of the ${m.reflections} ${m.reflections === 1 ? "turn" : "turns"} where you said back what you heard added something`,
          ),
    adviceWithoutPermission: banded(
      m.adviceWithoutPermission,
      REFERENCES.adviceWithoutPermission,
      m.advice === 0
        ? "you gave no advice"
        : `you gave advice in ${m.advice} ${m.advice === 1 ? "turn" : "turns"}, ${m.adviceWithoutPermission} of them before asking whether it was wanted`,
    ),
    longestMonologue: banded(m.longestMonologueWords, REFERENCES.longestMonologue),
    negativeMovesPerTurn: banded(round(m.negativeMovesPerTurn, 3), REFERENCES.negativeMovesPerTurn),
    listeningQuality: banded(round(listeningQuality, 3), REFERENCES.listeningQuality),
  };
}
