import { detectMoves, type Move, type MoveKind } from "../../server/moves";
import { esconvInHalf, type Half } from "./half";
import { labelByPrecedence } from "./main-move";
import { type ClassificationReport, scoreClassification } from "./scores";

export const ESCONV_LABELS = [
  "Questions",
  "Reflection",
  "Affirmation and Reassurance",
  "Providing Suggestions",
  "Self-disclosure",
  "Information",
  "Other",
] as const;
type EsconvLabel = (typeof ESCONV_LABELS)[number];

/** ESConv strategies that Flightdeck treats as one move. */
const MERGED_LABELS: Record<string, EsconvLabel> = {
  "Restatement or Paraphrasing": "Reflection",
  "Reflection of feelings": "Reflection",
};

/**
 * How a turn's moves become one ESConv strategy: the first row whose moves occur wins. A
 * suggestion phrased as a question ("Have you tried …?") is a suggestion; self-disclosure
 * outranks the question or reassurance that often rides along with it.
 */
export const ESCONV_PRECEDENCE: readonly (readonly [EsconvLabel, readonly MoveKind[]])[] = [
  ["Providing Suggestions", ["advice", "solution_collab"]],
  ["Self-disclosure", ["self_disclosure"]],
  ["Reflection", ["reflection", "summary"]],
  ["Questions", ["open_question", "closed_question"]],
  ["Affirmation and Reassurance", ["validation"]],
  ["Information", ["information"]],
];

/** The precedence table, with questions that are a minor part of the turn passed over. */
export function esconvLabelOf(moves: readonly Move[], text?: string): EsconvLabel {
  return labelByPrecedence(moves, text, ESCONV_PRECEDENCE, "Questions", "Other");
}

/** `strategy<TAB>utterance` lines after a header; utterances are single supporter turns. */
export function readEsconv(tsvText: string): { label: EsconvLabel; text: string }[] {
  const out: { label: EsconvLabel; text: string }[] = [];
  for (const line of tsvText.split(/\r?\n/)) {
    const tab = line.indexOf("\t");
    if (tab < 0) continue;
    const raw = line.slice(0, tab).trim();
    if (raw === "strategy") continue;
    const label = MERGED_LABELS[raw] ?? (raw as EsconvLabel);
    if (!(ESCONV_LABELS as readonly string[]).includes(label)) continue;
    out.push({ label, text: line.slice(tab + 1) });
  }
  return out;
}

export interface EsconvError {
  gold: string;
  predicted: string;
  text: string;
  moves: string;
}

/** With `half`, only that half's utterances are read (see half.ts; numbered across the files). */
export function evaluateEsconv(
  tsvTexts: readonly string[],
  errors?: EsconvError[],
  half?: Half,
): ClassificationReport {
  const pairs: { gold: string; predicted: string }[] = [];
  let index = 0;
  for (const tsv of tsvTexts) {
    for (const { label, text } of readEsconv(tsv)) {
      if (!esconvInHalf(index++, half)) continue;
      // ESConv gives supporter turns without the seeker's turn before them: no context.
      const moves = detectMoves(text);
      const predicted = esconvLabelOf(moves, text);
      pairs.push({ gold: label, predicted });
      if (errors && predicted !== label) {
        errors.push({ gold: label, predicted, text, moves: moves.map((m) => m.move).join(",") });
      }
    }
  }
  return scoreClassification(ESCONV_LABELS, pairs);
}
