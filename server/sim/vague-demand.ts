import type { Move, MoveKind } from "../moves/move.schema";

/**
 * A demand with no plan in it: "Just try to estimate better next time, okay?", "Make sure it
 * doesn't happen again, alright?", "You need to plan better. Got it?", "Step it up, yeah?". It asks
 * them to be better at something, or for a result, and says nothing of how, of who does what, or of
 * what the manager will do. Put with a yes/no tag it reads like a plan to agree to; it is not one:
 * it gives them nothing to take on, and after they have explained what gets in the way it brushes
 * that aside. The persona hears it as vague feedback (and, once they have told what is in the way,
 * as their account dismissed), pushes back ("Estimate better how?"), and never commits to it.
 *
 * Pure English grammar: a quality goal (a verb made better, harder, more or less, at the end of its
 * clause), a result demanded ("make sure it doesn't happen again", "hit your dates") or a call for
 * effort ("step it up", "try harder"), in a sentence said to them (an imperative, "you need to…",
 * "I need you to…"): not a question about what they think, not a statement with its own subject
 * ("It'll get better", "I need to plan better"). A turn that also has a plan in it —
 * the manager's own part, a detected next step, follow-up, offer of help or collaboration, or a
 * means ("by splitting the work", "with the interrupts visible") — is a plan, however it is worded.
 */

/**
 * What comes before the demand itself: fillers ("OK, just…"), and the words that make it one said
 * to them ("you need to", "I need you to", "can you", "try to", "make sure you"). The demand is
 * read right after them, so "…, or maybe you and Wei sort it out before the meeting" (a guess in
 * passing) and "lots of people got less" (a statement) are not demands.
 */
const LEAD_IN =
  /^(?:(?:(?:ok(?:ay)?|so|and|but|look|right|well|alright|all right|then|honestly|anyway|seriously)[,.!]?|just|please|simply|really|also|you(?:'ve| have)? (?:(?:just|really|simply|also|definitely) )?(?:need|have|got|gotta|must|should|'ll need|will need|'ll have|will have)(?: to)?|i (?:need|want|'d like|would like) you to|(?:can|could|will|would) you(?: please)?|try(?: and| to)|make sure (?:you|to))\s+)*/i;
/**
 * A verb (with up to three words of object) made better, harder, more or less, and nothing after
 * but a vague time or a tag: "estimate better next time, okay?", "communicate more going forward",
 * "review the PRs faster". Not a verb of talking ("tell me more", "say more"), nor of rest.
 */
const QUALITY_GOAL =
  /^((?!(?:i|we|you|it|that|this|they|there|be|is|are|was|were|do|does|did|have|has|had|get|make|feel|rest|sleep|relax|breathe|tell|say|talk|share|explain|hear|elaborate|expand|speak|go|keep|any|no|much|way|far|even|not|a|an|the|some|more|less|lots?|three|two|one|your|my|our|their|his|her|its|nobody|everybody|everyone|someone|somebody|been|needs|tells|seems|looks|sounds|gets|goes)\b)[a-z][a-z']*(?! (?:will|would|could|can|should|must|is|are|was|were|has|have|had|does|did|do|got|gets|need|needs|seem|seems|look|looks)\b)(?: (?!(?:and|but|so|okay|ok|or)\b)[a-z']+){0,3}) (?:a (?:bit|little|lot) |much |way |even |far )?(better|harder|smarter|faster|quicker|sooner|tighter|more (?:carefully|accurately|realistically|reliably|consistently|proactively|clearly|often|seriously)|more|less)(?:(?: next time| going forward| from now on| in (?:the )?future| this time| for me| please| then)*\s*(?:[,.!?;]|$))/i;
/** "be more careful", "get better at estimating", "be more on top of things". */
const BE_MORE =
  /^(?:be|get|become)\s+(?:a (?:bit|little|lot) |much |way )?(?:more (?:careful|accurate|realistic|organi[sz]ed|proactive|focused|reliable|responsive|disciplined|on top of (?:it|things|this))|better (?:at|with) [a-z']+)/i;
/** A result demanded without a way to it. */
const RESULT =
  /^(?:(?:make sure|ensure|see to it)(?: that)? (?:it|this|that|they|these|those)(?: [a-z']+){0,2} (?:doesn't|does not|won't|will not|never|don't|do not) happen again|(?:don't|do not) let (?:it|this|that) happen again|(?:hit|meet|make|keep to|stick to) (?:your|the|those|these|our) (?:dates|deadlines|numbers|commitments|estimates|targets|sprint goals?|sprint commitments)|(?:be|get (?:it|things|work) (?:done|delivered)|deliver|finish)(?: [a-z']+){0,2} on time)\b/i;
/** A call for effort. */
const EFFORT =
  /^(?:step (?:it |things )?up|up your game|try harder|do better|get (?:it|your act|things) together|pull your (?:weight|socks up)|tighten (?:it|things) up|sort (?:it|this|that) out|figure (?:it|this) out)\b/i;

/**
 * A means or a plan in the turn: "by splitting the work", "using the old estimates", "with the
 * interrupts visible". "with that in mind" refers back and is not a means.
 */
const MEANS =
  /\b(?:by|through) [a-z]+ing\b|\busing\b|\bwith (?:the |your |a |an |those |these |some )?[a-z]+(?: [a-z]+)? (?:visible|counted|included|on the board|broken out|logged|tracked|written down)\b|\bfor example\b|\be\.g\./i;
/** The manager's own part in a plan ("I'll…", "we can…", "let's…"). */
const OWN_PART =
  /\b(?:i'll|i will|i can|i could|i'm going to|let me|we can|we could|we'll|we will|let's|let us)\b(?! (?:(?:then|later|maybe|just) )?(?:talk|discuss|chat|revisit|see|think|come back|circle back|check in)\b)/i;
/** Detected moves that are a plan with substance. */
const PLAN_MOVES: readonly MoveKind[] = [
  "next_step",
  "follow_up",
  "support_offer",
  "solution_collab",
];

export interface VagueDemand {
  /** The demand as said, for the reply to throw back ("estimate better"), or null for a result or effort demanded. */
  phrase: string | null;
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The vague demand the turn makes, or null. */
export function vagueDemand(text: string, moves: readonly Move[]): VagueDemand | null {
  if (moves.some((m) => PLAN_MOVES.includes(m.move))) return null;
  if (OWN_PART.test(text) || MEANS.test(text)) return null;
  for (const s of sentences(text)) {
    const bare = s.replace(LEAD_IN, "");
    const q = QUALITY_GOAL.exec(bare);
    if (q) return { phrase: `${q[1] ?? ""} ${q[2] ?? ""}` };
    const b = BE_MORE.exec(bare);
    if (b) return { phrase: b[0] };
    if (RESULT.test(bare) || EFFORT.test(bare)) return { phrase: null };
  }
  return null;
}
