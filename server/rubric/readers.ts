import type { Reader } from "../content/pattern.schema";
import { disownedDecision, promisedOutcomes } from "../sim/disowning";
import { sideSentences } from "../sim/sides";

/**
 * The code behind each sentence reader (READERS in pattern.schema.ts): the spans, in one manager
 * turn's text, of the sentences it reads. The persona engine reads the same turns with the same
 * code, so the scorecard and the people in the room never disagree about what was said.
 */
export const READ: Readonly<
  Record<Reader, (text: string) => readonly { start: number; end: number }[]>
> = {
  side_taken: sideSentences,
  promised_outcome: promisedOutcomes,
  disowned_decision: disownedDecision,
};
