import type { Pattern } from "../content/pattern.schema";
import type { Transcript } from "../moves";
import {
  analyseTranscript,
  type ScoreOptions,
  type TranscriptAnalysis,
} from "./analyse-transcript";
import { flagAntiPatterns } from "./flag-anti-patterns";
import { bandMetrics } from "./metrics";
import { rubricVersionOf } from "./rubric-version";
import { scoreSteps } from "./score-steps";
import {
  type AntiPatternFlag,
  SCORER_VERSION,
  type Scorecard,
  type StepResult,
  type StepStatus,
} from "./scorecard.schema";

/** The overall formula's constants; docs/scoring.md explains each. */
const STEPS_POINTS = 70;
const LISTENING_POINTS = 30;
const REQUIRED_WEIGHT = 2;
const OPTIONAL_WEIGHT = 1;
const CREDIT: Readonly<Record<Exclude<StepStatus, "not_applicable">, number>> = {
  hit: 1,
  partial: 0.5,
  missed: 0,
};
const FLAG_PENALTY = 5;
const CRITICAL_PENALTY = 15;
/** Penalties stop here so one bad habit repeated does not hide the steps that were done. */
const MAX_PENALTY = 40;

const fmt = (x: number): string => String(Math.round(x * 10) / 10);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "2 flags at −5 and 1 critical at −15", leaving out a part that is zero (one is never zero). */
function penaltyParts(plain: number, critical: number): string {
  const parts = [
    ...(plain > 0 ? [`${plural(plain, "flag")} at −${FLAG_PENALTY}`] : []),
    ...(critical > 0 ? [`${critical} critical at −${CRITICAL_PENALTY}`] : []),
  ];
  return parts.join(" and ");
}

function overallOf(
  steps: readonly StepResult[],
  flags: readonly AntiPatternFlag[],
  analysis: TranscriptAnalysis,
): { overall: number; explanation: string } {
  let earned = 0;
  let possible = 0;
  let notApplicable = 0;
  for (const s of steps) {
    if (s.status === "not_applicable") {
      notApplicable++;
      continue;
    }
    const weight = s.required ? REQUIRED_WEIGHT : OPTIONAL_WEIGHT;
    possible += weight;
    earned += weight * CREDIT[s.status];
  }
  const stepShare = possible === 0 ? 1 : earned / possible;
  const stepPoints = STEPS_POINTS * stepShare;
  const listeningPoints = LISTENING_POINTS * analysis.listeningQuality;
  // A flag on the same sentence as a more severe one is listed without points (docs/scoring.md).
  const counted = flags.filter((f) => f.sameSentenceAs === undefined);
  const critical = counted.filter((f) => f.critical).length;
  const unpenalised = flags.length - counted.length;
  const rawPenalty = (counted.length - critical) * FLAG_PENALTY + critical * CRITICAL_PENALTY;
  const penalty = Math.min(MAX_PENALTY, rawPenalty);
  const overall = Math.max(0, Math.min(100, Math.round(stepPoints + listeningPoints - penalty)));

  const skipped = notApplicable > 0 ? `; ${notApplicable} not applicable, left out` : "";
  const parts = [
    `Steps: ${fmt(earned)} of ${possible} points → ${fmt(stepPoints)} of ${STEPS_POINTS} (a required step counts double, a step partly done counts half${skipped}).`,
    analysis.managerTurnCount === 0
      ? `Listening: you said nothing → 0 of ${LISTENING_POINTS}.`
      : `Listening: ${Math.round(analysis.listeningQuality * 100)}% → ${fmt(listeningPoints)} of ${LISTENING_POINTS} (reflecting back, open questions, asking before advising, your share of the talking, no put-downs).`,
    flags.length === 0
      ? "No anti-patterns."
      : `Anti-patterns: ${penaltyParts(counted.length - critical, critical)} = −${rawPenalty}${rawPenalty > MAX_PENALTY ? ` (capped at −${MAX_PENALTY})` : ""}${unpenalised > 0 ? `; ${plural(unpenalised, "more flag")} on a sentence already penalised, without points` : ""}.`,
    `Overall ${overall}/100. Passing is decided by required steps and critical anti-patterns, not by this number.`,
  ];
  return { overall, explanation: parts.join(" ") };
}

function failReasonsOf(steps: readonly StepResult[], flags: readonly AntiPatternFlag[]): string[] {
  const reasons: string[] = [];
  for (const s of steps) {
    if (s.required && s.status === "missed") reasons.push(`Required step "${s.title}" was missed.`);
  }
  for (const f of flags) {
    if (f.critical && f.sameSentenceAs === undefined)
      reasons.push(`Critical anti-pattern "${f.title}" on turn ${f.turn + 1}.`);
  }
  return reasons;
}

/** Scores an analysed transcript against one pattern; see scoreTranscript. */
function scoreAnalysis(analysis: TranscriptAnalysis, pattern: Pattern): Scorecard {
  const steps = scoreSteps(pattern, analysis);
  const antiPatterns = flagAntiPatterns(pattern, analysis);
  const { overall, explanation } = overallOf(steps, antiPatterns, analysis);
  const failReasons = failReasonsOf(steps, antiPatterns);
  return {
    patternId: pattern.id,
    rubricVersion: rubricVersionOf(pattern),
    scorerVersion: SCORER_VERSION,
    overall,
    explanation,
    passed: failReasons.length === 0,
    failReasons,
    steps,
    antiPatterns,
    metrics: bandMetrics(analysis.metrics, analysis.listeningQuality, pattern.talkShare),
  };
}

/**
 * The scorecard of a transcript against a pattern: each step with the quoted turns that show it,
 * anti-patterns on the exact turn, banded metrics, an overall 0–100 with its explanation, and a
 * pass decided by rules (a missed required step or a critical anti-pattern fails the attempt at any
 * score). Pure and deterministic: moves are detected once per manager turn, with the turn before
 * it as context.
 */
export function scoreTranscript(
  transcript: Transcript,
  pattern: Pattern,
  options?: ScoreOptions,
): Scorecard {
  return scoreAnalysis(analyseTranscript(transcript, options), pattern);
}

/** One scorecard per pattern (a scenario practises several), detecting moves only once. */
export function scorePatterns(
  transcript: Transcript,
  patterns: readonly Pattern[],
  options?: ScoreOptions,
): Scorecard[] {
  const analysis = analyseTranscript(transcript, options);
  return patterns.map((p) => scoreAnalysis(analysis, p));
}
