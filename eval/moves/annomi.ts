import {
  computeConversationMetrics,
  conversationQuality,
  detectMoves,
  type Move,
  type MoveKind,
  type TranscriptTurn,
} from "../../server/moves";
import { parseCsvRecords } from "./csv";
import { type ClassificationReport, rocAuc, scoreClassification } from "./scores";

export const ANNOMI_LABELS = ["question", "reflection", "therapist_input", "other"] as const;
type AnnomiLabel = (typeof ANNOMI_LABELS)[number];

/**
 * How a turn's moves become one AnnoMI therapist behaviour: the first row whose moves occur wins.
 * Question first because AnnoMI annotators gave a turn with a question the question label in most
 * mixed cases; everything without a question, reflection or input move is "other".
 */
const QUESTION_MOVES: readonly MoveKind[] = ["open_question", "closed_question"];
const INPUT_MOVES: readonly MoveKind[] = [
  "advice",
  "information",
  "next_step",
  "follow_up",
  "solution_collab",
  "support_offer",
];

export const ANNOMI_PRECEDENCE: readonly (readonly [AnnomiLabel, readonly MoveKind[]])[] = [
  ["question", QUESTION_MOVES],
  ["therapist_input", INPUT_MOVES],
  ["reflection", ["reflection", "summary"]],
];
/** "Does that make sense?", "What do you think?": short enough to only ask for a reaction. */
const MAX_REACTION_CHECK_CHARS = 40;

/**
 * A turn that gives input and then only asks for a reaction to it ("… Does that make sense?") is
 * input, as MI coders label elicit-provide-elicit; otherwise the precedence table decides.
 */
export function annomiLabelOf(moves: readonly Move[]): AnnomiLabel {
  const questions = moves.filter((m) => QUESTION_MOVES.includes(m.move));
  const firstInput = moves.find((m) => INPUT_MOVES.includes(m.move));
  if (
    firstInput &&
    questions.length > 0 &&
    questions.every(
      (q) => q.start > firstInput.start && q.end - q.start <= MAX_REACTION_CHECK_CHARS,
    )
  ) {
    return "therapist_input";
  }
  for (const [label, kinds] of ANNOMI_PRECEDENCE) {
    if (moves.some((m) => kinds.includes(m.move))) return label;
  }
  return "other";
}

interface Utterance {
  transcript: string;
  order: number;
  quality: string;
  speaker: "therapist" | "client";
  text: string;
  behaviour: string;
  questionSubtype: string;
}

/** Most frequent value; ties go to the value seen first (annotator order in the file). */
function majority(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? "";
  for (const [v, c] of counts) if (c > (counts.get(best) ?? 0)) best = v;
  return best;
}

/**
 * One utterance per (transcript, utterance_id). Where several annotators labelled a transcript,
 * the label is their majority vote (ties: first annotator in file order); the question subtype
 * is the majority among the annotators who chose "question".
 */
export function readAnnomi(csvText: string): Utterance[] {
  const groups = new Map<string, Record<string, string>[]>();
  for (const r of parseCsvRecords(csvText)) {
    const key = `${r.transcript_id}\u0000${r.utterance_id}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const out: Utterance[] = [];
  for (const rows of groups.values()) {
    const first = rows[0] as Record<string, string>;
    const behaviour = majority(rows.map((r) => r.main_therapist_behaviour ?? ""));
    const subtypes = rows
      .filter((r) => r.main_therapist_behaviour === "question")
      .map((r) => r.question_subtype ?? "");
    out.push({
      transcript: first.transcript_id ?? "",
      order: Number(first.utterance_id),
      quality: first.mi_quality ?? "",
      speaker: first.interlocutor === "therapist" ? "therapist" : "client",
      text: first.utterance_text ?? "",
      behaviour,
      questionSubtype: majority(subtypes),
    });
  }
  return out.sort((a, b) =>
    a.transcript === b.transcript
      ? a.order - b.order
      : Number(a.transcript) - Number(b.transcript) || a.transcript.localeCompare(b.transcript),
  );
}

export interface AnnomiResult extends ClassificationReport {
  openClosedAccuracy: number;
  /** Gold questions with a subtype that were also predicted as questions. */
  openClosedSupport: number;
  qualityAuc: number;
  transcripts: { high: number; low: number };
}

export interface AnnomiError {
  gold: string;
  predicted: string;
  text: string;
  previous: string;
  moves: string;
}

export function evaluateAnnomi(csvText: string, errors?: AnnomiError[]): AnnomiResult {
  const utterances = readAnnomi(csvText);
  const pairs: { gold: string; predicted: string }[] = [];
  let ocRight = 0;
  let ocTotal = 0;
  const high: number[] = [];
  const low: number[] = [];

  let i = 0;
  while (i < utterances.length) {
    const transcript = (utterances[i] as Utterance).transcript;
    const quality = (utterances[i] as Utterance).quality;
    const turns: TranscriptTurn[] = [];
    const moves: Move[][] = [];
    for (; i < utterances.length && (utterances[i] as Utterance).transcript === transcript; i++) {
      const u = utterances[i] as Utterance;
      const turn: TranscriptTurn = {
        speaker: u.speaker === "therapist" ? "manager" : "employee",
        text: u.text,
      };
      const previous = turns[turns.length - 1];
      const recent = turns.slice(-4);
      turns.push(turn);
      if (u.speaker === "client") {
        moves.push([]);
        continue;
      }
      // The turns before it are the context a reflection is checked against.
      const found = detectMoves(u.text, { previous: recent });
      moves.push(found);
      const predicted = annomiLabelOf(found);
      pairs.push({ gold: u.behaviour, predicted });
      if (errors && predicted !== u.behaviour) {
        errors.push({
          gold: u.behaviour,
          predicted,
          text: u.text,
          previous: previous?.speaker === "employee" ? previous.text : "",
          moves: found.map((m) => m.move).join(","),
        });
      }
      if (u.behaviour === "question" && predicted === "question") {
        if (u.questionSubtype === "open" || u.questionSubtype === "closed") {
          const isOpen = found.some((m) => m.move === "open_question");
          ocTotal++;
          if ((u.questionSubtype === "open") === isOpen) ocRight++;
        }
      }
    }
    const score = conversationQuality(computeConversationMetrics(turns, moves));
    if (quality === "high") high.push(score);
    else if (quality === "low") low.push(score);
  }

  const report = scoreClassification(ANNOMI_LABELS, pairs);
  return {
    ...report,
    openClosedAccuracy: ocTotal === 0 ? 0 : Math.round((ocRight / ocTotal) * 1000) / 1000,
    openClosedSupport: ocTotal,
    qualityAuc: rocAuc(high, low),
    transcripts: { high: high.length, low: low.length },
  };
}
