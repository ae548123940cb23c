import type { Metric, Metrics } from "../../../server/rubric/scorecard.schema";
import { percent } from "./format";

/**
 * What each conversation metric means, in the words of a manager who has never heard of MITI, and
 * what to do when it is not good. The scorer's `source` (the research behind a band) stays in the
 * reference cell's tooltip; nothing here needs it to be understood.
 */
interface MetricText {
  /** The row's name. */
  readonly name: string;
  /** What is counted, in one sentence. */
  readonly means: string;
  /** What to try next time, shown when the band is fair or poor. */
  readonly tip?: string;
}

export const METRIC_TEXT: Record<keyof Metrics, MetricText> = {
  managerTalkShare: {
    name: "How much of the talking you did",
    means: "Your share of the words. They should do most of the talking.",
    tip: "Ask one open question, then stop and wait for the whole answer.",
  },
  questions: {
    name: "Turns with a question",
    means: "How many of your turns asked them something.",
  },
  openQuestionShare: {
    name: "Open questions",
    means:
      "Questions they cannot answer with yes or no: “What got in the way?”, not “Was it the estimates?”.",
    tip: "Start your questions with “what” or “how”.",
  },
  reflectionToQuestion: {
    name: "Saying back what you heard",
    means: "How often you said back what they told you, for each question you asked.",
    tip: "Before your next question, say back what they just told you, in your own words, and check it: “So what worries you most is …, did I get that right?”",
  },
  complexReflectionShare: {
    name: "Saying back, with something added",
    means:
      "Of those times, how often you added something: the feeling behind it, what they left unsaid, or a summary.",
    tip: "Name the feeling or the reason you hear behind their words: “It sounds like it's less the hours than never being asked.”",
  },
  adviceWithoutPermission: {
    name: "Advice they did not ask for",
    means: "Turns where you told them what to do without asking first.",
    tip: "Ask first: “What have you tried?” or “Can I share an idea?”",
  },
  longestMonologue: {
    name: "Your longest turn",
    means: "Past about 60 words, people stop listening.",
    tip: "Say one thing, then hand the turn back with a question.",
  },
  negativeMovesPerTurn: {
    name: "Put-downs per turn",
    means: "Labels, blame, threats, brush-offs and vague verdicts.",
    tip: "The flagged lines in the transcript show where, each with a better phrasing: say what happened and what it did, not what kind of person they are, and take their concerns seriously.",
  },
  listeningQuality: {
    name: "Listening, overall",
    means: "The rows above in one figure.",
    tip: "Start with the rows marked Poor: each says what to try.",
  },
};

/** The metric's value in words: "53%", "once every 6 questions", "0 turns", "84 words". */
export function metricValue(key: keyof Metrics, m: Metric): string {
  if (m.value === null) return "Not measured";
  switch (key) {
    case "reflectionToQuestion":
      return timesPerQuestion(m.value);
    case "negativeMovesPerTurn":
      return `${m.value.toFixed(1)} per turn`;
    case "questions":
    case "adviceWithoutPermission": {
      const n = Math.round(m.value);
      return `${n} ${n === 1 ? "turn" : "turns"}`;
    }
    default:
      break;
  }
  switch (m.unit) {
    case "share":
      return percent(m.value);
    case "words":
      return `${Math.round(m.value)} words`;
    default:
      return String(Math.round(m.value * 100) / 100);
  }
}

/**
 * Saying back per question, as a count a manager can picture: "once every 6 questions", "once per
 * question", "twice per question", "1.5 times per question", "never".
 */
export function timesPerQuestion(ratio: number): string {
  if (ratio <= 0) return "never";
  if (ratio < 1) {
    const every = 1 / ratio;
    const shown = Math.abs(every - Math.round(every)) < 0.15 ? Math.round(every) : every.toFixed(1);
    return `once every ${shown} questions`;
  }
  if (ratio === 1) return "once per question";
  if (ratio === 2) return "twice per question";
  return `${ratio.toFixed(1)} times per question`;
}

function edge(key: keyof Metrics, m: Metric, x: number): string {
  if (m.unit === "share") return percent(x);
  if (m.unit === "words") return `${x} words`;
  if (key === "reflectionToQuestion") return timesPerQuestion(x);
  if (key === "adviceWithoutPermission") return `${x} ${x === 1 ? "turn" : "turns"}`;
  return String(x);
}

/**
 * What to aim for, in words: "50% or less", "twice per question or more", "none". The band beside the
 * value says how far off it is. A dash for a metric without bands.
 */
export function metricAim(key: keyof Metrics, m: Metric): string {
  const t = m.thresholds;
  if (!t) return "—";
  if (t.good === 0 && !t.higherIsBetter) return "None";
  return `${edge(key, m, t.good)} or ${t.higherIsBetter ? "more" : "less"}`;
}

/** The tip to show: only when the metric was measured and is not good. */
export function metricTip(key: keyof Metrics, m: Metric): string | undefined {
  if (m.band !== "fair" && m.band !== "poor") return undefined;
  return METRIC_TEXT[key].tip;
}
