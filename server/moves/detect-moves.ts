import { compileHotRegexes, compileRegex, hot } from "./hot-regexes";
import { activeLearnedModel, addLearnedMoves } from "./learned/reader";
import type { Move, MoveKind, TranscriptTurn } from "./move.schema";
import { movesOnOriginal, normaliseChat } from "./normalise";
import { contentStems, measureOverlap } from "./overlap";
import { OpeningFilter, openingStrings, readableBranches, splitByStart } from "./prefilter";
import { CHECK_QUESTION, classifyQuestion, coreOffset, narrowsQuestionBefore } from "./questions";
import {
  ACTION_CLAUSE,
  BUT_DISOWNED,
  PROPOSAL_ANNOUNCER,
  REFLECTION_MARKERS,
  SENTENCE_RULES,
  type SentenceRule,
} from "./rules";
import { detectSandwich, SANDWICH_BITS, SANDWICH_WORDS } from "./sandwich";
import { normaliseText, type Sentence, splitSentences } from "./segment";

export interface DetectContext {
  /** The conversation so far, oldest first; the last employee turn is used for reflections. */
  readonly previous?: readonly TranscriptTurn[];
}

/**
 * A statement said as a question reads as a reflection when it opens like one: "So the pager …?",
 * "You'd rather …?". Other declaratives with a question mark ask ("The demo went well?").
 */
const REFLECTIVE_START = hot(
  /^[\s"'(-]*(?:(?:ok(?:ay)?|yeah|right|mm-hmm|mm|and|but|oh|um|uh)[,.]?\s+)*(?:so\b|you(?!'ll| will)\b|your\b)/,
);
/** "You're still on the billing team?": a short "you" statement with a question mark asks a fact. */
const SHORT_FACT_CHECK = hot(
  /^[\s"'(-]*(?:(?:ok(?:ay)?|yeah|right|mm-hmm|mm|and|but|oh|um|uh)[,.]?\s+)*you(?:'re|'ve|'d)? (?:\S+ ){0,4}\S+$/,
);

/**
 * "You said the forms were confusing?", "You checked the box that …?": a declarative question
 * that cites what the listener reported earlier asks them to confirm a fact.
 */
const REPORTED_CHECK = hot(
  /^[\s"'(-]*you(?:'ve| have)? (?:said|wrote|written|checked|ticked|marked|put down|noted|were saying|told me)\b/,
);

/**
 * A statement about the listener that is not advice, praise or feedback ("You'd rather keep the
 * pager than hand it over.") says back what the speaker understood of them.
 */
const ABOUT_LISTENER = hot(/\byou(?!\s+know\b)(?:'re|'ve|'d)?\b|\byour(?:self)?\b/);
/**
 * Greetings and conditions name the listener without saying anything back, and so does evidence
 * shown about them ("the packet didn't show you leading across teams", "the data shows you …"):
 * that is feedback, not how they were heard. Nor does a ground rule put to them ("two ground
 * rules: each of you finishes without being interrupted", "let each other finish").
 */
const NOT_ABOUT_LISTENER = hot(
  /\b(?:see|thank|bless|meet|talk to|catch|nice to meet|good to see|tell) you\b|\bif you (?:have|need|want) any\b|\b(?:show|shows|showed|shown) you\b|\bground ?rules?\b|\beach of you (?:finish|speak|talk|get|take|has|have)\w*|\blet each other\b|\b(?:nobody|no one) interrupts\b/,
);
/**
 * "So the rota every weekend.", "So, three pages in one night.": a sentence opened by a summing-up
 * "so" gathers what was said. Not "so" as an intensifier ("So sorry", "so many"), a transition
 * ("So now …", "So anyway", "So, about the review …", "So for H1, the plan needs …", "so going forward"),
 * a purpose ("so that we …") or the speaker's
 * own turn ("So I think …", "So today we're going to …").
 */
const SO_SUMMING_UP = hot(
  /^[\s"'(-]*(?:(?:ok(?:ay)?|yeah|right|mm-hmm|and|oh|um|uh)[,.]?\s+)*so,? (?!(?:let's|let me|i|we|please|sorry|many|much|true|glad|happy|good|nice|great|cool|far|long|anyway|yeah|okay|ok|now|then|next|first|finally|the next steps?|don't|do not|that (?:i|we)|about|regarding|back to|moving on|on to|to (?:start|begin)|today|for today|one more thing|before we|tell me|the (?:agenda|plan|purpose|goal|point)|going forward|for (?:h[12]|q[1-4]|next|the next|this|now|the future|the rest))\b)/,
);
/**
 * A sentence of fillers only ("so um.", "So, um, yeah.", "ok so um, yeah"): no content, so no move,
 * whatever a "so" would open (review 8b #2: "so um." read as a summing-up reflection). One word per
 * step, each followed by a separator, so no run of letters can be split two ways.
 */
const FILLER = `(?:so|um+|uh+|uhm+|erm+|er+|hm+|mm+|mhm|huh|yeah|yep|ok(?:ay)?|well|like|right|anyway|and|but|oh|ah|i mean|you know)`;
const FILLER_ONLY = hot(
  new RegExp(String.raw`^[\s"'(-]*${FILLER}(?:[\s,.!…-]+${FILLER})*[\s,.!…-]*$`),
);
/**
 * "So, um, …", "so uh yeah, …": a "so" followed by fillers hesitates before whatever comes next; it
 * sums up nothing by itself (review 9a #7: "So, um, this is a bit awkward." read as a reflection).
 * What follows says back only when it is about the listener ("So, um, the pager keeps landing on
 * you.") or echoes what they said ("So, um, three pages in one night.").
 */
const SO_HESITANT = hot(
  /^[\s"'(-]*(?:(?:ok(?:ay)?|yeah|right|mm-hmm|and|oh|um|uh)[,.]?\s+)*so,?\s+(?:(?:um+|uh+|uhm+|erm+|er|hm+|mm+|like|yeah|well|you know|i mean)\b[,.…-]*\s+)+/,
);
/**
 * The speaker's own framing of the talk, after the fillers: "this is a bit awkward", "there's
 * something we need to go over", "HR wants us to do a plan", "leadership asked me to go over your
 * goals". Not a say-back, even about them; "it's awkward for you" (their side of it) can be.
 */
const SPEAKER_FRAMING = hot(
  /^(?:(?:this|it)(?:'s| is| was)(?: going to be)? (?:(?:a bit|a little|kind of|sort of|quite|really|pretty|so|a tad) )?(?:awkward|uncomfortable|weird|strange|odd|hard to say|not easy to say|a (?:hard|difficult|tough|tricky|awkward) (?:one|conversation|thing to (?:say|bring up)))(?!.*\bfor you\b)|there(?:'s| is) (?:something|a thing|one thing|stuff|a few things|some things)(?: (?:that )?(?:i|we) (?:need|have|want|wanted|needed|got) to)?|(?:hr|leadership|finance|management|the company|the business|my boss)(?: team)? (?:wants?|wanted|asked|has asked|have asked|needs?|told) (?:us|me)\b)/,
);
/** "So today we're going to look at the rota": the speaker's own plan for the talk, not a say-back. */
const SPEAKER_PLAN = hot(
  /\b(?:(?:we|i)(?:'re| are|'m| am) (?:going to|gonna)|(?:we|i)(?:'ll| will)|i(?:'d| would) like to|i want to|we(?:'ll| will)? need to|we should)\b/,
);
/** Share of a sentence's content words that must echo the previous turn to count as a paraphrase. */
const ECHO_SHARE = 0.5;
/**
 * Six words or more: shorter statements with no move ("Okay, fair.", "Right, got it.") are
 * acknowledgements, not information. Words are what whitespace separates. Not "^\W*(?:\S+\s+){5,}\S",
 * which means the same but backtracks over a long run of punctuation ('"' × 5,000) at every
 * length of its "\W*": quadratic, 170 ms on a 10,000-character line.
 */
const INFORMING_LENGTH = hot(/^\s*(?:\S+\s+){5}\S/);

/**
 * Statements about the listener that say nothing back of what they said: an order or a topic
 * closed ("Anyway, keep doing what you're doing"), a condition ("If money is the main thing for
 * you, …"), hearsay and other people's verdicts ("which is what I'd heard about you", "The
 * committee felt you needed …"), a decision about them ("you're not getting Staff this cycle") and
 * their work judged ("your commitments have been a real problem", "a bit of a pattern"). A long
 * one tells them something (information); none is how they were heard.
 */
const NOT_SAYING_BACK = hot(
  new RegExp(
    [
      // Also softened: "And honestly, take your time, there is no wrong answer here" (review 8b #5).
      "^[\\s\"'(-]*(?:(?:ok(?:ay)?|so|and|but|well|look|listen|right|honestly|seriously|really|please)[,.]?\\s+)*(?:anyway|keep|stop|start|try|make sure|don't|do not|go|get|take|think about|remember|focus)\\b",
      // An order opens on a bare verb, perhaps after their name or "please": "Turn your camera on",
      // "Priya, answer your pings", "pls update your tickets". Not the word as a noun ("Work has
      // been …", "Sleep is …").
      "^[\\s\"'(-]*(?:[a-z]+,\\s+)?(?:(?:please|pls|plz|kindly|just|so|and|now)[,.]?\\s+)*(?:turn|show|update|answer|reply|respond|send|share|join|attend|fix|write|put|bring|speak|raise|pick|own|finish|review|ping|switch|clean|tidy|follow|read|step|post|check|come|give|cut|leave|improve|close|book|document|loop|include|reach|call|email|message|push|merge|ship|deliver|prepare|add|stay|listen|mind|avoid|quit|learn|treat|respect|hand|be|do|make|stop|keep|get|go)\\b(?! (?:is|was|has|have|are|were|been|can|could|would|will|isn't|wasn't)\\b)",
      "^[\\s\"'(-]*(?:(?:ok(?:ay)?|so|and|but|well|look|listen)[,.]?\\s+)*(?:if|unless)\\b",
      "\\bi(?:'d| had|'ve| have)? (?:heard|been told)\\b",
      "\\b(?:people|folks|others|everyone|everybody|someone|somebody|the (?:committee|panel|leadership|calibration)|they) (?:say|said|says|tell|told|feel|felt|feels|think|thought|thinks|find|found|finds|mentioned|noticed|decided|agreed)\\b",
      // "The board" as people ("the board felt …"); "the board says you're behind" is the sprint
      // board, read in a say-back (review 8b #5).
      "\\bthe board (?:told|feel|felt|feels|think|thought|thinks|find|found|finds|mentioned|noticed|decided|agreed)\\b",
      "\\byou(?:'re| are) not (?:getting|going to get)\\b|\\byou (?:didn't|did not|won't|will not) (?:get|make|be getting|be promoted)\\b",
      // The decision said as an answer: "It's not yet, and I want to explain why", "the answer is
      // no for this cycle". Not "it's not yet clear".
      "^[\\s\"'(-]*(?:(?:ok(?:ay)?|so|and|but|well|look|honestly|sadly|unfortunately)[,.]?\\s+)*(?:it's|it is|it was|the answer(?:'s| is| was)|the decision(?:'s| is| was)|the outcome(?:'s| is| was)|that's) (?:a )?(?:not yet|no)(?=\\s*(?:[.!,;:\u2014-]|$)| (?:for|this|on|at)\\b)",
      "\\byour (?:[\\w-]+ ){0,3}(?:has|have|is|are|was|were)(?: been)? (?:a |an )?(?:real |big |serious |bit of a |recurring |growing )?(?:problem|issue)\\b",
      "\\b(?:a|bit of a|becoming a|real|recurring) pattern\\b|\\bcarry-?over\\b",
      // A shrug: "Your guess is as good as mine.", "Beats me." (review 8b): nothing of theirs said back.
      "\\b(?:your|ur) guess is as good as mine\\b|^[\\s\"'(-]*(?:(?:honestly|well|so)[,.?]?\\s+)*beats me\\b",
      // An acknowledgement taken back: "I hear you, but it's really not up to me" (review 9a #5b).
      `\\b(?:hear you|understand|get it)${BUT_DISOWNED}`,
      // The speaker's view put up for agreement: "… is a bit much, don't you think".
      "\\b(?:don't|do not|wouldn't|would not) you (?:think|agree|say)\\b",
      // An order: "you need to update the board every day", also after their name ("Tomás, you
      // need to stop taking it personally"). Not a need said back ("you need to know where you
      // stand", "… to feel heard", "… to rest").
      "^[\\s\"'(-]*(?:(?:ok(?:ay)?|so|and|but|well|look|honestly|really)[,.]?\\s+|(?!(?:ok(?:ay)?|so|and|but|well|look|honestly|really)\\b)[^\\s,.!?]+,\\s+)*you (?:really |just |still |also |definitely )?(?:need|have|ought|must|should|gotta|got) to (?!(?:know|feel|hear|be heard|be seen|trust|vent|rest|sleep|breathe|switch off|be sure)\\b)",
      // A prohibition or a reprimand of how they behave: "You can't talk to people like that", "you
      // can't treat the team that way", "you don't get to speak to her like this", "you can't just
      // do that". Not a limit said back ("so you can't switch off at night", "you can't say no to
      // product"), nor one they feel ("you feel you can't push back").
      "(?<!\\b(?:think|thinks|thought|feel|feels|felt|believe|believes|say|said|know|knew|like|that|if|when|whether) )\\byou (?:just |simply |really |honestly )?(?:can't|cannot|can not|mustn't|must not|may not|don't get to|do not get to|(?:are|'re) not allowed to|aren't allowed to) (?:just |simply |keep |go (?:around |on )?|be |start )?(?:(?:talk|speak|treat|behave|act|write|comment|respond|reply|address|snap|yell|shout|lash out|belittle|insult|dismiss|brush off|blow off|humiliate|embarrass)(?:ing|s|ed)?\\b.*?\\b(?:like (?:that|this)|(?:that|this) way|the way you (?:do|did))\\b|(?:talk|speak|snap|yell|shout|lash out)(?:ing)? at\\b|(?:treat|belittle|insult|dismiss|humiliate|embarrass)(?:ing)? (?:people|colleagues|them|him|her|the team|your (?:team|colleagues|reviewers?|peers|reports))\\b|(?:do|say|write)(?:ing)? (?:that|this|things like that|stuff like that)(?= *(?:[.!,;]|$)))",
      // Someone else's reasoning reported: "Their reasoning: your delivery is at Staff level, but …",
      // "the committee's feedback was that …", "the panel's view is …", "the main reason is …", said
      // as what it was. Not what the listener said, nor how it felt to them ("it sounds like their
      // verdict stung").
      "\\b(?:their|(?:the )?(?:committee|panel|board|calibration|leadership|director|directors|reviewers?)(?:'s|s')) (?:main |key |whole |stated |actual |official )?(?:reasoning|reasons?|feedback|view|verdict|conclusion|rationale|assessment)(?=\\s*(?::|(?:was|is|were|are)\\b))|\\bthe (?:main |real |key |only |biggest |short )?(?:reasons?|reasoning|rationale)(?=\\s*(?::|(?:was|is|were|are)\\b))",
      // The case itself described, as the subject: "The gap is cross-team technical leadership; the
      // packet has no design you led outside Search", "the bar for Staff is …". Not "so the gap is
      // that nobody told you" (a summing-up).
      "^[\\s\"'(-]*(?:(?:and|but)[,]?\\s+)?the (?:main |real |biggest |remaining )?(?:gap|packet|case|promo(?:tion)? (?:packet|case|doc)|bar|rubric|criteria|ladder)(?: for [\\w-]+)? (?:is|was|are|were|has|had|shows?|showed|says?|said|needs?|needed|lacks?|lacked)\\b",
    ].join("|"),
  ),
);

/**
 * What the speaker thinks of the listener, said about them, is not a say-back: a reflection gives
 * back what they said, feel or went through, and these give the speaker's verdict. An instruction
 * ("Tomás, you should probably write a smaller RFC"; not "you feel you should …"), praise or a
 * label of the person ("Overall you're a huge asset", "You're just not a reliable engineer right
 * now", "you're nowhere near Staff", "you're doing great work"), hearsay ("Everyone knows you
 * ignore other teams") or the speaker's own purpose ("I just wanted to check in on you"). Read
 * only where nothing but the sentence being about the listener made it a reflection.
 */
const VERDICT_ON_LISTENER = hot(
  new RegExp(
    [
      "(?<!\\b(?:think|thinks|thought|feel|feels|felt|believe|believes|say|said|know|knew|worry|worried|wonder|wondering|like|that|if|when|whether) )\\byou(?:'d)? (?:\\w+ly |really |just |still |also )?(?:should(?! have\\b)|ought to|'d better|had better|must(?! (?:be|feel|have)\\b))\\b",
      "\\byou(?:'re| are)(?: \\w+ly| just| really| simply| such| so| still| also| overall| honestly)* (?:not |nowhere near )?(?:a |an )?(?:(?:really|very|truly|so|such a|genuinely) )?(?:(?:huge|great|real|big|valuable|key|good|strong|solid|reliable|dependable|terrible|poor|weak|bad|lousy|mediocre|average|decent|fine) (?:asset|engineer|lead|developer|teammate|team player|colleague|manager|fit|performer|hire|example|person|contributor|member)|asset|team player|liability)\\b",
      "\\byou(?:'re| are) (?:\\w+ly |just |really |simply |still |also )*(?:nowhere near|not (?:reliable|dependable|trustworthy|ready|senior enough|good enough|strong enough|up to it))\\b",
      "\\byou(?:'re| are) (?:\\w+ly |really |so |still |also )*doing (?:really |so |very )?(?:great|well|fine|amazing|brilliantly|fantastic|a (?:great|good|fantastic|brilliant) job)\\b",
      "\\b(?:everyone|everybody|the whole team|people|we all) (?:knows?|can see)\\b",
      "\\bi (?:just |only |really )?(?:wanted|want|needed|need|thought i'd|meant) to\\b",
      "\\bno judge?ment\\b",
      // "Your camera is always off": an absolute about them is a charge, not a say-back.
      "\\b(?:you|your [\\w-]+)(?:'re| are| is)? (?:always|never|constantly)\\b",
    ].join("|"),
  ),
);

/**
 * Shapes of a sentence about the listener that give the speaker's verdict, whatever its words, and
 * so are not a say-back unless they echo what the listener said: who they are ("you're a
 * heads-down coder", "you are the most senior person here", "you're the backbone of Platform";
 * not "you're a bit worried", "you're in a tough spot", nor a simile, "it's like you're a leper"), their nature summed up ("that's just who
 * you are"), and a list of what they did wrong ("you've missed deadlines, shipped bugs …", "you
 * skipped the retro and didnt update the board"; not "you missed your family").
 */
const VERDICT_SHAPE = hot(
  new RegExp(
    [
      "(?<!\\b(?:like|if|though) )\\byou(?:'re| are|re)(?: (?:\\w+ly|just|really|simply|basically|still|also|rather|quite|so|not|such|kind of|sort of))* (?:a|an|the|one of (?:the|my|our)|my|our)\\b(?! (?:bit|little|lot|while|mess|wreck|state|tough|hard|difficult|rough|tricky|awkward|bad|weird|strange|similar|same|only one|one)\\b)",
      "\\b(?:that's|thats|that is|it's|its|it is) (?:just |simply |only |basically )?(?:who|how|what) you are\\b",
      "\\byou(?:'ve| have|ve)? (?:\\w+ly )?(?:missed|skipped|ignored|forgot(?:ten)?|broke(?:n)?|dropped|blew|blown)\\b(?! (?:your|him|her|them|me|us|home|out|it|the (?:kids|family|people))\\b)",
      // A consolation, not a say-back: "you were really close", "you came so close".
      "\\byou (?:were|came|got|are|'re) (?:(?:really|so+|very|pretty|super|quite|just|this) )*(?:close|near)\\b",
      "\\byou (?:didn't|didnt|did not|never) (?:update|close|file|log|fix|test|review|reply|respond|answer|show up|turn up|attend|flag|finish|deliver|write|document|follow up)\\b",
    ].join("|"),
  ),
);

/**
 * A question that asks whether they accept what was just put to them: "Would that work for you?",
 * "Could you live with that?", "How does that sound?", "Are you OK with that?", "Deal?". After a
 * sentence that says who does what, it makes that sentence a proposal (see proposalBefore).
 */
const PROPOSAL_CHECK = hot(
  /^[\s"'(-]*(?:(?:so|and|but|ok(?:ay)?|then|well)[,]?\s+)*(?:(?:would|will|does|do|could|can|might) (?:that|this|it) (?:work|suit you|help|be (?:ok|okay|alright|all right|doable|workable|realistic|possible|a plan|enough))|how (?:does|would|do) (?:that|this) (?:sound|work|land|sit)|(?:could|can|would) you (?:live|go|work) with (?:that|this)|(?:are|would) you (?:be )?(?:ok|okay|alright|all right|happy|comfortable|fine|good|on board|up for) (?:with )?(?:that|this|it)|(?:does|would) (?:that|this) sound (?:good|ok|okay|reasonable|doable|workable|like a plan)|(?:sound|sounds) (?:good|ok|okay|like a plan|reasonable)|deal|works? for you|(?:is|would) (?:that|this) (?:be )?(?:ok|okay|doable|realistic|workable) (?:for|with) you)\b(?! (?:if|to|for me)\b)/,
);
/**
 * A check that could ask about a proposal or about a reflection: "Does that sound fair?", "Is
 * that fair?", "What do you think?". After "you carry every alert yourself" it checks how they
 * were heard; it makes a proposal only of a sentence that names a time or has the speaker in it.
 */
const EITHER_CHECK = hot(
  /^[\s"'(-]*(?:(?:so|and|but|ok(?:ay)?|then|well)[,]?\s+)*(?:(?:does|would|did) (?:that|this|it) (?:sound|seem|feel) (?:fair|right|about right)|(?:is|would) (?:that|this|it) (?:be )?fair|what do you (?:think|say))\b/,
);
/** The speaker or both of them doing it: "we add …", "I'll cover …", "let's …", "you and I …". */
const SPEAKER_IN_IT = hot(/\b(?:we|let's|i|you and i)(?:'ll| will)?\b/);
/** "How about this:" or "Here's an idea." said alone: the proposal follows in the next sentence. */
const BARE_ANNOUNCER = hot(
  new RegExp(
    String.raw`^[\s"'(-]*(?:(?:so|ok(?:ay)?|right|well|look|and)[,]?\s+)*${PROPOSAL_ANNOUNCER}\s*[.!?:\u2026\u2014\u2013-]*\s*$`,
  ),
);
/**
 * The start of a sentence that says who does what (ACTION_CLAUSE), perhaps after an announcer or
 * "here's the plan:" ("So here's the plan: we add … Would that work for you?").
 */
const STATED_ACTION = hot(
  new RegExp(
    String.raw`^[\s"'(-]*(?:(?:so|ok(?:ay)?|right|well|and)[,]?\s+)*(?:(?:${PROPOSAL_ANNOUNCER}|(?:here(?:'s| is) )?(?:the|my|our) plan(?: is)?|the next steps?(?: is)?)\s*[:\u2014\u2013-]?\s*)?${ACTION_CLAUSE}(?!\w)`,
  ),
);
/** When a next step happens: the next_step rule's `requires`. */
const NEXT_STEP_TIME = SENTENCE_RULES.find((r) => r.move === "next_step")?.requires as RegExp;
/**
 * Text in which a proposal may be read across sentences (a check after it, an announcer before it):
 * detectMovesOf then reads the whole turn for the moves a proposal gives.
 */
const PROPOSAL_ACROSS = hot(
  new RegExp(
    String.raw`(?:^|[.!?\u2026]\s+)(?:${PROPOSAL_CHECK.source.slice(1)}|${EITHER_CHECK.source.slice(1)})|${PROPOSAL_ANNOUNCER}\s*[.!?\u2026]`,
  ),
);

/**
 * Whether sentence `s` states a step that is put to them to weigh: said right after an announcer
 * ("Here's an idea. We add …"), or followed by a check ("We add an interrupts column at
 * Thursday's planning and you size the ledger work with that in mind. Would that work for you?").
 * A statement of who does what (present or future) is then a proposal, not a say-back.
 */
function proposalBefore(core: string, announced: boolean, next: Sentence | undefined): boolean {
  if (!STATED_ACTION.test(core)) return false;
  if (announced) return true;
  if (next === undefined) return false;
  const nextCore = next.lower.slice(coreOffset(next.lower));
  if (PROPOSAL_CHECK.test(nextCore)) return true;
  return EITHER_CHECK.test(nextCore) && (SPEAKER_IN_IT.test(core) || NEXT_STEP_TIME.test(core));
}

/**
 * A plan said as who does what, the listener and the speaker each in a clause of their own: "Okay,
 * so you re-estimate it and we plan against that on Thursday.", "You draft the options, then I
 * take them to Tuesday's planning." With its time it is a next step, not a say-back (the "so you"
 * of a summing-up notwithstanding). Not what they said they do ("so you re-estimate every
 * sprint"), which names no part for the speaker, nor what happened ("so you re-estimated it and
 * we planned against it"): ACTION_CLAUSE takes no past tense.
 */
/**
 * A few words that lead into the plan, before a colon or a dash: "So to make it concrete: you pick
 * a second codeowner by Friday, I get it approved, …", "To recap — you draft it, I review it by
 * Monday." What follows is still the speaker's plan, not a summary of what they said.
 */
const PLAN_LEAD_IN = String.raw`(?:[a-z' ,]{1,40}?\s*[:\u2014\u2013]\s*)?`;
const PLAN_SAID = hot(
  new RegExp(
    String.raw`^[\s"'(-]*${PLAN_LEAD_IN}${ACTION_CLAUSE}(?!\w)(?:(?![.!?;]).)*?(?:[,;]|\band\b|\bthen\b)\s+${ACTION_CLAUSE}(?!\w)`,
  ),
);
/** A habit, not a time for the step: "every week", "each sprint" ("so you carry the pager every week and I see the tickets"). */
const HABIT = hot(
  /\b(?:every|each|per) (?:single )?(?:day|week|sprint|month|time|release|cycle)\b|\b(?:once|twice) a\b/,
);
/** Both of them in it: the listener ("you") and the speaker ("we", "I", "let's"). */
const BOTH_ACT = hot(/\byou\b.*\b(?:we|i|let's)\b|\b(?:we|i|let's)\b.*\byou\b/);

/**
 * A preface that only says the news is coming straight, before a colon: "I want to get straight to
 * it because I know you've been waiting: the committee decided …", "I'll be direct with you: …",
 * "Here's the news: …", "Bottom line: …". The sentence is read from what follows the colon (its
 * span stays the whole sentence): the preface's "I want …" is no request and "I know you've been
 * waiting" no validation of what they feel about the news (review 8b #1). At least three words
 * must follow.
 */
const DIRECT_PREFACE = hot(
  /^[\s"'(-]*(?:(?:hi|hey)\s+)?(?:(?:so|ok(?:ay)?|right|well|look|and|listen|[a-z\u00e0-\u00ff]+)[,]\s+|(?:so|ok(?:ay)?|right|well|look|and|listen)\s+)*(?:i(?:'ve| have)? got (?:some |the )?(?:news|an update|the (?:outcome|result|decision|answer))|i (?:have|had) (?:some |the )?(?:news|an update|the (?:outcome|result|decision|answer))|i (?:don't|do not|won't|will not) (?:want to )?(?:make you wait|keep you waiting|drag (?:it|this) out)|i(?:'m going to| am going to|'ll| will|'d like to| want to| wanna| need to| have to|'ve got to)(?: just)? (?:get|cut|go|come) (?:straight |right )?to (?:it|the point|the chase)|i(?:'ll| will|'m going to| am going to| want to|'d like to| need to)(?: just)? be (?:direct|straight|blunt|upfront|clear|straightforward)(?: with you)?|let me (?:get|cut|go|come) (?:straight |right )?to (?:it|the point|the chase)|i(?:'ll| will)(?: just)? say it (?:up ?front|straight|plainly|now)|(?:here's|here is) (?:the (?:news|decision|outcome|short version|headline|bottom line)|where (?:we|they|it) landed)|(?:the )?(?:bottom line|short version|headline)(?: is)?|straight to it)\b[^:;?]{0,80}:\s*(?=\S+\s+\S+\s+\S)/,
);

/**
 * The speaker's own news of a decision, anywhere in the sentence: "… and I'm afraid it's a not-yet
 * on Staff", "it's a no for Staff this round", "the answer is no for this cycle". Whatever its shape
 * ("So, Marcus, the committee met on the 14th, and …" has a summing-up list's), it says nothing
 * back of what they said: it tells them something, however short ("It's a not-yet for Staff.";
 * review 8b #1).
 */
const DECISION_NEWS = hot(
  /\bi(?:'m| am) afraid (?:that )?(?:it's|it is|it was|the (?:answer|decision|outcome|committee|panel|news)|they|we|you(?:'re| are) not|you (?:won't|will not|didn't|did not|aren't))\b|\b(?:it's|it is|it was|that's|that is|the (?:answer|decision|outcome)(?:'s| is| was)) (?:a (?:not[ -]yet|no)(?![\w-])|(?:no|not[ -]yet)(?=\s*(?:[.!,;:\u2014-]|$)| (?:for|this|on|at)\b))/,
);

function readPastPreface(s: Sentence): Sentence {
  const m = DIRECT_PREFACE.exec(s.lower);
  return m === null ? s : { ...s, lower: s.lower.slice(m[0].length) };
}

/** "I think we should …" states the manager's own view: it is never a paraphrase. */
const SELF_STATEMENT = hot(
  /^[\s"'(-]*(?:i|i'm|i've|i'd|i'll|we|we're|we'll|we've|let's|let me|my|our|please|thank|thanks)\b/,
);

/**
 * How many of the latest turns a reflection may draw on: people reflect what was said a few
 * turns ago too, after a "Yeah." or a question of their own in between.
 */
const RECENT_TURNS = 4;

/**
 * Which regexes can match a sentence, from their openings at its word boundaries (see
 * prefilter.ts): most are ruled out without being run. One filter, one scan a sentence, two words
 * of bits. Low word: bit 0 is REFLECTION_MARKERS, bit i + 1 is SENTENCE_RULES[i] (i < 30). High
 * word: the sandwich's words (SANDWICH_WORDS, bits 0–2), then the rules' `requires` and `unless`
 * regexes the filter can read, then the rules past the 30th. A rule left without a bit runs on
 * every sentence (a judging rule past the 30th did: the rubric bench fell from ~1,500 to ~340
 * transcripts/s).
 */
interface Filter {
  readonly openings: OpeningFilter;
  /**
   * Per regex of the filter (its index: 0 REFLECTION_MARKERS, r + 1 rule r, 31 + i the high
   * word's i-th), split by where its matches start (splitByStart): `exact` is tried only at the
   * boundaries where the scan saw one of the regex's openings, `rest` on the whole sentence. V8
   * otherwise tries every branch of a rule at every word of the sentence; trying the branches at
   * the one or two places they can start runs the rules about 3x faster. Null for a regex the
   * filter keeps no places for, or with no such branch: it runs as it is.
   */
  readonly placed: readonly (Placed | null)[];
  /**
   * Per rule: the filter index of its pattern, `requires` and `unless`, or -1 when it has none
   * there (it is then run on every sentence).
   */
  readonly patternIndex: Int32Array;
  readonly requiresIndex: Int32Array;
  readonly unlessIndex: Int32Array;
  /**
   * The bits (low word, high word) of the regexes the filter reads only in part: their exact
   * branches are read, their `rest` cannot be (readableBranches), so their bit is set in every
   * sentence's words and `matches` tries the exact branches only where the scan saw their openings.
   * Before, such a regex (four of the judging rules: threats, dismissals, labels, vague feedback)
   * ran whole on every sentence: a quarter of the rubric bench.
   */
  readonly partLow: number;
  readonly partHigh: number;
  /** The filter index of NEXT_STEP_TIME (the next_step rule's `requires`), or -1. */
  readonly nextStepTime: number;
}

interface Placed {
  readonly exact: readonly RegExp[];
  readonly rest: RegExp | null;
}

let filter: Filter | undefined;
/** Rules 0–29 have a bit in the filter's low word (bit 0 is REFLECTION_MARKERS). */
const LOW_RULES = 30;
const HIGH_BITS = 31;

/**
 * Built on first use (about 0.1–0.2 s of CPU), so importing the module stays cheap. Compiles the
 * detectors' regexes to machine code, the small ones run on every sentence first (see
 * hot-regexes.ts: V8 gives optimised code only to the regexes compiled before a process has made
 * ~16 MB of code, and the rules alone make ~20 MB). Before this, a regex first run in the mix
 * (INFORMATION: 104 µs on one bench turn, 1 µs compiled early) or after the rules (the sandwich's
 * words) kept slow code for the life of the process.
 */
function openingFilter(): Filter {
  if (filter !== undefined) return filter;
  compileHotRegexes();
  const high: RegExp[] = [...SANDWICH_WORDS];
  /** The filter index of a regex in the high word, added at its end; -1 if unreadable or full. */
  const highIndex = (re: RegExp): number => {
    if (openingStrings(re) === null) return -1;
    let i = high.indexOf(re);
    if (i < 0 && high.length < HIGH_BITS) i = high.push(re) - 1;
    return i < 0 ? -1 : HIGH_BITS + i;
  };
  const count = SENTENCE_RULES.length;
  const patternIndex = new Int32Array(count);
  const requiresIndex = new Int32Array(count).fill(-1);
  const unlessIndex = new Int32Array(count).fill(-1);
  SENTENCE_RULES.forEach((rule, r) => {
    if (rule.requires) requiresIndex[r] = highIndex(rule.requires);
    if (rule.unless) unlessIndex[r] = highIndex(rule.unless);
  });
  SENTENCE_RULES.forEach((rule, r) => {
    patternIndex[r] =
      r < LOW_RULES
        ? r + 1
        : high.length < HIGH_BITS
          ? HIGH_BITS + high.push(rule.pattern) - 1
          : -1;
  });
  const low = [REFLECTION_MARKERS, ...SENTENCE_RULES.slice(0, LOW_RULES).map((r) => r.pattern)];
  // The high word starts at regex 31: pad a short low word.
  while (low.length < HIGH_BITS) low.push(NEVER);
  const all = [...low, ...high];
  // Split before the filter is built: splitting reads each branch's openings, and the filter then
  // reuses them instead of reading each regex whole again. (The sandwich's words are tested on
  // clauses, not through the filter's places.)
  const splits = all.map((re) =>
    re === NEVER || (SANDWICH_WORDS as readonly RegExp[]).includes(re) ? null : splitByStart(re),
  );
  const partly = all.map((re, i) => readableBranches(re, splits[i] ?? null));
  const openings = new OpeningFilter(all.map((re, i) => partly[i] ?? re));
  // A regex the filter runs on every sentence has no places to try its exact branches at.
  const placed = splits.map((split, i) => (split && openings.readsOpenings(i) ? split : null));
  let partLow = 0;
  let partHigh = 0;
  partly.forEach((part, i) => {
    if (part === null || placed[i] === null) return;
    if (i < HIGH_BITS) partLow |= 1 << i;
    else partHigh |= 1 << (i - HIGH_BITS);
  });
  const compile = (re: RegExp): void => {
    const split = placed[all.indexOf(re)];
    if (!split) compileRegex(re);
    else {
      for (const exact of split.exact) compileRegex(exact);
      if (split.rest) compileRegex(split.rest);
    }
  };
  compile(REFLECTION_MARKERS);
  for (const rule of SENTENCE_RULES) {
    compile(rule.pattern);
    if (rule.requires) compile(rule.requires);
    if (rule.unless) compile(rule.unless);
  }
  const nextStep = SENTENCE_RULES.findIndex((r) => r.requires === NEXT_STEP_TIME);
  filter = {
    openings,
    placed,
    patternIndex,
    requiresIndex,
    unlessIndex,
    partLow,
    partHigh,
    nextStepTime: nextStep < 0 ? -1 : (requiresIndex[nextStep] as number),
  };
  return filter;
}

/** Pads the filter's low word: a regex that opens on a word no sentence has. */
const NEVER = /\bqqqqqqqqqq/;

/** Whether the filter's bit for regex `index` (-1: it has none) is set in the sentence's two words. */
function isSet(index: number, low: number, high: number): boolean {
  if (index < 0) return true;
  return index < HIGH_BITS ? (low & (1 << index)) !== 0 : (high & (1 << (index - HIGH_BITS))) !== 0;
}

/** Whether rule `r` may match, from the filter's two words of bits for the sentence. */
function mayMatch(f: Filter, r: number, low: number, high: number): boolean {
  return isSet(f.patternIndex[r] as number, low, high);
}

/**
 * Whether `re`, regex `index` of the filter (-1: none), matches the sentence just scanned: its
 * exact branches at the places the scan saw its openings, else its other branches anywhere (see
 * Filter.placed).
 */
function matches(f: Filter, index: number, re: RegExp, lower: string): boolean {
  const split = index < 0 ? null : f.placed[index];
  const o = f.openings;
  if (!split || o.hits < 0) return re.test(lower);
  const bits = index < HIGH_BITS ? o.hitLow : o.hitHigh;
  const mask = 1 << (index < HIGH_BITS ? index : index - HIGH_BITS);
  for (let k = 0; k < o.hits; k++) {
    if (((bits[k] as number) & mask) === 0) continue;
    for (const exact of split.exact) {
      exact.lastIndex = o.hitAt[k] as number;
      if (exact.test(lower)) return true;
    }
  }
  return split.rest?.test(lower) === true;
}

/**
 * The rule's pattern, then its `requires` and `unless`, each skipped when the filter rules it out.
 * The filter's word on `requires` is read first: it costs nothing, and when it rules `requires`
 * out the pattern need not run at all.
 */
function ruleMatches(f: Filter, r: number, lower: string, low: number, high: number): boolean {
  const rule = SENTENCE_RULES[r] as SentenceRule;
  const requires = f.requiresIndex[r] as number;
  if (!isSet(requires, low, high)) return false;
  if (!matches(f, f.patternIndex[r] as number, rule.pattern, lower)) return false;
  if (rule.requires !== undefined && !matches(f, requires, rule.requires, lower)) return false;
  const unless = f.unlessIndex[r] as number;
  return !(
    rule.unless !== undefined &&
    isSet(unless, low, high) &&
    matches(f, unless, rule.unless, lower)
  );
}

/** The employee's words in the last few turns, or undefined when they said nothing there. */
function recentEmployeeText(previous: readonly TranscriptTurn[] | undefined): string | undefined {
  if (!previous) return undefined;
  let text: string | undefined;
  for (let i = previous.length - 1; i >= 0 && i >= previous.length - RECENT_TURNS; i--) {
    const turn = previous[i];
    if (turn?.speaker === "employee")
      text = text === undefined ? turn.text : `${turn.text}\n${text}`;
  }
  return text;
}

/** REFLECTION_MARKERS (filter index 0), skipped when the sentence's openings rule it out. */
function hasReflectionMarker(f: Filter, lower: string, low: number): boolean {
  return isSet(0, low, 0) && matches(f, 0, REFLECTION_MARKERS, lower);
}

/**
 * A verdict on the listener ("You're just not ready, honestly.") says nothing back about them, and
 * neither does their side brushed off ("I hear you, but you're overreacting.", "What I'm hearing is
 * excuses."): a put-down is never credited as listening.
 */
const JUDGING: ReadonlySet<MoveKind> = new Set([
  "character_label",
  "blame_absolute",
  "threat",
  "vague_feedback",
  "dismissal",
]);

/** Whether a move found from `from` on judges the listener. */
function judgesIn(out: readonly Move[], from: number): boolean {
  for (let i = from; i < out.length; i++) if (JUDGING.has((out[i] as Move).move)) return true;
  return false;
}

/**
 * A move that another move on the same sentence takes back: a next step whose action is vague
 * feedback names no action ("Let's just try to do better next sprint, ok?"). (A validation beside
 * a dismissal is left to the patterns, `unlessMoves: [dismissal]`: support chat codes "everything
 * will be okay" as reassurance.)
 */
const OVERSHADOWED: readonly (readonly [MoveKind, MoveKind])[] = [["next_step", "vague_feedback"]];

/** Removes, from the moves found from `from` on (one sentence's), those OVERSHADOWED there. */
function dropOvershadowed(out: Move[], from: number): void {
  for (const [move, by] of OVERSHADOWED) {
    let at = -1;
    let seen = false;
    for (let i = from; i < out.length; i++) {
      const kind = (out[i] as Move).move;
      if (kind === move) at = i;
      else if (kind === by) seen = true;
    }
    if (at >= 0 && seen) out.splice(at, 1);
  }
}

/**
 * Removes, from the moves found from `from` on (one sentence's), a say-back: the speaker's own plan
 * listed ("So you pick a codeowner by Friday, I get it approved, and you draft the guide.") has the
 * summing-up list's shape, but gathers nothing they said.
 */
function dropSayingBack(out: Move[], from: number): void {
  for (let i = out.length - 1; i >= from; i--) {
    const kind = (out[i] as Move).move;
    if (kind === "summary" || kind === "reflection") out.splice(i, 1);
  }
}

function push(out: Move[], move: MoveKind, s: Sentence): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const m = out[i] as Move;
    if (m.start !== s.start) break;
    if (m.move === move) return;
  }
  out.push({ move, start: s.start, end: s.end });
}

/** Whether a move of `kind` was found from index `from` on (one sentence's moves). */
function hasMoveFrom(moves: readonly Move[], from: number, kind: MoveKind): boolean {
  for (let i = from; i < moves.length; i++) if ((moves[i] as Move).move === kind) return true;
  return false;
}

function hasMove(moves: readonly Move[], kind: MoveKind): boolean {
  for (const m of moves) if (m.move === kind) return true;
  return false;
}

function byStart(a: Move, b: Move): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Classifies one manager turn into moves, each with the span [start, end) of the sentence that
 * shows it. Pure and deterministic; the result is sorted by start. Chat spelling ("ur", "pls",
 * "dont") is read in standard spelling (normalise.ts); spans are on the text as typed.
 */
export function detectMoves(text: string, context?: DetectContext): Move[] {
  const chat = normaliseChat(text);
  return movesOnOriginal(chat, detectStandard(chat.text, context));
}

function detectStandard(text: string, context?: DetectContext): Move[] {
  const lower = normaliseText(text);
  const sentences = splitSentences(lower, text, false);
  const out: Move[] = [];
  const previousText = recentEmployeeText(context?.previous);
  const f = openingFilter();
  const sandwichMay: number[] = [];
  let previousStems: ReadonlySet<string> | undefined;
  /** Index in `out` of the open question of the sentence just read, or -1. */
  let openJustBefore = -1;

  /** Whether the sentence just read was a bare announcer of a proposal ("How about this:"). */
  let announced = false;
  for (let index = 0; index < sentences.length; index++) {
    const s = readPastPreface(sentences[index] as Sentence);
    const movesBefore = out.length;
    const announcedBefore = announced;
    announced = false;
    const openBefore = openJustBefore;
    openJustBefore = -1;
    const candidates = f.openings.scan(s.lower) | f.partLow;
    const high = f.openings.high | f.partHigh;
    sandwichMay.push(high & SANDWICH_BITS);
    const offset = coreOffset(s.lower);
    const core = offset === 0 ? s.lower : s.lower.slice(offset);
    const form = classifyQuestion(s, core);
    // Reflection phrasing is tested at most once: a declarative question and a statement read it.
    const hasMarker =
      form === "declarative" ? hasReflectionMarker(f, s.lower, candidates) : undefined;
    const isReflectiveQuestion =
      form === "declarative" &&
      !REPORTED_CHECK.test(core) &&
      (hasMarker || (REFLECTIVE_START.test(s.lower) && !SHORT_FACT_CHECK.test(s.lower)));
    let question = isReflectiveQuestion ? null : form === "declarative" ? "closed" : form;
    // "How about this:" or "Here's an idea." alone: the proposal follows.
    if (BARE_ANNOUNCER.test(core)) announced = true;
    // "… Did I get that right?" after a reflection checks it; it asks nothing new.
    if (question === "closed" && CHECK_QUESTION.test(core) && hasMove(out, "reflection")) {
      question = null;
    }
    if (question === "open") {
      push(out, "open_question", s);
      openJustBefore = out.length - 1;
    } else if (question === "closed") {
      // "Where do you drink? At home or out?": the wh-question just before becomes a choice.
      if (openBefore >= 0 && narrowsQuestionBefore(core)) {
        const open = out[openBefore] as Move;
        out[openBefore] = { move: "closed_question", start: open.start, end: open.end };
      }
      push(out, "closed_question", s);
    }
    const isQuestion = question !== null;

    for (let r = 0; r < SENTENCE_RULES.length; r++) {
      if (!mayMatch(f, r, candidates, high)) continue;
      const rule = SENTENCE_RULES[r] as SentenceRule;
      if (rule.form === "question" ? !isQuestion : rule.form === "statement" && isQuestion) {
        continue;
      }
      if (ruleMatches(f, r, s.lower, candidates, high)) push(out, rule.move, s);
    }

    dropOvershadowed(out, movesBefore);

    if (isQuestion) continue;
    if (FILLER_ONLY.test(s.lower)) continue;
    // "You seem lazy" judges: a label, blame or threat says nothing back about the listener.
    if (judgesIn(out, movesBefore)) continue;
    if (DECISION_NEWS.test(core)) {
      dropSayingBack(out, movesBefore);
      if (out.length === movesBefore) push(out, "information", s);
      continue;
    }
    // A step stated and then checked ("… Would that work for you?"), or announced in the sentence
    // before ("Here's an idea."), is put to them to weigh: a way worked out with them, and a next
    // step when it has a time. Never a say-back.
    if (
      !hasMoveFrom(out, movesBefore, "solution_collab") &&
      proposalBefore(core, announcedBefore, sentences[index + 1]) &&
      !hasReflectionMarker(f, s.lower, candidates)
    ) {
      dropSayingBack(out, movesBefore);
      push(out, "solution_collab", s);
      if (NEXT_STEP_TIME.test(s.lower)) push(out, "next_step", s);
      continue;
    }
    // "Okay, so you re-estimate it and we plan against that on Thursday.": the plan said, with its
    // time, is a next step, not a say-back. The cheap tests first (the filter's word on the time,
    // then BOTH_ACT): PLAN_SAID, tried on every statement, was 4 % of the rubric bench.
    if (
      isSet(f.nextStepTime, candidates, high) &&
      BOTH_ACT.test(core) &&
      PLAN_SAID.test(core) &&
      NEXT_STEP_TIME.test(s.lower) &&
      !HABIT.test(core)
    ) {
      dropSayingBack(out, movesBefore);
      if (!hasMoveFrom(out, movesBefore, "next_step")) push(out, "next_step", s);
      continue;
    }
    const notSayingBack = NOT_SAYING_BACK.test(core);
    // "You're doing great, but maybe try to be nicer in comments?": a statement with a question
    // mark that advises, and has no reflection's wording ("it sounds like …"), asks them to take
    // the advice, not to confirm how they were heard.
    const advisesInstead =
      isReflectiveQuestion && !hasMarker && hasMoveFrom(out, movesBefore, "advice");
    if (
      !notSayingBack &&
      !advisesInstead &&
      (isReflectiveQuestion || (hasMarker ?? hasReflectionMarker(f, s.lower, candidates)))
    ) {
      push(out, "reflection", s);
      continue;
    }
    // Below, a reflection is inferred from what the sentence is about, so any other move wins.
    if (out.length > movesBefore) continue;
    // A statement of some length, not about the listener, that carries no other move tells them
    // something: the decision, the process, the context ("The committee meets again in March.").
    const informs = INFORMING_LENGTH.test(core) && (notSayingBack || !ABOUT_LISTENER.test(core));
    if (SELF_STATEMENT.test(core)) {
      if (informs) push(out, "information", s);
      continue;
    }
    // "So the handover left you with …", "So, three pages in one night": a summing-up "so" that
    // carries no other move says back what was heard.
    if (notSayingBack) {
      if (informs) push(out, "information", s);
      continue;
    }
    if (
      SO_SUMMING_UP.test(s.lower) &&
      !SPEAKER_PLAN.test(core) &&
      !SPEAKER_FRAMING.test(core) &&
      (!SO_HESITANT.test(s.lower) || (ABOUT_LISTENER.test(core) && !NOT_ABOUT_LISTENER.test(core)))
    ) {
      push(out, "reflection", s);
      continue;
    }
    // A hesitant "so, um, …" not about them may still echo what they said: read on.
    // Without the employee's turn there is nothing to say back, only statements about them.
    if (previousText === undefined) {
      if (informs) push(out, "information", s);
      continue;
    }
    previousStems ??= contentStems(normaliseText(previousText));
    const overlap = measureOverlap(core, previousStems);
    const isEcho =
      overlap.shared > 0 &&
      (overlap.total <= 2
        ? overlap.shared === overlap.total
        : overlap.shared >= overlap.total * ECHO_SHARE);
    // A statement about the listener that carries no other move says back how they were heard.
    const isAboutListener =
      core.length >= 12 &&
      ABOUT_LISTENER.test(core) &&
      !NOT_ABOUT_LISTENER.test(core) &&
      !VERDICT_ON_LISTENER.test(core) &&
      !VERDICT_SHAPE.test(core) &&
      !SPEAKER_FRAMING.test(core);
    if (isEcho || isAboutListener) push(out, "reflection", s);
    else if (informs) push(out, "information", s);
  }

  const sandwich = detectSandwich(sentences, out, sandwichMay);
  if (sandwich) out.push(sandwich);
  // The learned reader adds what the rules missed, when it is on (learned/reader.ts).
  const learned = activeLearnedModel();
  if (learned !== null) addLearnedMoves(learned, out, sentences, previousText);
  return isSorted(out) ? out : out.sort(byStart);
}

/** Moves are mostly found in order of their sentences; sorting a sorted list cost 3 % of a turn. */
function isSorted(moves: readonly Move[]): boolean {
  for (let i = 1; i < moves.length; i++) {
    if (byStart(moves[i - 1] as Move, moves[i] as Move) > 0) return false;
  }
  return true;
}

/** Moves detectMoves finds from the whole sentence, not (only) from a rule's phrases. */
const INFERRED_KINDS: ReadonlySet<MoveKind> = new Set([
  "open_question",
  "closed_question",
  "reflection",
  "information",
  "sandwich",
]);

/** Per list of kinds: the indices of the rules that find them, or null when a rule cannot tell. */
const rulesOfKinds = new Map<string, readonly number[] | null>();

function rulesFor(kinds: readonly MoveKind[]): readonly number[] | null {
  const key = kinds.join(",");
  const known = rulesOfKinds.get(key);
  if (known !== undefined) return known;
  let found: number[] | null = kinds.some((kind) => INFERRED_KINDS.has(kind)) ? null : [];
  for (let r = 0; found !== null && r < SENTENCE_RULES.length; r++) {
    const rule = SENTENCE_RULES[r] as SentenceRule;
    if (!kinds.includes(rule.move)) continue;
    // A rule for questions or statements only needs the sentence's question form, which can
    // depend on the moves of the sentences before it: the whole turn is read then.
    if (rule.form === "any") found.push(r);
    else found = null;
  }
  rulesOfKinds.set(key, found);
  return found;
}

/**
 * The moves of the given kinds that detectMoves finds in `text`, and no others: the same list as
 * `detectMoves(text, context).filter((m) => kinds.includes(m.move))`. Kinds only sentence rules
 * find (next_step, follow_up, advice, …) are found by running just those rules; for the others the
 * whole turn is read. Scoring asks this of employee turns ("did the engineer propose the next step
 * themselves?"), where reading every move would cost as much as reading the manager's turns.
 */
export function detectMovesOf(
  text: string,
  kinds: readonly MoveKind[],
  context?: DetectContext,
): Move[] {
  const chat = normaliseChat(text);
  return movesOnOriginal(chat, detectStandardOf(chat.text, kinds, context));
}

function detectStandardOf(
  text: string,
  kinds: readonly MoveKind[],
  context?: DetectContext,
): Move[] {
  // A kind another can take back (OVERSHADOWED) is read with the kinds that take it back.
  const takers = OVERSHADOWED.filter(([move]) => kinds.includes(move)).map(([, by]) => by);
  const read = takers.length === 0 ? kinds : [...kinds, ...takers];
  const rules = rulesFor(read);
  // A move the learned reader may add is found only by reading the whole turn.
  const learned = activeLearnedModel();
  if (
    rules === null ||
    (learned !== null && kinds.some((k) => learned.moves.includes(k))) ||
    // A proposal read across sentences (a check after it, an announcer before it); a summary is
    // read with it, since a proposal's sentence is no summary (dropSayingBack).
    (kinds.some((k) => k === "solution_collab" || k === "next_step" || k === "summary") &&
      PROPOSAL_ACROSS.test(normaliseText(text))) ||
    // A plan said as who does what, each of them (PLAN_SAID), read with the sentence's core.
    (kinds.some((k) => k === "next_step" || k === "summary") &&
      BOTH_ACT.test(normaliseText(text))) ||
    // The decision told is no summary (DECISION_NEWS), read with the sentence's core.
    (kinds.includes("summary") && DECISION_NEWS.test(normaliseText(text)))
  )
    return detectStandard(text, context).filter((m) => kinds.includes(m.move));
  const out: Move[] = [];
  if (rules.length === 0) return out;
  const f = openingFilter();
  for (const sentence of splitSentences(normaliseText(text), text, false)) {
    // Read past "I'll be direct with you:" as detectStandard does.
    const s = readPastPreface(sentence);
    const candidates = f.openings.scan(s.lower) | f.partLow;
    const high = f.openings.high | f.partHigh;
    const from = out.length;
    for (const r of rules) {
      if (mayMatch(f, r, candidates, high) && ruleMatches(f, r, s.lower, candidates, high)) {
        push(out, (SENTENCE_RULES[r] as SentenceRule).move, s);
      }
    }
    if (takers.length > 0) dropOvershadowed(out, from);
  }
  return takers.length === 0 ? out : out.filter((m) => kinds.includes(m.move));
}
