export type { ScoreOptions } from "./analyse-transcript";
export type { LintFlag, LintResult } from "./lint-draft";
export { lintDraft } from "./lint-draft";
export type { ChatClient, JudgeOptions, JudgeOutcome } from "./llm-judge";
export { judgeScorecard } from "./llm-judge";
export { outcomeNote } from "./outcome-note";
export type { ParsedTranscript, TranscriptFormat } from "./parse-transcript";
export {
  markdownTurn,
  OTHER_VERSIONS_HEADING,
  parseTranscript,
  REVIEW_NOTE_MARK,
  UNANSWERED_NOTE,
} from "./parse-transcript";
export { rubricVersionOf } from "./rubric-version";
export { scorePatterns, scoreTranscript } from "./score-transcript";
export type {
  AntiPatternFlag,
  Band,
  Evidence,
  JudgeOpinion,
  JudgeStep,
  Metric,
  MetricName,
  Metrics,
  Scorecard,
  StepResult,
  StepStatus,
} from "./scorecard.schema";
export { SCORER_VERSION, ScorecardSchema } from "./scorecard.schema";
