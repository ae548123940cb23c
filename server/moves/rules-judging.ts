import { TIME_OR_COUNT } from "./anchors";
import type { MoveKind } from "./move.schema";
import { groupByFirstLetter, phrasesByFirstLetter } from "./phrases";
import { MAX_FAST_SOURCE } from "./prefilter";
import type { SentenceRule } from "./rules";

/**
 * The rules for feedback that judges instead of describing: vague feedback, absolute blame,
 * character labels, dismissals and threats. SENTENCE_RULES (rules.ts) ends with these, in this
 * order; a file of their own so the judging words can be worked on apart from the rest.
 */

const PRAISE_OR_COUNT = new RegExp(`\\b(?:${TIME_OR_COUNT}|appreciate|love|thanks?|thank you)\\b`);

/**
 * Praise ("you always bring great ideas") or an idiom ("you never know") is not blame, nor is what
 * happens to the listener ("so you never have to be the one who refuses", "you never get a proper
 * break") or a fault they fear ("you're worried that if you step back, it's on you"). A praise word
 * they are quoted as saying is not praise: "you always say 'all good'" is still the absolute, and
 * neither is "too good for" ("so you're too good for code reviews"). A fault never committed is a
 * record, not a charge: "you've never once missed a deadline this year" (unless an absolute or a
 * "but" follows: "you never miss a deadline but always skip the retro"). NOT_BLAME (below) is
 * these idioms, or a praise word outside a denial of what the listener did (IN_DENIAL).
 */
const NOT_BLAME_IDIOMS =
  /\b(?:you never know|never (?:have|had|needed|need) to|never (?:had|got|get|have|were given|was given) (?:the |enough |any |a |much )?(?:time|hours|chance|support|help|room|space|bandwidth|headcount|break|proper|real)|never needed|(?<!\b(?:always|never)\b.+)never (?:once |ever )?(?:miss|misses|missed|fail|fails|failed|break|breaks|broke|broken|drop|drops|dropped|forget|forgets|forgot|forgotten|slip|slips|slipped|blow|blew|blown|been late|let (?:us|me|the team|anyone|them) down)\b(?!.*\b(?:but|though|although|however|yet|always|never|again)\b)|(?:never|always) gets? (?:a|any|to|enough)|(?:worried|afraid|scared|fear|fears|frightened|anxious) (?:that|if))\b/;

/**
 * Praise words, for NOT_BLAME: "you always bring great ideas", "you're so helpful".
 */
const PRAISE_WORDS =
  /(?:light(?:s|ed)? up|come through|above and beyond|the extra mile|make time|(?:great|good)(?<!\btoo (?:great|good))(?<!(?:["\u201c]|(?:^|\s)['\u2018])[^"\u201d.!?]{0,30})(?<!\b(?:say|says|said|saying|write|writes|wrote|answer|answers|reply|replies|tell me|told me) (?:(?:it's|its|it is|all|everything's|everything is|i'm|im|that's|that it's|all is) )?(?:great|good))|(?<!\b(?:doesn't|does not|didn't|did not|won't|isn't|not|never|no) )(?:help(?:s|ed|ful)?|support(?:s|ed|ive)?)|bring|brings|amazing|thoughtful|reliable|kind|generous|positive|first to|always (?:\w+ )?on time|deliver(?:s|ed)? (?:great|quality)|appreciate|thank|(?:makes?|made) (?:[\w-]+ )?(?:better|easier|faster|safer|clearer|smoother|simpler))/;

/**
 * The listener's act denied, and the rest of that clause: "you never once asked for help", "you
 * didn't thank anyone", "not once did you bring it up". A praise word there names what they
 * should have done and did not (asking for help, thanking the team), so it is part of the charge,
 * not praise. The clause ends at a comma, a stop or a word that starts another ("and", "but",
 * "because"…): "you never complain, and you always help" still praises.
 */
const IN_DENIAL = String.raw`(?:\byou(?:'ve|'d|'re| have| had| do| did| are| were| would| will)? (?:never|not(?! (?:just|only)\b)|\w+n't)|\b(?:not|never) once (?:did|have|had|has|do) you)\b(?:(?!\b(?:and|but|so|because|though|although|while|whereas|yet|which|who|when|since)\b)[^,;:.!?\u2014\u2013])*`;

const NOT_BLAME = new RegExp(
  `${NOT_BLAME_IDIOMS.source}|\\b(?<!${IN_DENIAL})${PRAISE_WORDS.source}\\b`,
);

/**
 * A label denied is no label: "I'm not saying you're careless", "I don't think you're lazy",
 * "nobody thinks you're difficult". The speaker rules the judgement out, usually to open the real
 * subject ("…, I want to understand what happened"). Nor is conduct in one moment, said in the
 * past with whom or where ("you were a bit harsh with Wei", "you were rude to the new guy in
 * stand-up"): that judges a moment, not the person (hearsay of it is vague feedback).
 */
const LABEL_DENIED =
  /\b(?:(?:i'm|i am) not (?:saying|calling you|suggesting|implying)|not that you(?:'re| are)|(?:i )?(?:don't|do not) think (?:that )?you(?:'re| are)|(?:nobody|no one|no-one) (?:thinks|is saying|said|believes|calls you)|(?:this|it) (?:isn't|is not|'s not) (?:about )?(?:you being|that you(?:'re| are))|(?:i'd|i would) never call you|you(?:'re| are)? (?:(?:really|a bit|quite|so) )?(?:worried|worry|afraid|scared|fear|nervous|anxious|concerned))\b|\byou were (?:(?:a bit|a little|kinda|kind of|too|quite|pretty|really|very|so|somewhat|rather|being) )*[\w-]+ (?:with|to|towards|toward|in|at|during|on) (?!(?:work|everyone|everybody|people|others)\b)/;

/**
 * A general vocabulary of negative traits: words that say what someone IS rather than what they
 * did (temper, attitude, ability, reliability, character). Composed with a frame that puts the
 * trait on the listener ("you're …", "you've always been …"); the frame, not the word, makes the
 * label, so "the build is fragile" or "the API is rigid" are not labels. Not words that also name
 * a passing state or a load ("tired", "busy", "quiet", "stretched"), which describe, not judge.
 */
const NEGATIVE_TRAITS =
  "disengaged|unengaged|fragile|brittle|thin-skinned|touchy|moody|volatile|prickly|smug|cocky|passive-aggressive|obstructive|combative|argumentative|confrontational|tactless|insensitive|scatterbrained|scatty|complacent|apathetic|pessimistic|cynical|grumpy|rigid|obstinate|hard-headed|pig-headed|manipulative|sneaky|two-faced|vain|self-centred|self-centered|self-absorbed|clingy|petulant|sulky|spineless|timid|gullible|inept|incapable|clumsy|stupid|dumb|erratic|unstable|hysterical|irrational|oversensitive|hypersensitive|short-tempered|hot-tempered|bad-tempered|irritable|cranky|nasty|obnoxious|annoying|irritating|overbearing|domineering|opinionated|blunt|harsh|abrasive|defensive|difficult|lazy|arrogant|stubborn|negative|sloppy|careless|unreliable|flaky|immature|unprofessional|toxic|rude|hostile|aggressive|entitled|selfish|needy|emotional|dramatic|sensitive|disorganised|disorganized|incompetent|useless|hopeless|clueless|paranoid|controlling|condescending|patronising|patronizing|bossy|pushy|petty|childish|ungrateful|inflexible|closed-minded|narrow-minded|high-maintenance";

/**
 * Negative kinds of person: nouns that file the listener under a type ("a drama queen", "the
 * gatekeeper", "a box-ticker"). Composed with a frame that makes the listener the type ("you've
 * turned into …", "people see you as …"). Not nouns that name a place in a process ("bottleneck",
 * "blocker", "owner"), which a manager may say of a queue.
 */
const NEGATIVE_PERSON_NOUNS =
  "drama queen|diva|prima donna|primadonna|gatekeeper|box-ticker|box ticker|liability|loose cannon|lone wolf|lone ranger|control freak|know-it-all|show-off|hothead|hot-head|troublemaker|trouble-maker|whinger|moaner|complainer|naysayer|cynic|bully|snob|slacker|passenger|dead weight|deadweight|freeloader|clock-watcher|yes-man|brown-noser|suck-up|social climber|title-chaser|title chaser|careerist|credit-taker|glory hunter|micromanager|busybody|nitpicker|pedant|jobsworth|dinosaur|pain in the neck|pain in the backside|headache|handful|nightmare|weak link|problem child|prima-donna|egomaniac|martyr|zealot|cowboy|pushover|doormat|downer|grump|jerk|self-promoter";

/**
 * Traits only a person has, for the impression their conduct gives ("it comes across as quite
 * entitled"): not words that also describe a plan or a situation ("aggressive", "difficult",
 * "dramatic", "negative", "harsh"), which "that sounds …" says of a timeline or a week.
 */
const PERSON_ONLY_TRAITS =
  "entitled|arrogant|selfish|lazy|sloppy|careless|rude|immature|unprofessional|childish|petty|ungrateful|disloyal|whiny|whingey|precious|smug|cocky|condescending|patronising|patronizing|passive-aggressive|spoiled|spoilt|greedy|needy|pushy|bossy|self-centred|self-centered|self-absorbed|self-serving|disrespectful|snide|sulky|petulant|big-headed|full of yourself|high-maintenance|lazy|uncommitted|disengaged|checked out|mercenary";

/** Adverbs of degree before a trait: "quite entitled", "a bit arrogant", "kinda lazy". */
const DEGREE =
  "(?:(?:a bit|a little|a tad|kind of|kinda|sort of|sorta|quite|pretty|really|very|so|rather|somewhat|fairly|incredibly|honestly|frankly|just|super|more than a little) )*";

/**
 * A label someone else gave, passed on: "The client's email said you are lazy", "Priya wrote that
 * you were dismissive in the review", "the customer called you rude on the call". The speaker
 * reports what a named source said or wrote; they do not say it of the listener themselves. Read
 * from the verb, the source checked behind it: not the speaker ("I said you're lazy", "like I
 * said, …", "as the client said, you're lazy"), nor a crowd with nobody behind it ("everyone says
 * you're lazy", "people said you were rude": the crowd's verdict, still a label). Not when the
 * speaker takes it up in the same sentence ("…, and I agree", "…, and they're right", "…, which is
 * true") or labels them again after it ("…, and you are careless too"). Passed on, it is still a
 * verdict with no behaviour in it: vague feedback (the hearsay rules below), not a label.
 */
const REPORT_VERBS =
  "said|says|wrote|writes|claimed|claims|complained|complains|mentioned|stated|states|reported|told me|told us";
const NAMING_VERBS = "called|calls|described|describes|labelled|labeled";
/** Who cannot be the named source: the speaker, the listener, or a crowd. */
const NO_SOURCE =
  "i|we|you|they|people|everyone|everybody|folks|others|someone|somebody|anyone|anybody|nobody|one|colleagues|peers|engineers|teammates|team|members|some|several|many|most|all";
/** Words that sit between the source and its verb ("has said", "even wrote"): never the source. */
const REPORT_ADVERBS =
  "has|had|have|also|even|actually|literally|apparently|just|once|always|explicitly|basically";
const REPORTED_TRAIT = `${DEGREE}(?:an? |the )?(?:(?:hard|difficult|impossible|a pain) to (?:work|deal) with|dismissive|disrespectful|unapproachable|intimidating|abrupt|uncooperative|${NEGATIVE_TRAITS}|${NEGATIVE_PERSON_NOUNS})\\b`;
const NOT_TAKEN_UP = String.raw`(?!.*\b(?:i (?:agree|think so|think (?:they|she|he)(?:'re| are|'s| is) right|(?:have|had) to agree|see (?:it|that) too|(?:would|'d) say the same)|(?:they|she|he|it)(?:'re| are|'s| is|was|were) (?:right|not wrong)|(?:that|it)(?:'s| is) (?:true|fair|right|accurate)|so do i|me too|you(?:'re| are| were)\b))`;
const REPORTED_LABEL = String.raw`\b(?:(?:${REPORT_VERBS})(?<=\b(?!(?:${NO_SOURCE}|${REPORT_ADVERBS}|as|like)\b)[\w'-]+ (?:(?:${REPORT_ADVERBS}) )*(?:${REPORT_VERBS}))(?<!\b(?:as|like)\b(?:(?![,.!?;]).){0,40})(?<!\byou(?:'re| are| were)\b.*)(?: (?:in|on|during|at) (?:the|an?|her|his|their|its|that|this|our|my) [\w'-]+(?: [\w'-]+)?)?(?: that)? you(?:'re| are| were|'ve been| have been| can be| could be| seem| seemed| come across as| came across as| come across| came across)|(?:${NAMING_VERBS})(?<=\b(?!(?:${NO_SOURCE}|${REPORT_ADVERBS}|as|like)\b)[\w'-]+ (?:(?:${REPORT_ADVERBS}) )*(?:${NAMING_VERBS}))(?<!\b(?:as|like)\b(?:(?![,.!?;]).){0,40})(?<!\byou(?:'re| are| were)\b.*) you(?: as)?) ${REPORTED_TRAIT}${NOT_TAKEN_UP}`;

/** A label denied (LABEL_DENIED), or one someone else gave, passed on (REPORTED_LABEL). */
const NOT_A_LABEL = new RegExp(`${LABEL_DENIED.source}|${REPORTED_LABEL}`);

/**
 * What everyone had, said to make their grievance ordinary: "the same process for everyone",
 * "everybody got the same", "same as everyone else", "no different from anyone else".
 */
const SAME_FOR_ALL = String.raw`(?:(?:the )?same (?:[\w%-]+ )?(?:for|as) (?:everyone|everybody|anyone|all of us|us all|the (?:whole|rest of the) (?:team|org|company))(?: else)?|(?:everyone|everybody|the whole (?:team|org|company)|all of us|the rest of the team)(?: else)? (?:got|gets|had|has|went through|goes through|is getting|are getting) (?:exactly |pretty much |basically )?(?:the )?(?:same|exact same)|no different (?:from|than|to) (?:anyone|everyone|everybody)(?: else)?)`;

/**
 * What turns that comparison into a close: their reading denied ("it's not personal", "nothing to
 * do with you"), or the outcome called ordinary ("pretty standard", "normal", "fair"), or "so"
 * drawing the conclusion. Without one, "it's the same process for everyone" can be honest
 * information about how the decision was made.
 */
const CLOSES = String.raw`(?:(?:it's|it is|it was|this is|this isn't|that's|that is|it isn't|it wasn't|there's|there is|was) (?:really |honestly |just )?(?:not|nothing) (?:personal|about you|aimed at you|targeted|singling you out)|nothing (?:personal|to do with you)|not (?:personal|about you)|(?:is|was|'s|are|were) (?:pretty |perfectly |totally |completely |fairly |very |really |quite |actually |just )*(?:standard|normal|typical|fair|par for the course)|(?:^|, |; )so (?:there's|it's|that's|it is|there is|you|i)\b)`;

/** The close taken back: the manager owns that it may still be wrong for them. */
const OWNS_IT = String.raw`(?:doesn't|does not|won't|will not) make (?:it|that|this|the \w+) (?:feel )?(?:any )?(?:better|easier|fairer|less)|failed you|(?:isn't|is not|wasn't|was not|not) fair (?:to|on|for) you|on me|i (?:get|understand|can see) why|doesn't mean (?:it's|it is|it was) (?:fair|right)|that's the problem|which is the problem`;

/** A condition of fault, the first half of a threat's frame (see the threat rules). */
const COND = String.raw`(?:if you (?:[\w-]+ ){0,2}?(?:miss|fail|skip|slip|blow|break|keep|ignore|pull|push|repeat|go over|do (?:that|this|it)|(?:don't|do not|can't|cannot|won't) (?:fix|improve|change|sort|deliver|turn|pick|step|get|hit|meet|make|stop))|if (?:things|it|this|that|the [\w-]+) (?:don't|doesn't|do not|does not|won't|can't) (?:move|improve|change|turn around|get better|pick up)|unless|one more|another|again|next time|keep [\w-]+ing|(?:miss|fail|skip|slip|blow|break) (?:one|another|a single|any|that))`;

/**
 * The second half of a threat's frame: a step against the listener's job, each ending where the
 * match ends (so it can sit in one lookbehind after COND), with its own lookahead: taking a role
 * away, handing their work to another team, "it's going in your review" (not "… as a highlight"),
 * "you're out." (not "you're done for the week"), "it's out of my hands", "I'm not going to wait out
 * the whole six weeks".
 */
const CONSEQUENCE = String.raw`(?:i|we)(?:'ll| will|'m going to| am going to|'re going to|'m| am) (?:have to |need to )?(?:take|taking|strip|stripping|pull|pulling) (?:[\w-]+ ){1,4}?away from you|(?:i|we)(?:'ll| will|'m going to| am going to|'re going to|'m| am|'re| are) (?:have to |need to )?(?:mov|giv|hand|reassign)\w* (?:it|this|that|the [\w-]+|your [\w-]+)(?: [\w-]+)? (?:to|over to) (?:another|a different|someone else|somebody else)(?!.{0,40}?\bto (?:answer|help|look|check|review|cover)\b)|(?:it's|it is|this is|that's|that is|it'll be|that'll be|this'll be) going (?:in|on|into) your (?:[\w-]+ )?(?:review|record|file|appraisal|rating|write-up)(?! as (?:a|an) (?:highlight|win|strength|achievement|positive)\b)|you(?:'re| are|'ll be| will be) (?:out|gone|done|finished)(?=\s*(?:[.!,;]|$))|out of my hands|(?:i'm|i am|we're|we are|i'll|i will)(?: not| never)? (?:going to |gonna )?(?:not )?wait (?:out |for )?(?:the (?:whole|full|rest of the|entire)|all|until the end)`;

/**
 * What a threat puts at stake (see the threat rules): a review, rating or reference not to be
 * expected, a job, role or promotion not to be had, a step said to backfire or count in
 * calibration or the review, a formal process ("we're talking PIP").
 */
const THREAT_LOSS = String.raw`(?:don't|do not) expect (?:a |an |any |the |your |me to give you (?:a |an )?)?(?:[\w-]+ )?(?:review|rating|raise|bonus|promotion|reference|recommendation|sign-?off|backing|future)|(?:won't|will not|wouldn't|would not) (?:have|keep|get) (?:a |an |your |the |any )?(?:[\w-]+ )?(?:job|role|place|seat|spot|future|promotion|bonus|raise|rating|review)|(?:backfire|count against you|go against you|hurt you|cost you|bite you|reflect (?:(?:rather|quite|very|really|pretty|a bit) )?(?:badly|poorly) on you|look bad)(?: [\w-]+){0,3} (?:in|at|during|come) (?:calibration|(?:your |the )?(?:review|rating|promo(?:tion)?|performance)\w*)|(?:we're|we are|we'll be|we will be|you're|you are|you'll be|you will be|it's|it is|it'll be) (?:talking|looking at|heading (?:for|to|towards)|headed for|on track for|getting|into) (?:a |an |the )?(?:pip|performance (?:improvement )?plan|formal (?:process|warning|review)|disciplinary|exit)|(?:won't|wont|will not|wouldn't|would not|doesn't|does not|isn't going to|is not going to|not going to) (?:help|do) (?:your (?:[\w-]+ )?(?:case|chances|promotion|review|rating|standing|reputation|career|prospects)|(?:you|your [\w-]+) any favou?rs)|(?<!\b(?:won't|wont|wouldn't|doesn't|does not|will not|would not|not going to|never|shouldn't|should not|can't|cannot|didn't|did not) )(?:hurt|damage|harm|jeopardi[sz]e|undermine|ruin|dent)\w* your (?:[\w-]+ )?(?:case|chances|promotion|review|rating|standing|reputation|career|prospects)`;

/**
 * The listener's standing, for a threat veiled as regret ("it would be a shame if …"): their
 * review, rating, case, chances or reputation, calibration, or how people come to see them.
 */
const STANDING = String.raw`(?:your (?:[\w-]+ )?(?:review|rating|record|file|appraisal|promo(?:tion)?(?: case| packet)?|case|chances|reputation|standing|career|prospects|bonus|level)|(?:in|into|at|during) (?:your |the )?(?:review|calibration|rating|promo)|(?:see|view|think of|regard|perceive|label|know)s? you as|you(?:'re| are)? (?:seen|known|labelled|labeled|thought of|regarded|perceived) as)`;

/**
 * A move's phrases are grouped into regexes of at most MAX_FAST_SOURCE characters (prefilter.ts),
 * each a rule of its own (detectMoves gives a sentence a move once however many of its rules
 * match). Each rule takes one of the prefilter's 30 bits (detect-moves.ts): a rule past them runs
 * on every sentence.
 */
/** The rules for one move: its phrases grouped by first letter, in regexes of at most MAX_FAST_SOURCE. */
function splitRule(move: MoveKind, parts: readonly RegExp[], unless?: RegExp): SentenceRule[] {
  const rules: SentenceRule[] = [];
  let chunk: RegExp[] = [];
  let size = 0;
  const flush = () => {
    if (chunk.length === 0) return;
    const pattern = phrasesByFirstLetter(...chunk);
    rules.push(unless ? { move, form: "any", pattern, unless } : { move, form: "any", pattern });
    chunk = [];
    size = 0;
  };
  for (const part of parts) {
    // A phrase's size once spelled out ("(?:i'll|we'll) …" becomes two), without the 12 characters
    // of "\b(?:" and ")(?!\w)" that its own regex adds: grouping only shortens it.
    const partSize = phrasesByFirstLetter(part).source.length - 12;
    if (size + partSize > MAX_FAST_SOURCE) flush();
    chunk.push(part);
    size += partSize;
  }
  flush();
  return rules;
}

/** A leading group of plain words: "(?:lazy|rude|…)". */
const LEAD_WORDS = /^\(\?:([^()|[\]\\?*+{}.]+(?:\|[^()|[\]\\?*+{}.]+)*)\)(?![?*+{])/;

/**
 * A phrase kept whole: phrasesByFirstLetter would spell a leading group of words out ("(?:a|b) …"
 * as "a …" and "b …"), copying a long lookbehind or lexicon once per word; the threat rules'
 * longest phrases, spelled out 5–9 times, made the move three regexes instead of two. Wrapped in a
 * group it stays one branch, read by the prefilter from the same words; its leading words are
 * grouped by first letter inside ("(?:l(?:azy)|r(?:ude))"), so V8 still tries one branch per letter
 * at each word instead of every word of a lexicon.
 */
function whole(phrase: RegExp): RegExp {
  const lead = LEAD_WORDS.exec(phrase.source);
  if (!lead) return new RegExp(`(?:${phrase.source})`);
  return new RegExp(`(?:${letterGroups(lead[1] as string)}${phrase.source.slice(lead[0].length)})`);
}

/** Words "a|b|…" as one group with a branch per first letter, which V8 tries faster. */
function letterGroups(words: string): string {
  const groups = [...groupByFirstLetter(words.split("|"))];
  return `(?:${groups.map(([first, ws]) => `${first}(?:${ws.map((w) => w.slice(1)).join("|")})`).join("|")})`;
}

/**
 * The listener measured against their seniority, level or experience: "for someone as senior as
 * you", "from someone with your experience", "for a senior engineer". Not "that someone as senior
 * as you is stuck on the pager" (the person is not the yardstick there).
 */
const MEASURED_BY_RANK =
  "(?:for|from) (?:someone|somebody|anyone) (?:(?:as|so) (?:senior|experienced|capable|skilled|smart|good|well-paid) as you|(?:at|of|with) your (?:level|seniority|experience|grade|title|pay))|(?:for|from) an? (?:senior|staff|principal|lead|experienced) (?:engineer|developer|dev|person|lead)";
/** What the measure finds them short of: "not acceptable", "embarrassing", "I'd expect better". */
const VERDICT_BY_RANK =
  "(?:not (?:acceptable|okay|ok|good enough|on|professional)|unacceptable|embarrassing|disappointing|sloppy|beneath you|(?:expect|expected|want|wanted) (?:a (?:lot|bit) |much |far |way )?(?:more|better)|a (?:bad|poor) look)";
/**
 * The frame of a recast: "so you're saying", "what you're telling me is", "in other words",
 * "according to you", "so basically", "so you think", "let me get this straight". With
 * RECAST_PAYLOAD after it, the recast gives them a position they did not take, an absolute that
 * blames them: sarcasm, not a say-back. (Each opens on a word of its own, not on "so", so that the
 * opening filter does not run the rule on every sentence with a "so" in it.)
 */
const RECAST_FRAME =
  "(?:(?:what )?you(?:'re| are) (?:(?:really|basically|just|actually) )?(?:saying|telling me|claiming)(?: is)?(?: that)?|in other words|according to you|basically(?<=\\bso,? basically)|you (?:think|reckon|believe)(?<=\\bso,? you (?:think|reckon|believe))(?: that)?|let me get this straight)";

/**
 * What a sarcastic recast puts in their mouth: that it is never their fault, that the rules do not
 * apply to them, that they are too good for the work or never wrong, that everyone else is the
 * problem. Not what they may well have said ("you're the only one who picks up the pager", "you're
 * too busy to review", "you never get a say"): a grievance said back is a reflection.
 */
const RECAST_PAYLOAD = String.raw`(?:(?:it's|it is|it was) (?:never|not ever) (?:your (?:own )?fault|on you)|(?:the )?rules (?:don't|do not|shouldn't|should not) apply to you|you(?:'re| are) (?:(?:just |simply |clearly )?too (?:good|important|smart|clever) (?:for|to)\b|above (?:the rules|all (?:this|that)|review|code review|the process|everyone|the rest of us|criticism)|(?:always|never) (?:right|wrong)|(?:perfect|flawless|infallible)(?=\s*(?:[.!?,;]|$)))|you (?:can|could) do no wrong|you (?:never|don't ever|do not ever) (?:make|made|do|did) (?:a |any )?(?:mistakes?|anything wrong)|(?:everyone|everybody|the (?:whole |entire )?team|the rest of (?:us|the team))(?: else)? (?:is|was|are|were) (?:the problem|wrong|to blame|incompetent|useless)|(?:nobody|no one|no-one)(?: else)? (?:can|could|does|did|knows how to) (?:do )?anything right)`;

/** The speaker owning what fell short ("… and that's on me"): no verdict on them. */
const OWNS_SHORTFALL = "(?:on me|my fault|from me|on us|our fault|i owe you)";

export const JUDGING_RULES: readonly SentenceRule[] = [
  ...splitRule(
    "vague_feedback",
    [
      // Read from the noun, not from "your min…" ("what's on your mind").
      /(?:attitude|mindset|demeanor|demeanour|work ethic)(?<=\byour (?:attitude|mindset|demeanor|demeanour|work ethic))(?!(?: (?:to|on|in|towards|around)(?: [\w-]+){0,6}?)? (?:is|has been|was|were|has always been) (?:really |always |just |absolutely |so )?(?:great|excellent|amazing|strong|spot on|brilliant|exemplary|fantastic|solid|superb|positive|first-rate|top-notch)\b)/,
      /your (?:energy|tone|vibe|professionalism|commitment|reliability|ownership|focus|engagement|communication|performance) (?:needs|has to|must|isn't|is not|was off|is off|hasn't been|has not been|could be better)/,
      /(?:isn't|is not|wasn't|was not|hasn't been|has not been|haven't been|didn't (?:feel|seem|look)|doesn't (?:feel|seem|look)|not) (?:\w+ )?(?:strategic|senior|good|great|reliable|proactive|mature|visible|impactful|polished|fast|careful|consistent|professional|committed|strong|technical) enough/,
      /(?:hasn't been|has not been|haven't been|have not been|isn't|is not|aren't|are not|wasn't|not) (?:quite |really )?where (?:it|they|you|we) (?:should|need to|needs to|ought to) be/,
      // "You're not quite there yet": a gap with nothing said about where "there" is.
      /you(?:'re| are) (?:just )?not (?:quite |really )?(?:there|ready) yet(?![,:;]? (?:because|since|as|for)\b)/,
      /(?:need|needs|have|has) to (?:level up|grow up|mature|raise (?:your|the) bar|get to the next level)/,
      // "I need to see more ownership" names no behaviour; "… more reviews in the Search repo" does.
      /see(?<=\b(?:need|want|expect|like|hoping|hope|expecting) to see) (?:more|much more|a lot more|real|significant|some|an) (?:improvement|effort|commitment|ownership|engagement|initiative|urgency|leadership|change|maturity|professionalism)(?! (?:in|on|with|around|of|from (?:the|your) \w+ (?:in|on))\b)/,
      /(?:your|the) (?:work|performance|output|quality|focus|engagement|attitude) (?:has|have) (?:really )?(?:slipped|suffered|dropped|declined|gone downhill|not been)/,
      /(?:been|was|were|is|are) (?:a bit |pretty |really |quite )?(?:unprofessional|inappropriate|not okay|not acceptable|problematic|off)(?! (?:the|my|your|sick|work|on|call|for|since|duty|rota|pager|today|this|last|until|till)\b)/,
      // "You're nowhere near Staff": a level said to be far off, with nothing to go on.
      /nowhere near(?<=\byou(?:'re| are)(?: \w+)? nowhere near) (?:staff|senior|principal|ready|the bar|the level|promotion|good enough|where)/,
      // "Everyone knows you ignore other teams": an invisible jury's verdict.
      /(?:knows?|can see|says?)(?<=\b(?:everyone|everybody|the whole team|people) (?:knows?|can see|says?)) (?:that )?(?:you|your)\b/,
      /step up/,
      /raise your game/,
      /up your game/,
      // "Be more proactive", "you've got to get more strategic", "could be a bit more... collaborative":
      // a quality asked for with no behaviour. Not the speaker's own resolve ("I'll try to be more careful").
      /(?:be|get|become)(?<!\b(?:i|we)(?:'ll|'d| will| would| need to| want to| should| must| have to| am going to|'m going to| try to|'ll try to) (?:be|get|become)) (?:a (?:bit|little|lot) |much |way |far )?more(?:\.{2,}|…)? ?(?:proactive|engaged|professional|strategic|committed|of an? (?:leader|owner|team player|self-starter|go-getter|people person)|senior|visible|present|mature|positive|accountable|careful|responsive|focused|reliable|dependable|collaborative|consistent|organi[sz]ed|constructive|diplomatic|thoughtful|mindful|on it|on the ball|assertive|self-aware|approachable|decisive|hands-on)/,
      // "Can you be a bit less intense?": a manner asked to shrink, with no moment named.
      /less (?:intense|negative|defensive|abrasive|aggressive|emotional|reactive|combative|prickly|sensitive|intimidating|full-on)(?<=\bbe (?:a (?:bit|little|lot) |much |way )?less (?:intense|negative|defensive|abrasive|aggressive|emotional|reactive|combative|prickly|sensitive|intimidating|full-on))(?<!\b(?:i|we)\b.{0,20}be (?:a (?:bit|little|lot) |much |way )?less \w+)/,
      // "Your reviews could be a bit more...": the quality trails off unsaid.
      /be (?:a (?:bit|little|lot) )?more(?:\.{2,}|…)/,
      // "You need to be more, I don't know, senior in how you show up": the quality hesitated over.
      /more,? (?:i don't know|you know|like|um|uh|i guess|sort of|kind of),? (?:\w+)(?<=\bbe (?:a (?:bit|little|lot) )?more,? (?:i don't know|you know|like|um|uh|i guess|sort of|kind of),? \w+)/,
      // "It's more of a vibe thing", "the way you come across", "how you show up": a feeling about the
      // person with nothing they did. Not "how do you think those comments come across?", which asks.
      /(?:vibe|feel|feeling|energy|attitude|presence|perception|mindset|personality|seniority) thing/,
      /(?:the way|how) you (?:come|came) across(?! (?:when you (?:said|wrote)|in (?:the|your) (?:\w+ )?(?:on|at) (?:the )?\d))/,
      /(?:in|with) how you show up/,
      /take (?:more )?ownership/,
      /show (?:more )?(?:ownership|initiative|leadership|commitment)/,
      // "You need to start showing a lot more ownership": the quality asked for in bulk.
      /show(?:ing)? (?:a lot |much |a bit |some |real |far |way )?more (?:ownership|initiative|leadership|commitment|urgency|accountability|maturity|engagement)(?! (?:of|in|on|for|over|around|with) (?:the|your|this|our)\b)/,
      /do better/,
      // "Just be better." (not "it'd be better to …", which weighs an option).
      /(?:just|simply|please) be better/,
      // "Communicate better", "be a better teammate", "think bigger": a direction with no behaviour.
      // Not the speaker's own resolve ("we need to communicate better as a team").
      /(?:communicate|collaborate|perform|engage|prioriti[sz]e) better(?<!\b(?:i|we)(?: need to| should| must| have to| could|'ll| will| can)? \w+ better)/,
      /be a better (?:teammate|team player|colleague|lead|leader|engineer|communicator)(?<!\b(?:i|we)(?:'ll| will| need to| want to| should| must| have to| try to|'ll try to|'d like to) be a better \w+(?: \w+)?)/,
      /think bigger/,
      // A verdict on the work with nothing to go on: "has been disappointing", "pull your weight".
      // Read from the verdict, not from "has been", which most updates have.
      /(?:disappointing|underwhelming|lacklustre|lackluster|subpar|mediocre|patchy)(?<=\b(?:has|have) been (?:a bit |really |pretty |quite |very |a little )?(?:disappointing|underwhelming|lacklustre|lackluster|subpar|mediocre|patchy))/,
      /(?:pull|pulling) your (?:own )?weight/,
      // "You need to have more impact", "… operate at the next level": a level asked for, only after a
      // demand ("need to", "should"), so "you'll have more impact on platform" (a prospect) is not.
      /(?:impact|influence|scope|leadership|ownership)(?<=\b(?:need to|have to|should|must|got to|want you to|'d like you to|expect you to) (?:have|make|show|drive|demonstrate|take on) (?:more|bigger|greater|broader|much more|a lot more) (?:[\w-]+ )?(?:impact|influence|scope|leadership|ownership))/,
      /(?:operat|perform|work)\w* (?:more )?at (?:a |the )?(?:more senior|higher|next|staff|senior)(?:-| )level(?<=\b(?:need to|have to|should|must|start|got to|see you) (?:be )?(?:operat|perform|work)\w* (?:more )?at (?:a |the )?(?:more senior|higher|next|staff|senior)(?:-| )level)/,
      // "Your work isn't at the level we expect": a level said to be missed with nothing to go on.
      // Not "at the level of detail …", which names what is missing.
      /(?:isn't|is not|wasn't|was not|aren't|are not|not|hasn't been|has not been|haven't been|have not been|weren't) (?:quite |really |yet |always |just )?(?:at |up to )?the (?:level|standard|bar|quality) (?:we|i|the (?:team|committee|role)) (?:expect|need|want|require|set)/,
      // "Raise your profile", "try harder", "take things more seriously", "care more", "be more on top
      // of things": effort or standing asked for with no behaviour named. Only said to the listener,
      // not the speaker's own resolve ("I need to try harder").
      /(?:raise|build|grow|lift) your (?:profile|visibility|presence|game|standards|bar)/,
      // "Your work's been a bit meh", "bring more to the table", "your reviews lack depth", "the work's
      // been okay, I guess", "take things up a notch", "just do a better
      // job", "you're coasting": a verdict or a demand with no behaviour in it.
      /meh(?<=\b(?:been|is|was|are|were|'s|feels?|seems?) (?:a bit |kind of |pretty |a little )?meh)/,
      /bring (?:more|a lot more|much more|a bit more) to the table/,
      /(?:lack|lacks|lacked|lacking) (?:real |some |any )?(?:depth|substance|rigou?r|polish|finesse|edge|spark|drive|urgency|maturity|conviction|presence)/,
      /(?:okay|ok|fine|alright|average|so-so),? (?:i guess|i suppose)(?<=\b(?:been|is|was|'s|are|were) (?:just |only )?(?:okay|ok|fine|alright|average|so-so),? (?:i guess|i suppose))/,
      /(?:up a notch|up a gear)(?<=\b(?:take|kick|step|turn) (?:it|things|this|that|your \w+) (?:up a notch|up a gear))/,
      /do a (?:much |way |far )?better job(?<!\b(?:i|we)\b.{0,15}do a (?:much |way |far )?better job)/,
      /coasting(?<=\byou(?:'re| are|'ve been| have been) (?:just |kind of |a bit )?coasting)/,
      // "It's not quite clicking", "it's just not landing", "the quality just isn't there", "you're all
      // over the place", "it's not Staff-level": a verdict with nothing to point at. Not "the data isn't
      // there yet for the dashboard", "the logs are all over the place".
      /(?:clicking|landing|gelling)(?<=\b(?:it's|it is|things are|something's|something is|it just|it's just) (?:just |really |quite )?(?:not|isn't|aren't) (?:quite |really )?(?:clicking|landing|gelling))/,
      /(?:quality|standard|polish|rigou?r|attention to detail|urgency|consistency|drive|passion|spark)(?: just| really| quite| still)? (?:isn't|is not|wasn't|hasn't been|just isn't) (?:quite |really |just )?there(?! (?:for|in|on|yet for)\b)/,
      /all over the place(?<=\b(?:you(?:'re| are| seem| have been|'ve been)|your \w+ (?:is|are|has been|have been|feels?|seems?)) (?:a bit |a little |kind of |pretty |really )?all over the place)/,
      /(?:staff|senior|principal|lead|next)[- ]level(?<=\b(?:it's|it is|that's|that is|isn't|is not|not|aren't|wasn't) (?:quite |really |yet |just )?(?:at )?(?:staff|senior|principal|lead|next)[- ]level)(?! (?:yet,? (?:because|since)|because)\b)/,
      // "I don't feel the energy from you", "I expect more polish", "things need to tighten up".
      /(?:don't|do not|not) (?:feel|see|sense|get) (?:the|much|enough|any) (?:energy|passion|drive|spark|enthusiasm|hunger)(?: from you)?/,
      /more (?:polish|rigou?r|drive|accountability|energy|professionalism|maturity|urgency)(?<=\b(?:expect|want|need|'d like|would like) (?:to see )?(?:a lot |much |a bit |a little )?more (?:polish|rigou?r|drive|accountability|energy|professionalism|maturity|urgency))(?! (?:in|on|with|around|into|of|for)\b)/,
      /(?:tighten|sharpen|shape|smarten) up(?<=\b(?:you|things|everything|it|this|delivery|execution|standards|quality|the work|your \w+) (?:need|needs|have|has|got) to (?:tighten|sharpen|shape|smarten) up)(?=\s*(?:[.!,;]|$))/,
      // "You're not showing up the way a senior should": measured against a title, not a behaviour.
      /(?:the way|how|like) an? (?:senior|staff|principal|lead|leader|tech lead|manager)(?: engineer)? (?:should|would|ought to|needs to)(?<=\b(?:not|n't)\b.{0,40}?(?:the way|how|like) an? (?:senior|staff|principal|lead|leader|tech lead|manager)(?: engineer)? (?:should|would|ought to|needs to))(?=\s*(?:[.!,;]|$))/,
      /(?:try harder|care more|take (?:things|it|this|your work|work) (?:more )?seriously|own (?:things|it|stuff|your work) more|be (?:a bit |a little )?sharper)(?<=\b(?:you (?:need|have|must|should|ought)(?: to)?|you've got to|i need you to|i want you to|i'd like you to|just) (?:\w+ )?(?:try harder|care more|take (?:things|it|this|your work|work) (?:more )?seriously|own (?:things|it|stuff|your work) more|be (?:a bit |a little )?sharper))/,
      /on top of (?:things|your work|it all|your stuff|everything)(?<=\b(?:you need to|you have to|need you to|want you to|you've got to|you must|you should|just) (?:be |get )(?:more |a bit more )?on top of (?:things|your work|it all|your stuff|everything))/,
      // "Your work lately hasn't been great", "you're not living up to your potential", "there's a
      // general sense that you're not engaged", "the docs are lacking", "I'm not seeing the growth":
      // a verdict with nothing to point at.
      /(?:work|performance|output|contributions?)(?<=\byour (?:work|performance|output|contributions?))(?: lately| recently| this (?:quarter|sprint|month|half|year))? (?:hasn't|has not|haven't|have not|isn't|is not|wasn't|aren't) (?:really |quite )?(?:been )?(?:great|good|ideal|good enough)/,
      // "Delivery hasn't been great", "execution lately isn't where it should be": the work judged by
      // its kind, no instance. Not "things haven't been great at home" (the listener's life).
      /(?:delivery|execution|communication|quality|output|velocity|throughput|follow-through|follow through)(?: lately| recently| this (?:quarter|sprint|month|half|year))? (?:hasn't|has not|haven't|have not|isn't|is not|wasn't|was not) (?:really |quite |always )?(?:been )?(?:great|good|ideal|good enough)\b(?!.*\b(?:on me|my fault|on us|our fault|on my side|from me|from us|my part)\b)/,
      // "Needs to be tighter.", "has to be sharper": a quality asked for and left there.
      // Read from the adjective, not "need to be", which most plans have.
      /(?:tighter|sharper|stronger|crisper|cleaner)(?<=\b(?:needs?|has|have) to be (?:a lot |much |a bit |a little |way )?(?:tighter|sharper|stronger|crisper|cleaner))(?=\s*(?:[.!;]|$))/,
      // "Your reviews are a bit much": a verdict with nothing in it.
      /a (?:bit|little) much(?<=\b(?:is|are|was|were|been|'re|'s|being|gets|get|getting) (?:just |really )?a (?:bit|little) much)/,
      /(?:living up to|reaching|fulfilling|realising|realizing) your (?:potential|promise)(?<=\b(?:not|aren't|isn't|haven't been|you're not|you are not) (?:really |quite )?(?:living up to|reaching|fulfilling|realising|realizing) your (?:potential|promise))/,
      /(?:sense|feeling|impression)(?<=\b(?:general|overall|there's a|there is a) (?:sense|feeling|impression)) (?:is )?that you(?:'re| are)(?: not| a bit)?/,
      // "There's a general sense the ledger work isn't getting the ownership it needs": a shortfall
      // nobody in particular saw. Not "my general impression of the launch was good".
      /(?:sense|feeling|impression)(?<=\b(?:general|overall|vague) (?:sense|feeling|impression))(?= (?:that )?(?!of\b).{0,60}?(?:n't|\bnot|\black(?:s|ing)?|\bmissing|\btoo|\boff)\b)/,
      /lacking(?<=\b(?:is|are|has been|have been|was|were) (?:a bit |really |quite |pretty |still )?lacking)(?! (?:in|on|a|the|any)\b)/,
      /(?:not seeing|haven't seen|don't see) (?:the |enough |much |any |real )?(?:growth|improvement|ownership|initiative|effort|commitment|engagement|leadership|maturity)(?! (?:in|on|with|around|from (?:the|your) \w+)\b)/,
      // "I'd want to see you a bit more committed": a quality asked for as something to see.
      /see you (?:being )?(?:a (?:bit|little|lot) |much |way )?more (?:proactive|engaged|professional|strategic|committed|senior|visible|present|mature|positive|accountable|careful|responsive|focused|reliable|dependable|collaborative|consistent|invested|confident)/,
      // "I need more from you", "not showing enough initiative", "work on your people skills".
      /(?:need|expect|want) (?:to see )?(?:a lot |much |a bit )?more from you/,
      /not (?:showing|taking|demonstrating) (?:enough|much) (?:initiative|ownership|leadership|urgency|care|interest)/,
      /(?:work on|improve|fix) your (?:soft skills|communication|attitude|people skills|presence|leadership|professionalism|behaviou?r|tone)/,
      /(?:not|isn't|is not|wasn't|was not|aren't|are not) (?:really |quite )?up to (?:scratch|par|standard|the mark|snuff)/,
      // "Get back to your usual self": a change asked for with nothing named.
      /back to (?:your|the) (?:usual|old|normal|former|best) self/,
      // A verdict on their conduct by the standard of a role, said as the end of the matter:
      // "That's not leadership.", "this is not leadership", "That isn't what a senior engineer
      // does.", "that's not how a tech lead behaves". It names no behaviour to change. Not "that's
      // not leadership's call" or "that's not what a senior engineer does on day one" (it goes on).
      /(?:leadership|professional|(?:senior|staff|lead|leader|tech lead|principal|professional|manager|grown-up|adult)s?(?: engineers?| developers?)? (?:does|do|behaves?|acts?|works?|shows? up|would do|should do|should behave|should act))(?<=(?:^|[,;:] ?|\band |\bbut |\bso )(?:(?:honestly|frankly|look|sorry|and|but|so|well),? )*(?:(?:that's|that is|thats|this is|that was|it's|it is) (?:just |simply |really |frankly |honestly )?(?:not|hardly)|(?:that|this|it) (?:isn't|wasn't|is not|was not)) (?:(?:what|how) (?:an? )?)?(?:leadership|professional|(?:senior|staff|lead|leader|tech lead|principal|professional|manager|grown-up|adult)s?(?: engineers?| developers?)? (?:does|do|behaves?|acts?|works?|shows? up|would do|should do|should behave|should act)))(?=\s*(?:[.!]|$))/,
      // Not "you've been off sick" or "off the rota", which say where someone was.
      /(?:seemed|seem|been)(?<=\byou(?:'ve| have)? (?:seemed|seem|been)) (?:a bit |a little |really |pretty |quite )?off(?! (?:sick|work|the|on|call|for|since|duty|rota|pager|today|this|last)\b)/,
      // "You just need more presence": a quality of standing asked for. Not "we need more visibility
      // into the rota", which asks for information.
      /more(?<=\byou (?:just |really |also |still )?(?:need|needed) (?:a (?:bit|lot) |much |way )?more) (?:presence|visibility|ownership|initiative|leadership|influence|impact|gravitas|polish|maturity|confidence)(?! (?:into|of|on|over)\b)/,
      // Not the speaker's own resolve ("I need to try harder", "we have to get better at this").
      /(?:need|needs|have) to (?:improve|be better|get better|pick it up|try harder|lift your game)(?<!\b(?:i|we)(?: really| just| all| both| still)? (?:need|have) to (?:improve|be better|get better|pick it up|try harder))/,
      /not (?:meeting|living up to) (?:expectations|the bar)/,
      /(?:below|under) (?:the )?(?:bar|expectations)/,
      /not (?:performing|operating|delivering) at (?:the|your|a) (?:\w+ )?level/,
      /perception(?<=\bthere(?:'s| is) (?:a|some) perception)/,
      // Hearsay with no instance. Not when what people say is praise ("people have been saying your
      // talk was great").
      /people (?:are saying|have said|have been saying|'ve been saying|feel|think) (?:that )?(?:you|your)\b(?!.*\b(?:great|brilliant|amazing|excellent|fantastic|helpful|the best|really good|love|loved)\b)/,
      /some (?:people|folks) (?:feel|think|have said)/,
      // Complaints from a crowd, with no instance: "people are complaining about your code
      // reviews", "everyone's complaining about you", "a few people have complained about your
      // tone". Not a complaint about something else ("people are complaining about the rota"), nor
      // one with its instance ("… about your comment on PR 4411").
      /(?:complaining|complained)(?<=\b(?:people|folks|everyone|everybody|others|the (?:whole |entire )?team|(?:a few|a couple of|some|several|a lot of|lots of|many) (?:people|folks|engineers|of (?:the team|them|us)))(?:'s|'re|'ve| are| is| have| has| were| was)?(?: been)? (?:all |also |really |already |even |constantly |always )?(?:complaining|complained)) (?:about |that )?(?:you|your)\b(?![^.!?]*(?:\d|\b(?:great|brilliant|amazing|excellent|fantastic|helpful|the best|really good|love|loved)\b))/,
      /(?:not|isn't|aren't) (?:a )?(?:good )?(?:culture )?fit/,
      /(?:more|less) (?:professional|engaged|negative)/,
      /(?:needs?|need) (?:some )?(?:work|improvement)/,
      // Not the speaker's own resolve ("I could be better at this").
      /could be better(?<!\b(?:i|we) could be better)/,
      /(?:isn't|is not|wasn't|was not|not) (?:good|great) enough/,
      /(?:a|some) (?:problem|issue)s? with (?:your|how you)/,
      // A quality asked for and left there: "your reviews could be a bit nicer", "it must be
      // better.", "the docs have to be friendlier". Not the speaker's own resolve ("I could be
      // better at this."), nor a quality with its object ("… kinder to new joiners in review").
      /(?:nicer|kinder|friendlier|softer|warmer|gentler)(?<=\b(?:could|should|needs? to|has to|have to|must|got to) be (?:a (?:bit|little|lot) |much |way |somewhat )?(?:nicer|kinder|friendlier|softer|warmer|gentler))(?<!\b(?:i|we) (?:could|should|need to|have to|must|got to) be (?:a (?:bit|little|lot) |much |way |somewhat )?\w+)(?=\s*(?:[.!;]|$))/,
      // Asked for as a try or an order, at most with where: "maybe try to be a bit nicer in
      // comments?", "just be kinder in reviews". Not the speaker's own ("I'll try to be nicer").
      /(?:nicer|kinder|friendlier|softer|warmer|gentler)(?<=(?:^[\s"'(-]*(?:(?:maybe|just|please|so|and|but)[,.]? )*|\b(?:maybe|just|please) |(?<!\b(?:i|we)(?:'ll| will| should| could| can| must| need to| want to)? )\btry(?:ing)? to )be (?:a (?:bit|little|lot) |much |way |somewhat )?(?:nicer|kinder|friendlier|softer|warmer|gentler))(?=\s*(?:[.!;?]|$)| (?:in|on|with) (?:your |the )?(?:comments|reviews?|code reviews?|meetings?|slack|the channel|prs?|pull requests|general)\s*[.!;?]*\s*$)/,
      // Hearsay with nothing in it: "people have been saying things", "people are talking", "I've
      // been hearing things." Not when what is said follows ("people are saying the rota is unfair").
      /(?:saying|hearing|muttering) (?:things|stuff)(?<=\b(?:people|folks|others|i|i've|we|some people)(?: have| are| were| keep| have been|'ve been| been)? (?:saying|hearing|muttering) (?:things|stuff))(?=\s*(?:[.!;]|$))/,
      /must be (?:a (?:bit|lot) |much |way )?better(?<!\b(?:i|we) must be (?:a (?:bit|lot) |much |way )?better)(?=\s*(?:[.!;]|$))/,
      /(?:people|folks|others) (?:are|have been|'ve been) talking(?=\s*(?:[.!;]|$))/,
      // A verdict found by others with no instance: "people find you a bit much", "some find you
      // kind of intense".
      /(?:find|finds|found) you (?:a bit|a little|kind of|sort of|quite|pretty|really|too|very) (?:much|intense|full-on|hard work|abrasive|prickly|aggressive|cold|difficult)/,
      // A manner asked to shrink with no moment named: "just tone it down", "dial it back a bit".
      /(?:tone|dial|rein|calm) (?:it|things|that) (?:down|back|in)(?=\s*(?:[.!,;]|$)| a (?:bit|notch|little|touch)\b)/,
      // "There's a general vibe around your reviews", "an overall vibe that …": a feeling with no
      // source. Not "the vibe in the team is great".
      /(?:vibe|vibes)(?<=\b(?:general|overall|bad|weird|negative|off) (?:vibe|vibes))(?= (?:around|about|from|with|in|that|of|on)\b)/,
      /(?:not a (?:good|great) look|a bad look)(?=\s*(?:[.!,;]|$)| for\b)/,
      // "The tone in the channel has got to change", "your attitude needs to change": a manner
      // judged with nothing it did.
      /(?:tone|attitude|behaviou?r|vibe|manner|demeanou?r)(?: [\w-]+){0,4} (?:has got to|has to|needs to|must|got to|gotta) change(?=\s*(?:[.!,;]|$))/,
      /(?:kind of|sort of|a bit|a little|somewhat) off(?<=\byou(?:'ve| have)? (?:seemed|seem|been) (?:kind of|sort of|a bit|a little|somewhat) off)(?! (?:sick|work|the|on|call|for|since|duty|rota|pager|today|this|last)\b)/,
      // "The review comments are coming across harsh", "your comments come across as a bit harsh
      // sometimes" (review 9b #5): a manner judged with no instance (a date or
      // count, "on PR 2214 last week", is read by PRAISE_OR_COUNT and not counted). Not "how did it
      // come across?", which asks.
      /(?:come(?<!\b(?:i|we) come)(?<!\b(?:to|do|does|did|can|could|would|might|may|will|won't|don't|doesn't|didn't)\b(?: [\w'-]+){0,4} come)|coming|comes|came) across (?:as )?(?:a (?:bit|little) |really |quite |pretty |very |kind of )?(?:harsh|rude|cold|abrasive|aggressive|blunt|dismissive|negative|arrogant|curt|brusque|condescending|hostile|snippy|prickly|badly)(?![\w-])/,
      // "Just step it up", "step things up": effort asked for with no behaviour.
      /step (?:it|things) up/,
      // "Being more present in the team", "being a bit more proactive": a quality asked for as a way
      // of being. Not "being more careful with the estimates helped" (named, and past).
      /being (?:a (?:bit|little|lot) |much |way )?more (?:present|engaged|proactive|visible|strategic|committed|invested|accountable|professional|mature|positive|reliable|collaborative|senior|assertive|confident)(?! (?:with|about|in|on|when) (?:the|your|our|this|those|these) \w+ (?:helped|worked|paid off)\b)/,
      // "More leadership presence, more strategic thinking": a level named as a kind of presence.
      /more (?:leadership|executive|senior|strategic|staff-level|exec) (?:presence|thinking|mindset|behaviou?r|energy|maturity|gravitas)/,
      // "More ownership. More engagement.": the quality alone as the whole sentence.
      /more (?:ownership|engagement|initiative|urgency|accountability|leadership|commitment|drive|energy|presence|maturity)(?<=^(?:just |and |so |like |um |uh |,|\s)*more (?:ownership|engagement|initiative|urgency|accountability|leadership|commitment|drive|energy|presence|maturity))(?=\s*(?:[.!,;]|$))/,
      // "You're not yet operating at the next level": a level said to be missed, hedged with "yet".
      /(?:performing|operating|delivering|working) at (?:the|your|a) (?:next|higher|more senior|staff|senior)(?:-| )level(?<=\bnot (?:yet |quite |really |consistently )(?:performing|operating|delivering|working) at (?:the|your|a) (?:next|higher|more senior|staff|senior)(?:-| )level)/,
      // "You're just not ready, honestly.", "you're not ready for Staff": a verdict on readiness with
      // no reason given. Not "you're not ready to talk about it" nor "… for Staff, because the
      // packet shows …" (the reason follows).
      /ready(?<=\byou(?:'re| are) (?:just |simply |clearly |honestly |frankly |obviously )?not (?:quite |really )?ready)(?=\s*(?:[.!;]|$)|,? (?:honestly|frankly|to be honest|i'm afraid)\b|,? for (?:staff|senior|principal|lead|the (?:next|senior|staff|promotion)|promotion|a promotion|that level|this level|the role|the title)\b(?![^.!?]*\b(?:because|since|as the|the packet|the committee|shows?|showed)\b))/,
      // "Everyone can see it", "everyone on the team has noticed": a verdict from an invisible jury,
      // with nothing anyone saw. The crowd is the clause's subject: not "the deadlines were the part
      // people could see". Not praise ("everyone has noticed how calm on-call is"), nor what follows
      // ("people are saying the rota is unfair": read by the hearsay rule below).
      /(?:everyone|everybody|the whole team|the entire team|the team|people|folks|others)(?<=(?:^|[,;:\u2014-]\s*|\b(?:and|but|so|honestly|frankly|because|plus|now|already)\s+)(?:everyone|everybody|the whole team|the entire team|the team|people|folks|others))(?: (?:here|else|on the team|in the team|around here|in the org))? (?:(?:can|could) (?:all )?(?:see|tell)(?: (?:it|that|this))?|(?:has|have|'s|'ve)? ?(?:all |already |even )?(?:noticed|seen (?:it|that|this))(?: (?:it|that|this))?|(?:knows|know|is talking about|are talking about) (?:it|that|this))(?:,? (?:by now|already|too|honestly))?(?=\s*(?:[.!;]|$)|,? (?:and|so|but|honestly)\b)(?![^.!?]*\b(?:great|grateful|proud|amazing|impressive|calmer|better|improv\w*|brilliant|helpful)\b)(?<!\b(?:great|good|incredible|amazing|brilliant|excellent|fantastic|impressive|outstanding|superb|stellar|awesome|proud|well done|thanks?|thank you|love|loved|grateful|helped|helpful|calmer|better|improved)\b[^.!?]*)/,
    ],
    PRAISE_OR_COUNT,
  ),
  // Hearsay and a manner asked for have their own rule: a time or a count in them ("last week",
  // "for next month") does not make them first-hand or name a behaviour.
  ...splitRule("vague_feedback", [
    // A label someone else gave, passed on ("The client's email said you are lazy"): no behaviour
    // in it for them to change, whoever said it (REPORTED_LABEL).
    new RegExp(REPORTED_LABEL),
    // A verdict on them by the yardstick of their rank, not on anything they did: "That's honestly
    // not acceptable for someone as senior as you", "for someone at your level, that's
    // embarrassing", "I'd expect a lot better from someone with your experience", "someone as
    // experienced as you should know better". Not information about their level ("for someone at
    // your level, the committee looks for cross-team work"), nor a shortfall the speaker owns.
    whole(
      new RegExp(
        `(?:${MEASURED_BY_RANK})(?=.{0,80}?\\b${VERDICT_BY_RANK})(?!.*\\b${OWNS_SHORTFALL})(?<!\\b${OWNS_SHORTFALL}\\b.*)`,
      ),
    ),
    whole(
      new RegExp(
        `(?:${MEASURED_BY_RANK})(?<=\\b${VERDICT_BY_RANK}\\b.{0,80}?(?:${MEASURED_BY_RANK}))(?!.*\\b${OWNS_SHORTFALL})(?<!\\b${OWNS_SHORTFALL}\\b.*)`,
      ),
    ),
    /(?:know|have known) better(?<=\b(?:someone|somebody|anyone|people|you of all people|you)(?: (?:as|so) [\w-]+ as you| (?:at|of|with) your [\w-]+)? (?:should|ought to|must) (?:know|have known) better)(?=\s*(?:[.!;]|$))/,
    // "Some people find your code reviews a bit harsh", "several colleagues have found your tone
    // rather blunt": their work judged by a trait, passed on from people unnamed. Not "… find your
    // reviews really thorough".
    new RegExp(
      `(?:find|finds|found|feel|feels|felt|think|thinks|thought|consider|considers|considered)(?<=\\b(?:(?:some|a few|several|certain|a couple of|a number of|various) (?:people|folks|colleagues|of the team|of them|of your peers|teammates|team members|engineers|peers|others)|people|folks|others)(?: have| had)? (?:find|finds|found|feel|feels|felt|think|thinks|thought|consider|considers|considered))(?: that)? (?:you|your|ur) (?:[\\w-]+ ){0,4}?(?:(?:is|are|was|were|can be|have been|has been) )?(?:(?:a bit|a little|kinda|kind of|too|quite|pretty|really|very|so|somewhat|rather|sometimes) )*${letterGroups(NEGATIVE_TRAITS)}\\b`,
    ),
    // A gentler manner asked for with no behaviour named: "maybe you could be a little nicer in
    // the comments", "soften the tone", "tone it down". Not the speaker's own resolve, nor with the
    // moment named ("be kinder to Wei when he asks about the ledger").
    /(?:nicer|kinder|friendlier|gentler|softer|warmer|more polite|more tactful)(?!.*\bwhen\b)(?<=\bbe (?:a (?:bit|little|lot) |much |way |slightly )?(?:nicer|kinder|friendlier|gentler|softer|warmer|more polite|more tactful))(?<!\b(?:i|we)(?:'ll| will| should| need to| must| can| could)? (?:try to )?be (?:a (?:bit|little|lot) |much |way |slightly )?\w+(?: \w+)?)/,
    /(?:soften|tone down|watch|moderate) (?:the|your) tone|tone it down/,
    // "Some people felt you were a bit harsh with Wei", "I've heard you were abrasive with the
    // design team": a judgement passed on from people unnamed, with nothing they saw.
    new RegExp(
      `(?:felt|feel|feels|said|say|says|think|thinks|thought|mentioned|find|found|told me|noticed|complained|are saying|heard|hear|been told|was told)(?<=\\b(?:(?:some|a few|several|certain|a couple of|a number of|various) (?:people|folks|colleagues|of the team|teammates|team mates|team members|engineers|of your peers|peers|of them|others)(?: have| had)? (?:felt|feel|said|say|think|thought|mentioned|find|found|told me|noticed|complained|are saying)|(?:i've|i have|i|i've been|i have been|i was) (?:heard|hear|been told|was told)))(?: that)? you(?:'re| are| were| can be|'ve been| have been| came across as| come across as| seem| seemed) (?:(?:a bit|a little|kinda|kind of|too|quite|pretty|really|very|so|somewhat|rather|being) )*(?:an? )?${letterGroups(NEGATIVE_TRAITS)}\\b`,
    ),
  ]),
  ...splitRule(
    "blame_absolute",
    [
      /(?:is|was|'s|are|were) (?:all |entirely |completely |squarely )?your (?:own )?fault(?<!\bnone of (?:this|that|it) (?:is|was|'s) (?:all |entirely |completely |squarely )?your (?:own )?fault)/,
      // "You're both to blame", "you've only got yourself to blame": the fault put on the listener.
      /you(?:'re| are)(?: both| two| all)? (?:entirely |completely |totally |partly )?to blame/,
      /(?:only (?:have|got) yourself|have only yourself|'ve only got yourself) to blame/,
      // Not in a supposition: "if you're always on the pager, you never switch off", "if you never
      // update the board, don't expect a good rating" (a threat, read by the threat rules).
      /you(?:'re| are)? (?:always|never|constantly|continually|forever|consistently fail)(?<!\b(?:if|unless) you(?:'re| are)? \w+)/,
      /every (?:single )?time (?:you|i ask you)/,
      // Not denied: "none of this is on you" reassures.
      /(?:it's|it is|this is|that's|that is) (?:all |entirely |completely )?(?:your fault|on you|because of you)(?<!\bnone of (?:this|that|it) is (?:all |entirely |completely )?(?:your fault|on you|because of you))/,
      /because of you\b/,
      /you(?:'re| are) the (?:reason|problem|one who)/,
      /you ruined/,
      // "You broke the build again.": the fault, and that it is theirs as usual. Not "you can try
      // again" nor "you broke your record again" (praise).
      /again(?<=\byou(?:'ve| have)? (?:just )?(?:broke|broken|missed|forgot|forgotten|dropped|skipped|blew|blown|messed up|screwed up|ignored|interrupted) (?!your (?:own )?(?:personal )?(?:best|record)\b)(?:[\w'-]+ ){0,5}?again)(?=\s*(?:[.!,;]|$))/,
      // "Wei had to pick up your slack again": their share of the work called slack, and left to
      // others.
      /(?:pick(?:s|ed|ing)? up|carr(?:y|ies|ied|ying)|cover(?:s|ed|ing)?(?: for)?|tak(?:e|es|ing)|took) your slack\b/,
      // "I told you three weeks ago and you ignored me": the warning given and not heeded.
      /(?:told|asked|warned|reminded) you(?: [\w-]+){0,8}? (?:and|but) you (?:just |still |completely )?(?:ignored|didn't listen|did not listen|did nothing|went ahead anyway|did it anyway)/,
      // "… Again.": the reproach said on its own, after the fault.
      /again(?<=^[\s"'(-]*(?:and |yet )?again)(?=[.!]*\s*$)/,
      // "That comment was out of line": a verdict on their conduct, not a description of it.
      /(?:you(?:'re| are| were)|(?:that|it|this|(?:your|that|this|the) [\w-]+)(?:'s| was| were| is| are)) (?:completely |totally |way |well |really |a bit |just )?out of line/,
      // "You keep interrupting people": a habit charged. Not the condition of a warning ("if you
      // keep pushing, it'll backfire in calibration"): that sentence is the threat's, and "if" puts
      // the habit as a supposition, not as a fact found against them.
      /you (?:keep|kept) (?:\w+ing)(?<!\b(?:if|unless|as long as) you (?:keep|kept) \w+)/,
      // A position they did not take, put in their mouth to blame them (a sarcastic recast): "so
      // you're saying it's everyone's fault but yours", "nothing is ever your fault", "in other
      // words, the rules don't apply to you". Not a recast of what they said ("so you're saying
      // the estimates slipped because of the on-call load?").
      new RegExp(`${RECAST_FRAME}[,:]? (?:basically,? |just |really |that )?${RECAST_PAYLOAD}`),
      /(?:everyone|everybody|anyone|anybody|someone|somebody)(?:'s| else's) fault (?:but|except|apart from|other than|besides) (?:yours|you)\b/,
      /(?:everyone|everybody) else's fault/,
      /always (?:someone|somebody|everyone|everybody|anyone|anybody) else(?:'s (?:fault|problem|doing)| to blame)/,
      /(?:nothing|none of (?:this|it|that))(?:'s| is| was)? ever (?:your (?:own )?fault|on you|your responsibility|your problem)/,
      /nothing you (?:do|did)/,
      /you (?:have|'ve) never/,
      /you (?:can't|cannot) (?:ever|even)/,
      /you (?:don't|do not) ever/,
      // "Every comment you write is rude": the whole of someone's work judged at once.
      /every (?:single )?(?!time\b)\w+ (?:that )?you (?:\w+ ){1,2}?(?:is|are|was|were|has been|ends up|turns into|breaks|fails|needs|causes|comes back|makes|leaves|upsets|hurts|annoys|slows|blocks|gets)/,
      // "It's always you": the listener as the usual cause.
      /(?:it's|it is) always you/,
      // "You miss every commitment you make", "you shoot down every proposal": everything the listener
      // does, judged at once by a verb of failing or refusing. Not "you reviewed every PR" (no fault).
      /you(?:'ve| have)? (?:literally |basically |pretty much |almost )?(?:miss|missed|skip|skipped|ignore|ignored|shoot down|shot down|reject|rejected|block|blocked|interrupt|interrupted|dismiss|dismissed|derail|derailed|break|broke|forget|forgot|blow|blew|undermine|undermined|talk over|talked over|cut off|overrule|overruled|second-guess|nitpick|argue with|argued with|fight|fought|push back on|pushed back on|complain about|complained about|criticise|criticize|criticised|criticized|shut down) (?:literally |basically |pretty much |almost |nearly )?every(?: single)?\b/,
      // "Every time there's a deadline, you vanish", "whenever something breaks, it's your code": the
      // listener as the cause each time. Not "whenever you're ready, you can start".
      /(?:every (?:single )?time|whenever|each time)(?= .{1,50}?[,;] ?(?:you(?:'re| are|'ve| have)? (?:just |always |suddenly )?(?:vanish|disappear|go quiet|go silent|go missing|gone quiet|gone missing|push back|argue|complain|blame|panic|freeze|miss|skip|ignore|snap|blow up|get defensive|shut down|check out|drop|forget|late|nowhere|the one who|the last)|it's you|it's your|that's you|that's your)\b)/,
      // Not a fault never committed: "not once did you miss a stand-up" is a record.
      /(?:not once|never once) (?:have|did|has|had) you(?! (?:miss|missed|fail|failed|break|broken|drop|dropped|forget|forgotten|slip|slipped|blow|blown|let (?:us|me|the team|anyone|them) down)\b)|you(?:'ve| have)? never once/,
      // The same denial with "once" at the end: "you didn't ask for help once", "you haven't
      // once updated the ticket", "you didn't say thank you a single time". Not a fault never
      // committed ("you didn't miss a stand-up once", "you haven't been late once", "you didn't
      // complain once"), nor what happens to them ("you haven't had a break once").
      /you(?<!\b(?:if|unless|whether|when) you) (?:didn't|did not|haven't|have not|hadn't|had not) (?:even )?once (?!(?:miss|missed|fail|failed|break|broken|broke|drop|dropped|forget|forgot|forgotten|slip|slipped|blow|blew|blown|complain|complained|moan|moaned|grumble|grumbled|been late|let (?:us|me|the team|anyone|them) down)\b)[a-z]+|you(?<!\b(?:if|unless|whether|when) you) (?:didn't|did not|haven't|have not|hadn't|had not) (?!(?:miss|missed|fail|failed|break|broken|broke|drop|dropped|forget|forgot|forgotten|slip|slipped|blow|blew|blown|complain|complained|moan|moaned|grumble|grumbled|been late|let (?:us|me|the team|anyone|them) down|(?:have|had|get|got|need|needed)(?: to)?)\b)(?:[\w'-]+ ){1,6}?(?:even )?(?:once|a single time)(?=\s*(?:[.!,;]|$))/,
      /(?:every|each) (?:single )?(?:sprint|week|time|release|quarter|review|meeting|day|month|cycle)(?: \w+)? with you(?=\s*(?:[.!,;]|$))/,
      /you (?:can|could) never (?:just |simply )?(?:let|leave|accept|take|admit|give|stop|finish)/,
      /(?:everything|anything) (?:that )?you (?:touch|ship|write|build|own|lead|run|start|review|hand over|deliver)(?:es)? (?:ends up|turns into|breaks|slips|goes (?:wrong|sideways|late)|comes back|is (?:late|broken|wrong|half))/,
      /common denominator(?<=\b(?:you(?:'re| are)|you've been|it's you,?) the common denominator)/,
      /nothing ever (?:gets|goes|is|ships|lands|happens)(?=.{0,30}?\bwith you\b)/,
      // "It's always the payments tickets that slip": the same fault, every time. Not "it's always the
      // first sprint that feels slow", which has no fault named after "that".
      /(?:it's|it is) always (?:the|your) (?:\w+ ){1,3}?that (?:slip|slips|break|breaks|fail|fails|miss|misses|go wrong|goes wrong|blow up|blows up|get dropped|gets dropped|run late|runs late)/,
      // "…, every time.": an absolute tacked on to a fault.
      /every (?:single )?time(?<=[,;\u2014\u2013-] ?every (?:single )?time)(?=\s*(?:[.!]|$))/,
      // "Your fault.", "All your fault.": the verdict on its own as a sentence.
      /fault(?<=^(?:all |entirely |completely )?your (?:own )?fault)(?=\s*[.!]?\s*$)/,
      // "It never lands when you say it will", "nothing ever ships the day you promised": the
      // listener's word said never to hold.
      /(?:say|said|promise|promised|commit|committed|told me)(?<=\bnever (?:[\w-]+ ){0,3}?(?:when|by when|on the day|the day|by the date) you (?:say|said|promise|promised|commit|committed|told me))/,
      // "It's always the same with your escalations", "always late, never a proper reply".
      /same (?:thing |story |problem )?with (?:you|your)(?<=\balways the same (?:thing |story |problem )?with (?:you|your))/,
      /(?:reply|answer|update|response|explanation|heads-up)(?<=\bnever (?:a|any) (?:proper|real|straight|clear|timely|decent) (?:reply|answer|update|response|explanation|heads-up))/,
      // A trait said to be lifelong: "you've always been defensive".
      // Read from "always been", not from the traits, which would let the prefilter pass the rule
      // on any sentence with a common trait word ("a difficult conversation").
      new RegExp(
        `always been (?:so |really |a bit |very |quite |pretty )?${letterGroups(NEGATIVE_TRAITS)}(?<=\\byou(?:'ve| have) always been (?:so |really |a bit |very |quite |pretty )?[\\w-]+)`,
      ),
    ],
    NOT_BLAME,
  ),
  ...splitRule(
    "character_label",
    [
      /(?:you(?:'re| are)|you've been|you have been|you were|you've become|you have become|you seem|you come across as|you come across|you can be|you can get|you(?:'re| are) both|you two are|you're acting|you are acting|you've been acting|you behaved|you acted|you were acting|you're behaving|you are behaving|you've been behaving) (?:(?:just|so|really|very|such|being|too|a bit of|a bit|a little|kind of|quite|incredibly|pretty|clearly|honestly|frankly|always|getting|acting|like) )*(?:a |an )?(?:lazy|bully|defensive|sensitive|impossible|ungrateful|demanding|naive|naïve|childish|territorial|flaky|disloyal|unrealistic|emotional|high-maintenance|diva|job hopper|egotistical|inflexible|closed-minded|paranoid|controlling|condescending|patronising|patronizing|kids|children|child|full of yourself|precious|spoiled|spoilt|control freak|loose cannon|cowboy|pushover|downer|hot-headed|hotheaded|unmotivated|perfectionist|greedy|pushy|political|self-promoting|bossy|needy|petty|aggressive|entitled|whiny|sloppy|selfish|careless|sloppy|incompetent|arrogant|difficult(?! to (?:reach|get hold of|contact|find|pin down|book|schedule))|negative|unreliable|immature|unprofessional|toxic|useless|hopeless|slacker|complainer|drama queen|liability|disaster|mess|problem child|pain|abrasive|rude|dramatic|entitled|stubborn|disorganized|disorganised|clueless|slow|weak|dishonest|hostile|passive|checked out|difficult to work with|know-it-all|prima donna|self-promoter|show-off|hothead|hot-head|zealot|fanatic|troublemaker|trouble-maker|glory hunter|lone wolf|martyr|cynic|grump|micromanager|busybody|dinosaur|jerk|nightmare|lone ranger|handful|hard work|egomaniac|snob)\b/,
      // "Don't be greedy", "stop being so petty": the label given as an order.
      /(?:don't|do not|stop) (?:be|being) (?:so |such )?(?:a |an )?(?:lazy|greedy|childish|petty|selfish|precious|difficult|stubborn|arrogant|entitled|needy|pushy|bossy|negative|paranoid|dramatic|defensive|immature|ungrateful|naive|sloppy|rude|aggressive|diva|prima donna|pain|hothead|zealot|self-promoter|know-it-all)\b/,
      // "Some people see you as a bit of a self-promoter": the label reported from others.
      /(?:see|sees|saw|seen|think of|thinks of) you as (?:a bit of |something of |kind of |quite )?(?:a |an )?(?:self-promoter|show-off|bully|diva|prima donna|hothead|zealot|troublemaker|control freak|know-it-all|difficult|arrogant|lazy|political|abrasive|negative|checked out|liability|problem)\b/,
      // "People find you hard to work with", "your comments are toxic": the person, or the whole of
      // their conduct, judged by a trait. Not "the team finds your reviews thorough".
      /(?:find|finds|found) you (?:(?:really|so|very|a bit|quite|pretty|incredibly|a little) )*(?:hard|difficult|impossible|tough|exhausting|draining|a nightmare|a pain) to (?:work with|deal with|be around|talk to|manage|work alongside)\b/,
      /your (?:code )?(?:reviews?|comments?|attitude|behaviou?r|tone|manner|emails?|messages?|replies|feedback) (?:is|are|was|were|has been|have been|can be) (?:(?:just|so|really|very|pretty|a bit|kind of|quite|incredibly|honestly|frankly|often|always) )*(?:toxic|rude|nasty|hostile|aggressive|abrasive|condescending|patronising|patronizing|arrogant|obnoxious|unprofessional|childish|petty|mean|vicious|horrible|awful|insulting|demeaning|belittling)\b/,
      // Their work filed under a trait: "your estimates are sloppy", "your obviously sloppy
      // estimates". Not "the estimates were off by two days" (an observation).
      /your (?:(?:[\w-]+ly) )?(?:sloppy|careless|shoddy|lazy|half-baked|amateurish|embarrassing|slapdash) (?:estimates?|work|code|docs?|documentation|tests?|prs?|pull requests?|commits?|updates?|specs?|writing|reviews?|tickets?)\b/,
      /your (?:estimates?|work|code|docs?|documentation|tests?|prs?|pull requests?|commits?|updates?|specs?|writing|tickets?) (?:is|are|was|were|has been|have been) (?:(?:just|so|really|very|pretty|a bit|kind of|kinda|sort of|sorta|a little|somewhat|rather|super|too|way too|quite|always|often|consistently) )*(?:sloppy|careless|shoddy|lazy|half-baked|amateurish|embarrassing|slapdash)\b/,
      // "You're too ambitious for your own good": a trait said to be in excess. Not "too busy" or
      // "too stretched", which name a load, not a person.
      /you(?:'re| are| can be) (?:just |way |far |a bit |a little |much )?too (?:ambitious|emotional|aggressive|blunt|negative|rigid|passive|intense|opinionated|proud|touchy|soft|political|sensitive|defensive)/,
      /you(?:'re| are) (?:just )?not (?:a )?(?:people person|team player|leader|leadership material|senior material|cut out for|smart enough|good enough|capable)/,
      /what(?:'s| is) wrong with you\b/,
      // A trait pinned on what they would do: "leaving now would be pretty selfish", "it would be
      // rather childish to walk away". Not the speaker's own act ("selfish of me").
      /(?:selfish|childish|disloyal|immature|petty|cowardly|ungrateful)(?<=\b(?:would|'d|will|'ll) be (?:(?:pretty|so|really|a bit|quite|kind of|kinda|rather|incredibly|very|a little|just) )*[\w-]+)(?! of (?:me|us|them|him|her)\b)/,
      // The listener filed as the one who complains: "you've always been the one who complains",
      // "you're the guy who moans about every change". Not "the one who covers for everyone".
      /(?:complains?|moans?|whines?|whinges?|gripes?|grumbles?|objects?|push(?:es)? back|makes? a fuss|causes? trouble)(?<=\byou(?:'ve|'re|re| have| are)? (?:(?:always|forever|constantly|just|frankly|really|honestly|been) )*the (?:one|guy|person|type|girl|one person) (?:who|that) (?:(?:always|constantly|keeps|just|only) )?[a-z]+(?: [a-z]+)?)/,
      // "… not Staff material": a level denied as a matter of who they are.
      /you(?:'re| are) (?:just |simply )?not (?:\w+ )?material/,
      /own worst enemy(?<=\byour own worst enemy)/,
      /you (?:have|'ve got) (?:an )?attitude problem\b/,
      // "You've got a real ego problem": a trait named as the fault.
      /you(?:'ve| have)? (?:got )?(?:a |an )?(?:real |serious |bit of an? |big )?(?:ego|attitude|temper|arrogance) (?:problem|issue)/,
      /you (?:have|'ve got|got) (?:a |an )?(?:bad|poor|terrible|negative|real|bit of an?) attitude/,
      /you(?:'re| are) (?:just |simply )?not (?:very |that |really )?motivated/,
      /you lack (?:drive|motivation|commitment|initiative|maturity|discipline)\b/,
      // The frame "you're / you've been / you seem (kind of, a bit, so …)" with any negative trait:
      // "you're kind of fragile", "you've been so combative". Read from the frame, as the rule above
      // is (a trait word alone would let the prefilter pass the rule on "a difficult conversation");
      // not "the build is fragile" or "you're feeling fragile" (a state, not a judgement: "feeling"
      // is no frame word).
      new RegExp(
        `you(?:'re| are|'ve been| have been|'ve become| have become| seem| seemed| can be| were|'re being| are being)(?:,? (?:just|so|really|very|such|kind of|kinda|sort of|sorta|a bit|a little|quite|pretty|too|always|honestly|clearly|incredibly|getting|you know|um|like))*,? (?:an? )?${letterGroups(NEGATIVE_TRAITS)}(?! to (?:reach|get hold of|contact|find|pin down|book|schedule)\\b)`,
      ),
      // The frame "you've turned into / you've become / people see you as (a bit of) …" with a kind of
      // person: "you've turned into a bit of a drama queen", "you've become the gatekeeper everyone's
      // scared of", "some people see you as a bit of a box-ticker", "you're being such a martyr".
      // Read from the frame. Not "being a headache" on its own, about no one ("the notion of being a
      // headache"): the listener must be the subject.
      new RegExp(
        `you(?:'re| are|'ve been| have been|'ve become| have become|'ve turned into| have turned into|'re turning into| are turning into|'re becoming| are becoming| seem like| come across as| sound like| can be)(?: (?:just|so|being|such|really|honestly|always|clearly))* (?:(?:a bit|something|kind|sort) of |quite |a real |a total |an absolute )?(?:an? |the )?${letterGroups(NEGATIVE_PERSON_NOUNS)}`,
      ),
      whole(
        new RegExp(
          `(?:see|sees|saw|seen|think of|thinks of|thought of|describe|describes|described|call|calls|called|label|labelled|labeled|view|views|viewed) you as (?:(?:a bit|something|kind|sort) of |quite |a real |a total |an absolute )?(?:an? |the )?${letterGroups(NEGATIVE_PERSON_NOUNS)}`,
        ),
      ),
      // "That was lazy of you": a trait pinned on the listener through what they did. Read from the
      // trait (rare words), the frame checked behind it, so the rule runs on few sentences.
      new RegExp(
        `\\b${letterGroups(NEGATIVE_TRAITS)} of you\\b(?<=\\b(?:that|it)(?:'s| is| was) (?:(?:so|really|very|pretty|kind of|sort of|a bit|a little|quite|honestly|just|frankly) )*[\\w-]+ of you)`,
      ),
      // "You missed the sprint again, and honestly it's kind of lazy": the verdict said of "it" in a
      // sentence about the listener. Only traits no situation has ("lazy", not "difficult": "you know,
      // it's difficult"), and not a trait of someone else ("it's rude of them").
      /\b(?:lazy|sloppy|careless|selfish|childish|immature|unprofessional|arrogant|entitled|petty|incompetent|disrespectful|pathetic)\b(?<=\b(?:it|that)(?:'s| is| was) (?:(?:so|really|very|pretty|kind of|sort of|a bit|a little|quite|honestly|just|frankly|plain|plainly) )*[\w-]+)(?<=\byou(?:r|'re|'ve)?\b[^.!?]{0,120})(?! of (?:him|her|them|people|others|the)\b)/,
      // A motive or a withdrawal pinned on the listener: "you only care about your own stuff", "it
      // looks like you've checked out", "it looks like you don't care", "you're abandoning the team".
      // Not "you care about the team", nor a reason said back ("you don't care about the title, it's
      // the scope": the clause goes on).
      /(?:care|think|worry)(?<=\byou (?:only|just) (?:care|think|worry)) about (?:yourself|your own|you\b|number one|your (?:[\w-]+ )?(?:career|promotion|title|stuff|bonus|thing|things))/,
      /you(?:'ve| have) (?:completely |totally |basically |just |kind of |clearly )?(?:checked out|given up|stopped caring|stopped trying)/,
      /care(?<=\byou (?:just |clearly |obviously |really |simply )?(?:don't|do not) (?:even )?care)(?=\s*(?:[.!;]|$)| (?:about (?:the team|us|anyone|anything|the work|your work|this team|the product|quality|the customers?|your job))\b)/,
      /you(?:'re| are) (?:just |basically |kind of )?(?:abandoning|walking out on|bailing on|deserting|ditching) (?:the team|us|your team|the project|everyone|your colleagues)/,
      // "You two act like children", "acting like kids": a label put as a comparison.
      /act(?:s|ing|ed)? like (?:children|kids|a child|a kid|babies|a baby|toddlers|a toddler|teenagers|a teenager|spoiled|spoilt)\b/,
      // "I've heard you're hard to work with": the person judged, not a moment.
      /(?:hard|difficult|impossible|tough|a nightmare|a pain) to (?:work with|deal with|be around|manage)(?<=\byou(?:'re| are| can be| have been|'ve been) (?:(?:really|so|very|a bit|quite|pretty|incredibly|a little|kind of) )*(?:hard|difficult|impossible|tough|a nightmare|a pain) to (?:work with|deal with|be around|manage))/,
      // "You're just not a reliable engineer right now": a quality of the person denied.
      /you(?:'re| are) (?:just |simply |really |honestly |clearly )?not (?:a |an )?(?:very |that |really |particularly )?(?:reliable|dependable|good|strong|great|trustworthy|competent|serious|committed) (?:engineer|lead|developer|teammate|colleague|manager|person|employee|contributor|member|hire|performer)/,
      // "You're just not a details person": a kind of person the listener is said not to be. Not
      // "you're not a bad person".
      /person(?<=\byou(?:'re| are) (?:just |simply |really |honestly )?not (?:a|an) (?:natural |big |real )?[\w-]+ person)(?<!\b(?:bad|terrible|horrible|awful|lesser|worse) person)/,
      // A fixed trait: "that's just who you are", "it's simply how you're wired", "you'll never
      // change", "people like you don't change". Who they are is put beyond what they could do
      // differently. Not praise ("you look out for the juniors, that's just who you are": a
      // quality named kindly before it), nor "that's just who we hired you to be".
      /(?:who|how|what) you(?:'re| are)(?: (?:wired|built|made))?(?<=\b(?:that's|that is|thats|it's|it is|its|this is) (?:just|simply|only|basically|always) (?:who|how|what) you(?:'re| are)(?: (?:wired|built|made))?)(?![\w'])(?<!\b(?:love|loves|great|generous|kind|kindness|thoughtful|brilliant|amazing|admire|appreciate|proud|care|caring|look out|looks out|help|helps|helpful|patient|patience|curious|curiosity)\b.*)/,
      /change(?<=\b(?:you(?:'ll| will) never|you(?:'re| are) never going to|you(?:'re| are) not going to|you (?:don't|do not|won't|will not) ever|people like you (?:don't|do not|never)) change)(?=\s*(?:[.!,;]|$))/,
      // The impression their conduct gives, with a trait only a person has: "it comes across as
      // quite entitled", "tbh that reads as pretty arrogant", "it makes you look lazy". Not a
      // plan or a week ("that sounds aggressive", "it sounds difficult"), not denied ("it didn't
      // come across as rude"), not their own worry ("you're worried it comes across as entitled").
      new RegExp(
        `(?:${letterGroups(PERSON_ONLY_TRAITS)})(?<=\\b(?:(?:it|that|this|which)(?: (?:just|really|honestly|kind of|kinda|probably|definitely|totally))? (?:comes? (?:across|off)|came (?:across|off)|reads|read|sounds|sounded|looks|looked|seems|seemed)|(?:makes?|made) you (?:look|sound|seem|come across|come off)) (?:as )?${DEGREE}(?:an? )?(?:${PERSON_ONLY_TRAITS}))(?! (?:of|to|for) (?:him|her|them|me|us|you|the)\\b)`,
      ),
    ],
    NOT_A_LABEL,
  ),
  ...splitRule("dismissal", [
    // "Everyone's sick of it", "I'm tired of hearing about the pager": their concern met with
    // weariness, the speaker's or the crowd's. Not shared frustration ("I'm tired of it too").
    /(?:sick|tired|fed up) (?:of|with) (?:it|this|you|hearing|listening|your (?:excuses|complaints|complaining|moaning|whining))\b(?<=\b(?:everyone|everybody|team|people|we|i)(?:'s|'re|'m| is| are| am)? (?:all |getting |so |really |a bit |frankly |honestly )*(?:sick|tired|fed up) (?:of|with) (?:it|this|you|hearing|listening|your (?:excuses|complaints|complaining|moaning|whining)))(?![^.!?]*\b(?:too|as well|also)\b)/,
    // "Just drop it", "Tomás, drop it": the subject closed by order. Not "drop it off at my desk".
    /drop it\b(?<=(?:^|[,;:]\s*|\bjust |\bso |\bplease |\bnow )drop it)(?! (?:off|in|into|on|by|there|here|over|round|around|for)\b)/,
    // "I don't want to reopen the whole debate": the listener's point closed before it is heard.
    /(?:don't|do not) (?:really )?(?:want|need) to (?:reopen|rehash|relitigate|go back over|go back into|get back into|revisit) (?:the |this |that |all |all of )?(?:whole )?(?:debate|discussion|argument|thing|topic|decision|history|past|conversation)\b/,
    /(?:nobody|no one|no-one) (?:here |really )?cares/,
    // The credit for the win given away to a thing or to luck: "it went fine mostly because the
    // provider did the heavy lifting", "it was mostly luck". Not credit to a person ("Noor did most
    // of the hard work") or to them.
    /(?:heavy lifting|hard work|hard part|most of the work)(?<=\b(?:the (?:provider|vendor|tool|tooling|platform|framework|library|cloud|service|automation|script|migration tool)|aws|gcp|azure)s? did (?:all |most of |the )?(?:the )?(?:heavy lifting|hard work|hard part|most of the work))/,
    /luck(?<=\b(?:it was|it's|that was|mostly|just|pure|largely|really) (?:(?:mostly|just|pure|largely|really|a bit of|a lot of|good) )*luck)(?!\w)(?! (?:that|you)\b)/,
    // The outcome made small: "don't worry, next cycle you'll definitely get it" (a promise the
    // speaker cannot make), "nothing to worry about", "3% is actually reasonable". Not "don't
    // worry, I'll cover the pager", "nothing to worry about with the build".
    /worry(?<=\b(?:don't|do not|dont|no need to) worry)(?=(?: too much| about it| so much)?,? (?:[\w']+ ){0,4}?(?:you(?:'ll| will)?|u(?:'ll| will)?) (?:definitely |surely |for sure |certainly |totally |easily )?(?:get|make|be promoted|get promoted|get there|have it|nail it|be fine)\b)/,
    /nothing (?:to worry about|to be worried about)(?! (?:with|on|in|regarding) (?:the|your|this)\b)/,
    /(?:reasonable|fair|fine|decent|normal|okay|generous|not bad|solid|good)(?<=\b\d+(?:\.\d+)? ?(?:%|percent)(?: (?:raise|increase|bump|rise|uplift))? (?:is|was|'s|are) (?:(?:actually|perfectly|really|quite|pretty|still|honestly|a|very|totally|absolutely) )*(?:reasonable|fair|fine|decent|normal|okay|generous|not bad|solid|good))/,
    // Their reason waved away: "that's not a reason", "thats no reason to leave", "being tired is
    // not a good reason for moving". Not "that's not the reason I asked", "a good reason".
    /reason(?<=\b(?:is|'s|s) (?:not|no|hardly|not really) (?:a |an )?(?:good |real |valid |proper |great |sufficient |strong )?reason)(?=\s*(?:[.!,;]|$)| (?:to|for)\b)/,
    /(?:your|those|these|the) (?:feelings|concerns|opinions?|views?|worries) (?:\w+ ){0,4}?(?:don't|do not|doesn't|does not) matter/,
    /(?:doesn't|does not) matter (?:how|what) you (?:feel|think)/,
    /(?:let's )?not (?:make|making) (?:a |such a )?(?:big )?(?:deal|fuss) (?:of|about|out of)/,
    /not (?:make|making) (?:this|it|that) (?:into )?(?:a |such a )?(?:big )?(?:thing|deal|drama|fuss)/,
    /mountain out of a molehill/,
    // "It's just a title", "it was only a bug": the listener's concern made small. Not the speaker
    // making their own ask small ("it's just a quick question", "only a thought"). Ends on "a", so
    // the next word may follow.
    /(?:it was|it's|it is|that was|that's) (?:only|just) a(?= (?!(?:little|small|quick|thought|suggestion|question|idea|minor|few|couple|heads-up|reminder|draft|proposal|first|rough|start)\b)\w)/,
    // What the listener minds, said not to matter: "it's only money", "titles don't matter",
    // "there's always next year", "cheer up". Not "that matters", nor "I'm sure we'll sort it".
    /(?:it's|that's|it is) (?:only|just) money/,
    /(?:money|titles?|promotions?|the title|a title|the raise|pay|levels?) (?:isn't|aren't|is not|are not|don't|doesn't) (?:everything|that important|matter)/,
    /(?:there's|there is) always next (?:year|cycle|time|round|quarter)/,
    /cheer up/,
    // The complaint ruled out by rule or comparison: "it's the same for everyone", "you should be
    // happy with that", "I don't see what the problem is", "the grass isn't greener", "the reasons
    // don't matter". Not "it's the same process for everyone, and here is how it works" (no "is same").
    new RegExp(
      `(?:is|are|'s) (?:the )?same for (?:everyone|everybody|all of us|us all)(?!.*\\b(?:${OWNS_IT}))(?<!\\b(?:${OWNS_IT})\\b.*)`,
    ),
    /(?:you should be|you ought to be) (?:happy|pleased|glad|satisfied) (?:with|about) (?:that|it|this|what)/,
    /i (?:don't|do not) see (?:what|why) (?:the (?:problem|issue|big deal) is|(?:this|that|it)(?:'s| is) (?:a|such a) (?:problem|big deal|issue))/,
    /let's not (?:relitigate|rehash|reopen|revisit|rake over) (?:it|this|that|the)/,
    /just be patient/,
    /your time will come/,
    /(?:it'll|it will|that'll|that will|this will) (?:pass|blow over)/,
    /grass (?:isn't|is not|is never) (?:always )?greener/,
    /(?:every|all) teams? (?:has|have) (?:its |their )?(?:problems|issues)/,
    /stick it out/,
    /i (?:don't|do not) care (?:who(?:'s| is) right|whose fault|about (?:that|your feelings|the excuses|excuses))/,
    /(?:this|it|that)(?:'s| is) a (?:silly|pointless|petty|stupid) (?:argument|fight|debate|discussion)/,
    /can we not (?:do this|go there|have this)/,
    /(?:reasons? (?:don't|doesn't|do not|does not) matter|(?:it )?doesn't matter why)/,
    // Their reasons brushed aside before they are heard: "I don't really care why, I just need you
    // to hit your numbers", "I'm not interested in the reasons", "spare me the backstory", "I don't
    // need to know why, just fix it", "the why doesn't matter". Not "I don't care how you do it"
    // (room given), "it's not that I don't care why", "I'm not interested in blame, I want to
    // understand why", nor "I don't care why it broke as much as how we stop it".
    /care(?<=\bi (?:really |honestly |frankly |just )?(?:don't|do not|dont) (?:really |honestly |even |actually )?care)(?<!\bnot that i (?:really |honestly |frankly |just )?(?:don't|do not|dont) (?:really |honestly |even |actually )?care) (?:why|what (?:the reasons? (?:is|are|was|were)|happened|caused it)|about (?:the |your |their )?(?:reasons?|why|backstory|history|story|explanations?|ins and outs|context))\b(?![^.!?;]*\b(?:as much as|so much as|more than)\b)/,
    /interested(?<=\b(?:i'm|i am|im) (?:really |just |honestly )?not (?:really |remotely |even )?interested) in (?:why|the (?:reasons?|why|backstory|story|history|explanations?|excuses?)|your (?:reasons?|explanations?|excuses?|story))\b/,
    /spare me (?:the |your )?(?:reasons|explanations?|excuses|backstory|details|story|sob story|history)\b/,
    /need(?<=\b(?:i )?(?:don't|do not|dont) need) (?:to (?:know|hear) )?(?:why|the (?:reasons?|backstory|history|story|explanation)|your (?:reasons?|explanation|story))(?=\s*(?:[.!;,]|$))/,
    /the why (?:doesn't|does not|don't) matter/,
    /look on the bright side/,
    // "I wouldn't worry about it", "it'll all work out", "it can't be that bad", "you're
    // exaggerating": the concern closed by reassurance or doubt. Not "don't worry if you'd rather
    // wait", which gives room.
    // Read from the verb ("worry ab…", not "about th…", which most sentences have): the prefilter
    // reads a phrase from a later word when that looks rarer, so the optional words are spelled out.
    /worry about (?:it|that|this)(?<=\b(?:i wouldn't|i would not|don't|do not|try not to|no need to) worry about (?:it|that|this))(?! (?:yet|for now|today|until)\b)/,
    /worry (?:too|so) much about (?:it|that|this)(?<=\b(?:i wouldn't|i would not|don't|do not|try not to|no need to) worry (?:too|so) much about (?:it|that|this))(?! (?:yet|for now|today|until)\b)/,
    /(?:stress|fret) about (?:it|that|this)(?<=\b(?:don't|do not|try not to|no need to) (?:stress|fret) about (?:it|that|this))(?! (?:yet|for now|today|until)\b)/,
    /(?:it'll|it will|it'll all|it will all|everything will|things will|it always) (?:work (?:itself )?out|sort itself out|sort themselves out|be fine|be okay|be ok)(?! (?:if|once|when|because)\b)/,
    /(?:can't|cannot|surely (?:it|that) (?:isn't|is not|wasn't)|it can't|that can't) (?:be |have been )?(?:that|so|all that) (?:bad|awful|terrible|hard(?! to\b))/,
    // Not denied: "I don't think you're exaggerating", "I'm not saying you're overreacting".
    /you(?:'re| are) (?:exaggerating|being (?:a bit )?(?:silly|ridiculous|paranoid))(?<!\b(?:don't|do not|didn't|did not|never|not|no one is|nobody is) (?:think|thought|say|saying|said|mean|meant|believe|feel|suggesting) (?:that )?you(?:'re| are) \w+(?: (?:a bit|silly|ridiculous|paranoid))*)/,
    /don't be (?:silly|ridiculous)/,
    // "You knew what you signed up for", "that's how it's always been": the complaint ruled out of
    // time.
    /you knew (?:what you (?:were )?sign(?:ed|ing) up for|the deal|this when)/,
    /(?:that's|that is|it's) (?:how|the way) (?:it's|it has|we've|things have) always (?:been|done it|worked)/,
    /(?:welcome to|that's) (?:the real world|tech|management|startup life|big company life)/,
    /(?:could've|could have) been (?:a lot |much |way |far )?worse/,
    /(?:just (?:stay|think|be)|stay|think) positive/,
    /we've (?:already )?been (?:over|through) (?:this|that)/,
    /not rocket science/,
    // "You'll get used to it", "you're making too much of it", "that's a bit of an overreaction",
    // "I don't think it's that serious", "everyone gets stressed sometimes", "try not to take it
    // personally", "let's keep it positive", "we don't have time for that": the concern shrunk,
    // made ordinary or put off the agenda.
    /you(?:'ll| will) get used to (?:it|this|that)/,
    /making (?:too much|a big deal|such a big deal|a lot) (?:of|out of|about) (?:it|this|that|nothing)/,
    /(?:that's|that is|it's|this is) (?:a bit of |a little |kind of )?an overreaction/,
    /(?:don't|do not) think (?:it's|it is|that's|that is|it was) (?:that|so|all that|really that) (?:serious|bad|big|important|a big deal)/,
    /(?:everyone|everybody|we all) (?:gets?|feels?) (?:stressed|tired|frustrated|overwhelmed|anxious|down)(?: sometimes| from time to time| at times| now and then)/,
    /(?:try not to|no need to) take (?:it|this|that) (?:so |too )?personally/,
    // "You need to stop taking it personally", "everyone gets their RFCs closed", "we've all had
    // designs shot down": the hurt ordered away, or made ordinary as what happens to everyone. Not
    // "everyone gets their RFCs reviewed" (no setback).
    /(?:stop|quit) taking (?:it|this|that|things|everything) (?:so |too )?personally/,
    /(?:closed|rejected|shot down|turned down|knocked back|torn apart|killed|passed over)(?<=\b(?:everyone|everybody|we all|we've all|we have all|all of us)(?: (?:gets?|got|has|have|had|'s had|'ve had|has had))? (?:their |his |her |our |an? |some |the odd )?(?:[\w-]+ ){0,2}?(?:closed|rejected|shot down|turned down|knocked back|torn apart|killed|passed over))/,
    /(?:keep (?:it|this|things) positive|stay positive)(?<=\blet's (?:keep (?:it|this|things) positive|stay positive))/,
    /time for (?:this|that)(?<=\bwe (?:don't|do not) (?:really )?have time for (?:this|that))/,
    /(?:read|reading) (?:too much )?into (?:it|that|this)(?<=\b(?:wouldn't|don't|do not|try not to|no need to) read (?:too much )?into (?:it|that|this))/,
    /(?:how|the way) (?:things|it) (?:are|is)(?: here| around here)?(?<=\b(?:it's|that's|it is|that is) just (?:how|the way) (?:things|it) (?:are|is)(?: here| around here)?)/,
    /(?:i'm sure|i bet) (?:it's|it'll be|you'll be|that's) (?:fine|okay|ok|nothing)/,
    /(?:anyway|anyhow),? (?:moving on|let's move on)/,
    /(?:hardly|not|isn't|is not) (?:really )?worth (?:complaining|getting upset|getting (?:worked up|stressed|angry)|stressing|worrying|losing sleep|fussing|dwelling|a fuss)/,
    // "No point dwelling on it", "let's not overthink this", "it's all in your head", "it's not that
    // deep", "chin up", "a first-world problem", "the least of our worries": the concern waved off.
    /(?:no|little) (?:point|use|sense) (?:in )?(?:dwelling|worrying|stressing|getting upset|getting worked up|fretting|crying)/,
    /overthink (?:it|this|that)(?<=\blet's not overthink (?:it|this|that))(?=\s*(?:[.!,;]|$))/,
    /(?:all|just) in (?:your|their|his|her) heads?/,
    /not that deep/,
    /chin up/,
    /first[- ]world problem/,
    /least of (?:our|my|your|the) (?:worries|problems|concerns)/,
    /(?:hardly|not exactly) (?:a )?(?:crisis|disaster|tragedy|catastrophe)/,
    /(?:it's|that's|it is|that is) (?:really |honestly |just )?not (?:a |that |such a )?(?:big|huge) (?:thing|deal)(?! (?:if|to|for)\b)/,
    // "Let's stay focused on the positives", "let's not make this about feelings": the feeling set
    // aside for a brighter agenda.
    /(?:focus|focused|concentrate|look) on the (?:positives?|bright side|good stuff|good news|upside)(?<=\b(?:let's|let's just|we should|let's stay|just|try to) (?:stay )?(?:focus|focused|concentrate|look) on the (?:positives?|bright side|good stuff|good news|upside))(?!,? (?:first|then|and then|before)\b)/,
    /about (?:feelings|emotions)(?<=\b(?:make|making) (?:this|it) about (?:feelings|emotions))/,
    // "We can't change it, so let's move forward": what can't change ruled out of the talk.
    /(?:can't|cannot) change (?:it|that|the past)(?=,? so\b|\s*[.;]\s*(?:let's|so)\b|\s*[.!]?$)/,
    // "It was one bad review.": one instance made nothing.
    /(?:it was|it's|it is|that was|that's) (?:just |only )?one (?:bad |little )?(?:review|comment|cycle|sprint|incident|meeting|day|week|mistake|round|miss|slip)(?=\s*(?:[.!]|$))/,
    // "I wouldn't take it to heart", "you'll bounce back", "you'll feel better tomorrow".
    /(?:wouldn't|would not|try not to|no need to) take (?:it|this|that) (?:so |too )?(?:hard|to heart|personally)/,
    /(?:bounce back|be over it)(?<=\byou(?:'ll| will) (?:bounce back|be over it))/,
    /feel better(?<=\byou(?:'ll| will) feel better) (?:tomorrow|in (?:a|no) \w+|after (?:a|the) (?:weekend|holiday|break|night))/,
    /(?:anyway|anyhow),? (?:back to|let's get back to|where were we)/,
    /tough(?<=^tough)(?=[,.!])/,
    // "Let's not get hung up on that", "don't sweat it", "try not to let it get to you", "not
    // everything is about you", "bigger fish to fry", "let's not open that can of worms", "I don't
    // think we need to go into that.", "meh, it happens", "let's get back to the
    // actual agenda": the concern not let in. Not "let's get back to the agenda once you're done".
    /hung up on (?:it|that|this)(?<=\b(?:let's not|don't|do not|no need to|try not to) get (?:too |so )?hung up on (?:it|that|this))/,
    /sweat (?:it|that|this)(?<=\b(?:don't|do not|no need to) sweat (?:it|that|this))/,
    /get to you(?<=\b(?:try not to|don't|do not) let (?:it|this|that|them) get to you)/,
    /not everything is about you/,
    /bigger fish to fry/,
    /can of worms(?<=\b(?:not|don't|won't|rather not|let's not) open (?:that|this|a) can of worms)/,
    /(?:go|get|dig) into (?:that|this|it)(?<=\b(?:don't|do not) (?:think )?(?:we )?need to (?:go|get|dig) into (?:that|this|it))(?=\s*(?:[.!]|$))/,
    /(?:it|these things|stuff) happens?(?<=\b(?:meh|eh|oh well|whatever)[,.]? (?:it|these things|stuff) happens?)/,
    /(?:agenda|topic)(?<=\b(?:let's|can we) (?:get )?back to the (?:actual |real )?(?:agenda|topic))(?=\s*(?:[.!,;?]|$))/,
    /(?:the cookie crumbles|the world works|business works|life goes)(?<=\b(?:how|the way) (?:the cookie crumbles|the world works|business works|life goes))/,
    // The impact on others made a matter of how it looks: "I think it's just perception mostly",
    // "it's only optics", "that's just how it comes across to a few people", "people are too
    // sensitive", "they take things too personally". What the others went through is waved away, so
    // there is nothing to change. Not perception named without a "just" ("it's my perception that
    // …", "perception matters here"), nor the minimising doubted ("I don't think it's just
    // perception", "it's not just optics").
    /(?:just|only|mostly|merely|purely|simply|largely|basically|all) (?:a (?:matter|question) of )?(?:perception|perceptions|optics|semantics|a perception (?:thing|issue|problem)|an optics (?:thing|issue|problem)|how (?:it|that|this|you|he|she|they|things) (?:is |are |gets? |got |was |were )?perceived)(?<=\b(?:it's|it is|it was|that's|that is|that was|this is|it's all|that's all) (?:(?:really|honestly|probably|frankly|i think|i'd say) )?(?:just|only|mostly|merely|purely|simply|largely|basically|all) (?:a (?:matter|question) of )?(?:perception|perceptions|optics|semantics|a perception (?:thing|issue|problem)|an optics (?:thing|issue|problem)|how (?:it|that|this|you|he|she|they|things) (?:is |are |gets? |got |was |were )?perceived))(?<!\b(?:don't|do not|didn't|wouldn't|never|doesn't|does not) (?:think|say|believe|agree|feel|mean) (?:that )?(?:it's|it is|it was|that's|that is|that was|this is|it's all|that's all) (?:(?:really|honestly|probably|frankly|i think|i'd say) )?(?:just|only|mostly|merely|purely|simply|largely|basically|all) (?:a (?:matter|question) of )?(?:perception|perceptions|optics|semantics|a perception (?:thing|issue|problem)|an optics (?:thing|issue|problem)|how (?:it|that|this|you|he|she|they|things) (?:is |are |gets? |got |was |were )?perceived))/,
    /(?:just|only) how (?:it|that|this|you|she|he|they|the comments?|the reviews?|your comments?|your reviews?) (?:comes? across|came across|comes? off|came off|looks?|looked|reads?|sounds?|sounded|feels?|felt|lands?|landed) to (?:a few|some|certain|one or two|a couple of|a handful of|a couple) (?:people|folks|of them|of the team|individuals|juniors|engineers)/,
    /(?:only|just) (?:a few|one or two|a couple of|a handful of) (?:people|folks|of them|engineers|juniors)(?: who)? (?:feel|feels|think|thinks|see it|mind|minds|complain|complained|are upset|were upset|took it|take it|find it|found it)\b/,
    /(?:too sensitive|over-?sensitive|oversensitive|thin-?skinned|easily offended|too easily offended|touchy|snowflakes|too precious|too soft)(?<=\b(?:people|folks|everyone|everybody|they|some people|some folks|some of them|the team|the juniors|juniors|he|she)(?:'re|'s| are| is| get| gets| can be| have been| has been| were| was| seem| seems)? (?:(?:just|being|a bit|a little|so|way|kind of|really|far|all|a tad|maybe|probably) )*(?:too sensitive|over-?sensitive|oversensitive|thin-?skinned|easily offended|too easily offended|touchy|snowflakes|too precious|too soft))(?! to (?!(?:criticism|feedback|comments?|it|this|that|tone|words|reviews?)\b))/,
    /take (?:it|things|this|that|everything|feedback|comments|criticism|reviews) (?:way |far |a bit |a little )?too personally(?<=\b(?:people|folks|everyone|everybody|they|some people|some folks|some of them|the team|the juniors|juniors|he|she) (?:just |always |often |tend to |all )?take (?:it|things|this|that|everything|feedback|comments|criticism|reviews) (?:way |far |a bit |a little )?too personally)/,
    // "Everyone's tired", "we're all busy": the listener's state made ordinary, so not worth raising.
    /(?:everyone(?:'s| is)|we(?:'re| are) all) (?:tired|busy|stressed|under pressure|overloaded|in the same boat|stretched|exhausted|swamped)/,
    /comes? with the (?:job|territory|role)/,
    // "The camera thing's really nothing": the concern called nothing. Not "it's nothing personal"
    // nor "there's nothing to be embarrassed about", which reassure.
    /(?:thing's|thing is|that's|that is|it's|it is) (?:really |honestly |just |probably )?(?:nothing|no big deal)(?! (?:personal|to|like|against|new|more|wrong|if)\b)/,
    // "So what's your excuse", "I don't want excuses about interrupts": their account refused
    // before it is given.
    /(?:what's|what is|what are) your excuses?/,
    /(?:don't|do not) want (?:to hear )?(?:any )?(?:more )?excuses/,
    // "On-call is part of the job, everyone does it", "everyone has interrupts": the load made
    // ordinary, so not worth raising. Not "mentoring is part of the job at Staff" (the sentence goes
    // on to what is expected).
    /part of the (?:job|gig|deal|role)(?<=\b(?:is|'s|are|'re) (?:just |simply |all |literally )?part of the (?:job|gig|deal|role))(?=\s*(?:[.!,;]|$))/,
    /(?:everyone|everybody|we all|all of us) (?:does|do|has|have|deals with|deal with|handles|handle|gets|get|manages|manage|copes with|cope with|goes through|go through) (?:it|that|this|them|interrupts|deadlines|pressure|stress|bad days|bad weeks|off days|problems|issues|on-?call|pages|a lot on|their own \w+)(?=\s*(?:[.!,;]|$))/,
    // "Stop asking about timing every 1-on-1, it's getting annoying": the question itself shut down.
    /stop (?:asking (?:about|me|for)|bringing (?:it|that|this) up|bringing up|raising (?:it|that|this)|going on about|harping on|mentioning (?:it|that|this))/,
    /(?:it's|it is|this is|that's|that is|you're|you are) getting (?:really |a bit |pretty |very )?(?:annoying|old|tiresome|tedious|boring|ridiculous|exhausting)/,
    // "That's no excuse": the listener's account refused as an account.
    /(?:that's|that is|it's|it is|that isn't|that's not|that is not|it isn't) (?:really )?(?:no|not an|an) excuse/,
    // "That's in the past now; let's focus on …": the grievance closed and the subject changed.
    /(?:let's|we should|we need to)(?<=\b(?:in the past|water under the bridge|ancient history)(?: now)?[,;:]? (?:so )?(?:let's|we should|we need to)) (?:focus|move|look|talk|get)/,
    /that(?:'s| is) (?:just )?(?:what|how) .{1,30}? (?:is|are) like/,
    /(?:that's|it's) (?:just )?part of the job/,
    /could be worse/,
    /that(?:'s| is)? (?:really )?(?:not|isn't) (?:really )?the point/,
    /(?:just )?get over it/,
    /(?:just )?move on\b(?! to)/,
    // "Ok thanks, let's move forward.": the same close as "let's move on", when nothing follows.
    /move forward(?<=\b(?:let's|lets|we should|we need to|time to|just) (?:just )?move forward)(?=\s*[.!]*\s*$)/,
    /(?:stop|don't) over-?react(?:ing)?/,
    /stop (?:complaining|whining|making excuses|being (?:so )?(?:dramatic|sensitive|negative|lazy|defensive|difficult|stubborn|childish))/,
    // "That sounds like an excuse", "That makes no sense": the listener's account waved away.
    /(?:excuses|an excuse)(?<=\b(?:(?:sounds?|seems?|looks?) like|that's|that is|those are|these are|it's|it is|(?:what|all) i(?:'m| am) hearing is|i(?:'m| am) (?:just )?hearing|i hear) (?:a lot of |just |all |more )?(?:excuses|an excuse))/,
    /makes no sense(?<=\b(?:that|it|this) makes no sense)/,
    /it's not (?:a )?(?:big deal|that bad|that hard|that serious|that big|so bad|a problem)/,
    // Downplaying: "it wasn't that hard", "it's not the end of the world", "that's your job".
    /(?:it|that)(?: wasn't| isn't| was not| is not|'s not|'s really not| is really not|'s honestly not) (?:that|so|exactly|really|all that) (?:hard|big|special|impressive|difficult|complicated)/,
    /(?:not|hardly) the end of the world/,
    /(?:that's|that is|it's|it is|that was|it was) (?:just |literally |simply )?(?:your job|what (?:we pay you|you're paid|you get paid) (?:for|to do))/,
    /anyone (?:could|would) have (?:done|fixed|shipped|built|handled)/,
    // "Happens to everyone", "at least you …", "you should be grateful": the feeling ruled out of
    // place by comparison. Not "that would exhaust anyone", which grants it.
    /happens to (?:everyone|everybody|all of us|the best of us)/,
    /(?:everyone|everybody) (?:goes|has gone|went|go) through (?:this|that|it|a (?:rough|bad|tough) (?:patch|spell|time)|(?:rough|bad|tough) (?:patches|spells|times)|phases like this|dips|a dip|slumps?)/,
    /at least you (?:still )?(?:have|got|get|didn't|weren't|aren't|are|can)/,
    /(?:you should be|be) (?:grateful|thankful)/,
    // Not what they say or feel of themselves ("you were made to say you're lucky").
    /you(?:'re| are) lucky(?<!\b(?:say|said|says|saying|think|thinks|thought|feel|feels|felt|told|tell|tells|believe|believed) you(?:'re| are) lucky)/,
    /(?:don't|do not) (?:take it|read) (?:so |too )?(?:hard|to heart|too much into)/,
    /(?:don't|do not|stop) overthink/,
    /(?:overthinking|reading too much into)(?<=\b(?:you're|you are|you're both|you two are) (?:overthinking|reading too much into))/,
    /(?:don't|do not) (?:get|be) so (?:upset|worked up|emotional|dramatic|sensitive|negative|touchy)/,
    /time for (?:this|that)(?<=\bi don't have time for (?:this|that))/,
    /(?:let's|can we) (?:not waste|stop wasting) (?:time|our time|any more time)/,
    /(?:that's|that is|it's|it is) (?:just|simply) (?:how|the way) (?:\w+ ){0,3}?(?:works?|goes|go)/,
    /(?:you're|you are) (?:over-?reacting|being (?:too |so |over-?)?(?:sensitive|dramatic|emotional))(?<!\b(?:don't|do not|didn't|did not|never|not|no one is|nobody is) (?:think|thought|say|saying|said|mean|meant|believe|feel|suggesting) (?:that )?(?:you're|you are) (?:over-?reacting|being (?:too |so |over-?)?(?:sensitive|dramatic|emotional)))/,
    /calm down/,
    /i don't (?:want|need) to hear/,
    // Not "let's not go there yet", which defers.
    /let's not (?:go there|dwell|get into|get (?:emotional|upset|worked up|personal))(?! yet\b)/,
    /(?:that's|that is) (?:irrelevant|beside the point|not relevant|not my problem|not important)/,
    /not my problem/,
    /everyone (?:else )?(?:deals|manages|copes|has) (?:with )?(?:it|this|that|stress|problems|the same)/,
    // "Everyone has things going on at home": the listener's trouble made ordinary. Not "everyone
    // has a say" nor "we all have a part to play".
    /(?:everyone|everybody|we all|we've all got|all of us) (?:has|have|has got|have got) (?:(?:their|our) own )?(?:problems|stuff|issues|things going on|stuff going on|something going on|a lot going on|bad (?:days|weeks)|off days)/,
    // "Three percent is fine, lots of people got less": the complaint answered by others' worse luck.
    // Not "a lot of people got less sleep than usual", where "less" counts something else.
    /(?:a lot of|lots of|plenty of|many|most|other|some) (?:people|folks|others|engineers|colleagues)(?: here| (?:on|in) (?:the|this|your|my|our) (?:[\w-]+ )?[\w-]+)? (?:got|get|have|had|are getting|would (?:love|kill for)) (?:less|nothing|it (?:worse|harder)|much less|way less|far less|a lot less|only|just|half|(?:one|two|\d+)(?: and a half| percent|%))(?! [a-z]+ than\b)/,
    /(?:others|other people|some people|plenty of people) (?:have|had) it (?:much |far |way )?(?:worse|harder)/,
    // "You'll feel differently after a holiday": the feeling predicted away.
    /you(?:'ll| will) (?:feel (?:differently|different about (?:it|this|that))|have forgotten (?:about )?(?:it|this|that)|laugh about (?:it|this|that))/,
    // "Park the feelings, we're here to talk architecture", "leave your emotions at the door": the
    // feeling itself set aside. Not "let's park that and come back to it", which defers a topic.
    /(?:park|leave|put|set|keep) (?:the|your|those|these|all the|any) (?:feelings|emotions|venting)(?! (?:on the table|in the open|aside for a (?:moment|second|minute) and tell)\b)/,
    // "Forget the RFC, today is about the win": the grievance dropped for the agenda.
    /(?:today|this (?:meeting|conversation|chat|call)|we're here|we are here)(?:'s| is)? (?:about|for|to talk|a good day|a good one|a happy day|a celebration)(?<=\b(?:forget|park|drop|skip|leave) (?:about )?(?:the|that|this|it|your)\b.{0,40}?[,;:.] ?(?:today|this (?:meeting|conversation|chat|call)|we're here|we are here)(?:'s| is)? (?:about|for|to talk|a good day|a good one|a happy day|a celebration))/,
    /that's just (?:how it is|the way it is|life)/,
    /(?:that's|that is|such is) life/,
    /toughen up/,
    /suck it up/,
    /man up/,
    // An order, not growing up somewhere ("to grow up in a great environment").
    /grow up(?<=(?:^|[,;:]\s*|\b(?:just|please|you need to|you have to|you've got to|time to|you should|you must|oh|and) )grow up)(?=\s*(?:[.!,;]|$))/,
    // "Whatever." as a reply, not a list's "…, whatever." ("more time, a second pair of hands, whatever").
    /whatever[.!](?<=(?:^|[.!?] )whatever[.!])/,
    /it is what it is/,
    /don't take it (?:so )?personally/,
    /you'll (?:get over|be fine)/,
    /no excuses/,
    // The feeling made ordinary: "everyone feels that way sometimes", "everyone wants Staff", "it
    // passes". Not "I can see why you'd feel that way", which grants it.
    /(?:everyone|everybody|we all|all of us) (?:feels?|felt|gets?|goes through|has) (?:that way|like that|the same|this way|that)(?= (?:sometimes|at some point|at times|now and then|from time to time|eventually)\b(?![,;\u2014\u2013-]? ?(?:and|but|which)\b)|\s*[,;.!]\s*(?:it|that|this)(?:'ll| will)? (?:passes|pass|goes away|go away))/,
    /(?:everyone|everybody) wants (?:to be )?(?:staff|senior|promoted|a promotion|a raise|more money|the title|the lead|that job|that role)/,
    /(?:it|that|this) passes(?<=\b(?:sometimes|at times|now and then|from time to time|way|that)[,;.]? (?:it|that|this) passes)/,
    // "You'll get it next time, no big deal", "Not a big deal, you'll get there": the concern called
    // small at the start or end of a clause. Not "it's no big deal if you need to move the 1:1",
    // which gives room (a condition follows).
    /(?:no|not a|not such a|not that big a) big deal(?<=(?:^|[,;:.!?\u2014\u2013-] ?)(?:no|not a|not such a|not that big a) big deal)(?! (?:if|to|for you to)\b)/,
    // "That's not really relevant to this plan", "that's not what we're here to talk about": the
    // concern ruled off the agenda. Not "that's really relevant, say more".
    /(?:not|isn't|is not) (?:really |all that |that |very )?relevant(?<=\b(?:that's|that is|it's|it is|that isn't|it isn't|that's not|it's not) (?:really |all that |that |very )?(?:not )?(?:really |all that |that |very )?relevant)/,
    /(?:not|isn't|is not) (?:what|why) (?:we're|we are) here(?: (?:to (?:talk about|discuss|do)|for|about))?(?<=\b(?:that's|that is|this is|it's|it is|that isn't|it isn't) (?:not )?(?:what|why) (?:we're|we are) here(?: (?:to (?:talk about|discuss|do)|for|about))?)(?=\s*(?:[.!?,;]|$))/,
    // "Just push through", "you'll just have to live with it", "stop worrying": the listener told to
    // carry the feeling rather than say it. Not "push through the migration" (a plan).
    /(?:push|power|grind|soldier|tough it|gut it|muscle) (?:on|through|out)(?: it)?(?<=\b(?:just|you'll have to|you need to|you'll need to|gotta|got to|you'll just have to) (?:push|power|grind|soldier|tough it|gut it|muscle) (?:on|through|out)(?: it)?)(?=\s*(?:[.!,;]|$))/,
    /(?:live|deal|cope) with (?:it|that|this)(?<=\b(?:just|you'll (?:just )?have to|you will (?:just )?have to|you need to|you'll need to) (?:live|deal|cope) with (?:it|that|this))(?=\s*(?:[.!,;]|$))/,
    /have to,? won't you/,
    /stop (?:worrying|stressing|fretting|panicking|dwelling)(?! about (?:(?:the|your) (?:deadline|date|estimate)s?|being|asking|bothering|taking)\b)/,
    // "You shouldn't compare yourself to others, it's not productive": the feeling ruled out as
    // unhelpful.
    /compar(?:e|ing) yourself(?<=\b(?:shouldn't|should not|don't|do not|stop|no point|no use|no sense) compar(?:e|ing) yourself)/,
    /(?:it's|that's|it is|that is) not (?:very |really |all that )?(?:productive|helpful|useful)(?=\s*(?:[.!;]|$))/,
    // "Everyone on Platform's tired after October, that's kind of the job": the state made ordinary.
    /(?:everyone|everybody) (?:on|in|at) (?:the )?[\w-]+(?:'s| is) (?:a bit |pretty |really )?(?:tired|busy|stressed|stretched|exhausted|swamped|overloaded|running on fumes|burnt out|burned out|knackered|in the same boat|flat out)/,
    // "You'll get your breath back in January, everyone does": relief promised as what always
    // happens, so nothing to do now.
    /(?:get your (?:breath|energy|mojo|spark|head) back|get back on track|settle down)(?<=\byou(?:'ll| will) (?:get your (?:breath|energy|mojo|spark|head) back|get back on track|settle down))(?=.{0,40}?\b(?:everyone|everybody|we all|they all) (?:does|do)\b)/,
    // "Better not to dwell on who left", "best not to dwell on it": the subject closed.
    /dwell(?:ing)? on(?<=\b(?:better|best|no need|no point|try) (?:not )?(?:to |in )?dwell(?:ing)? on)/,
    // "It's the season for it", "that time of year": the state made ordinary by the calendar.
    /(?:the season for it|that time of (?:the )?year)(?<=\b(?:it's|it is|that's|that is) (?:kind of |just |sort of |simply )?(?:the season for it|that time of (?:the )?year))/,
    /(?:that's|that is|it's|it is) (?:kind of |sort of |just |really |simply |all )?the (?:job|role|gig|territory)(?=\s*(?:[.!,;]|$))/,
    /part of the job(?<=\b(?:is|are|'s) (?:just |simply |kind of |sort of )?part of the job)(?= (?:everywhere|anywhere|here|in tech)\b|\s*[.!]\s*(?:that's|it's) not a reason)/,
    // "That's not a reason to switch teams": the listener's reason refused.
    /(?:not a|no) (?:good |real |valid )?reason to(?<=\b(?:that's|that is|it's|it is|that isn't|that's not|it isn't) (?:not )?(?:a|no) (?:good |real |valid )?reason to)/,
    // What the listener wants made small: "DevEx is mostly yak-shaving", "it's a step sideways, not a
    // career move", "you'd be bored in a month". Not "a step sideways can be a good move" (no verdict
    // on their wish) nor "the work is mostly admin this week, so …" (a clause that goes on).
    whole(
      /(?:yak-shaving|yak shaving|busywork|busy work|grunt work|box-ticking|babysitting|paperwork)(?<=\b(?:it's|is|that's|it is|that is|it'd be|it would be)(?: (?:honestly|really|basically|just|mostly|only|pretty much|all))* (?:yak-shaving|yak shaving|busywork|busy work|grunt work|box-ticking|babysitting|paperwork))/,
    ),
    whole(
      /(?:a step sideways|a sideways step|a sideways move|a dead end|a backwater)(?<=\b(?:it's|is|that's|it is|that is|it'd be|it would be)(?: (?:honestly|really|basically|just|kind of|a bit of))* (?:a step sideways|a sideways step|a sideways move|a dead end|a backwater))/,
    ),
    /not a (?:real |proper )?career move/,
    /(?:you'd|you would) be bored (?:stiff |to tears )?(?:in|within|after) (?:a|one|two|three|\d+) (?:day|week|month)s?/,
    /kill for (?:that|this|it)(?<=\b(?:people|folks|engineers|others|anyone) (?:would|'d) kill for (?:that|this|it))/,
    // "That's not really my concern", "it isn't our business": the listener's situation put outside
    // the talk.
    /(?:my|our) (?:concern|business|issue)(?<=\b(?:that's|that is|it's|it is|that isn't|it isn't|this isn't) (?:really |honestly |just )?(?:not )?(?:really )?(?:my|our) (?:concern|business|issue))(?<!\b(?:that's|that is|it's|it is) (?:really |honestly |just )?(?:my|our) \w+)/,
    // "The bench is not the point.", "the reasons aren't the point": the listener's point set aside,
    // ending there. Not "the deadline isn't the point, your health is", which turns to them.
    /the point(?<=\b(?:is|are|was|were|'s) (?:really |honestly |just )?not (?:really )?the point|\b(?:isn't|aren't|wasn't) (?:really )?the point)(?=\s*(?:[.!;]|$))/,
    // "It is small thing.", "that's a minor thing": the listener's concern made small, and left.
    /(?:small|little|minor|tiny|trivial) thing(?<=\b(?:it's|it is|it was|that's|that is|that was|this is) (?:just |only |really |such )?(?:a |an )?(?:small|little|minor|tiny|trivial) thing)(?=\s*(?:[.!]|$))/,
    // A tautology that closes the matter: "the dates are the dates", "rules are rules", "it is what
    // it is".
    /(?:rules are rules|a deal is a deal|business is business|policy is policy|it is what it is|it's what it is|the (?:dates|numbers|deadlines|rules|facts|bands|targets) are the (?:dates|numbers|deadlines|rules|facts|bands|targets))/,
    // Their grievance made ordinary by what everyone had, and closed: "it's not personal, it's the
    // same process for everyone", "the number is pretty standard, everybody got the same",
    // "everyone got the same, so there's nothing to look at". The comparison alone ("everyone went
    // through the same process: the committee reads …") can be honest information; the close
    // (their reading denied, the outcome called ordinary, "so") makes it the answer to them. Not
    // when the manager owns what is left ("… and I know that doesn't make it feel fairer").
    whole(
      new RegExp(
        `(?:${SAME_FOR_ALL})(?<=${CLOSES}\\b.{0,60}?(?:${SAME_FOR_ALL}))(?!.*\\b(?:${OWNS_IT}))(?<!\\b(?:${OWNS_IT})\\b.*)`,
      ),
    ),
    whole(
      new RegExp(
        `(?:${SAME_FOR_ALL})(?=.{0,60}?${CLOSES})(?!.*\\b(?:${OWNS_IT}))(?<!\\b(?:${OWNS_IT})\\b.*)`,
      ),
    ),
    // "Must be nice.", "Well, must be nice to leave at four every day", "So you get Fridays off,
    // must be nice": their situation met with sarcastic envy. Only the subjectless idiom, at the
    // start of a sentence or a clause: "that must be nice after the launch" is said and meant.
    /must be nice(?<=(?:^[\s"'(-]*(?:(?:well|gee|wow|oh|huh|yeah|ha|hah|man|boy)[,.!]?\s+)*|[,;:\u2014\u2013-]\s*)must be nice)/,
  ]),
  ...splitRule("threat", [
    // A loss made contingent on what the listener does: a condition ("if you push this", "keep
    // this up", "one more …", "again", "unless …"), then in the same sentence something of
    // theirs at stake: the review, rating, job, promotion, bonus, project or standing ("don't
    // expect a good review", "you won't have a job here much longer", "it'll backfire in
    // calibration", "we're talking PIP"). Without a condition the same words can inform ("don't
    // expect a raise this year, the budget is frozen").
    whole(
      new RegExp(
        `(?:${THREAT_LOSS})(?<=(?:\\b(?:if|unless|keep|one more|another|again|any more|anymore|next time|carry on|continue|push|otherwise|or else)|^(?:\\w+, )?should you)\\b.{1,100}?(?:${THREAT_LOSS}))`,
      ),
    ),
    // The job itself, said as a prospect: "you won't have a job here much longer".
    /(?:won't|will not) have a job(?: here)?(?= (?:for )?(?:much|very) (?:longer|long)\b| (?:by|after|come)\b)/,
    /you(?:'re| are)? (?:not )?(?:going to|gonna|won't|will not) like (?:the|what|it|how)/,
    // "I'll take this to HR", "I'll escalate it": the listener reported upward. Not "I'll escalate it
    // to their account manager" or "take it to the vendor", which act for them.
    /(?:i'll|i will|i'm going to|i am going to) (?:have to )?(?:take (?:it|this) to|escalate (?:it|this|you))(?! (?:to )?(?:the|their|our) (?:vendor|account|support|provider|supplier|platform|infra|sre|other|contractor)s?\b| to (?:their|the vendor)\b)/,
    /again(?<=\bif .{0,60}?\bagain),? (?:(?:i'll|i will|we'll|we will|i'm going to) have to|you(?:'re| are|'ll be| will be) (?:off|out|done|gone))/,
    // "I'll have to rethink your place on the team": the listener's standing put in question.
    /(?:i'll|i will|i'm going to|i am going to|we'll|we will) (?:have to |need to )?(?:think (?:hard |long and hard |seriously |again )?about|rethink|reconsider|re-?evaluate|question) (?:whether you (?:keep|stay|belong|remain|should|still)|your (?:place|future|position|spot|seat|rating|role|level|promotion|bonus))/,
    // "… or I'll remove you as codeowner": a demand with a loss attached. Without "or" the same
    // words can relieve ("I'll take you off the rotation").
    /(?:or|otherwise) (?:else )?(?:i'll|i will|i'm going to|we'll|we will) (?:have to )?(?:remove you|take you off|pull you off|move you off|replace you|take away your|take (?:it|that|this|them) (?:away|off you))/,
    // "Keep missing dates and you won't be on the team much longer", "… and people will notice, and
    // not in a good way": an imperative whose "and" clause is the penalty.
    /you (?:won't|will not) be(?<=\bkeep \w+ing .{0,50}?\band you (?:won't|will not) be) (?:on|in|part of|here|around|working|leading)/,
    /not in a good way(?<=\bkeep \w+ing .{0,50}?\band .{0,40}?not in a good way)/,
    // "Maybe you need to think about whether this is the right place": leaving put to them as the
    // answer. Not "whether this is the right team for the project".
    /whether (?:this|here) (?:is|'s) (?:really |still )?the right (?:place|team|company|fit|role|job)(?= for you\b|\s*(?:[.!?]|$))(?<=\b(?:think about|consider|considering|ask yourself|reflect on|wonder|wondering|decide|figure out|talk about|discuss|have a conversation about|look at) whether (?:this|here) (?:is|'s) (?:really |still )?the right (?:place|team|company|fit|role|job))/,
    // A fault condition, then the listener off the work: "if you miss another date, you'll be off
    // the project". Not "you'll be off on Friday" (leave) without the condition.
    /off (?:the|this|your) (?:project|team|rota|rotation|migration|launch|work|account|roadmap)(?<=\bif you (?:miss|slip|skip|break|drop|blow|fail|do that|do it)\b.{1,60}?\byou(?:'ll| will) be off (?:the|this|your) (?:project|team|rota|rotation|migration|launch|work|account|roadmap))/,
    /(?:maybe|perhaps) (?:this|here) (?:isn't|is not|might not be|may not be) the (?:right )?(?:place|team|company|fit|job) for you/,
    // "If you can't handle the rotation, maybe this isn't the team for you."
    /(?:this|it) (?:isn't|is not|might not be|may not be) the(?<=\bif you (?:can't|cannot|don't|won't|aren't able to|are not able to) .{0,60}?(?:this|it) (?:isn't|is not|might not be|may not be) the) (?:right )?(?:team|place|role|job|company) for you/,
    /(?:it|this|that)(?:'ll| will| is going to) (?:be|go|end up|show up) (?:in|on) your(?<=\bif (?:this|it|that) (?:continues|keeps (?:up|happening)|happens again),? (?:it|this|that)(?:'ll| will| is going to) (?:be|go|end up|show up) (?:in|on) your)/,
    /record(?<=\b(?:go|goes|end up|ends up|be) on your record)/,
    /(?:before|or|and|then) (?:we|i|they) (?:let you go|fire you|replace you|terminate you)/,
    // The job itself, or an ultimatum: "we'll have to let you go", "push your luck", "do that again
    // and you're out", "one more missed deadline and …", "you're replaceable". Not "one more thing
    // and we're done" (a meeting ending).
    // Not a backfill for someone leaving: "I'd need to replace you before you went".
    /(?:have to|need to|going to|will|'ll|might|may|could) (?:let you go|fire you|terminate you|replace you(?! (?:before|when|once|if|after|by the time) you (?:go|went|leave|left|move|moved|start|started)\b))/,
    /push your luck/,
    // Ominous advice and ultimatums to settle a dispute: "I'd start looking elsewhere", "people
    // will remember this", "or I'll decide for you", "neither of you will like it". Not "let's
    // start looking for a new role together", which helps.
    /(?:start|begin) looking(?<=\b(?:i'd|i would|you should|you might want to|you may want to|maybe|perhaps|you'd better|you had better|time to) (?:start|begin) looking) (?:elsewhere|around|for (?:another|a new|a different) (?:job|role|company)|for something else|for other (?:jobs|roles|work))/,
    /(?:don't|do not|rarely|never) come back from/,
    /(?:be careful|careful) about (?:pushing|going over|escalating|complaining|raising)/,
    /burn(?:ing|ed|t|s)? (?:your |a |that |any )?bridges?/,
    /(?:people|they|everyone|leadership) (?:will|'ll) remember (?:this|that)/,
    /or (?:else )?(?:i'll|i will|we'll|we will) (?:decide|make the call|sort it out|pick|choose) (?:for (?:you|both of you|you both)|myself|it for you)/,
    /(?:neither of you|nobody|no one|none of you) (?:is going to|are going to|will|'ll) like/,
    // "I'll have no choice but to …", "it'll count against you", "grounds for …": a penalty named
    // as already decided by what the listener does next.
    /(?:no choice|no option|little choice) but to/,
    // Not denied: "it won't count against you if you take the week off" reassures.
    /(?:count|counts|be held|go|goes|work|works) against you(?<!\b(?:won't|wont|wouldn't|doesn't|does not|will not|would not|not going to|never|shouldn't|should not|can't|cannot|didn't|did not|isn't going to) (?:\w+ )?(?:count|counts|be held|go|goes|work|works) against you)/,
    /your (?:rating|review|bonus|standing|reputation|career|promotion case) (?:will|would|is going to|could|might) (?:suffer|take a hit|be affected)/,
    /(?:can't|cannot|won't be able to) guarantee (?:your|you)/,
    /grounds for (?:dismissal|termination|a (?:formal|written)|disciplinary|removing you)/,
    // Support withheld or the work made harder as the penalty: "don't expect a raise", "unless …, I
    // won't sign off", "it'll get worse for you", "I'll be watching you".
    // Not a reason everyone shares: "don't expect a raise this year, the budget is frozen".
    /(?:don't|do not) expect (?:to come back|a (?:raise|bonus|promotion)(?![^.!?]*\b(?:budget|freeze|frozen|because|since|for anyone|for everyone|company-wide)\b)|me to (?:support|back|sign))/,
    /(?:i|we) (?:won't|will not|can't|cannot) (?:support|approve|sign off on|back|recommend)(?<=\b(?:if|unless) .{0,60}?\b(?:i|we) (?:won't|will not|can't|cannot) (?:support|approve|sign off on|back|recommend))/,
    /(?:look|looks|would look) (?:really |very )?(?:bad|terrible|awful|poor) (?:on you|for you|on your)/,
    /(?:looking at|talking to|interviewing) (?:replacements|other candidates|people to replace)/,
    /(?:i'll|i will|i'm going to) be watching (?:you|closely|very closely)/,
    /(?:get|gets|getting) worse for you/,
    /(?:make|making) (?:things|it|life) (?:harder|difficult|very difficult) for (?:you|yourself)/,
    /(?:not going to|won't|can't keep) carry(?:ing)? you/,
    /careful if i were you/,
    /watch (?:yourself|your step|your back)/,
    /again,? and (?:you're|you are|you'll be|we're|we are) (?:out|done|gone|off|finished)/,
    /one more (?:mistake|slip|miss|missed \w+|incident|complaint|outburst|strike|screw-?up|late \w+|of these|of those) and/,
    // "Miss one more date and we're done here": an order whose "and" clause ends the job.
    // (The "and …" part is a lookahead, so the prefilter reads the phrase from "miss one", not "and you'…".)
    /(?:miss|slip|break|skip|blow|drop) (?:one more|another|a single)(?= (?:\w+ ){0,2}and (?:you're|you are|we're|we are|you'll be|that's) (?:out|done|gone|finished|off)\b)/,
    // "Push on this any harder and I won't put you forward": a penalty from the speaker after "and".
    /(?:and|or) (?:i|we) (?:won't|will not) (?:put you forward|put your name forward|support your|back your|sign off on your|recommend you|promote you|nominate you)/,
    // "If you go over my head, it won't end well for you": the penalty left vague.
    /(?:won't|will not|doesn't|does not|isn't going to|is not going to) (?:end|go|turn out) (?:well|nicely|great) for you/,
    // "If you slip even once, you won't make it to week six": staying put in question by a condition.
    /(?:won't|will not) (?:make it|last|survive|be (?:here|around|staying))(?<=\bif you .{0,60}?\byou (?:won't|will not) (?:make it|last|survive|be (?:here|around|staying)))/,
    /(?:you're|you are) (?:easily |totally |completely )?replaceable/,
    /(?:hr|my boss|your skip|the director|leadership) (?:is going to|will|'ll|are going to) (?:be )?hear(?:ing)? about/,
    /strike (?:one|two|three)/,
    /(?:don't|do not|won't|will not) last (?:long )?(?:here|on this team|in this team)/,
    /(?:fireable|sackable)/,
    /a future(?<=\b(?:not sure|don't know if|doubt) (?:you have|there's) a future) (?:for you )?(?:here|on|at|with)/,
    /(?:won't|will not|doesn't|does not|isn't going to) (?:look good|reflect well|help you|go well) (?:at|in|for|on)/,
    // A plan as a prospect ("if this continues I'll put you on a PIP"), not the plan announced as
    // starting now ("I'm putting you on a PIP, starting today"), which is the decision.
    /(?:put|place|putting|placing) you on (?:a |the )?(?:pip|performance improvement plan)(?<=\b(?:if|unless|or|keep|'ll|will|going to|gonna|have to|might|could|may|would|'d)\b.{0,60}?(?:put|place|putting|placing) you on (?:a |the )?(?:pip|performance improvement plan))(?!.*\b(?:today|as of now|starting (?:today|now|monday|this week)|from (?:today|monday))\b)/,
    /or (?:a |the )?(?:pip|performance improvement plan)/,
    /or (?:else|there will be consequences)/,
    /there (?:will|'ll|would) be (?:consequences|repercussions)/,
    /(?:take|taking) (?:further|formal|more serious) (?:steps|action)/,
    /part(?:ing)? ways/,
    /(?:i won't|i will not|i wouldn't) be able to (?:protect|keep|defend|save) you/,
    /(?:nobody|no one|no-one)(?:'s| is) irreplaceable/,
    /door(?<=\b(?:there's|there is|you know where) the door)/,
    /would(?<=\b(?:plenty of|lots of|other) (?:people|engineers|candidates) (?:who )?would) (?:love|kill|happily take|jump at)/,
    /(?:be careful|think twice) (?:about )?(?:what you|before you|before going)/,
    /career[- ]limiting/,
    // Veiled: "I'd hate for this to affect your bonus", "you could find yourself looking elsewhere".
    /(?:i'd|i would) hate (?:for|to see) (?:this|that|it|you) (?:to )?(?:affect|impact|hurt|cost|damage|end up)/,
    /(?:cost you your|jeopardi[sz]e your|put your (?:job|role|position|bonus|promotion|place) at risk)/,
    /(?:lose your|be removed|be replaced|be demoted|be out of)(?<=\byou(?:'ll| will| might| could) (?:lose your|be removed|be replaced|be demoted|be out of))(?: (?:job|role|place|bonus|spot|seat|position|rights|access|a job|here|the team))?/,
    /(?:if you (?:don't|do not) like it|maybe you should),? (?:you (?:can|could) )?(?:always )?(?:leave|look elsewhere|go elsewhere|find (?:another|a new) (?:job|team|company))/,
    /(?:can't|cannot) keep (?:covering for|defending|protecting) you/,
    /file(?<=\b(?:in|on) your (?:personnel )?file)/,
    /you(?:'ll| will) regret/,
    // "We'll be having a very different conversation", "you're on thin ice": the penalty implied.
    /(?:different|harder|more serious|serious|tougher|less pleasant|more formal|formal) (?:kind of )?conversation(?<=\b(?:we'll|we will|we'd|we would|we're going to|it'll|it will|i'll|i will|next) .{0,30}?conversation)/,
    /thin ice/,
    /(?:running out of|losing) (?:patience|chances)/,
    /(?:no|don't see (?:a|much of a)|do not see (?:a|much of a)|not sure there's a|won't be a) future (?:for you )?(?:here|on|at|with)/,
    /no (?:more|second|further) chances?/,
    /(?:won't|will not) be (?:another|a second|any more) chance/,
    // "… or I'll have to pull it": a demand with a penalty held over it.
    /or (?:else )?(?:i'll|i will|we'll|we will|i'm going to) have to/,
    /for good(?<=\byou(?:'re| are|'ll be| will be) (?:off|out of|removed from) .{1,30}?for good)/,
    /(?:i'll|i will) remember (?:this|that)/,
    /(?:find out|see what happens|test me)(?<=\byou (?:don't|do not) want to (?:find out|see what happens|test me))/,
    /or (?:you're|you are|you'll be|you will be) (?:out|done|gone|off)/,
    // "Unless this changes, I'll have to involve HR": a step against the listener made conditional.
    /(?:i'll|i will|we'll|we will|i'm going to)(?<=\b(?:if|unless) .{0,60}?\b(?:i'll|i will|we'll|we will|i'm going to)) have to (?:take|start|escalate|let|remove|replace|reassign|pull|involve|put|consider other|look at other|move to)/,
    // "The consequences of drinking" describes; a consequence promised for the listener threatens.
    /(?:face|suffer|accept|deal with) (?:the )?consequences/,
    /consequences (?:for you|if you|will follow)/,
    /your (?:job|position|role|bonus|promotion|raise) (?:is|could be|will be|might be) (?:on the line|at risk|in jeopardy|in danger)/,
    /on the line/,
    /(?:be |get |getting )(?:fired|let go|terminated|sacked)/,
    /lose your job/,
    /(?:final|last) (?:warning|chance)/,
    // "Consider this a warning", "you're on notice", "your days here are numbered": the penalty
    // already in motion.
    /(?:consider (?:this|yourself)|this is) (?:a |your |an )?(?:formal |official |written |verbal |first )?(?:warning(?! (?:sign|signal|light|flag)s?\b)|on notice)/,
    /(?:you're|you are|put you) on notice/,
    // The penalty named as the next thing to happen: "I don't want to have to take this further",
    // "you don't want this to become an HR matter", "I'm not sure how long I can keep you",
    // "your promotion is off the table if …", "this could cost you the promotion", "people have been
    // let go for less", "your position here depends on it", "you'll be on a PIP by …", "I'm keeping a
    // record of every …". Not "we'll keep a record of progress" (the plan's own notes).
    /(?:have to|need to) take (?:this|it|things) (?:further|higher|up the chain|upstairs)(?! (?:with|for you|on your behalf|to get)\b)/,
    /(?:become|turn into|turns into|becomes) an? (?:formal |official )?(?:hr|formal|disciplinary) (?:matter|issue|case|conversation)/,
    /how (?:long|much longer) (?:i|we) can (?:keep|protect|defend|justify keeping) you/,
    /off the table(?<=\byour (?:promotion|raise|bonus|role|place|spot|lead role|position) (?:is|will be|'s|would be) off the table)/,
    /cost you (?:your|the|a) (?:job|role|promotion|bonus|raise|place|spot|position|lead)/,
    /(?:fired|let go|sacked|dismissed|managed out) for less/,
    /your (?:job|position|role|place|future|spot)(?: here| on (?:the|this) team)? (?:depends|rides|hinges) on (?:it|this|that|how you|whether you|you)/,
    /on (?:a |the )?(?:pip|performance (?:improvement )?plan)(?<=\b(?:you'll|you will|you're going to) (?:be|end up|find yourself) on (?:a |the )?(?:pip|performance (?:improvement )?plan))/,
    /(?:keeping (?:a )?(?:record|log|track|notes?)s? of|documenting) (?:this|these|all|every|each|everything|your)(?<=\b(?:i'm|i am|i've been) (?:keeping (?:a )?(?:record|log|track|notes?)s? of|documenting) (?:this|these|all|every|each|everything|your))/,
    /(?:you can )?forget about (?:the|your|a|any) (?:promotion|raise|bonus|pay rise)/,
    /(?:looking for|out of) (?:a new|another) (?:job|role)(?<=\band you(?:'ll| will) be (?:looking for|out of) (?:a new|another) (?:job|role))/,
    /(?:think|be) (?:very |really )?(?:carefully|careful|hard|twice) before (?:doing|saying|trying) (?:that|this|it) again/,
    /(?:won't|will not|isn't going to|wouldn't|would not) be (?:good|great) for your (?:career|review|rating|promotion|future|standing|reputation)/,
    /(?:this|that|it)(?:'s| is) going on (?:the |your )?record/,
    /(?:next|further|formal) steps(?<=\b(?:or|otherwise) there(?: will|'ll| would) be (?:next|further|formal) steps)/,
    // The job itself named as what is at stake: "we'll be looking at termination", "the next step
    // would be letting you go" (not "we're not letting you go"), "the end of your time here", "your
    // chance to save your job", "that gets people fired", "you'll find yourself off the team",
    // "you'll lose the lead role", "one of you will be moving teams", "people who'd take your spot",
    // "people will start to wonder about your commitment".
    /(?:looking at|move to|moving to|lead to|proceed to|considering) (?:termination|terminating you|letting you go|dismissal|firing you)/,
    /letting you go(?<!\b(?:not|never|no one is|nobody is|isn't about|not about) letting you go)/,
    /end of your (?:time|job|career|role) (?:here|on|at|with)/,
    /chance to (?:save|keep) your (?:job|place|role|position|spot)/,
    /gets? (?:people|you|engineers|someone) (?:fired|let go|sacked|walked out)/,
    /find yourself (?:off|out of|without) (?:the|a) (?:team|job|role|project)/,
    /lose the (?:lead role|lead|role|job|spot|place|promotion|bonus)(?<=\byou(?:'ll| will| could| might| would) lose the (?:lead role|lead|role|job|spot|place|promotion|bonus))/,
    /one of you (?:will|'ll|is going to) (?:be moving (?:teams|on|out)|be moved (?:off|out|to another team)|have to (?:move|leave|go)|be leaving)/,
    /your (?:spot|place|job|seat|role)(?<=\b(?:people|engineers|candidates|others|someone) (?:who(?:'d| would| will)|would|will|'d) (?:happily |gladly )?(?:take|fill|want|love) your (?:spot|place|job|seat|role))/,
    /(?:wonder|question|ask questions) about your (?:commitment|future|place|loyalty)(?<=\b(?:people|they|leadership|others) (?:will|'ll|might|may|are going to) (?:start to )?(?:wonder|question|ask questions) about your (?:commitment|future|place|loyalty))/,
    // A refusal said to depend on the listener: "I won't put you up for promotion if this continues".
    /if (?:this|it|that|things) (?:continues|carries on|keeps (?:up|happening|going)|happens again|doesn't change|doesn't improve)(?<=\b(?:i|we) (?:won't|will not|can't|cannot|wouldn't) (?:be able to )?(?:support|promote|put you|back|approve|sign|recommend|keep|protect|defend|nominate)\b.{0,60}?\bif (?:this|it|that|things) (?:continues|carries on|keeps (?:up|happening|going)|happens again|doesn't change|doesn't improve))/,
    /(?:won't|will not) (?:be (?:promoted|put forward)|get promoted)(?<=\b(?:if|unless) .{0,80}?(?:won't|will not) (?:be (?:promoted|put forward)|get promoted))/,
    // "If this doesn't improve, we'll need to talk about whether this role is right for you"; without
    // the condition ("let's talk about whether this role is still right for you") it asks.
    /right (?:fit )?for you(?<=\b(?:if|unless|otherwise|or) .{0,80}?\bwhether (?:this|the) (?:role|team|job|place|company) is (?:still )?(?:the )?right (?:fit )?for you)/,
    /days (?:here |on (?:this|the) team )?are numbered/,
    /(?:i'll|i will|i'm going to|i am going to) (?:have to )?(?:escalate this to hr|go to hr|involve hr|report (?:this|you)|write you up|take (?:formal )?action|start (?:a|the) (?:formal|disciplinary))/,
    /hr will (?:be involved|hear about)/,
    /disciplinary/,
    /i can't protect you/,
    /whether you (?:want|belong) to (?:work|stay) here/,
    /think about your future here/,
    // "If it happens again, we'll have to escalate": the speaker's next step made a penalty. Not
    // "if it happens again, I'll cover it", an offer.
    /if (?:this|it) (?:happens|continues) again,? (?:(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to) (?:have to|need to|be forced|be having|be taking|be escalating|escalate|report|take (?:action|it|this|things|further)|involve|let you|remove|replace|reconsider|start (?:a|the|looking))|there(?:'ll| will| is going to) be)/,
    /don't make me/,
    // An ultimatum whose "and" half is the penalty: "carry over again and you won't be on the
    // launch", "keep leaving early and HR will hear about it", "another complaint and this becomes
    // a formal matter", "one more incident like that and you're off the project", "ask again and
    // I'll make sure it never gets approved". The first half must be a condition (again, keep
    // …ing, one more, another): "take the offer and you won't be on call" only says what follows.
    /and(?<=\b(?:again|keep \w+ing|one more|another|any more|once more|next \w+)\b.{1,80}?\band),? (?:we(?:'re| are) (?:done|finished|through)|(?:it's|that's) out of my hands|you(?:'ll| will)? (?:won't|will not|can't|cannot) (?:be (?:on|in|part of|considered|working|leading|staying|getting|eligible|invited|going)|get (?:promoted|the|a|your|to))|you(?:'re| are|'ll be| will be) (?:off|out|done|gone|finished)|i (?:can't|cannot|won't|will not) (?:promise|guarantee|protect|defend|support|back)|i(?:'ll| will| am going to|'m going to) make sure (?:\w+ ){0,3}?(?:never|doesn't|does not|don't|won't|isn't|not)|hr (?:will|'ll|is going to|are going to|gets involved)|(?:this|it|that)(?:'ll| will)? (?:becomes?|turns? into|goes? (?:in|on|into|to|on)))/,
    // An order whose "or" half is the penalty: "be back on camera by next week, or this goes in
    // your review", "don't go over my head again, or it'll cost you", "either you change or I'll
    // find someone who will", "sort it out by Friday or I decide for you". Not "or I'll find
    // someone to cover", which helps.
    /or (?:else )?(?:(?:this|it|that)(?:'ll| will| is going to)? (?:goes?|ends? up|be) (?:in|on|into) your|(?:it|this|that)(?:'ll| will| is going to|'s going to| could| might) cost you(?! (?:a|an|the|some|time|\d)\b)|(?:i|we)(?:'ll| will| am going to|'m going to)? (?:have to )?(?:find|get|hire) (?:someone|somebody) (?:else )?(?:who (?:will|can|does|wants|would)|to replace you|for your)|(?:i|we) (?:decide|pick|choose|make the call) for|you can forget)/,
    // "Complain to the committee and you can forget about next cycle": something the listener wants,
    // withdrawn as the price.
    /forget about(?<=\b(?:and|then) you can forget about)/,
    // "If you don't speak up, you'll be the next one out the door": the exit named.
    /out the door(?<=\byou(?:'ll| will|'re| are)(?: be)? (?:the (?:next|first) (?:one|person) )?out the door)(?! (?:by|at|before|early|on time|tonight|today)\b)/,
    // "If I see one more comment like that, it goes in your performance review": the review or record
    // as the penalty once a condition is set. Not "it'll go in your review as a highlight".
    // A step against the listener promised once a condition is set: "do it again and I'll pull you
    // off the team", "if you pull that again, I'm escalating", "let this slip again and we'll be
    // talking about your role", "next time, it's a written warning". Without the condition ("I'll
    // take you off the rotation from Monday") the same words can relieve.
    whole(
      /(?:pull|take|move|kick|drop|bump) you (?:off|out of|from)(?<=\b(?:if|unless|again|one more|another|keep (?:\w+ing|(?:this|it|that) up)|next time|any more)\b.{1,80}?\b(?:i'll|i will|i'm going to|we'll|we will|we're going to|i'll have to|we'll have to|i'll need to) (?:pull|take|move|kick|drop|bump) you (?:off|out of|from))/,
    ),
    /escalat(?:e|ing)(?<=\b(?:if|unless|again|one more|another|keep (?:\w+ing|(?:this|it|that) up)|next time|any more)\b.{1,80}?\b(?:i'll|i will|i'm|i am|we'll|we will|we're) (?:going to |have to |need to )?escalat(?:e|ing))(?=(?: (?:this|it|things|you))?(?:\s*(?:[.!;]|$)| (?:to (?:hr|my boss|my manager|your skip|leadership|the director|people ops)|further|upstairs|formally)\b))/,
    /(?:be talking|have to talk|need to talk) about your (?:role|job|position|place|future|spot)(?<=\b(?:if|unless|again|one more|another|keep (?:\w+ing|(?:this|it|that) up)|next time|any more)\b.{1,80}?\b(?:we'll|we will|we're going to|i'll|i will) (?:be talking|have to talk|need to talk) about your (?:role|job|position|place|future|spot))/,
    whole(
      /(?:written|formal|final|official|verbal) warning(?<=\b(?:if|unless|again|one more|another|next time)\b.{0,60}?\b(?:it's|it is|it'll be|it will be|that's|there'll be|there will be|you'll get|you will get) (?:a |your )?(?:written|formal|final|official|verbal) warning)/,
    ),
    // The listener's standing said to be unsafe or in question: "your spot on the team isn't safe",
    // "leadership is asking whether you're the right fit", "one of you is going".
    /(?:job|role|spot|place|position|seat)(?<=\byour (?:job|role|spot|place|position|seat))(?: here| on (?:the|this) team| on the project)? (?:isn't|is not|won't be|may not be|might not be|is no longer) (?:safe|secure|guaranteed)/,
    /(?:asking|wondering|questioning|asked|wondered|asking themselves) (?:whether|if) you(?:'re| are) (?:the right fit|a (?:good )?fit|right|cut out) for/,
    /one of you (?:is going|is leaving|goes|has to go|will go|will have to go)(?=\s*(?:[.!,;]|$))/,
    // "You won't get another chance", "don't let me catch you …", "don't come crying to me", "you
    // can kiss the promotion goodbye", "… and see what happens".
    /(?:won't|will not|don't|do not) get (?:another|a second|a third|any more|more) chances?/,
    /let me catch you/,
    // The penalty veiled as regret, patience or a place: "I'm not sure there's a place for you here",
    // "my patience has limits", "I'd hate to see you lose the title", "it would be a shame if your
    // review reflected this", "I've protected you so far", "I'm out of options", "it'll be with HR in
    // the room", "you don't want to make an enemy of me", "think about your family before …".
    /(?:place|room|future|spot|seat)(?<=\b(?:not sure|doubt|don't know if|don't think) (?:there's|there is|there'll be|there will be|there's still) (?:a |still a |much of a )?(?:place|room|future|spot|seat)) for you/,
    /patience (?:has (?:its )?limits|is (?:running out|wearing thin|not unlimited|running thin)|only goes so far)/,
    /(?:lose|losing) (?:the|your) (?:[\w-]+ )?(?:title|role|lead|job|spot|bonus|promotion|place|seat)(?<=\b(?:hate (?:for|to see) you|you(?:'ll| will| could| might| would| may)|see you) (?:lose|losing) (?:the|your) (?:[\w-]+ )?(?:title|role|lead|job|spot|bonus|promotion|place|seat))/,
    /(?:shame|pity)(?<=\b(?:be a|be such a) (?:shame|pity)) if (?:your|this (?:ended up|showed up|affected|reflected)|it (?:ended up|affected|showed up))(?! (?:great |good |hard |best )?(?:work|effort|idea|ideas|contribution|contributions)\b)/,
    // A regret on condition of a loss to their standing, whatever the verb: "it would be a shame if
    // people started to see you as …", "… if this came up in your review", "I'd hate for this to
    // end up hurting your chances". Not a regret about the work ("if we lost the learnings").
    new RegExp(
      `(?:shame|pity|waste|unfortunate|hate)(?<=\\b(?:be (?:a |such a |a real |a bit of a )?(?:shame|pity|waste)|be unfortunate|(?:i'd|i would|i'll|i will) hate))(?= (?:if|for|it if|to see)\\b.{0,80}?${STANDING})`,
    ),
    // Leaving put to an unhappy listener: "nobody is forcing you to stay", "you're free to leave if
    // …", "if it's that bad, the door is open". Not "nobody is forcing you to take the pager".
    /(?:forcing|making|keeping|holding) you (?:to stay|here|to work here)(?<=\b(?:nobody|no one|no-one|nobody's|no one's)(?: is)? (?:forcing|making|keeping|holding) you (?:to stay|here|to work here))/,
    /(?:free|welcome) to (?:leave|go|look elsewhere)(?<=\byou(?:'re| are) (?:free|welcome) to (?:leave|go|look elsewhere))(?= (?:if|whenever|any time|anytime)\b|\s*(?:[.!,;]|$))/,
    /door(?<=\bif\b.{0,60}?\bthe door)(?:'s| is) (?:right )?(?:there|open)/,
    /(?:protected|covered for|defended|shielded|carried) you (?:so far|until now|up to now|this far|for (?:a while|months|too long))/,
    // Pressure from above with a warning not to fail: "leadership is watching this closely, so
    // let's not mess it up", "all eyes are on this launch, so don't blow it". Not "leadership is
    // watching, so I'll keep them updated".
    /(?:watching|eyes)(?<=\b(?:leadership|management|execs|the (?:execs?|exec team|ceo|cto|vp|vps|director|board|higher-?ups|big bosses)|upper management|senior leadership)(?: is| are) watching|\ball eyes)(?=.{0,60}\b(?:don't|dont|do not|let's not|lets not|better not|can't afford to) (?:mess|screw|blow|muck|fumble|stuff)(?: (?:it|this|things|that))?(?: up)?\b)/,
    /(?:i'm|i am|we're|we are) (?:running )?out of options(?=\s*(?:[.!;]|$))/,
    /hr (?:in the room|on the call|present|involved)(?<=\b(?:if|unless|again|next time|one more|another)\b.{1,80}?\b(?:with|and|get|have|bring|brings|bringing) hr (?:in the room|on the call|present|involved))/,
    /enemy of me|(?:don't|do not) cross me/,
    /think about your (?:family|mortgage|visa|kids|career) before/,
    whole(
      /(?:bonus|promotion|raise|rating|review|title|lead role|transfer|visa) (?:really |all )?(?:depends|rides|hinges) on(?<=\byour (?:bonus|promotion|raise|rating|review|title|lead role|transfer|visa) (?:really |all )?(?:depends|rides|hinges) on)(?= (?:how you|whether you|what you|how the next|how this|how things|you|this)\b(?! (?:cycle|round|year|committee|panel)\b))/,
    ),
    /(?:promotion|raise|bonus|transfer|move|title) (?:is not|isn't|won't|will not|is never) (?:going to )?happen(?= (?:if|unless|while|as long as)\b)/,
    /(?:i'll|i will|we'll|we will) (?:have to )?find (?:someone|somebody) (?:else )?who (?:will|can|does|wants to)/,
    /come (?:crying|running|complaining) to me/,
    /kiss (?:(?:\w+ ){1,3}?goodbye|goodbye to)/,
    /see what happens(?<=\b(?:and|then|just) see what happens)(?=\s*(?:[.!]|$))/,
    whole(
      /(?:go|goes|end up|ends up|show up|shows up|be|is) (?:in|on|into) your(?<=\b(?:if|unless|again|one more|another|keep \w+ing)\b.{1,80}?\b(?:it|this|that)(?:'ll| will| is going to| would)? (?:go|goes|end up|ends up|show up|shows up|be|is) (?:in|on|into) your) (?:\w+ )?(?:review|record|file|appraisal|rating)(?! as (?:a|an) (?:highlight|win|strength|achievement|positive)\b)/,
    ),
    // The veiled threat: a protection with a limit ("there's only so long I can keep it out of
    // calibration"), a record the speaker would "rather not" write, support others will withhold
    // ("they don't fight for him"), an outcome the listener "won't enjoy", patience that won't
    // last the plan ("I'm not going to wait out the whole six"), or a fault condition with the
    // outcome "out of my hands".
    /only so (?:long|much|far)(?<=\b(?:there's|there is|it's|it is|i can|i can only|we can only)? ?only so (?:long|much|far)) (?:that )?(?:i|we) can (?:keep|protect|cover|shield|hold|defend|carry|hide|explain|justify)/,
    whole(
      /(?:rather not|hate to|(?:don't|do not) want to have to|(?:don't|do not) want to) (?:have to )?(?:write|put|note|document|record|mention) (?:it|this|that)(?: down)? (?:in|on|into) (?:there|your (?:[\w-]+ )?(?:review|file|record|appraisal|rating)|the (?:review|file|record|appraisal))/,
    ),
    /fight for (?:you|him|her|them|someone|people)(?<=\b(?:won't|don't|do not|will not|wouldn't|would not|stop|no longer|nobody will|no one will|nobody's going to|no one's going to) (?:be going to |going to )?fight for (?:you|him|her|them|someone|people))/,
    whole(
      /(?:won't|will not|isn't going to|aren't going to|not going to|wouldn't) (?:enjoy|like) (?:the (?:conversation|outcome|result|consequences|meeting|fallout|follow-up)|what (?:happens|comes next|follows))/,
    ),
    // A FRAME: a condition of fault ("if you miss …", "unless …", "one more …", "again", "next
    // time", "keep …ing", "fail one …") or an order's "or", then in the same sentence a step the
    // speaker takes against the listener's job (a LEXICON: taking a role or project away, handing
    // their work to someone else, putting it in their review, the listener out). Without the
    // condition the same words can relieve ("I'll take the pager off you", "I'll hand the ranker to
    // another team so you can focus"): the condition is what makes them a price.
    // One regex, so the condition is spelled once: each consequence carries its own lookahead.
    whole(
      new RegExp(
        `(?:away from you|to (?:another|a different|someone else|somebody else)|going (?:in|on|into) your (?:[\\w-]+ )?(?:review|record|file|appraisal|rating|write-up)|you(?:'re| are|'ll be| will be) (?:out|gone|done|finished)|out of my hands|wait (?:out |for )?(?:the (?:whole|full|rest of the|entire)|all|until the end))(?<=\\b(?:${COND}|or)\\b.{1,80}?\\b(?:${CONSEQUENCE}))`,
      ),
    ),
    // How people will see them, made to hang on a condition: "keep this up and people will start
    // to think of you as difficult", "if you carry on like this, leadership will see you as a
    // problem". Not a prospect that praises ("keep this up and people will see you as the go-to
    // person for search"), nor a condition on the speaker ("if I'm frank, some people see you as
    // a box-ticker" is hearsay of a label).
    whole(
      new RegExp(
        `(?:see|think of|view|regard|know|label|remember|treat)s? you as(?<=\\b(?:(?:if|unless) (?:you|this|that|it|things)|keep (?:\\w+ing|(?:this|it|that) up)|carry on|one more|again|another)\\b.{1,80}?\\b(?:people|ppl|folks|they|everyone|everybody|others|leadership|the team|the committee|the org|your peers|the directors?)(?: (?:will|'ll|are going to|gonna|might|may|could|would|'d))? (?:(?:start|begin) (?:to )?|come to )?(?:see|think of|view|regard|know|label|remember|treat)s? you as)(?= (?:(?:a bit|something|kind|sort) of |quite |really |pretty |a real |just )?(?:an? |the )?(?:${NEGATIVE_TRAITS}|${NEGATIVE_PERSON_NOUNS}|problem|someone who|somebody who|the one who|trouble)\\b)`,
      ),
    ),
    // Support withheld as the price: "don't expect me to fight for you in June".
    /expect me to(?<=\b(?:don't|do not) expect me to) (?:(?:fight|go to bat|stick up|stand up|speak up|argue|push|advocate|vouch) for you|(?:back|support|defend|protect|cover for|sponsor|promote|recommend|nominate) you)/,
    // A precedent as warning: "the last three people who coasted aren't here anymore", "people who
    // miss dates don't last long here".
    whole(
      /(?:anymore|any more|for long|very long|long here)(?<=\bwho (?:[\w-]+ ){0,2}?(?:coast\w*|slack\w*|miss\w*|skip\w*|blew|blow\w*|slipp?\w*|complain\w*|push\w* back|underperform\w*|did that|do that|tried that|try that|went over|go over|cross\w*|argu\w*|fail\w*|dragg?\w*|phon\w* it in|check\w* out|didn't deliver|don't deliver)\b.{0,40}?\b(?:aren't|isn't|are not|is not|are no longer|is no longer|weren't|didn't (?:stay|last|stick around)|don't (?:stay|last|stick around)|never (?:stay|last|lasted)) (?:here |around |with us |on the team )?(?:anymore|any more|for long|very long|long here))/,
    ),
  ]),
];
