import type { MoveKind } from "./move.schema";

/** Where a rule may fire: in any sentence, only in questions, or only in statements. */
export type SentenceForm = "any" | "question" | "statement";

/**
 * One lexical rule: fires on a sentence when `pattern` matches its lower-cased text, every
 * `requires` pattern matches too, and `unless` does not. Patterns are compiled once, here.
 */
export interface SentenceRule {
  readonly move: MoveKind;
  readonly form: SentenceForm;
  readonly pattern: RegExp;
  readonly requires?: RegExp;
  readonly unless?: RegExp;
}

/**
 * One regex from phrases that each start at a word and end before a non-word character. Keeping a
 * rule as a list of phrases keeps it readable, and one leading \b lets the engine skip positions
 * inside words instead of trying every phrase there (about twice as fast on typical turns).
 */
export function phrases(...parts: readonly RegExp[]): RegExp {
  return new RegExp(`\\b(?:${parts.map((p) => p.source).join("|")})(?!\\w)`);
}

/** A day, a date or a count: what turns "you're late" into an observation. */
const TIME_OR_COUNT =
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|this morning|this afternoon|last (?:night|week|month|sprint|quarter|release|time|friday|monday|tuesday|wednesday|thursday)|(?:last|past|previous) (?:two|three|four|five|few|\\d+) (?:sprints?|weeks?|days?|months?|releases?|standups?|retros?|meetings?|times?|deploys?|incidents?|tickets?)|(?:pr|ticket|issue|incident|jira) ?#?\\d+|#\\d+|\\d+ (?:times|days|hours|minutes|tickets|prs|bugs|incidents|pages|alerts|commits|deadlines|meetings|sprints|weeks)|twice|three times|four times|several times|on (?:the )?\\d{1,2}(?:st|nd|rd|th)|jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
/** A named meeting or artefact where a behaviour was seen. */
const NAMED_EVENT =
  "(?:in|at|during|after|before) (?:the |this |last |our |your |monday's |tuesday's |wednesday's |thursday's |friday's |yesterday's |today's )?(?:stand-?up|retro(?:spective)?|review|code review|design review|demo|planning|sprint planning|all-hands|1:1|one-on-one|meeting|postmortem|post-mortem|incident|on-call (?:shift|handover)|handover|launch|offsite|interview)";

export const TIME_OR_COUNT_ANCHOR = new RegExp(`\\b(?:${TIME_OR_COUNT})\\b`);
/** Concrete anchors: a day, a date, a number, a named meeting or artefact. */
export const SPECIFIC_ANCHOR = new RegExp(`\\b(?:${TIME_OR_COUNT}|${NAMED_EVENT})\\b`);

const PRAISE_OR_COUNT = new RegExp(
  `\\b(?:${TIME_OR_COUNT}|appreciate|love|thanks?|thank you|great|excellent|impressive|amazing)\\b`,
);

const POSITIVE_WORDS =
  /\b(?:great|good|help(?:s|ed|ful)?|support(?:s|ed|ive)?|bring|brings|amazing|thoughtful|reliable|kind|generous|positive|first to|on time|deliver(?:s|ed)? (?:great|quality)|appreciate|thank)\b/;

const FEELING_WORDS =
  "(?:frustrat\\w*|overwhelm\\w*|stress\\w*|anxious|anxiety|worried|worry|upset|angry|mad|hurt|disappoint\\w*|exhaust\\w*|tired|drained|burn(?:ed|t) out|stuck|torn|unsure|uncertain|confused|excited|proud|nervous|scared|afraid|frighten\\w*|concerned|unhappy|lonely|alone|sad|down|depressed|annoyed|irritated|embarrass\\w*|ashamed|guilty|undervalued|unappreciated|overlooked|ignored|left out|isolated|resentful|bitter|discouraged|demotivated|hopeless|helpless|pressured|under pressure|stretched|swamped|fed up|sick of|tired of|relieved|happy|glad|hopeful|uncomfortable|insecure|vulnerable|conflicted|ambivalent|defensive|attacked|blindsided|betrayed|let down|lost|trapped|angry|furious|jealous|envious|heartbroken|devastated|miserable|scary|hard|tough|difficult|painful)";

/** Statements that say back what the other person feels or thinks. */
export const REFLECTION_MARKERS = new RegExp(
  `\\b(?:${[
    "(?:it |that |this )?(?:sounds|seems|looks|feels) (?:to me )?(?:like|as (?:though|if)|that)\\b",
    "(?:it |that )(?:sounds|seems|must (?:be|have been|feel)) (?:really |so |very |pretty |quite |a bit |a little |incredibly )?" +
      FEELING_WORDS,
    "so,? (?:you|you're|you've|you'd|your|it's|it was|that's|for you|what you're|on one hand|on the one hand|part of you|the (?:thing|part|problem|issue|worry|concern))\\b",
    "you(?:'re| are| were|'ve been| have been| seem| sound| feel| felt| must (?:be|feel|have felt)) (?:really |so |very |quite |pretty |a bit |a little |kind of |sort of |feeling |getting |actually )*" +
      FEELING_WORDS,
    "you (?:feel|felt|are feeling|were feeling|'re feeling)\\b",
    "what i(?:'m| am) hearing\\b",
    "i (?:can tell|sense|get the (?:sense|impression|feeling)|(?:feel|guess|imagine) (?:like |that )?you|'m picking up)\\b",
    "(?:it |that )?(?:doesn't|does not|didn't) (?:sound|seem|look) (?:like|as (?:though|if))\\b",
    "you(?:'ve| have)? (?:said|mentioned|told me|described|talked about)\\b",
    "i(?:'m| am)? hear(?:ing)? (?:you say(?:ing)?|that you|you're|you are|you)\\b(?! (?:there|out|too)\\b)",
    "(?:if i|let me see if i|make sure i)(?:'m| am)? (?:understand|understood|hear|got|get|have) (?:you|this|that|it)\\b",
    "you(?:'re| are) (?:saying|telling me|describing|wondering|noticing|realizing|thinking|hoping|not sure|unsure|trying to|struggling)\\b",
    "you (?:want|wanted|wish|don't want|didn't want|'d like|would like|hope|care|think|believe|worry|mean|need|value|enjoy|love|hate|miss|notice|noticed|realize|realized|can't see|can't imagine|don't see|don't know|aren't sure)\\b",
    "you(?:'ve| have) (?:noticed|realized|been (?:thinking|trying|feeling|struggling|carrying|juggling|wondering)|tried|had enough|decided)\\b",
    "(?:important|matters|meaningful|hard|difficult) (?:to|for) you\\b",
    "(?:part of you|for you,|on (?:the )?one hand|on the other hand|a part of you)\\b",
    "you(?:'re| are) (?:really |very )?(?:not |kind of |sort of )?(?:ready|motivated|committed|determined|willing|interested|confident|comfortable|keen|open|considering|thinking about)\\b",
  ].join("|")})`,
);

/**
 * Lexical rules by move. Questions and reflections that depend on sentence form or on the
 * previous turn are detected in detect-moves.ts; everything else is a row here.
 */
export const SENTENCE_RULES: readonly SentenceRule[] = [
  {
    move: "perspective_ask",
    form: "any",
    pattern: phrases(
      /how do you see (?:it|this|that|things)/,
      /how (?:did|does) (?:it|that|this|things) (?:look|seem|feel|land) (?:to|from|for) you/,
      /what(?:'s| is) your (?:take|view|read|perspective|side|sense|thinking|opinion|understanding)/,
      /your (?:side of (?:it|this|the story|things)|perspective|point of view|view on)/,
      /from your (?:side|perspective|point of view|end)/,
      /what do you (?:think|make of|reckon)/,
      /how do you (?:feel|think) about/,
      /what am i missing/,
      /how does (?:that|this) land/,
      /what would you (?:say|add)/,
      /what'?s your sense/,
      /how would you describe/,
    ),
  },
  {
    move: "support_offer",
    form: "any",
    pattern: phrases(
      /how can i (?:help|support)/,
      /what (?:can|could) i do/,
      /what do you need from me/,
      /what (?:support|help) (?:do|would|could) you/,
      /what would (?:help|be helpful|make (?:it|this) easier)/,
      /is there anything (?:i|we) can do/,
      /anything i can do/,
      /i(?:'m| am) (?:here|happy|glad|able) to (?:help|support|listen|talk|cover|take)/,
      /i(?:'m| am) here for you/,
      /i(?:'ll| will| can|'d be happy to| could) (?:help|support|cover|take (?:over|on|that|some|the|it)|pair with you|talk to|shield|unblock|remove|move|push back|clear|free up|get you|find you|set up|sponsor|connect you|introduce you|back you|make (?:room|time|space)|lighten|reduce|handle|speak (?:to|with))/,
      /let me know (?:if|how|what) (?:i|you need|there)/,
      /(?:i've|i have) got your back/,
      /you can (?:always )?(?:come to|reach out to|count on|talk to) me/,
      /my door is (?:always )?open/,
      /off your plate/,
      /(?:i(?:'ll| will| can)|we(?:'ll| will| can)) (?:go ahead and )?(?:send|give|get|email|set up|arrange|book|find|look into|check|call|ask|bring|put together|share|connect|introduce|organi[sz]e|help)/,
      /i(?:'d| would) (?:love|like|be happy|be glad) to (?:help|set up|arrange|support|connect|introduce)/,
      /we(?:'d| would) be (?:glad|happy) to help/,
      /i want to (?:help|support) you/,
    ),
  },
  {
    move: "solution_collab",
    form: "any",
    pattern: phrases(
      /let's (?:figure|work|think|brainstorm|come up|find|look at|look into|sort|map|explore|talk through|talk about how|plan|see how|see what)/,
      /we can (?:brainstorm|look into|look at|work on|talk about)/,
      /(?:figure|work|sort) (?:it|this|that|something) out together/,
      /together,? (?:we|let's)/,
      /we can (?:figure|work|sort|find|think|come up)/,
      /what (?:could|can|should|might) we (?:try|do|change)/,
      /how (?:might|could|can|should|do) we\b/,
      /what (?:options|ideas) do (?:we|you) have/,
      /what would it take/,
      /what would (?:a|the) (?:good|better|ideal|realistic) (?:plan|outcome|solution)/,
      /what (?:ideas|options) (?:do you have|come to mind)/,
      /(?:work|figure this out|solve this) together/,
      /what would you (?:suggest|propose|like to (?:try|do))/,
      /what do you (?:suggest|propose)/,
    ),
  },
  {
    move: "next_step",
    form: "any",
    pattern: phrases(
      /i(?:'ll| will)/,
      /you(?:'ll| will)/,
      /we(?:'ll| will)/,
      /let's/,
      /can you/,
      /could you/,
      /please/,
      /(?:the )?next steps? (?:is|are)/,
      /action items?/,
      /due/,
      /(?:agree|agreed) (?:that|to)/,
      /owner/,
      /i'm going to/,
      /you're going to/,
      /we're going to/,
    ),
    requires: phrases(
      /(?:by|before|on|until|end of|this|next|tomorrow|today|tonight|eod|eow|within) ?(?:monday|tuesday|wednesday|thursday|friday|the end of (?:the )?(?:day|week|sprint|month)|end of (?:the )?(?:day|week|sprint|month)|eod|eow|tomorrow|tonight|next week|next sprint|this week|this sprint|the next (?:1:1|one-on-one|standup|sprint|planning)|our next|\d{1,2}(?::\d\d)? ?(?:am|pm)|(?:the )?\d{1,2}(?:st|nd|rd|th)|(?:two|2|three|3|a few) (?:days|weeks))\b/,
      /tomorrow\b/,
      /(?:eod|eow)\b/,
    ),
    unless: phrases(/check in/, /catch up/, /touch base/, /follow up/, /reconnect/, /revisit/),
  },
  {
    move: "follow_up",
    form: "any",
    pattern: phrases(
      /(?:let's|we(?:'ll| will| can| should)|i(?:'ll| will| can|'d like to)|shall we|can we) (?:\w+ )?(?:check in|check back|catch up|reconnect|revisit|follow up|touch base|sync|meet again|talk again|come back to (?:this|it)|pick (?:this|it) up)/,
      /(?:schedule|book|set up|put) (?:a |some )?(?:time|follow-?up|check-?in|1:1|one-on-one)/,
      /(?:follow-?up|check-?in) (?:meeting|conversation|session|on|next)/,
      /(?:i'll|we'll) see you (?:in|next|on|at)/,
      /(?:next|another) (?:appointment|session|meeting|1:1|one-on-one|check-?in)/,
      /in our next (?:1:1|one-on-one|meeting)/,
      /at our next (?:1:1|one-on-one|meeting)/,
    ),
  },
  {
    move: "permission_ask",
    form: "any",
    pattern: phrases(
      /(?:can|could|may|might) i (?:share|offer|give|suggest|make|tell you|add|mention|ask|point out|raise|throw out|run)/,
      /(?:would|is) it (?:be )?(?:ok(?:ay)?|all right|alright|fine|helpful|useful) (?:if|with you if|for me to|to)/,
      /(?:do|would) you mind if/,
      /mind if i/,
      /would you (?:like|want) (?:to hear|some|my|me to|a suggestion|an idea|a few)/,
      /(?:are|would) you (?:be )?open to (?:some |a |my |hearing )?(?:feedback|suggestions?|ideas?|thoughts?|hearing|an idea|a thought)/,
      /do you want (?:to hear |some |my )?(?:feedback|suggestions?|ideas?|thoughts?|advice|input)/,
      /with your permission/,
      /if you(?:'re| are) open to it/,
      /if that's (?:ok(?:ay)?|all right) with you/,
    ),
  },
  {
    move: "advice",
    form: "any",
    pattern: phrases(
      /(?:^|[,;:.!?\u2014-]\s*|\b(?:maybe|perhaps|also|and|then|so|or|well|but|just|think|probably|honestly|guess|feel|sure|believe|that|now|really|definitely|still)\s+)(?:you (?:should|ought to|need to|have to|must(?! (?:feel|be|have been|think|know|realize|have felt))|gotta|got to)\b|you (?:could|can|may|might) (?:also |always |just |even |still |maybe |perhaps )?(?!have\b|not\b|be\b|imagine\b|see\b|tell\b|do it\b|do this\b|get through\b|make it\b)\w+)/,
      /you (?:may need to|might need to|might want to|may want to)\b/,
      /i(?:'d| would) (?:definitely |probably |also |just |really |personally )?(?:reach|talk|try|go|ask|look|start|tell|let|take|get|focus|stop|move|call|write|say|give|make|find|spend|keep|consider|recommend|suggest)\b/,
      /(?:is|would) it (?:be )?possible (?:for you )?to\b/,
      /is there (?:any ?way|a way) (?:you|that you)\b/,
      /(?:can|could) you (?:try|see|talk|ask|reach|get|find|call|go|spend|join|consider|take|make|contact|speak)\b/,
      /have you (?:reached out|looked into|checked out|tried|considered|thought about|thought of)\b/,
      /what about (?:\w+ing|a|an|some|something|trying|talking|asking)\b/,
      /maybe (?:there(?:'s| is)|a|an|some|this|it would|it's time|it is time|try|just)\b/,
      /you (?:could|might|may) (?:also |just |maybe |perhaps |want to |wanna |consider|try|look|think about|start|talk|ask|reach|use|find|set|make|take|go|write|join|get|spend|keep|put)/,
      /(?:i(?:'d| would)? (?:suggest|recommend|advise|encourage|urge)|my (?:advice|suggestion|recommendation)|(?:i think )?(?:it|that) (?:might|may|would|could|will|can) (?:help|be (?:good|helpful|worth|a good idea|useful|wise|best))|it(?:'s| is| would be| might be| may be) (?:a good idea|worth|best|wise|helpful|important) (?:to|if you)|why don't you|why not (?:try|just|ask|talk)|have you (?:tried|considered|thought (?:about|of)|looked into)|what if you|how about (?:you|trying|we|\w+ing)|make sure (?:you|to)|don't (?:forget|worry|be afraid|hesitate|let|give up|overthink|stress)|try (?:to|not to|and|\w+ing)|if i were you|i would (?:just )?(?:\w+ )?(?:try|talk|ask|go|take|look|start|move|let|stop|focus|tell)|(?:maybe|perhaps) (?:you|try|take|talk|ask|look|start|get|give|consider|think|write|go|find|spend|reach|it's time)|one (?:thing|option|idea) (?:that )?(?:you could|might help|would be|is to|to try)|another (?:thing|option|idea)|consider (?:\w+ing|talking|asking|a|an|the|your)|(?:instead|going forward),? (?:you|try|please)|be sure to|(?:you'll|you will) (?:want|need|have) to|what i(?:'d| would) like you to do|i(?:'d| would) like you to|i (?:just )?(?:want|need) you to|i (?:just )?wish you(?:'d| would)|(?:it|that) would be (?:best|better|good|wise|helpful) (?:if|to)|the best (?:thing|way|option) (?:is|would be)|i (?:would |'d )?(?:then |really |strongly |definitely )(?:suggest|recommend|encourage|advise)|(?:you|we) (?:can|could) (?:also )?(?:try|consider))/,
    ),
  },
  {
    move: "advice",
    form: "statement",
    // An imperative verb opening a sentence is an instruction.
    pattern:
      /^[\s"'(-]*(?:(?:ok(?:ay)?|so|and|well|just|please|also|then|now|maybe|perhaps|always|never|don't|do not),? )*(?:take|try|go|talk|consider|let (?:them|him|her|people|it|go|yourself)|force|break|allow|give yourself|remind yourself|feel free|look|check|see if|trust|believe in|be yourself|don't|make|give|start|stop|keep|focus|remember|avoid|get|set|write|reach out|look into|look for|look at|think about|use|find|join|ask|call|tell|spend|put|practi[cs]e|prioriti[sz]e|delegate|block|schedule|document|send|share|read|listen|sleep|rest|exercise|eat|drink|breathe|relax|learn|plan|drop|pick|hand|loop in|escalate|push back|say no|speak|slow down|step back|treat|enjoy|pray|stay|be (?:more|less|kind|patient|honest|gentle|open|careful|sure|clear|proactive))\b/,
    unless:
      /^[\s"'(-]*(?:(?:ok(?:ay)?|so|and|well|just|please|also|then|now),? )*(?:take care|enjoy (?:your|the) (?:day|weekend|evening|holiday|holidays)|stay (?:safe|well|strong|positive)|keep (?:it )?up|keep your (?:head|chin) up|have a|talk (?:to you|soon)|tell me|let me|let's|go ahead and tell|feel free to (?:ask|reach|share|tell)|believe me|trust me)\b/,
  },
  {
    move: "information",
    form: "statement",
    pattern: phrases(
      /(?:research|studies|study|evidence|data) (?:shows?|suggests?|says?|has shown)/,
      /according to/,
      /(?:the|our|company|team) (?:\w+ )?(?:policy|process|guideline|guidelines|rule|rules|standard|deadline|timeline|budget|plan|criteria|rubric|ladder|framework|roadmap) (?:is|are|says|requires|was)/,
      /(?:it's|it is|that's|that is) (?:common|normal|natural|typical|usual) (?:for|to|that)/,
      /(?:many|most|a lot of|lots of|some) (?:people|engineers|teams|folks|managers|patients)/,
      /there (?:is|are|'s|was|were) (?:a |an |some |many |lots of |several )?(?:\w+ )?(?:program|programs|option|options|resources?|services?|support|groups?|budget|policy|process|training|course|courses|guidelines|limit|risks?|studies|ways|things|apps?|websites?|hotline|benefits?|evidence|research)\b/,
      /(?:usually|typically|generally|often|in general)\b/,
      /the (?:reason|way it works|goal|risk|problem|issue|decision|plan|timeline|deadline|release|launch|reorg|budget) (?:is|was|will be)/,
      /(?:is|are) (?:scheduled|planned|due|expected|required|known to)/,
      /\d+(?:\.\d+)? ?(?:%|percent|per week|a week|a day|per day|drinks|units|hours|days|weeks|months|years|mg)\b/,
      /(?:can|will|may|might) (?:cause|lead to|increase|reduce|raise|lower|affect|damage|make it harder)/,
      /(?:i(?:'ll| will| can)|let me) (?:send|email|share|give) you (?:some |the |a )?(?:information|info|link|details|resources?|numbers?|leaflet|brochure)/,
      /(?:is|are|were|was) (?:\w+ )?(?:more|less) likely to\b/,
      /(?:is|are|it's|isn't|aren't|it is not|not) (?:legal|illegal|allowed|permitted|required|mandatory|safe|unsafe|dangerous|risky|harmful|against (?:the )?(?:law|policy|rules))\b/,
      /we (?:actually |usually |typically |generally |often |really )?(?:consider|recommend|know|see|find|don't recommend|do not recommend|require|expect|ask (?:everyone|all))\b/,
      /i (?:can't|cannot|wouldn't|would not|don't) recommend\b/,
      /(?:other|some|many|most) (?:people|folks|clients|engineers|managers) (?:i've|i have|we've) (?:worked with|seen|known)/,
      /(?:people|folks|engineers|teams) (?:who|that) \w+ (?:are|tend|often|usually)\b/,
      /\$\d/,
      /(?:costs?|fee|fees|price)\b/,
      /the reason (?:why )?(?:i'm asking|i asked|we ask|we're|is|was)\b/,
      /one of the (?:easiest|best|most|biggest|main)\b/,
      /(?:a lot of|most of the) times?\b/,
      /(?:what )?(?:i|we)(?:'ve| have)? found (?:that|in|is)\b/,
      /here(?:'s| is) (?:the|how|what|some)\b/,
      /the (?:rule|law|policy|guideline|process|expectation) (?:is|says)\b/,
    ),
  },
  {
    move: "self_disclosure",
    form: "any",
    pattern: phrases(
      /i (?:also|too) (?:have|had|felt|feel|went|was|struggled|used|know what)/,
      /me too/,
      /same here/,
      /i(?:'ve| have) been there/,
      /i(?:'ve| have) (?:also |too )?(?:been through|gone through|felt|struggled|had (?:a|the same|similar|my))/,
      /when i was (?:a|an|in|younger|starting|new|your)/,
      /i remember (?:when|being|feeling|my)/,
      /in my (?:experience|last (?:job|team|role|company)|first (?:job|year|role)|career|own|early)/,
      /i used to/,
      /(?:that|this|it|the same thing) (?:happened|happens) to me/,
      /i (?:went|was going) through/,
      /i (?:once|myself)\b/,
      /i can relate/,
      /my (?:friend|sister|brother|mom|mother|dad|father|wife|husband|partner|kids?|son|daughter|family|first manager|old manager|grandma|grandmother|grandpa|cousin|aunt|uncle|parents)\b/,
      /i (?:had|have) (?:a|the) (?:similar|same)/,
      /for me,? (?:it|what|the)/,
      /personally,? i/,
      /i (?:struggled|struggle) with/,
      /(?:it|that) (?:helped|helps|worked for) me/,
    ),
  },
  {
    move: "self_disclosure",
    form: "statement",
    // "I" telling their own experience: a past or habitual verb, family, where they live or work.
    pattern:
      /^[\s"'(-]*(?:(?:ok(?:ay)?|so|and|but|well|yes|yeah|honestly|actually|personally|oh|also|i know|i understand|same)[,.!]? )*i(?:'ve| have|'m| am)? (?:(?:also|too|often|once|always|never|recently|actually|personally|myself|even|just|used to|really|definitely|did|do|had|been|still|currently)\s)*(?:had (?:a|an|to|my|the same|similar|some|kids|children|\d)|lost|was (?:in|a|an|also|there|so|very|really|diagnosed|laid off|fired|let go|bullied|lonely|scared|depressed|anxious)|got (?:laid off|fired|divorced|married|sick|covid|through)|tried|struggled|dealt|experienced|moved|lived|grew up|failed|stopped|started|quit|picked up|spent|worked|left|broke up|became|learned|learnt|remember|know how (?:it|that|this) feels|know what (?:it's|it is) like|(?:do |really )?(?:like|love|enjoy) (?:to|\w+ing)|play|live|wfh|work (?:from|at|in|as)|have (?:a|an|two|three|\d|kids|children|teenagers|family|friends|been (?:through|there|in|doing|feeling|struggling))|(?:a|an) (?:\w+ )?(?:student|mom|mother|dad|father|parent|teacher|nurse|engineer|manager|introvert|extrovert|person)|in (?:the|a|my) \w+|from|older|younger|\d+|(?:been )?(?:through|there)|feel (?:the same|that way|like that)|felt)\b/,
    unless:
      /^[\s"'(-]*(?:\w+[,.!]? )*?i (?:was|'m|am) (?:wondering|going to|gonna|thinking|hoping|just going|curious|sure|sorry|glad|happy to)\b/,
  },
  {
    move: "summary",
    form: "any",
    pattern: phrases(
      /to (?:summari[sz]e|sum (?:it |this |that )?up|recap)/,
      /let me (?:summari[sz]e|recap|pull (?:this|that|it) together|check (?:that )?i)/,
      /in summary/,
      /so far (?:you've|we've|you have|we have) (?:said|talked|covered|mentioned|discussed)/,
      /(?:let me|let's) (?:make sure|see if) i(?:'ve| have)? (?:got|understood|understand)/,
      /what i(?:'ve| have) heard (?:so far|today)/,
      /(?:a few|several|a couple of|two|three) things (?:you've|you have) (?:said|mentioned|told me)/,
      /you(?:'ve| have) (?:mentioned|told me|said) (?:a few|several|a couple of|two|three) (?:things|reasons)/,
    ),
  },
  {
    move: "appreciation",
    form: "any",
    pattern: phrases(
      /thank(?:s| you)(?! for (?:nothing|coming to my))/,
      /i (?:really |truly )?appreciate/,
      /(?:great|good|nice|excellent|solid|strong|fantastic|amazing|awesome|outstanding|impressive|terrific) (?:job|work|effort|call|catch|point|question|idea|progress|stuff|thinking|initiative)/,
      /well done/,
      /kudos/,
      /shout-?out/,
      /i(?:'m| am) (?:really |so )?(?:grateful|proud of you|impressed)/,
      /(?:that|this|it) was (?:really |so )?(?:great|excellent|impressive|helpful|fantastic|brilliant|awesome)/,
      /you did (?:a |an )?(?:really )?(?:great|good|fantastic|excellent|amazing|awesome|terrific|solid) (?:job|work)/,
      /(?:that's|that is|it's) (?:great|wonderful|fantastic|awesome|excellent|brilliant|terrific|amazing)/,
      /nice (?:one|going|work)/,
      /good for you/,
      /congrat(?:s|ulations)/,
    ),
  },
  {
    move: "validation",
    form: "any",
    pattern: phrases(
      /(?:that|it|this) (?:makes|made) (?:a lot of |total |complete |perfect )?sense\b/,
      /makes sense (?:that|you|to)\b/,
      /(?:that's|that is|it's|it is) (?:completely |totally |very |really |so |perfectly )?(?:understandable|fair|valid|reasonable|normal|natural|okay to feel|ok to feel|human)\b/,
      /of course you\b/,
      /anyone (?:would|in your)/,
      /i (?:can |totally |completely |really )?(?:understand|see|get) (?:why|how|that|where you|what you)/,
      /i (?:totally |completely |really )?(?:understand|get it|hear you)\b/,
      /no wonder\b/,
      /i (?:really |truly |do |just )?(?:believe|know|bet|am sure|'m sure|am confident|'m confident|have no doubt) (?:that )?(?:you|things|it will|it'll|this will)\b(?! (?:need|should|have to|must|always|never)\b)/,
      /you(?:'ll| will| can| are going to|'re going to) (?:\w+ )?(?:make it|get through|get past|pull through|do (?:it|this|great|well|fine)|be (?:fine|okay|ok|alright|all right|great|successful)|figure (?:it|this) out|handle (?:it|this)|find (?:a|the|your) way|overcome)\b/,
      /you(?:'re| are) (?:getting through|on the right (?:track|path)|a (?:good|great|strong|kind|wonderful|caring|smart|capable)|the right person|worth|not (?:a burden|the problem|to blame|being needy|needy|selfish|weak|stupid))\b/,
      /you (?:made|did|are doing|'re doing) the right (?:decision|choice|thing)/,
      /(?:things|it|this|everything) (?:will|is going to|'ll) (?:improve|get better|work out|be (?:okay|ok|fine|alright|all right)|pass)\b/,
      /this too shall pass\b/,
      /you deserve\b/,
      /you(?:'ve| have) (?:done (?:your best|well|a great job|everything|nothing wrong)|every right|options|so much|a lot to offer)\b/,
      /(?:that's|that is|that sounds like|sounds like) (?:a |very |really )?(?:good|great|positive|healthy|smart|wise|wonderful) (?:news|idea|plan|step|start|approach|choice|decision)\b/,
      /(?:it's|it is|that's|that is) (?:very |so |really |quite |pretty )?(?:common|normal|natural|understandable|expected)\b/,
      /i (?:can |totally |completely |really )?(?:understand|relate)(?:[.!,]|$| how| being| the| your)/,
      /i think (?:that )?you(?:'re| are| did| have| will|'ll|'ve| can| made| should be proud)\b(?! (?:need|should|have to|could|might)\b)/,
      /you have every right/,
      /it(?:'s| is) (?:ok(?:ay)?|alright|all right|normal|natural|fine|understandable|common) (?:to|that you|if you)/,
      /that (?:sounds|must be|must have been|is|'s) (?:really |so |very |incredibly |pretty |quite )?(?:hard|tough|difficult|frustrating|stressful|rough|exhausting|overwhelming|painful|scary|upsetting|challenging|a lot)\b/,
      /i(?:'m| am) (?:so |really |very )?sorry (?:to hear|that|you|for|about)/,
      /you(?:'re| are) not alone\b/,
      /you did (?:the right thing|nothing wrong|your best)/,
      /you(?:'re| are) doing (?:great|well|your best|everything|a great|a good|the right)/,
      /(?:that|it) (?:took|takes) (?:a lot of )?(?:courage|guts|strength)/,
      /you should be proud/,
      /i believe in you/,
      /you(?:'ve| have)? got this\b/,
      /it(?:'s| is) good (?:that )?you\b/,
      /i(?:'m| am) (?:sure|confident|certain) (?:you|that you|things|it)\b/,
      /you can do (?:it|this)\b/,
      /don't be (?:too )?hard on yourself/,
      /(?:good|great|glad|nice) (?:that|to hear)\b/,
      /i(?:'m| am) glad (?:you|that|to)/,
      /(?:you're|you are) (?:very |so |really )?(?:strong|brave|resilient|capable|smart|talented|kind|a good)\b/,
      /that's a (?:good|great|positive|healthy|smart) (?:thing|step|sign|idea|start|plan|way)/,
      /that(?:'s| is) (?:good|great|wonderful) (?:that|you)\b/,
      /things will get better\b/,
      /it will (?:get better|be (?:ok|okay|fine|alright))\b/,
      /don't worry\b/,
      /you're (?:right|not wrong)\b/,
      /fair point\b/,
      /good point\b/,
    ),
  },
  {
    move: "impact_statement",
    form: "any",
    pattern: phrases(
      /(?:that|this|which|it) (?:meant|means) (?:that |the |we |i |our )/,
      /as a result/,
      /the (?:impact|effect|consequence|result) (?:was|is|of (?:that|this))/,
      /(?:that|this|which|it) (?:caused|delayed|blocked|slowed|cost|broke|pushed back|put (?:\w+ )?at risk|affected|impacted|hurt|made it harder|left (?:me|us|the team)|created|led to)/,
      /the team (?:had to|couldn't|lost|was blocked|ended up)/,
      /(?:we|i) (?:had to|lost|couldn't|ended up|missed)/,
      /customers (?:saw|were|got|lost|couldn't)/,
      /(?:i|we) (?:felt|feel|was|were) (?:\w+ )?(?:frustrated|worried|concerned|blindsided|stuck|let down|embarrassed|uncomfortable)/,
      /when you \w+.{0,60}?(?:(?:i|we|the team|it|people) (?:felt|feel|had to|couldn't|lost|got|were|was)|, .{0,40}?\b(?:had to|couldn't|lost|ended up|felt))/,
    ),
  },
  {
    move: "specific_observation",
    form: "statement",
    pattern: phrases(
      /i (?:noticed|saw|observed|heard|read|watched)/,
      /i(?:'ve| have) (?:noticed|seen|observed)/,
      /you (?:\w+ed|said|wrote|missed|left|sent|came|went|took|made|broke|got|gave|did|didn't|weren't|wasn't|skipped|pushed|merged|shipped|interrupted|joined|arrived)/,
      /your (?:pr|ticket|comment|message|email|review|code|commit|update|demo|presentation|estimate|status)/,
      /(?:the|your) (?:build|deploy|release|migration|rollout|report) (?:was|went|failed|broke|slipped)/,
    ),
    requires: SPECIFIC_ANCHOR,
  },
  {
    move: "vague_feedback",
    form: "any",
    pattern: phrases(
      /your (?:attitude|mindset|demeanor|demeanour|work ethic)(?! (?:is|has been|was) (?:great|excellent|amazing|strong))/,
      /your (?:energy|tone|vibe|professionalism|commitment) (?:needs|has to|must|isn't|is not|was off|is off)/,
      /step up/,
      /raise your game/,
      /up your game/,
      /be more (?:proactive|engaged|professional|strategic|committed|of a (?:leader|team player)|senior|visible|present|mature|positive|accountable|careful|responsive|focused)/,
      /take (?:more )?ownership/,
      /show (?:more )?(?:ownership|initiative|leadership|commitment)/,
      /do better/,
      /(?:need|needs|have) to (?:improve|be better|get better|pick it up|try harder)/,
      /not (?:meeting|living up to) (?:expectations|the bar)/,
      /(?:below|under) (?:the )?(?:bar|expectations)/,
      /not (?:performing|operating|delivering) at (?:the|your|a) (?:\w+ )?level/,
      /there(?:'s| is) (?:a|some) perception/,
      /people (?:are saying|have said|feel|think) (?:that )?you/,
      /some (?:people|folks) (?:feel|think|have said)/,
      /(?:not|isn't|aren't) (?:a )?(?:good )?(?:culture )?fit/,
      /(?:more|less) (?:professional|engaged|negative)/,
      /(?:needs?|need) (?:some )?(?:work|improvement)/,
      /could be better/,
      /(?:isn't|is not|wasn't|was not|not) (?:good|great) enough/,
      /(?:a|some) (?:problem|issue)s? with (?:your|how you)/,
    ),
    unless: PRAISE_OR_COUNT,
  },
  {
    move: "blame_absolute",
    form: "any",
    pattern: phrases(
      /you(?:'re| are)? (?:always|never|constantly|continually|forever|consistently fail)/,
      /every (?:single )?time (?:you|i ask you)/,
      /(?:it's|it is|this is|that's|that is) (?:all |entirely |completely )?(?:your fault|on you|because of you)/,
      /because of you\b/,
      /you(?:'re| are) the (?:reason|problem|one who)/,
      /you ruined/,
      /you (?:keep|kept) (?:\w+ing)/,
      /nothing you (?:do|did)/,
      /you (?:have|'ve) never/,
      /you (?:can't|cannot) (?:ever|even)/,
      /you (?:don't|do not) ever/,
    ),
    unless: POSITIVE_WORDS,
  },
  {
    move: "character_label",
    form: "any",
    pattern: phrases(
      /(?:you(?:'re| are)|you've become|you have become|you seem|you come across as) (?:(?:just|so|really|very|such|being|too|a bit|kind of|quite|incredibly|pretty|clearly|honestly|frankly) )*(?:a |an )?(?:lazy|selfish|careless|sloppy|incompetent|arrogant|difficult|negative|unreliable|immature|unprofessional|toxic|useless|hopeless|slacker|complainer|drama queen|liability|disaster|mess|problem child|pain|abrasive|rude|dramatic|entitled|stubborn|disorganized|disorganised|clueless|slow|weak|dishonest|hostile|passive|checked out|difficult to work with|know-it-all|prima donna)\b/,
      /you(?:'re| are) (?:just )?not (?:a )?(?:team player|leader|leadership material|senior material|cut out for|smart enough|good enough|capable)/,
      /what(?:'s| is) wrong with you\b/,
      /you (?:have|'ve got) (?:an )?attitude problem\b/,
      /you lack (?:drive|motivation|commitment|initiative|maturity|discipline)\b/,
    ),
  },
  {
    move: "dismissal",
    form: "any",
    pattern: phrases(
      /that's not the point/,
      /that is not the point/,
      /(?:just )?get over it/,
      /(?:just )?move on\b(?! to)/,
      /stop (?:complaining|whining|making excuses|being (?:so )?(?:dramatic|sensitive|negative))/,
      /it's not (?:a )?(?:big deal|that bad|that hard|a problem)/,
      /(?:you're|you are) (?:over-?reacting|being (?:too |so |over-?)?(?:sensitive|dramatic|emotional))/,
      /calm down/,
      /i don't (?:want|need) to hear/,
      /let's not (?:go there|dwell|get into)/,
      /(?:that's|that is) (?:irrelevant|beside the point|not relevant|not my problem|not important)/,
      /not my problem/,
      /everyone (?:else )?(?:deals|manages|copes|has) (?:with )?(?:it|this|that|stress|problems|the same)/,
      /we all have (?:problems|stuff|issues|things going on)/,
      /that's just (?:how it is|the way it is|life)/,
      /toughen up/,
      /suck it up/,
      /man up/,
      /grow up/,
      /whatever\./,
      /it is what it is/,
      /don't take it (?:so )?personally/,
      /you'll (?:get over|be fine)/,
      /no excuses/,
    ),
  },
  {
    move: "threat",
    form: "any",
    pattern: phrases(
      /or (?:else|there will be consequences)/,
      /there will be consequences/,
      /consequences/,
      /your (?:job|position|role|bonus|promotion|raise) (?:is|could be|will be|might be) (?:on the line|at risk|in jeopardy|in danger)/,
      /on the line/,
      /(?:be |get |getting )(?:fired|let go|terminated|sacked)/,
      /lose your job/,
      /performance improvement plan/,
      /pip\b/,
      /(?:final|last) (?:warning|chance)/,
      /(?:i'll|i will|i'm going to|i am going to) (?:have to )?(?:escalate this to hr|go to hr|involve hr|report (?:this|you)|write you up|take (?:formal )?action|start (?:a|the) (?:formal|disciplinary))/,
      /hr will (?:be involved|hear about)/,
      /disciplinary/,
      /i can't protect you/,
      /whether you (?:want|belong) to (?:work|stay) here/,
      /think about your future here/,
      /if (?:this|it) (?:happens|continues) again,? (?:i|we|there)/,
      /don't make me/,
    ),
  },
];
