/**
 * Whether an employee's reply takes up the step put to them: a yes to it ("Okay. That's actually
 * reasonable.", "Deal.", "That works for me.", "Yes, let's try that.") or a commitment of their own
 * ("I'll draft the review guide by next Friday."). Not a hedge ("Maybe. I'd want to see the numbers
 * first.", "Possibly, if someone owns it."), a refusal, a move over their head, nor a hesitant
 * "Hm. Okay.", which receives the words and agrees to nothing.
 *
 * The persona engine agrees through its reply intent (a `commit`: criteria.ts counts those); the
 * scorecard reads a transcript with no intents recorded (a file, an export) with this, and the
 * personas' own lines are its test: every commit and accept line reads as agreement, no hedge,
 * reject or escalate line does (agreement.test.ts).
 */
const YES =
  /(?:^|[.!?,;]\s*|\b(?:okay|ok|alright|all right|fine|sure|yes|yeah|hm+|right)[,.]?\s+)(?:yes|yeah|yep|yup|sure|deal|agreed|done|absolutely|definitely|of course|works for me|fine by me|acceptable|fair enough|sounds (?:good|fine|great|like a plan|reasonable|fair|right|workable)|(?:that|this)(?:'s| is| would be| could be| seems| sounds| feels) (?:(?:actually|really|very|quite|a|the first|more|pretty) )*(?:fair|reasonable|fine|sensible|workable|doable|acceptable|okay|ok|specific|concrete|a plan|good|right|useful|helpful|sensible change|concrete thing)|(?:that|this|it) (?:works|would work|could work|should work|'d work|might work|would help|would actually help|will help|helps|makes sense|would actually fix something)|(?:that|this) i can (?:do|live with|accept|agree (?:to|with)|work with)|let's (?:do|try|go with) (?:it|that|this)|let's do it|i'm in|count me in|i can (?:do|live with|accept|agree (?:to|with)|work with) (?:that|it|this)|i(?:'ll| will) (?:accept|take|do) (?:that|it|this)|i can try (?:that|it)|happy (?:to|with (?:that|it|this))|i'm (?:good|fine|ok|okay|happy) with (?:that|it|this)|i'd (?:like|love) that|i'll hold you to it|i think (?:that's|that is) right|i guess (?:that|it) could work|(?:it|that) could be (?:okay|ok|fine))(?=\W|$)/i;

/** A commitment of their own: "I'll draft …", "I will pick …", "I can have it done by Friday". */
const COMMITS =
  /(?:^|[.!?,;]\s*|\b(?:okay|ok|fine|sure|yes|yeah|alright|right)[,.]?\s+)i(?:'ll| will| can have| can get| am going to|'m going to) (?!(?:think|see|need|want|have to|get back|come back|consider|be honest|look into it|believe it)\b)[a-z]+/i;

/**
 * A hedge, a refusal or a move over their manager's head anywhere in the reply outweighs a yes: "Yes,
 * but I'd want to see the numbers first.", "On paper, yes.", "I'll take this to the director."
 */
const HEDGE =
  /\b(?:maybe|possibly|perhaps|not sure|i'm not sure|unsure|depends|it depends|i'd want to|i would want to|i want to see|on paper|i'd need to|need to think|think about it|not convinced|not opposed|we'll see|i doubt|not really|can i come back|i don't (?:see|think|know)|(?:no|not) (?:a )?(?:fix|point)|that treats|fixes nothing|i'd rather not|if someone owns|i suppose|hr|director|vp|council|in writing|lawyer|the offer i have|sick leave|calibration notes|my side of this)\b|^\s*no\b|\b(?:not|n't) (?:\w+ )?(?:reasonable|workable|fair|fine|sensible|acceptable|work|help)\b/i;

/**
 * A plain assent at the start of the reply to a step: "Fine.", "Okay. Tuesdays.", "Alright. Monday.",
 * after a detail said back ("Thursday. Fine.", "Four weeks. Fine."), or the time
 * taken ("The 9th works.", "Wednesday works."). Said right after the step, it takes it up, as the people who wrote the labelled
 * conversations read it (eval/manager-lines).
 */
const ASSENT_START =
  /^[\s"'(.\u2026-]*(?:[^.!?]{1,30}[.!]\s+)?(?:oh[,.]?\s+)?(?:okay|ok|fine|alright|all right|sure|yes|yeah|yep|deal|agreed|done|perfect|great|good|cool|thanks|thank you)\b/i;
/** Hesitation before it: "Hm. Okay.", "Huh. Okay.", "Um, fine." receives the words, agrees to nothing. */
const HESITANT_START = /^[\s"'(.\u2026-]*(?:h+m+|hm+|huh|um+|uh+|erm|well)\b/i;
/** "That's… a lot better. Thank you.": relief at an offer, taken. */
const TIME_WORKS = /^[\s"'(.\u2026-]*(?:[\w' ]{1,25}) works\b(?: for me)?/i;
const RELIEF = /\b(?:that's|that is)\W+(?:(?!not\b|no\b)\w+\s+){0,3}better\b/i;

/**
 * Words that receive what was said and take up nothing: "Okay. Thanks.", "Noted. Thanks.", "Thanks,
 * I guess.", "Cool.", "Good to hear.", "Okay, thanks for saying that." (the personas' `acknowledge`
 * lines). A reply made only of them, with at least one besides a bare "okay", is no agreement to a
 * step asked of them; a bare "Okay." or "Fine." still is.
 */
const ACK_WORD =
  "(?:ha|oh|mm|okay|ok|really|cool|noted|understood|appreciated|good to hear|i guess|i think|thanks|thank you|(?:thanks|thank you) for [^.!?]*|i appreciate (?:that|it|you saying that)|that's kind|that means something[^.!?]*)";
const ACK_ONLY = new RegExp(
  `^[\\s"'(.\u2026-]*${ACK_WORD}(?:[\\s,.!\u2026-]+${ACK_WORD})*[\\s.!\u2026]*$`,
  "i",
);
const BARE_OKAY = /^[\s"'(.\u2026-]*(?:okay|ok)[\s.!\u2026]*$/i;
const THANKS = /\b(?:thanks|thank you|appreciate)/i;
/**
 * The manager offering to act themselves ("Done. I'll take you off primary …", "we'll sit down on
 * Wednesday", "ill post the new schedule by Friday"): there is nothing for them to take on but the
 * offer, and thanks takes it ("Noted." still does not).
 */
const MANAGER_OFFERS = /\b(?:i|we)(?:['\u2019]ll| will|ll|['\u2019]m going to) [a-z]+/i;

/** The speaker's name before a mediation reply in a transcript file ("Elena: Fine."). */
const SPEAKER_PREFIX = /^\s*[a-z\u00c0-\u017f]+:\s+/i;

/**
 * Whether `text`, an employee's reply right after `step` (the manager's words that put the step to
 * them, when known), takes the step up.
 */
export function acceptsStep(text: string, step?: string): boolean {
  const reply = text.replace(SPEAKER_PREFIX, "");
  if (HEDGE.test(reply)) return false;
  if (YES.test(reply) || COMMITS.test(reply)) return true;
  if (ACK_ONLY.test(reply) && !BARE_OKAY.test(reply))
    return step !== undefined && MANAGER_OFFERS.test(step) && THANKS.test(reply);
  return (
    !HESITANT_START.test(reply) &&
    (ASSENT_START.test(reply) || TIME_WORKS.test(reply) || RELIEF.test(reply))
  );
}
