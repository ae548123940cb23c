import type { Move, MoveKind } from "../move.schema";
import { contentStems } from "../overlap";
import { normaliseText, type Sentence } from "../segment";
import { textFeatures } from "./features";
import { type CompiledModel, compileModel, LearnedModelSchema, scoreFeatures } from "./model";
import shipped from "./weights.json" with { type: "json" };

/**
 * The learned reader: after the rules have read a manager turn, a model trained on Flightdeck's
 * own labelled manager lines (docs/evaluation.md, "A learned reader") adds a move the rules did
 * not find when it is sure enough, with the sentence it scores highest as evidence, marked
 * `source: "learned"`. It only adds moves, never takes one away.
 *
 * Off by default (LEARNED_BY_DEFAULT); FLIGHTDECK_LEARNED_MOVES=1 turns it on, =0 off.
 */
export const LEARNED_BY_DEFAULT = false;

let shippedModel: CompiledModel | undefined;
/** Set by setLearnedModel: null off, a model to use instead of the shipped one, undefined neither. */
let override: CompiledModel | null | undefined;
let switchedOn: boolean | undefined;

function isOn(): boolean {
  if (switchedOn === undefined) {
    const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
      ?.env?.FLIGHTDECK_LEARNED_MOVES;
    switchedOn =
      value === undefined || value === ""
        ? LEARNED_BY_DEFAULT
        : !/^(?:0|false|off|no)$/i.test(value);
  }
  return switchedOn;
}

/**
 * Which model the reader uses from now on, for evaluations that compare models: a compiled model,
 * null for none, undefined to go back to the shipped one and the FLIGHTDECK_LEARNED_MOVES switch.
 */
export function setLearnedModel(model: CompiledModel | null | undefined): void {
  override = model;
}

/** The model in use, or null when the reader is off. */
export function activeLearnedModel(): CompiledModel | null {
  if (override !== undefined) return override;
  if (!isOn()) return null;
  shippedModel ??= compileModel(LearnedModelSchema.parse(shipped));
  return shippedModel;
}

/**
 * Adds to `out` (the rules' moves for the turn's sentences) each move the model scores at or
 * above its threshold on the whole turn and the rules did not find, spanning the sentence the model
 * scores highest for it. `previousText` is the employee's recent words, if any.
 */
export function addLearnedMoves(
  model: CompiledModel,
  out: Move[],
  sentences: readonly Sentence[],
  previousText: string | undefined,
): void {
  if (sentences.length === 0) return;
  const found = new Set<MoveKind>();
  for (const m of out) found.add(m.move);
  const previousStems = stemsOf(previousText);
  const scores = scoreFeatures(model, turnFeatures(sentences, found, previousStems));
  let perSentence: Float64Array[] | undefined;
  for (let k = 0; k < model.moves.length; k++) {
    const move = model.moves[k] as MoveKind;
    if ((scores[k] as number) < (model.thresholds[k] as number) || found.has(move)) continue;
    let best = sentences[0] as Sentence;
    if (sentences.length > 1) {
      perSentence ??= sentences.map((s) => {
        const own: MoveKind[] = [];
        for (const m of out) if (m.start === s.start && m.source === undefined) own.push(m.move);
        return scoreFeatures(model, textFeatures(s.lower, own, previousStems));
      });
      const each = perSentence;
      let top = -1;
      sentences.forEach((s, i) => {
        const score = (each[i] as Float64Array)[k] as number;
        if (score > top) {
          top = score;
          best = s;
        }
      });
    }
    out.push({ move, start: best.start, end: best.end, source: "learned" });
  }
}

/** The content-word stems of the employee's recent words, or undefined when there are none. */
export function stemsOf(previousText: string | undefined): ReadonlySet<string> | undefined {
  return previousText === undefined ? undefined : contentStems(normaliseText(previousText));
}

/** The features of a whole turn, from its sentences and the moves the rules found in it. */
export function turnFeatures(
  sentences: readonly Sentence[],
  ruleMoves: Iterable<MoveKind>,
  previousStems: ReadonlySet<string> | undefined,
): string[] {
  const turn =
    sentences.length === 1
      ? (sentences[0] as Sentence).lower
      : sentences.map((s) => s.lower).join(" ");
  return textFeatures(turn, ruleMoves, previousStems);
}
