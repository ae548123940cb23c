import { countWords } from "./count-words";
import { hot } from "./hot-regexes";
import type { Sentence } from "./segment";

/**
 * "declarative" is a statement said with a question mark ("So the pager woke you again?"): it
 * checks understanding rather than asking for something new.
 */
export type QuestionForm = "open" | "closed" | "declarative";

/**
 * Discourse fillers that can precede the real start of a sentence ("Okay. So, um, what ...").
 * Stripping them lets the question tests look at the first content word.
 */
const LEADING_FILLERS = hot(
  /^(?:(?:\[[^\]]*\]|ok(?:ay)?|so|and|but|or|well|um+|uh+|er+m?|hmm+|mm+(?:-hmm)?|uh-huh|yeah|yes|yep|no|right|alright|all right|now|then|oh|ah|great|good|sure|i see|also|just|like|wow|hey|hi|hello|hi there|sorry|anyway|you know|i mean|actually|cool|fine|gotcha|got it|thanks|thank you|perfect|excellent|awesome|true|fair enough|of course|in that case|let's see)\b[\s,.!;:\u2014-]*)+/,
);

/** Returns the offset of the first content word of a lower-cased sentence. */
export function coreOffset(lower: string): number {
  const m = LEADING_FILLERS.exec(lower);
  if (!m) return 0;
  // A sentence made only of fillers keeps its full text as the core.
  return m[0].length >= lower.length ? 0 : m[0].length;
}

const WH_START = hot(
  /^[\s"'(-]*(?:[a-z]{1,6}-)*(?:(?:about|roughly|around|approximately|in|for|with|to|from|at|on|by) )?(?:what|how|why|where|when|who|whom|whose|which|what's|whats|how's|hows|where's|who's|what're|how'd|what'd|why'd|where'd|who'd)\b/,
);
/** Wh-words that open an exclamation, a suggestion or a reflection rather than a question. */
/**
 * "So what you're saying is the rota feels unfair?", "Am I hearing that …?": a reflection framed
 * as a check. With a question mark it is a statement said as a question (declarative), not a
 * wh- or yes/no question.
 */
const REFLECTION_FRAME = hot(
  /^[\s"'(-]*(?:what i(?:'m| am)? (?:hear|hearing|understand|understanding|get|getting|see|seeing|picking up|sensing|gathering)|what you(?:'re| are) (?:saying|describing|telling me)|what you(?:'d| would) (?:like|love|prefer)(?: to \w+)? is|what you (?:want|care about|value)(?: to \w+)? is|am i (?:hearing|right in thinking|right that|understanding|getting))\b/,
);
const WH_NOT_QUESTION = hot(
  /^[\s"'(-]*(?:what i(?:'m| am)? (?:hear|hearing|understand|understanding|get|getting|see|seeing|picking up|sensing|gathering)|what you(?:'re| are) (?:saying|describing|telling me)|what you(?:'d| would) (?:like|love|prefer)(?: to \w+)? is|what you (?:want|care about|value)(?: to \w+)? is|what a|what an|how nice|how lovely|how great|how wonderful|how awful|how sad|how about|what about if|what if (?:you|we)|why not|why don't (?:you|we))\b/,
);
/**
 * A wh-word opening a later clause: "And when that happens, what do you do?", also after a
 * quotation: 'If Sam says, "just roll it back," what would you do?', and a wh-word that is the
 * subject of the clause's verb, as at the start of a sentence (WH_THEN_VERB): "It's late, but
 * what made you stay?", "So, um, what brings you in today?". A subject between the wh-word and the
 * auxiliary keeps the order of a statement, so the clause is embedded, not asked: "…, and what it
 * was like", "…, what the team did was …" (a question inverts: "what was it like"). An "&" typed
 * for "and" opens the clause as "and" does ("Thanks for the notes & how did it go?").
 */
const WH_CLAUSE = hot(
  /(?:[,;:\u2014&-]["']?|-- ?|\b(?:and|so|but|then|or|um|uh|like|now|okay))\s+(?:[a-z]{1,6}-)*(?:(?:what|how|why|where|whereabouts|who|which|when)(?: (?!(?:i|you|he|she|it|we|they|the|a|an|my|your|his|her|its|our|their|this|that|these|those)\b)(?:\w+|\w+ \w+))? (?:do|does|did|is|are|was|were|would|could|can|will|should|might|has|have|had|'s|else)\b|(?:what's|how's|how'd|what'd|where's|who's|why'd|who'd|where'd|when's|why's|what're)\b|(?:what|who) (?:made|makes|happened|happens|brings|brought|helps|led)\b)/,
);
/** "I'm trying to picture what do you think the team would say?": a wh-word with its inversion asks. */
const WH_INVERTED = hot(
  /\b(?:what|how|why|where|when|who|which) (?:do|does|did|would|could|can|will|should) (?:you|he|she|they|we|i)\b/,
);
/** A yes/no question opening a later clause: "And if it goes wrong, would you tell me?" */
const AUX_CLAUSE = hot(
  /(?:[,;:\u2014&-]|-- ?|\b(?:and|so|but|then|or|now|okay))\s+(?:do|does|did|is|are|was|were|can|could|would|will|have|has|had|any|anything) (?:you|your|he|she|they|there|it|that|this|we|i|anyone|anything|else|other|more)\b/,
);
const OPEN_REQUEST = hot(
  /^[\s"'(-]*(?:please,? )?(?:(?:can|could|would|will) you (?:please )?|(?:maybe|perhaps|if),? you could )?(?:go ahead and )?(?:tell (?:me|us)(?! (?:if|whether)\b)|remind me (?:again )?(?:why|what|how|about)|describe|walk me through|talk me through|talk to me about|say (?:a (?:little|bit) )?more|share (?:a (?:little|bit) )?more|help me understand|explain|elaborate|fill me in)\b/,
);
const WONDER_OPEN = hot(
  /^[\s"'(-]*i(?:'m| am)? (?:wonder(?:ing|ed)?|curious|interested to (?:hear|know)|(?:would|'d) (?:love|like) to (?:hear|know|understand)) (?:about |to hear |to know )?(?:what|how|why|where|when|who|which|about)\b/,
);
/** "What I'm really interested in is how …": a question said as a statement. */
const INTEREST_OPEN = hot(
  /\bwhat i(?:'m| am) (?:really |just |most |also )?(?:interested in|curious about|wondering(?: about)?) is (?:how|what|why|where|when|who|which)\b/,
);
/**
 * Without a question mark, "I'm wondering if you'd be open to …" / "… if we could …" asks the
 * listener; "I wonder if that's part of it" / "… whether the deadline made it worse" offers the
 * speaker's guess about the situation (a hypothesis, as MI's complex reflections do), not a
 * question. With a question mark both ask.
 */
const WONDER_ASKS_LISTENER = hot(
  /\b(?:wonder(?:ing|ed)?|curious) (?:if|whether),? (?:(?:um|uh|maybe|perhaps|now),? )*(?:you|we|i)\b/,
);
const WONDER_CLOSED = hot(/^[\s"'(-]*i(?:'m| am)? (?:wonder(?:ing|ed)?|curious) (?:if|whether)\b/);
const AUX_START = hot(
  /^[\s"'(-]*(?:do|does|did|is|are|was|were|am|can|could|would|will|should|shall|may|might|have|has|had|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|can't|couldn't|wouldn't|won't|shouldn't|haven't|hasn't|any|anything|anyone|ever)\b/,
);
const AUX_SUBJECT = hot(
  /^[\s"'(-]*(?:do|does|did|is|are|was|were|am|can|could|would|will|should|shall|may|might|have|has|had|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|can't|couldn't|wouldn't|won't|shouldn't|haven't|hasn't) (?:you|your|he|she|they|there|anyone|anybody|anything|someone|something|we|i|the|this|that|those|these|it|my|his|her|their|our)\b/,
);
/** "What is going on" without a mark is still a question; "What a week" is not. */
const WH_THEN_VERB = hot(
  /^[\s"'(-]*\w+'?\w* (?:is|are|was|were|do|does|did|would|could|can|will|should|shall|may|might|has|have|had|you|your|it|that|this|made|makes|happened|happens|brings|brought|helps|led|else|kind|sort|much|many|long|often)\b/,
);
/**
 * "Let me ask whether the date still works", "Any idea why the build broke": a question asked
 * through a frame, which needs no mark. Group 1 is what is asked.
 */
// "so i guess what im asking is whats been the hardest part …" (review 9a #3): a question said
// through its frame, asked with or without a mark.
const ASKED_THROUGH_FRAME = hot(
  /^[\s"'(-]*(?:let me (?:just )?ask(?: you)?(?: about)?|any ideas?|(?:(?:so|and|ok|okay|basically|really),? )*(?:i guess |i suppose )?(?:what i'm (?:really )?asking(?: you)? is|my (?:real )?question(?: for you)? is),?) ((?:if|whether|what|how|why|where|when|who|which)\b.*)/,
);
/**
 * Review 9a #3, a wh-word fused with "is" or "has" asks, mark or not: "how's things been since
 * they left", "what's been hardest", "what's behind the ask". Not a pseudo-cleft, whose clause is
 * the subject of a later "is" ("what's done is done", "what's been hard is the turnover"),
 * "what's more, …", nor a sentence broken off ("so what's the- what's the--").
 */
const WH_FUSED_ASKS = hot(
  /^[\s"'(-]*(?:how's|where's|who's|what's(?! (?:more|worse|better|best|clear|interesting|funny|odd|strange)\b)(?!.*\b(?:is|was|are|were)\b))\s+\w(?!.*[-\u2014]\s*$)/,
);
/**
 * "how it went matters less", "what you said was fair": a wh-clause that is the subject of the
 * verb after it, not a question with its mark dropped ("what you up to", "how you doing").
 */
const WH_SUBJECT_CLAUSE = hot(
  /^[\s"'(-]*(?:how|what|why|where|when|who) (?:it|that|this|you|they|he|she|we) \w+\b.*? (?:matters|mattered|is|was|isn't|wasn't|doesn't|didn't|counts|counted)\b/,
);
/**
 * A short lead-in before the question, with a comma or a colon: "Before I explain anything: what
 * went through your mind?", "hey priya, before anything, what's behind the ask" (review 9a #3,
 * #5a), "Looking back on the cutover, which part makes you proudest?". The wh-question after it
 * is read as if it opened the sentence. Without a question mark only "what", "how" and "why":
 * there "which", "who", "where" and "when" more often open a relative clause ("…, which is
 * great"). Not a wh-clause with its subject before the verb, which is embedded, not
 * asked ("So after the reorg, what the team did was split the rota?"), nor a greeting ("hello
 * there, how are you").
 */
const LEAD_IN = hot(
  /^[\s"'(-]*(?:[\w']+ ){0,4}[\w']+\s*[,:\u2014]\s+(?=(?:what|how|why|where|when|who|which)\b(?! (?:i|you|he|she|it|we|they|the|a|an|my|your|his|her|its|our|their|this|that|these|those)\b)(?!(?: are| r) (?:you|u)(?: doing| today)?\W*$))/,
);
/** The wh-words after a lead-in that ask without a question mark (see LEAD_IN). */
const ASKS_WITHOUT_MARK = /^(?:what|how|why)\b/;
/** "What other kind of work do you do" without a mark: a wh-phrase, then an inverted auxiliary. */
const WH_PHRASE_THEN_AUX = hot(
  /^[\s"'(-]*(?:what|how|which|why|where|when|who)(?: \w+){1,4} (?:do|does|did|is|are|was|were|would|could|can|will|should|have|has|had) (?:you|your|u|it|that|this|the|he|she|they|we|i)\b/,
);
/** Without a question mark, "When you skipped the handover, …" opens a clause, not a question. */
const WH_SUBORDINATE = hot(
  /^[\s"'(-]*(?:when|where|while|whenever|wherever|which|who) (?!(?:is|are|was|were|do|does|did|would|could|can|will|has|have|had)\b)/,
);
/** A tag that turns a statement into a yes/no question: "…, right?", "…, isn't it?". */
const TAG_END = hot(
  /(?:^|[\s,])(?:right|yeah|yes|no|okay|ok|correct|true|really|isn't it|aren't you|don't you|didn't you|wasn't it|won't you|is it|isn't that|aren't they|don't they|doesn't it|didn't it|or not|or what|huh|eh|you know|(?:is|was) (?:that|this|it) (?:right|correct|true|accurate|fair|so|a fair (?:\w+ )?(?:understanding|summary|description))|(?:does|did) (?:that|this|it) (?:sound|seem|feel) (?:right|accurate|fair|about right|true)|did i get (?:that|it) right|have i got (?:that|it) right|am i (?:right|understanding (?:that|it|you) (?:right|correctly))|(?:does|did) that capture it)\W*$/,
);
/** A question that only checks a reflection just made: "Did I get that right?". */
export const CHECK_QUESTION = hot(
  /^[\s"'(-]*(?:(?:is|was) (?:that|this|it) (?:right|correct|true|accurate|fair|so|what you(?:'re| are) (?:feeling|saying|thinking))|(?:does|did) (?:that|this|it) (?:sound|seem|feel) (?:right|accurate|fair|about right|true)|(?:does|did) (?:that|this) capture|did i (?:get|understand) (?:that|it|you) (?:right|correctly)|have i got (?:that|it) right|am i (?:right|understanding))\b/,
);
/** "Yeah?", "Okay?": a minimal encourager, not a request for an answer. */
const BACKCHANNEL = hot(
  /^(?:(?:yeah|yes|yep|okay|ok|all right|alright|right|really|oh|mm-hmm|mm|hmm|uh-huh|sure|no|huh|\[[^\]]*\])[\s?.!,]*)+$/,
);
/**
 * "Maybe he'll come round in a few days?", "I'm guessing the review is in March?": a statement the
 * speaker hedges as their own guess, said with the rising tone of uncertainty, offers the guess;
 * it asks the listener nothing (no inversion, no wh-word, no tag). A full clause must follow the
 * hedge: "Maybe running, or painting?" offers candidate answers and asks. A modal of the speaker or
 * the listener makes it a proposal, which asks: "Maybe you could tell me more?", "Perhaps, if
 * you're comfortable with it, I could share an observation?".
 */
const HEDGED_GUESS = hot(
  /^(?!.*\b(?:i|we|you)(?:'d)? (?:could|can|might|may|would|should)\b)[\s"'(-]*(?:maybe|perhaps|probably|i guess|i(?:'m| am) guessing|i bet|i suppose)(?: that)?,? (?!you(?:'d)? (?:can|could|might|may|should|would|will|need|have to|want)\b)(?:if |when )?(?:i|you|he|she|they|we|it|that|this|there|the|your|his|her|their|my|our)(?:'\w+)? \w+/,
);
/**
 * "Sorry?", "Pardon?", "Come again?": a repair initiator asks the other to say their last words
 * again, not a question about them or their situation.
 */
const REPAIR = hot(
  /^\W*(?:(?:(?:i'm )?sorry|pardon(?: me)?|(?:i )?beg your pardon|excuse me|come again|say (?:that|it) again)[\s?.!,]*)+$/,
);
/** "With the team?" is too short to restate anything; it asks. */
const MIN_DECLARATIVE_WORDS = 4;
/**
 * Asks for more without fixing the answer: "Anything else?", "Can you give me an example?",
 * "How about the retro?". Coding schemes (MITI) count these as open.
 */
const OPEN_INVITATION = hot(
  /\b(?:anything else|any other|anything more|what else|any (?:thoughts|ideas|sense|examples?)\b|(?:can|could|would|will) you (?:please )?(?:give me an example|say (?:a (?:little|bit) )?more|tell me(?! (?:if|whether)\b)|share|describe|explain|elaborate|expand|walk me|talk me|fill me in|help me understand)|why don't you (?:tell|fill|share|describe|walk|talk)|^[\s"'(-]*(?:how|what) about (?!(?:you|we|trying|if)\b)\w+)/,
);
/** "I'm just curious how …?" in the middle of a turn. */
const WONDER_ANYWHERE_OPEN = hot(
  /\bi(?:'m| am)? (?:just )?(?:wonder(?:ing|ed)?|curious) (?:about |to know )?(?:what|how|why|where|when|who|which)\b/,
);
const WONDER_ANYWHERE_CLOSED = hot(
  /\bi(?:'m| am)? (?:just )?(?:wonder(?:ing|ed)?|curious) (?:if|whether)\b/,
);
/** A wh-word left in place at the end: "You've been there for how long?" */
const WH_AT_END = hot(
  /\b(?:how (?:long|much|many|often)|what|who|where|when|why|which one|in what way|how so|for what reason|to what extent)[\s?.!-]*$/,
);
const HOW_QUANTITY_AT_END = hot(/\bhow (?:long|much|many|often)[\s?.!-]*$/);
/** "How many times?", "How long ago?": a number is the whole answer (MITI: closed). */
const HOW_QUANTITY = hot(
  /^[\s"'(-]*(?:[a-z]{1,6}-)*(?:(?:about|roughly|around|approximately) )?how (?:much|many|often|long|old|far|soon)\b/,
);
/** "On a normal week, how many pages do you get?": the quantity question opens a later clause. */
const HOW_QUANTITY_CLAUSE = hot(
  /(?:[,;:\u2014&-]["']?|-- ?|\b(?:and|so|but|then|or|um|uh|like|now|okay))\s+(?:[a-z]{1,6}-)*(?:(?:about|roughly|around|approximately) )?how (?:much|many|often|long|old|far|soon)\b/,
);
/**
 * "What number would you give it?", "Which day works?": the answer fills one slot (a number, a
 * date, one of the options named), so MITI counts the question as closed.
 */
const WH_FACT_SLOT = hot(
  /\b(?:what|which) (?:time|day|date|year|month|week|number|percentage|percent|age|grade|score|dose|one|ones)\b/,
);
/**
 * "Would you mind filling me in on the launch?", "I'm wondering if you can tell me a bit about
 * how it started?", "How about if you share what worked?": a yes/no or conditional frame whose
 * business is to have the listener tell, describe or walk through something invites a wide range
 * of answers, so MITI counts it as open, as it does "Can you tell me more?". "Tell me if it
 * still fails", "Are you telling me …?" and "Did you tell me about it?" ask for a yes or no.
 */
const INVITES_TELLING = hot(
  /\b(?:(?:(?:can|could|would|will|might) you(?: (?:like|want|care) to)?|(?:do|did) you (?:want|wanna) to|you (?:can|could|would|will|might|wanna|want to|(?:'d|would) like to)|(?:having|get|getting|if) you(?: (?:can|could|would|will|might))?) (?:please )?(?:just )?(?:tell (?:me|us)(?! (?:if|whether|that|you)\b)|share (?:with (?:me|us)|a (?:little|bit)|more|about|what|how|why|your)|describe|walk (?:me|us) through|talk (?:me|us) through|fill (?:me|us) in)|(?:mind|with|by|about|try|like|love|consider|start|begin) (?:\w+ )?(?:filling (?:me|us) in|telling (?:me|us) (?:a (?:little|bit)|more|about|what|how|why)|sharing (?:with (?:me|us)|a (?:little|bit)|more|about|what|how|why)|describing (?:what|how|why)|walking (?:me|us) through|talking (?:me|us) through))\b/,
);
/**
 * "Do you have any idea why the build broke?", "Have you given any thought to what you'd change?",
 * "Do you have a plan as to where …?": a yes/no frame that asks for the listener's idea of a
 * wh-question asks that question (open), unless what it asks is itself closed ("any idea how long
 * …", "any thought to whether …"). "Do you know where the runbook is?" checks what they know and
 * stays closed, and so does "I had an idea about how to fix it, want to hear it?" (the idea is the
 * speaker's). Group 1 is what is asked.
 */
const IDEA_OF_WH = hot(
  /\byou(?:'ve|'d)?(?: \w+){0,3}? (?:(?:any|an|some) ideas?|(?:any|some|much) thoughts?|a plan|any sense) (?:(?:about|as to|on|of|to|into) )?((?:what|how|why|where|when|who|which)\b.*|(?:(?:other|new|different|some|any) )?ways? (?:to|of|in which|that|you|we)\b.*)/,
);
/**
 * "Can I ask what you want your work to look like?", "do you mind if I ask why you want to
 * move?": a wh-question asked through leave to ask. Group 1 is what is asked.
 */
const ASK_LEAVE_WH = hot(
  /\b(?:(?:can|could|may|might) i (?:just |also |maybe )?ask(?: you)?|(?:do|would) you mind if i ask(?: you)?|if i (?:may|might|can) ask)(?: about)?,? ((?:what|how|why|where|when|who|which)\b.*)/,
);
/** "What's your manager's name?", "What was the name of the tool?": a name is the whole answer. */
const ASKS_NAME = hot(
  /\bwhat(?:'s| is| was| were| are) (?:the |your |his |her |their |our |its )?(?:\w+(?:'s)? ){0,2}names?\b|\bwhat(?:'s| is| was) the name of\b/,
);
/** "Do it by Friday" is an instruction, not a question. */
const AUX_IMPERATIVE = hot(/^[\s"'(-]*do (?:it|this|that|the|your|my)\b/);

/**
 * Decides whether a sentence is a question and whether it is open. Without a question mark only
 * unmistakable question syntax counts, because chat text often drops the mark.
 */
export function classifyQuestion(s: Sentence, core: string): QuestionForm | null {
  const form = questionForm(s, core);
  // A statement said with a question mark is still an invitation when it asks them to tell.
  if (form === "closed" || form === "declarative") {
    if (INVITES_TELLING.test(core)) return "open";
    const asked = IDEA_OF_WH.exec(core)?.[1] ?? ASK_LEAVE_WH.exec(core)?.[1];
    if (asked !== undefined && !HOW_QUANTITY.test(asked) && !WH_FACT_SLOT.test(asked)) {
      return "open";
    }
  } else if (form === "open" && ASKS_NAME.test(core)) {
    return "closed";
  }
  return form;
}

function questionForm(s: Sentence, core: string): QuestionForm | null {
  if (OPEN_REQUEST.test(core) || WONDER_OPEN.test(core)) return "open";
  if (core.includes("what i") && INTEREST_OPEN.test(core)) return "open";
  if (WONDER_CLOSED.test(core) && (s.endsWithQuestionMark || WONDER_ASKS_LISTENER.test(core))) {
    return "closed";
  }
  // With or without a mark, what is asked decides: "Any idea why …?" is open.
  const framed = ASKED_THROUGH_FRAME.exec(core);
  if (framed) {
    const asked = framed[1] as string;
    return /^(?:if|whether)\b/.test(asked) || HOW_QUANTITY.test(asked) || WH_FACT_SLOT.test(asked)
      ? "closed"
      : "open";
  }
  // The wh-question itself: the core, or what follows a short lead-in ("Before I explain
  // anything: what …").
  let wh = core;
  if (!WH_START.test(core)) {
    const lead = LEAD_IN.exec(core);
    const rest = lead ? core.slice(lead[0].length) : undefined;
    if (rest !== undefined && (s.endsWithQuestionMark || ASKS_WITHOUT_MARK.test(rest))) wh = rest;
  }
  const whStart = WH_START.test(wh) && !WH_NOT_QUESTION.test(wh);
  if (s.endsWithQuestionMark) {
    if (REFLECTION_FRAME.test(core)) return "declarative";
    if (OPEN_INVITATION.test(core) || WONDER_ANYWHERE_OPEN.test(core)) return "open";
    if (WONDER_ANYWHERE_CLOSED.test(core)) return "closed";
    if (WH_AT_END.test(core)) return HOW_QUANTITY_AT_END.test(core) ? "closed" : "open";
    if (whStart) return HOW_QUANTITY.test(wh) || WH_FACT_SLOT.test(wh) ? "closed" : "open";
    if (WH_CLAUSE.test(core) || WH_INVERTED.test(core)) {
      return WH_FACT_SLOT.test(core) || HOW_QUANTITY_CLAUSE.test(core) ? "closed" : "open";
    }
    if (WH_NOT_QUESTION.test(core) || AUX_START.test(core)) return "closed";
    // "So you'd rather keep the pager, right?" is a statement with a tag: declarative.
    if (TAG_END.test(core)) return countWords(core) > 2 ? "declarative" : "closed";
    if (AUX_CLAUSE.test(core)) return "closed";
    if (BACKCHANNEL.test(s.lower) || REPAIR.test(s.lower)) return null;
    if (HEDGED_GUESS.test(core)) return null;
    return countWords(core) >= MIN_DECLARATIVE_WORDS ? "declarative" : "closed";
  }
  // "Am I hearing that the rota feels unfair." without a mark is a reflection, not a question.
  if (REFLECTION_FRAME.test(core)) return null;
  // "So I guess I'm wondering if you've thought about …": an indirect question needs no mark.
  if (core.includes("wonder") || core.includes("curious")) {
    if (WONDER_ANYWHERE_OPEN.test(core)) return "open";
    if (WONDER_ANYWHERE_CLOSED.test(core) && WONDER_ASKS_LISTENER.test(core)) return "closed";
  }
  if (whStart && wh.length > 8) {
    if (WH_PHRASE_THEN_AUX.test(wh)) return HOW_QUANTITY.test(wh) ? "closed" : "open";
    if (WH_FUSED_ASKS.test(wh)) return WH_FACT_SLOT.test(wh) ? "closed" : "open";
    if (!WH_SUBORDINATE.test(wh)) {
      return WH_THEN_VERB.test(wh) && !WH_SUBJECT_CLAUSE.test(wh) ? "open" : null;
    }
  }
  if (AUX_SUBJECT.test(core) && !AUX_IMPERATIVE.test(core)) return "closed";
  return null;
}

export function startsWithAuxiliary(core: string): boolean {
  return AUX_START.test(core);
}

/** "At home or out?": alternatives offered (see narrowsQuestionBefore). */
const OFFERS_ALTERNATIVES = hot(/\bor\b/);

/**
 * "Where do you usually drink? At home or out with friends?", "What would you like me to write?
 * Tomorrow or the next day?", "How ready are you? What number would you pick?": a closed question
 * right after a wh-question offers candidate answers to it (Pomerantz 1988, "Offering a candidate
 * answer") or fixes the answer to one slot, and the listener now picks one: the wh-question is
 * closed with it. MI trainers warn of the same thing, an open question closed by the options
 * tacked on to it. Read on the closed question's core (so not a leading "Or …"); a follow-up that
 * asks for something else ("How many pages this week?") leaves the wh-question open.
 */
export function narrowsQuestionBefore(core: string): boolean {
  return OFFERS_ALTERNATIVES.test(core) || WH_FACT_SLOT.test(core);
}
