import { movesOnOriginal, normaliseChat } from "../moves/normalise";
import { normaliseText, splitSentences } from "../moves/segment";

/**
 * Two ways a manager gives away a hard decision that is not theirs to change, read in code so that
 * the persona engine and the scorecard read a sentence alike (review 8b #11):
 *
 * - an outcome promised that the manager does not control: "I can promise you'll get it in H1",
 *   "you'll definitely make Staff next cycle", "next cycle is yours, I guarantee it", "I'll make
 *   sure you get promoted". Not a promise of their own doing ("I promise I'll send the gap list by
 *   Friday", "I'll make sure the committee sees the design review"), nor one refused ("I can't
 *   promise you'll get it in H1").
 * - the decision disowned or undermined: "it's not my decision", "it's not really up to me", "my
 *   hands are tied", "it's not my idea", "there's nothing I can do", "honestly I think they got it
 *   wrong", "I don't agree with it either", "if it were up to me you'd be Staff", "I could ask them
 *   to reconsider", "maybe I can escalate it".
 *   Not a view reported ("you think they got it wrong"), nor the manager's own effort told ("I
 *   argued for you in calibration and lost").
 *
 * Each returns the spans of the sentences, in the text as typed.
 */

type Span = { start: number; end: number };

const OUTCOME = `(?:get (?:it|there|promoted|the (?:promotion|promo|title|level|raise|bump))|make (?:it|staff|senior|principal|the (?:cut|level))|be (?:promoted|staff|senior|principal|on the list)|go through|happen)`;

const PROMISED = new RegExp(
  [
    // "I (can) promise you'll get it in H1", "I guarantee it'll go through next cycle".
    String.raw`(?<!\b(?:can't|cannot|won't|couldn't|not|never) )(?:promise|guarantee|swear)(?: (?:you|to you))?(?: that)?,? (?:you(?:'ll| will|'re going to| are going to)|it(?:'ll| will)|next (?:cycle|time|round)|h[12])\b`,
    // "you'll definitely make Staff next cycle", "you will 100% get it next time".
    String.raw`\byou(?:'ll| will|'re going to| are going to) (?:definitely|certainly|absolutely|100%|for sure|surely) ${OUTCOME}`,
    // "you'll get it next time, I promise", "you'll be promoted in H1, guaranteed".
    String.raw`\byou(?:'ll| will|'re going to| are going to) ${OUTCOME}\b.*\b(?:i promise|i guarantee|guaranteed|i swear|for sure|no doubt)\b`,
    // "next cycle is yours", "H1 is a done deal".
    String.raw`\b(?:next (?:cycle|time|round|year)|h[12]|the next one)(?:'s| is| will be) (?:yours|a done deal|a sure thing|guaranteed|in the bag|a lock)\b`,
    // "I'll make sure you get promoted next time", "I'll see to it that you make Staff".
    String.raw`\bi(?:'ll| will| am going to|'m going to) (?:make sure|see to it|guarantee)(?: that)? you ${OUTCOME}`,
  ].join("|"),
);

const DISOWNED = new RegExp(
  [
    // "it's not my decision", "it wasn't my call", "it's not really up to me", "not my call".
    String.raw`\b(?:it(?:'s| is| was)|that(?:'s| is| was)|this(?:'s| is| was))? ?(?:not|n't|wasn't|isn't) (?:really |exactly |entirely |honestly )?(?:my (?:decision|call|choice|idea)|up to me|mine to (?:make|decide))\b`,
    String.raw`\b(?:out of my hands|my hands (?:are|were) (?:a bit |kind of |sort of |kinda |rather |pretty |a little )?tied|above my pay ?grade)\b`,
    // "There's nothing I can do." (review 9a #10). Not "nothing I can do about X, but here's what I can".
    String.raw`\b(?:there's|there is|there isn't|there is not) (?:really |honestly )?(?:nothing|anything) (?:i|we) (?:can|could) do\b(?![^.;]*\bbut\b)`,
    // "honestly I think they got it wrong", "the committee made the wrong call".
    String.raw`(?<!\byou (?:think|feel|said|say|believe) (?:that )?)\b(?:they|the committee|the panel|calibration|leadership|the (?:promo|promotion) committee) (?:got (?:it|this|that|you) wrong|(?:made|make) (?:the wrong|a bad|a terrible|a mistake)|(?:are|were|was) wrong(?! about (?:the )?(?:date|time|room))|messed (?:it|this|that) up|screwed (?:it|this|that|you) (?:up|over))`,
    // "I don't agree with it either", "I disagree with the committee".
    String.raw`\bi (?:don't|do not|didn't|did not) agree with (?:it|that|this|the (?:decision|outcome|committee|panel)|them|their (?:decision|call))\b|\bi disagree with (?:it|that|this|the (?:decision|outcome|committee|panel)|them|their (?:decision|call))\b`,
    // "if it were up to me you'd be Staff".
    String.raw`\bif it (?:were|was|had been) (?:up to me|my (?:call|decision|choice))\b`,
    // "I could ask them to reconsider", "maybe I can escalate it", "I'll appeal it".
    String.raw`\b(?:escalate|appeal|overturn|reverse|fight) (?:it|this|that|the (?:decision|outcome))\b|\b(?:ask|get|push) (?:them|the committee|the panel|calibration) to (?:reconsider|change (?:it|their mind)|reverse|look again)\b`,
  ].join("|"),
);

function sentencesMatching(text: string, re: RegExp): Span[] {
  // Read in standard spelling ("dont", "its not up to me"), spans on the text as typed.
  const chat = normaliseChat(text);
  const out: Span[] = [];
  for (const s of splitSentences(normaliseText(chat.text), chat.text, false)) {
    if (re.test(s.lower)) out.push({ start: s.start, end: s.end });
  }
  return movesOnOriginal(chat, out);
}

/** The sentences that promise an outcome the manager does not control. */
export function promisedOutcomes(text: string): Span[] {
  return sentencesMatching(text, PROMISED);
}

/** The sentences that disown or undermine the decision. */
export function disownedDecision(text: string): Span[] {
  return sentencesMatching(text, DISOWNED);
}
