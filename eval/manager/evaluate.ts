import type { Pattern } from "../../server/content/pattern.schema";
import type { Move, MoveKind, TranscriptTurn } from "../../server/moves";
import { detectMoves } from "../../server/moves";
import { scoreTranscript } from "../../server/rubric";
import type { StepStatus } from "../../server/rubric/scorecard.schema";
import type { LabelledConversation, LabelledLine } from "./data.schema";

/**
 * The scenarios whose lines and conversations the rules may be tuned on. The other six are held
 * out: their misses are never read while tuning, so their figures say how the rules carry over to
 * situations they were not fitted to. Split by scenario, not by line, because a situation brings
 * its own words (ledger, pager, promotion packet).
 */
export const DEV_SCENARIOS: ReadonlySet<string> = new Set([
  "burnout-signals",
  "career-goals-exploration",
  "dismissive-code-reviews",
  "first-one-on-one-after-attrition",
  "missed-sprint-commitments",
  "resisting-feedback",
]);

/** How one move fared over the lines: labelled present and found, labelled absent and found anyway. */
export interface MoveTally {
  /** Lines labelled as carrying the move. */
  expected: number;
  /** Of those, lines where it was detected. */
  found: number;
  /** Lines labelled as NOT carrying the move (near-misses). */
  forbidden: number;
  /** Of those, lines where it was detected anyway. */
  falseAlarms: number;
}

export interface LineMiss {
  id: string;
  text: string;
  previous?: string;
  missing: MoveKind[];
  unwanted: MoveKind[];
  detected: MoveKind[];
}

export interface LinesReport {
  lines: number;
  /** Lines with every labelled move found and no forbidden one. */
  allRight: number;
  perMove: Partial<Record<MoveKind, MoveTally>>;
  misses: LineMiss[];
}

type Detect = (text: string, context: { previous?: readonly TranscriptTurn[] }) => readonly Move[];

const tally = (report: LinesReport, move: MoveKind): MoveTally => {
  report.perMove[move] ??= { expected: 0, found: 0, forbidden: 0, falseAlarms: 0 };
  return report.perMove[move];
};

/** Detects every line (with the employee's previous line as context) and compares with its labels. */
export function evaluateLines(
  lines: readonly LabelledLine[],
  detect: Detect = detectMoves,
): LinesReport {
  const report: LinesReport = { lines: lines.length, allRight: 0, perMove: {}, misses: [] };
  for (const line of lines) {
    const previous: TranscriptTurn[] =
      line.previous === undefined ? [] : [{ speaker: "employee", text: line.previous }];
    const detected = new Set(detect(line.text, { previous }).map((m) => m.move));
    const missing: MoveKind[] = [];
    const unwanted: MoveKind[] = [];
    for (const move of new Set(line.moves)) {
      const t = tally(report, move);
      t.expected++;
      if (detected.has(move)) t.found++;
      else missing.push(move);
    }
    for (const move of new Set(line.not)) {
      const t = tally(report, move);
      t.forbidden++;
      if (detected.has(move)) {
        t.falseAlarms++;
        unwanted.push(move);
      }
    }
    if (missing.length === 0 && unwanted.length === 0) report.allRight++;
    else
      report.misses.push({
        id: line.id,
        text: line.text,
        ...(line.previous === undefined ? {} : { previous: line.previous }),
        missing,
        unwanted,
        detected: [...detected],
      });
  }
  return report;
}

/** hit and partial give credit for a step, missed gives none; not_applicable is neither. */
function credit(status: StepStatus): "credited" | "missed" | "not_applicable" {
  return status === "hit" || status === "partial" ? "credited" : status;
}

export interface ConversationRow {
  id: string;
  pattern: string;
  expectedPassed: boolean;
  passed: boolean;
  overall: number;
  failReasons: string[];
  /** Labelled steps whose status differs: expected, then what the scorer said. */
  steps: { id: string; expected: StepStatus; got: StepStatus | undefined }[];
  missingFlags: string[];
  /** Flags the writer did not expect, critical ones marked with "!". */
  extraFlags: string[];
}

export interface ConversationsReport {
  conversations: number;
  /** Conversations where the scorer's pass/fail equals the writer's. */
  passAgreed: number;
  /** Of the conversations labelled as passing, how many the scorer passed; same for failing. */
  goodPassed: number;
  good: number;
  flawedFailed: number;
  flawed: number;
  steps: { labelled: number; exact: number; sameCredit: number };
  flags: { expected: number; found: number; unexpected: number };
  rows: ConversationRow[];
}

/** Scores every conversation against its pattern and compares with what its writer expected. */
export function evaluateConversations(
  conversations: readonly LabelledConversation[],
  patterns: ReadonlyMap<string, Pattern>,
): ConversationsReport {
  const report: ConversationsReport = {
    conversations: conversations.length,
    passAgreed: 0,
    goodPassed: 0,
    good: 0,
    flawedFailed: 0,
    flawed: 0,
    steps: { labelled: 0, exact: 0, sameCredit: 0 },
    flags: { expected: 0, found: 0, unexpected: 0 },
    rows: [],
  };
  for (const c of conversations) {
    const pattern = patterns.get(c.pattern);
    if (!pattern) throw new Error(`${c.id}: no pattern "${c.pattern}"`);
    const card = scoreTranscript({ turns: c.turns }, pattern);
    if (card.passed === c.expect.passed) report.passAgreed++;
    if (c.expect.passed) {
      report.good++;
      if (card.passed) report.goodPassed++;
    } else {
      report.flawed++;
      if (!card.passed) report.flawedFailed++;
    }
    const steps: ConversationRow["steps"] = [];
    for (const [id, expected] of Object.entries(c.expect.steps)) {
      const got = card.steps.find((s) => s.id === id)?.status;
      report.steps.labelled++;
      if (got === expected) report.steps.exact++;
      if (got !== undefined && credit(got) === credit(expected)) report.steps.sameCredit++;
      if (got !== expected) steps.push({ id, expected, got });
    }
    const flagged = new Set(card.antiPatterns.map((f) => f.id));
    const expectedFlags = new Set(c.expect.flags);
    const missingFlags = [...expectedFlags].filter((f) => !flagged.has(f));
    const extraFlags = card.antiPatterns
      .filter((f) => !expectedFlags.has(f.id))
      .map((f) => (f.critical ? `${f.id}!` : f.id));
    report.flags.expected += expectedFlags.size;
    report.flags.found += expectedFlags.size - missingFlags.length;
    report.flags.unexpected += extraFlags.length;
    report.rows.push({
      id: c.id,
      pattern: c.pattern,
      expectedPassed: c.expect.passed,
      passed: card.passed,
      overall: card.overall,
      failReasons: card.failReasons,
      steps,
      missingFlags,
      extraFlags: [...new Set(extraFlags)],
    });
  }
  return report;
}
