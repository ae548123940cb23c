import {
  computeConversationMetrics,
  conversationQuality,
  detectMoves,
  type Move,
  type MoveKind,
  type TranscriptTurn,
  turnReflectionDepth,
} from "../../server/moves";
import {
  type Agreement,
  type AgreementItem,
  type Annotation,
  annotatorAgreement,
} from "./agreement";
import { parseCsvRecords } from "./csv";
import { annomiInHalf, type Half } from "./half";
import { labelByPrecedence, QUESTION_MOVES } from "./main-move";
import { type ClassificationReport, rocAuc, scoreClassification } from "./scores";

export const ANNOMI_LABELS = ["question", "reflection", "therapist_input", "other"] as const;
type AnnomiLabel = (typeof ANNOMI_LABELS)[number];

/**
 * How a turn's moves become one AnnoMI therapist behaviour: the first row whose moves occur wins.
 * Question first because AnnoMI annotators gave a turn with a question the question label in most
 * mixed cases; everything without a question, reflection or input move is "other".
 */
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
 * input, as MI coders label elicit-provide-elicit; otherwise the precedence table decides, with
 * questions that are a minor part of the turn passed over (see `labelByPrecedence`). Without the
 * turn's text every question counts.
 */
export function annomiLabelOf(moves: readonly Move[], text?: string): AnnomiLabel {
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
  return labelByPrecedence(moves, text, ANNOMI_PRECEDENCE, "question", "other");
}

interface Utterance {
  transcript: string;
  order: number;
  quality: string;
  speaker: "therapist" | "client";
  text: string;
  behaviour: string;
  questionSubtype: string;
  reflectionSubtype: string;
  /** Every annotator's label, in file order (one for most utterances). */
  annotations: Annotation[];
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
    const reflectionSubtypes = rows
      .filter((r) => r.main_therapist_behaviour === "reflection")
      .map((r) => r.reflection_subtype ?? "");
    out.push({
      reflectionSubtype: majority(reflectionSubtypes),
      transcript: first.transcript_id ?? "",
      order: Number(first.utterance_id),
      quality: first.mi_quality ?? "",
      speaker: first.interlocutor === "therapist" ? "therapist" : "client",
      text: first.utterance_text ?? "",
      behaviour,
      questionSubtype: majority(subtypes),
      annotations: rows.map((r) => ({
        behaviour: r.main_therapist_behaviour ?? "",
        questionSubtype: r.question_subtype ?? "",
      })),
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
  /**
   * Simple vs complex (MITI) on gold reflections with a subtype that were also predicted as
   * reflections: accuracy, the share of complex among them (gold and predicted), and the
   * Pearson correlation of the per-transcript complex shares (transcripts with ≥ 3 such turns).
   */
  reflectionDepth: {
    accuracy: number;
    support: number;
    goldComplexShare: number;
    predictedComplexShare: number;
    transcriptShareCorrelation: number;
    transcripts: number;
  };
  /**
   * On the utterances several annotators labelled: how far two annotators agree, and how far the
   * detectors agree with one annotator (see agreement.ts).
   */
  annotatorAgreement: Agreement & { transcripts: number };
}

export interface AnnomiError {
  gold: string;
  predicted: string;
  text: string;
  previous: string;
  moves: string;
}

/**
 * `errors` collects the turns whose 4-way label is wrong; `openClosedErrors` the gold questions
 * found as questions whose open/closed subtype is wrong (gold and predicted are "open"/"closed").
 * With `half`, only that half's transcripts are read (see half.ts).
 */
export function evaluateAnnomi(
  csvText: string,
  errors?: AnnomiError[],
  openClosedErrors?: AnnomiError[],
  half?: Half,
): AnnomiResult {
  const utterances = readAnnomi(csvText).filter((u) => annomiInHalf(u.transcript, half));
  const pairs: { gold: string; predicted: string }[] = [];
  let ocRight = 0;
  let ocTotal = 0;
  let depthRight = 0;
  let depthTotal = 0;
  let goldComplex = 0;
  let predictedComplex = 0;
  const depthPerTranscript: { gold: number; predicted: number }[] = [];
  const high: number[] = [];
  const low: number[] = [];
  const agreementItems: AgreementItem[] = [];
  const agreementTranscripts = new Set<string>();

  let i = 0;
  while (i < utterances.length) {
    const transcript = (utterances[i] as Utterance).transcript;
    const quality = (utterances[i] as Utterance).quality;
    const turns: TranscriptTurn[] = [];
    const moves: Move[][] = [];
    let tDepth = 0;
    let tGold = 0;
    let tPredicted = 0;
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
      const predicted = annomiLabelOf(found, u.text);
      pairs.push({ gold: u.behaviour, predicted });
      if (u.annotations.length > 1) {
        agreementTranscripts.add(transcript);
        agreementItems.push({
          annotations: u.annotations,
          predicted,
          predictedOpen: found.some((m) => m.move === "open_question"),
        });
      }
      if (errors && predicted !== u.behaviour) {
        errors.push({
          gold: u.behaviour,
          predicted,
          text: u.text,
          previous: previous?.speaker === "employee" ? previous.text : "",
          moves: found.map((m) => m.move).join(","),
        });
      }
      if (
        u.behaviour === "reflection" &&
        predicted === "reflection" &&
        (u.reflectionSubtype === "simple" || u.reflectionSubtype === "complex")
      ) {
        const employee = recent
          .filter((t) => t.speaker === "employee")
          .map((t) => t.text)
          .join("\n");
        const depth = turnReflectionDepth(u.text, found, employee === "" ? undefined : employee);
        tDepth++;
        if (u.reflectionSubtype === "complex") tGold++;
        if (depth === "complex") tPredicted++;
        depthTotal++;
        if (depth === u.reflectionSubtype) depthRight++;
      }
      if (u.behaviour === "question" && predicted === "question") {
        if (u.questionSubtype === "open" || u.questionSubtype === "closed") {
          const isOpen = found.some((m) => m.move === "open_question");
          ocTotal++;
          if ((u.questionSubtype === "open") === isOpen) ocRight++;
          else
            openClosedErrors?.push({
              gold: u.questionSubtype,
              predicted: isOpen ? "open" : "closed",
              text: u.text,
              previous: previous?.speaker === "employee" ? previous.text : "",
              moves: found.map((m) => m.move).join(","),
            });
        }
      }
    }
    goldComplex += tGold;
    predictedComplex += tPredicted;
    if (tDepth >= 3)
      depthPerTranscript.push({ gold: tGold / tDepth, predicted: tPredicted / tDepth });
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
    reflectionDepth: {
      accuracy: depthTotal === 0 ? 0 : round3(depthRight / depthTotal),
      support: depthTotal,
      goldComplexShare: depthTotal === 0 ? 0 : round3(goldComplex / depthTotal),
      predictedComplexShare: depthTotal === 0 ? 0 : round3(predictedComplex / depthTotal),
      transcriptShareCorrelation: round3(pearson(depthPerTranscript)),
      transcripts: depthPerTranscript.length,
    },
    annotatorAgreement: {
      ...annotatorAgreement(ANNOMI_LABELS, agreementItems),
      transcripts: agreementTranscripts.size,
    },
  };
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Pearson correlation of gold and predicted values; 0 when either does not vary. */
function pearson(points: readonly { gold: number; predicted: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  let mg = 0;
  let mp = 0;
  for (const p of points) {
    mg += p.gold / n;
    mp += p.predicted / n;
  }
  let cov = 0;
  let vg = 0;
  let vp = 0;
  for (const p of points) {
    cov += (p.gold - mg) * (p.predicted - mp);
    vg += (p.gold - mg) ** 2;
    vp += (p.predicted - mp) ** 2;
  }
  return vg === 0 || vp === 0 ? 0 : cov / Math.sqrt(vg * vp);
}
