import { sentenceSpans } from "../moves/segment";

/**
 * A ruling on the question a mediation is there to settle: the manager decides it ("fine, I'll
 * decide it then", "I've decided: Kafka"), announces the choice ("we go with kafka", "we're going
 * with the outbox") or tells them which to pick ("you should both just go with the simpler design").
 * Not a process agreed ("let's go with a written decision record", "let's go with that" after their
 * proposal), a question, or a condition ("if you can't agree, …"). Read with no cast: the reader of
 * `ruling-early` in rubrics/conflict-mediation-opening.yaml (review 8b #4, where the flag landed on
 * "I just need you two to get along" and missed "we go with kafka").
 */

const RULING =
  /\b(?:i(?:'ll| will) (?:just )?decide (?:it|this|that)(?! (?:by|on|at|with|together|once|after|when))\b|i(?:'ve| have) (?:already )?decided\b|(?:my|the) (?:decision|call|ruling) is\b|(?:we|we'll|we will|we're|we are|let's|let us|i'm|i am)(?: just)?(?: going to| gonna)? (?:go|going) with (?!(?:that|this|it|what|whatever|whichever|both|each|either|your|their|a (?:written|decision|process|vote|review|date|meeting|time ?box|timebox|trial period)|the (?:criteria|process|plan|date|review|decision record|meeting|template|scoring))\b)|(?:should|need to|have to|must)(?: (?:both|all|each))?(?: (?:just|simply))? (?:go with|drop|adopt|pick|choose|switch to|stick with) )/;
const QUESTION = /\?\s*$/;
const LIFTED = /\b(?:if|unless|whether|until)\b/;

/** The spans of the turn's sentences that rule on the question. */
export function rulingSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const { start, end, body } of sentenceSpans(text)) {
    const lower = body.toLowerCase().replace(/[\u2018\u2019]/g, "'");
    if (QUESTION.test(lower)) continue;
    const m = RULING.exec(lower);
    if (!m || LIFTED.test(lower.slice(0, m.index))) continue;
    out.push({ start, end });
  }
  return out;
}
