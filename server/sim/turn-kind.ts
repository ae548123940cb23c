import type { TranscriptTurn } from "../moves/move.schema";
import { contentStems } from "../moves/overlap";

/**
 * What the manager's turn asks of the reply, read from its last question (or its last sentence):
 * the move detectors say which moves a turn makes; the persona also needs to know whether it was
 * asked for a fact, put a proposal, or asked an open question, to answer *that*. Pure regexes.
 */
export interface TurnAsk {
  /** "What if we…", "Would you be willing to…", "How does that sound?": a reaction is owed. */
  proposal: boolean;
  /** "How many hours…?", "When did…?", "Which…?": a fact is owed. */
  factual: boolean;
  /** "How's the sign-up flow going?", "How are you feeling…?": yes/no lines do not answer it. */
  open: boolean;
  /** "Did you…?", "Is it…?": a yes/no answer fits. */
  yesNo: boolean;
  /**
   * "What would help you most?", "Which one would you start with?", "How would you like to share
   * the credit?": the question asks what they want, would choose or would do. A bare "yes" or
   * "thanks" does not answer it; their own idea of the plan does.
   */
  wants: boolean;
  /**
   * "Hi Dana, how's it going?", "Hi Priya, all good this week?", "Hey Dana, thanks for making
   * time.": a greeting or a how-are-you and nothing else of substance. It gets a short answer, not the conversation's grievance.
   */
  smallTalk: boolean;
  /**
   * "I want to talk about something specific today, is that ok?", "Do you have a few minutes?",
   * "Can we talk about last week's incident?": leave to have the conversation, and nothing else of
   * substance yet. It gets a short yes in character, not the grievance.
   */
  leave: boolean;
  /**
   * "Is now still a good time?", "Do you have a few minutes?" asked beside something of substance
   * ("In 3 of the last 4 sprints work carried over. Is now a good time to talk about it?"): the
   * yes/no it asks is answered first, then the rest.
   */
  leaveAsked: boolean;
  /**
   * "thx man", "Thanks, Tomás. Talk soon.", "cheers, appreciate it!": thanks or a goodbye and
   * nothing else. A closing gets a short answer in kind, not another argument.
   */
  closing: boolean;
  /**
   * "Thanks for hearing me out, Marcus.", "Thank you for telling me this, Priya. I'm glad you
   * did.", "I really appreciate your honesty today.": thanks, appreciation of the talk, gladness
   * it happened, or a goodbye, in every sentence, with no question and nothing put to them. After
   * a commitment it closes the conversation (the engine's rule): it gets a closing reply, not a new
   * concern. Before one, "thank you for telling me" may still invite more.
   */
  courtesy: boolean;
  /**
   * Some sentence moves to end the conversation: thanks or a goodbye ("Thanks, Dana.", "See you
   * Tuesday."), or the talk called done ("I think we have a plan.", "We're done here.", "Let's
   * leave it there."). Not "I'm glad the migration shipped", "thanks, but the deadline stands".
   */
  wrapsUp: boolean;
  /**
   * "So you're triaging 40% of the PRs at night. Did I get that right?": the question checks back
   * what the manager just said. With a reflection or summary that fits, it is confirmed.
   */
  checksBack: boolean;
  /** The question sentence the reply answers ("" when the turn asks nothing). */
  question: string;
}

const PROPOSAL =
  /\b(?:what if (?:we|i|you)|how about\b(?!\s*(?:you|yourself)\b\s*[,?])|would you be (?:willing|open|up for|okay|ok|interested)|would you (?:like|want) to|how does that sound|how would you feel about|how do you feel about (?:trying|taking|doing|us)|shall we|would it help if|are you open to|does that work for you|does that sound|what do you think (?:of|about) (?:that|this|the idea|trying|taking|us|if)|i (?:can|could) (?:take|move|cover|give|get|put|drop|pause|shift|swap))\b/i;
/**
 * "What if Tomás writes up…", "How about Wei takes the next page?": a plan for someone named.
 * Case-sensitive: the name is capitalised, "what if it fails?" is not a plan.
 */
const PROPOSAL_FOR_NAMED = /\b(?:[Ww]hat if|[Hh]ow about) [A-Z][a-zà-ÿ]+ [a-z]+/;
/**
 * "Can you pick up the fraud migration next?", "Could you take the review?": a request put as a
 * yes/no question is a plan for them to take or refuse. "Can you tell me / walk me through…"
 * asks them to talk, not to do.
 */
const REQUEST =
  /\b(?:can|could|will) you (?:please )?(?!(?:tell|walk|talk|say|explain|share|describe|help me|give me|remind|clarify|expand|elaborate|think|imagine|see|hear|remember|recall|believe|understand|be)\b)[a-z]+/i;
/**
 * "What would you want to…", "How would you like to…", "What would you be willing to try?": a
 * question word before the proposal's frame turns it into an open question about what they want.
 */
const WH_BEFORE_FRAME =
  /\b(?:what|which|how|where|when|who)\b(?:\s+\w+){0,3}\s+would you (?:like|want|be willing|be open|be up for|be interested)\b/i;
/** A question about what they want, need, would choose, accept or do (see `wants`), to one or to both ("you two", "you both"). */
const WANTS =
  /\b(?:(?:what|which|how)\b(?:\s+[\w']+){0,4}\s+(?:would|do|could|should|might|will)\s+(?:you|we)\s+(?:(?:two|both|all|guys)\s+)?(?:(?:most|really|ideally)\s+)?(?:want|like|need|prefer|start|pick|choose|change|try|work on|focus on|suggest|propose|do differently|accept|agree (?:to|on)|settle on|live with|decide)|what(?:'s| is| would| might| could)?(?:\s+[\w']+){0,3}\s+(?:help|make (?:this|it|these|that|things?)|work (?:better )?for you|take (?:some |a bit of |the )?(?:weight|load|pressure|stress) off|lighten|ease|free (?:you )?up|make (?:the )?(?:biggest |most |real |a )?difference)|what do you need|which (?:one|of (?:these|those|them))\b|(?:the thing|what) you (?:really |actually )?want\b|would (?:that|this|it) change (?:anything|something|things|your mind))/i;
/** A how-are-you question, as a whole sentence. */
const HOW_ARE_YOU =
  /^(?:(?:hi|hey|hello|morning|good morning|afternoon)\b[^?]*?[,!.]?\s*)?(?:so,?\s+)?(?:how(?:'s| is) it going|how are you(?: doing)?(?: today)?|how are things|how have you been|how's (?:your|the) (?:week|day|morning)(?: going)?|how was your (?:weekend|week|day)|(?:is )?(?:all|everything) (?:good|ok|okay|alright|fine)(?: this week| today| with you)?|you (?:good|ok|okay))\s*\?$/i;
/** Thanks or a goodbye, with a name or a "man"/"mate" at most. */
const CLOSING =
  /^(?:(?:thanks|thank you|thx|ty|cheers|much appreciated|appreciate (?:it|that)|talk (?:soon|later)|see you(?: (?:soon|tomorrow|monday|next week))?|bye|have a (?:good|great|nice) (?:one|day|weekend|evening|week)|good chat|great chat)(?:[\s,]+(?:again|so much|a lot|man|mate|dude|buddy|[A-Z][\wà-ÿ]*|[a-z]+(?=[.!]*$)))?[\s,!.]*)+$/i;

/**
 * One sentence of courtesy: thanks for something ("Thanks for hearing me out", "thank you for
 * being so honest with me"), appreciation ("I appreciate you telling me", "really appreciate your
 * honesty today"), gladness that it was said or the talk happened ("I'm glad you did", "I'm glad
 * we talked"), the talk praised ("good talk", "this was a really useful conversation"), or a
 * goodbye. An optional name or "again"/"so much" around it. Not "I'm glad the migration shipped",
 * not "thanks, but the deadline stands" (no courtesy after a "but").
 */
const COURTESY = new RegExp(
  [
    "^(?:(?:[A-Z][\\wà-ÿ]*|ok(?:ay)?|well|so|right|honestly|really),\\s+)*",
    "(?:(?:thanks|thank you|thx|cheers|many thanks)(?: (?:again|so much|a lot|very much))?(?:,? [A-Z][\\wà-ÿ]*)?(?: for [^.!?]*)?",
    "|i (?:really |genuinely |do |truly )?(?:appreciate|value) (?:you|your|it|that|this|the|how|hearing)\\b[^.!?]*",
    "|(?:i'm|i am) (?:really |so |very |genuinely )?glad (?:you (?:did|said|told|shared|raised|came|brought)|(?:we|you and i) (?:talked|spoke|had|did|agreed|got|sorted|found)|i asked|i know|we could)\\b[^.!?]*",
    "|(?:this|that|it) (?:was|has been|'s been) (?:a |an )?(?:really |very |genuinely )?(?:good|great|useful|helpful|important|valuable) (?:talk|chat|conversation|discussion)\\b[^.!?]*",
    "|(?:good|great) (?:talk|chat|conversation)",
    "|(?:talk (?:soon|later)|see you(?: (?:soon|then))?|bye|take care(?: of yourself)?|have a (?:good|great|nice|restful) (?:one|day|weekend|evening|week|break))(?: (?:this|over the|next|on) \\w+| tonight| today| tomorrow)?",
    ")(?:,? [A-Z][\\wà-ÿ]*)?[\\s,!.]*$",
  ].join(""),
  "i",
);
/**
 * "Thanks Elena, I really appreciate you being open about this.", "Thank you, I'm glad we talked.":
 * a thanks run into another courtesy with a comma. The thanks is cut off and the rest read again.
 */
const THANKS_HEAD =
  /^(?:thanks|thank you|thx|cheers|many thanks)(?: (?:again|so much|a lot|very much))?(?:,? [A-Z][\wà-ÿ]*)?\s*[,;:\u2013\u2014-]\s*(?=\S)/i;

/** One sentence of courtesy (see COURTESY), a thanks run into another one included. */
function isCourtesy(s: string): boolean {
  if (COURTESY.test(s)) return true;
  const head = THANKS_HEAD.exec(s);
  return head !== null && isCourtesy(s.slice(head[0].length));
}
/** The talk called done: "we have a plan", "we're done here", "let's leave it there", "see you Tuesday". */
const WRAP_UP =
  /\b(?:(?:we|you and i) (?:have|'ve got|have got|now have) (?:a|our) plan|(?:that )?sounds like (?:a|we have a) plan|we(?:'re| are) (?:done|finished|all set|set|good)(?: here| for (?:today|now))?(?:,? then)?[.!]|that's (?:it|all|everything)(?: from me)? for (?:today|now)|let's (?:leave|stop|end) (?:it|this|things) (?:there|here)|let's (?:wrap|close) (?:(?:it|this|things) )?up|(?:see|talk to) you (?:on |at |next |then|soon|tomorrow|later|monday|tuesday|wednesday|thursday|friday)|talk (?:soon|later|tomorrow|next week|(?:on )?(?:mon|tues|wednes|thurs|fri)day))/i;
/** "…, but": a courtesy that leads into something else is not a closing. */
const BUT = /\b(?:but|though|however|although)\b/i;

/** A greeting word. */
const GREET = "(?:hi|hey|hello|hiya|yo|morning|good (?:morning|afternoon|evening))";
/** A greeting (with a name) before a question: "Hi Marcus, ", "Dana, hi, ", "yo dana ". */
const GREET_PREFIX = new RegExp(
  `^(?:${GREET}(?:\\s+(?!how\\b|what\\b|all\\b|good\\b|busy\\b|you\\b)[\\wà-ÿ]+)?[\\s,!.]+|[\\wà-ÿ]+,\\s*${GREET}[\\s,!.]+)`,
  "i",
);
/** Only a greeting, with a name at most: "Hi Priya.", "hey jun!". */
const GREET_ONLY = new RegExp(
  `^(?:${GREET}(?:\\s+[\\wà-ÿ]+)?|[\\wà-ÿ]+,\\s*${GREET})[\\s,!.]*$`,
  "i",
);
/**
 * How they are, or their week, and nothing else: "how are things", "how was your week", "how's
 * your day been so far", "how are you keeping", "busy?", "good weekend?", "all well at home?".
 */
const SMALL_TALK_QUESTION =
  /^(?:so,?\s+)?(?:how(?:'s|s| is| are| was| were| have| has| did)?(?:\s+you)?\s+(?:it|things|everything|you|life|(?:your|the) (?:week|weekend|day|morning|evening|holiday|vacation|trip|break|time off))(?:\s+(?:been|going|doing|keeping|treating you|go|went|so far|today|this week|lately|recently|at home|overall))*|(?:(?:a |had a )?(?:good|nice|busy|quiet|long|relaxing|restful|fun) (?:week|weekend|day|morning|break|holiday|trip|one)|busy(?: week| day| morning)?|all (?:good|well|ok|okay|fine)(?: at home| with you| this week| today)?|(?:is )?everything (?:ok|okay|good|alright|well|fine)(?: at home| with you| this week| today)?|you (?:good|ok|okay|alright)|(?:are )?you keeping well|keeping well|what's new|what's up|how you doing))\s*\??$/i;

/**
 * Whether every sentence of the turn greets or asks how they are: "Hi Dana, how's it going?", and
 * a greeting alone ("Hey Dana, thanks for making time.", "Hi Priya."), which is answered in kind too.
 */
function isSmallTalk(all: readonly string[]): boolean {
  for (const s of all) {
    if (GREET_ONLY.test(s) || GREETING.test(s)) continue;
    if (!SMALL_TALK_QUESTION.test(s.replace(GREET_PREFIX, ""))) return false;
  }
  return all.length > 0;
}

/** A sentence that only greets or thanks them for coming. */
const GREETING =
  /^(?:(?:hi|hey|hello|morning|good morning)(?:\s+[A-Z][\wà-ÿ]*)?[,!.]?\s*)?(?:thanks? (?:you )?for (?:coming|making (?:the )?time|meeting|joining)[^.!?]*[.!]?|(?:it's |it is )?(?:good|nice|great|lovely) to (?:see|meet) you(?: properly| again| finally| at last| in person)?[.!]?)?$/i;
/** "I want to talk about something specific today": an agenda, with no content yet. */
const AGENDA_CLAUSE =
  "i(?:'d like| would like| want| wanted|'d love| was hoping) to (?:talk|chat|go over|discuss|catch up|check in)(?: (?:with you )?(?:about|on|over)\\b[^.!?,]{0,40})?";
const AGENDA = new RegExp(`^(?:so,?\\s+)?${AGENDA_CLAUSE}[.!]?$`, "i");
/**
 * Leave to talk, as a whole question sentence: "is that ok?", "do you have a minute?", "can we
 * talk about the rota?", after an agenda at most ("I want to talk about X today, is that ok?").
 */
const LEAVE_TO_TALK = new RegExp(
  `^(?:(?:hi|hey|hello|so|okay|ok|right)\\b[^?]*?[,!.]\\s*)?(?:${AGENDA_CLAUSE},?\\s*)?(?:(?:is|would) (?:that|it|this|now) (?:still |really |actually )?(?:be )?(?:ok|okay|alright|all right|fine|a (?:good|bad|ok|okay) time)(?: (?:with|for) you)?(?: (?:right )?now| today)?(?: to (?:talk|chat|do this|have this (?:chat|conversation))(?: about [^?]*)?)?|(?:are you|you) (?:still )?(?:free|ok to talk|okay to talk|good to talk|up for (?:this|it|a chat))(?: (?:right )?now| for a (?:minute|moment|bit|few minutes))?|(?:do|would) you (?:have|got) (?:a|a few|five|ten|some|a couple of) (?:minutes?|moments?|mins?|secs?|seconds?|time)(?: (?:to|for) (?:talk|chat|a chat|a talk)[^?]*)?(?: (?:right )?now| today)?|(?:have|got) (?:a|a few) (?:minutes?|moments?|mins?|secs?)|is now (?:still )?(?:a good|an ok|an okay|a bad) time(?: for you)?(?: to (?:talk|chat)(?: about [^?]*)?)?|(?:can|could|may) (?:we|i) (?:talk|chat|have a (?:quick )?(?:word|chat)|grab you)(?: (?:about|for) [^?,]*)?(?: (?:for )?a (?:minute|moment|sec|second))?|(?:do you )?mind if (?:we|i) (?:talk|chat|go over|raise|bring up)[^?,]*)\\s*\\?$`,
  "i",
);
/**
 * "Does that work?", "OK with you?", "…, sound good?", "Deal?", "Are you comfortable with that?":
 * the plan just stated, checked for their agreement. The whole question sentence, or its last
 * clause; the subject is the plan ("that", "this", "Tuesday"), not a thing ("Does the migration
 * work now?").
 */
const AGREEMENT_CHECK =
  /(?:^|[,;:\u2013\u2014-]\s*)(?:(?:so,?\s+)?(?:does|would|will|is|could|can) (?:that|this|it|the plan|that plan|this plan|(?:next )?(?:mon|tues|wednes|thurs|fri)day|the time)(?: still)? (?:work|suit|sound (?:good|ok|okay|fair|right)|fit|be (?:ok|okay|alright|all right|fine|good|doable|manageable)|ok|okay|alright|all right|fine|good|doable)(?: (?:for|with|by|to) (?:you(?: (?:both|two|all))?|both of you|the two of you))?(?: at all)?|(?:ok|okay|alright|all right|good|fine|cool)(?: (?:with|for|by) you)?|sounds? (?:good|ok|okay|fair|right|like a plan)|works?(?: for you)?|(?:are|would) you (?:be )?(?:ok|okay|alright|fine|good|happy|comfortable) with (?:that|this|it)|deal|agreed|fair|can you (?:live with|do) (?:that|this))\s*\?$/i;

/**
 * "Tomás, could you start: what's your view of the proposal?", "Can you kick us off — how did the
 * review go?": a request to speak whose open question follows a colon or a dash is the question,
 * not a plan to take or refuse.
 */
const OPEN_AFTER_COLON =
  /(?::|\s[\u2013\u2014-])\s*(?:so,?\s+|and\s+)?(?:how|what|why|where|tell (?:me|us)|walk (?:me|us))\b/i;

/**
 * "Could we …?" puts a plan forward; "How could we …?" asks for one. So do a ground rule put up
 * for agreement ("Can we agree that each of you speaks without interruption?", "Can we all agree
 * to…") and "are you both okay with…?".
 */
const COULD_WE =
  /(?<!\b(?:how|what|where|when|why|who)\s)\b(?:could we|can we try|can we (?:all |both )?agree (?:that|to|on)|are you both (?:ok|okay|happy|fine|comfortable|good) with)\b/i;
const FACTUAL =
  /^(?:so,?\s+|and\s+|okay,?\s+)?(?:how (?:many|much|long|often)|when (?:did|was|were|is|does|do|will)|which|who|what (?:date|day|number|time))\b/i;
const OPEN = /^(?:so,?\s+|and\s+|okay,?\s+)?(?:how|what|why|where|tell me|talk me)\b/i;
/** A question without its mark: an interrogative first, after a name at most. */
const UNMARKED_QUESTION =
  /^(?:(?:hey|hi|so|ok|okay)\s+)?(?:[\wà-ÿ]+,?\s+)?(?:how|what|why|where|when|who|which)(?:'s|s)?\b(?!\s+(?:if|about)\b)[^.!]*$/i;
/** "I'd like to understand what…", "I wonder why…", "tell me how…": an open question put indirectly. */
const INDIRECT_QUESTION =
  /\b(?:i'd (?:love|like) to (?:hear|know|understand)|i (?:should|would) (?:very much |really )?(?:like|love) to (?:hear|know|understand)|i wonder|i'm curious|tell me)\b[^.?!]*\b(?:what|why|how)\b/i;
/** An open question after a lead-in: "I'd love to hear more — what's drawing you to DevEx?" */
const OPEN_CLAUSE =
  /(?:^|[\u2013\u2014:;,]\s*|\s-\s*)(?:so,?\s+|and\s+|okay,?\s+)?(?:how|what|why|where)\b(?!\s+(?:if|about)\b)/i;
const YES_NO =
  /^(?:so,?\s+|and\s+|okay,?\s+)?(?:do|does|did|is|are|was|were|can|could|would|will|have|has|had|should|shall|any)\b/i;

/**
 * "Did I get that right?", "Is that fair?", "Have I got that right?", "…, is that about right?",
 * "Does that sound right?": the manager checks what they just said back with them. The whole
 * question, or its last clause.
 */
const CHECK_BACK =
  /(?:^|[,;:\u2013\u2014]\s*|\s-\s*)(?:so,?\s+|and\s+|okay,?\s+)?(?:did i (?:get|understand|read) (?:that|this|it|you|all that)(?: (?:right|correctly))?|(?:have|'ve) i got (?:that|this|it|you) right|is (?:that|this) (?:about |roughly |more or less |basically )?(?:right|correct|fair|accurate|it)|is (?:that|this) a fair (?:summary|read|reading|description|picture|way to put it)|am i (?:right|close|on the right track|reading (?:that|this|you|it) right|getting (?:that|this|it) right|understanding (?:that|this|you|it) (?:right|correctly))|(?:does|would) (?:that|this) (?:sound|seem|be) (?:about )?(?:right|accurate|fair)|did i miss anything|(?:is )?(?:that|this) (?:about )?right|right)\s*\?$/i;

/** Whether the turn's question checks back what the manager just said (see CHECK_BACK). */
export function checksBack(question: string): boolean {
  return question !== "" && CHECK_BACK.test(question.trim());
}

/** One sentence that moves to end the conversation (see `TurnAsk.wrapsUp`). */
function wrapsUpSentence(s: string): boolean {
  return (
    !BUT.test(s) &&
    (CLOSING.test(s) || isCourtesy(s) || (WRAP_UP.test(s) && !s.trim().endsWith("?")))
  );
}

/**
 * The spans of the turn's sentences that move to end the conversation: a move detected inside one
 * ("sounds like we're done here" read as a reflection) takes nothing in.
 */
export function wrapUpSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (const s of sentences(text)) {
    const start = text.indexOf(s, from);
    from = start + s.length;
    if (wrapsUpSentence(s)) out.push({ start, end: from });
  }
  return out;
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function readTurn(text: string): TurnAsk {
  const all = sentences(text);
  const marked = all.filter((s) => s.endsWith("?"));
  // Chat without a question mark ("priya what's the appeal of devex for you"), or a question put
  // indirectly ("I'd like to understand what it is about DevEx that appeals."): the last sentence.
  const last = all[all.length - 1] ?? "";
  const questions =
    marked.length > 0 || !(UNMARKED_QUESTION.test(last) || INDIRECT_QUESTION.test(last))
      ? marked
      : [last];
  const question = questions[questions.length - 1] ?? "";
  const framed = all.filter((s) => PROPOSAL.test(s));
  const proposal =
    framed.some((s) => !WH_BEFORE_FRAME.test(s)) ||
    COULD_WE.test(text) ||
    all.some((s) => PROPOSAL_FOR_NAMED.test(s)) ||
    questions.some((q) => REQUEST.test(q) && !OPEN.test(q) && !OPEN_AFTER_COLON.test(q)) ||
    questions.some((q) => AGREEMENT_CHECK.test(q));
  return {
    proposal,
    wants: questions.some((q) => WANTS.test(q)),
    smallTalk:
      (question !== "" &&
        HOW_ARE_YOU.test(question) &&
        all.every((s) => s === question || GREETING.test(s))) ||
      isSmallTalk(all),
    leave:
      question !== "" &&
      LEAVE_TO_TALK.test(question) &&
      all.every((s) => s === question || GREETING.test(s) || AGENDA.test(s)),
    leaveAsked: question !== "" && LEAVE_TO_TALK.test(question),
    closing: all.length > 0 && all.every((s) => CLOSING.test(s)),
    courtesy:
      marked.length === 0 &&
      !proposal &&
      all.length > 0 &&
      all.every((s) => !BUT.test(s) && (CLOSING.test(s) || isCourtesy(s))),
    wrapsUp: all.some(wrapsUpSentence),
    factual: questions.some((q) => FACTUAL.test(q)),
    open:
      question !== "" &&
      (OPEN.test(question) ||
        OPEN_CLAUSE.test(question) ||
        INDIRECT_QUESTION.test(question) ||
        (UNMARKED_QUESTION.test(question) && /\b(?:how|what|why|where)\b/i.test(question))),
    yesNo: question !== "" && YES_NO.test(question),
    checksBack: checksBack(question),
    question,
  };
}

/** Words of a prompt that asks for more without asking about anything. */
const PROMPT_WORDS: ReadonlySet<string> = new Set(
  "tell more else anything go on say continue keep mind hmm mhm interesting see and okay".split(
    " ",
  ),
);

/**
 * "What else?", "Tell me more.", "Go on.", "What else is on your mind?": a prompt with no content
 * of its own. The first after something the employee said is listening; a run of them is not.
 */
export function isContentFree(text: string): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  return [...contentStems(text.toLowerCase())].every((w) => PROMPT_WORDS.has(w));
}

/** How many of the last `window` manager turns were content-free prompts. */
export function recentContentFree(
  history: readonly TranscriptTurn[] | undefined,
  window = 4,
): number {
  return (history ?? [])
    .filter((t) => t.speaker === "manager")
    .slice(-window)
    .filter((t) => isContentFree(t.text)).length;
}
