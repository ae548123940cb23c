import { hot } from "./hot-regexes";
import type { Move, MoveKind } from "./move.schema";
import { normaliseChat, originalSpan } from "./normalise";
import { phrasesByFirstLetter } from "./phrases";
import { normaliseText, type Sentence, splitSentences } from "./segment";

type Role = "praise" | "critique";

/** Moves that already tell a sentence's role in a praise-criticism-praise structure. */
const MOVE_ROLE: Partial<Record<MoveKind, Role>> = {
  appreciation: "praise",
  vague_feedback: "critique",
  blame_absolute: "critique",
  character_label: "critique",
  threat: "critique",
};

/**
 * Words of praise. "Glad" and "happy" count only about the person or their work ("happy with your
 * work", "glad to have you"), not "happy to help" or "glad you told me", which thank or offer.
 */
const PRAISE = hot(
  phrasesByFirstLetter(
    /great|good|nice|excellent|solid|strong(?:est)?|love|loved|impressive|impressed|well done|thank|thanks|appreciate|proud|awesome|fantastic|amazing|grown so much|(?:so much|real|huge|a lot of) potential|(?:come|came) a long way|valuable|brilliant(?:ly)?|terrific|superb|outstanding|spot on|star|asset|heart of|rigou?r|(?:happy|pleased|glad) (?:with|about) (?:your|you|the work|how you)|(?:glad|happy|lucky) to have you|believe in you|valued|value (?:you|your|what you)|(?:huge|big|key) part of|(?:i know|i'm sure|i'm confident|i am confident) you(?:'ll| will| can)|you(?:'re| are) (?:so |really |very )close|incredible|exceptional|talented|(?:real|natural|rare|a lot of|so much) talent|gifted|(?:doing|did|done|went|going|gone|performed|handled) (?:really |so |very |incredibly |super )?well|appreciat\w*|(?:really |i )like (?:how|the way|what|your)|helpful|keep doing what you're doing|(?:glad|happy) (?:you're|you are) here|thrilled|delighted|enjoy(?:ed)? (?:working|having|your|the way)|admire|(?:respect|trust) (?:you|your|how)|a pleasure|top-notch|first-rate|stand-?out|shone|shine|clever|elegant|thoughtful|keep (?:it|that) up|keep up the|(?:so|really|very) pleased|go-to|rock-solid|on (?:the right )?track|(?:you've|you have) got (?:it|this) in you|top-class|first-class|world-class|wonderful|phenomenal|stellar|remarkable|fabulous|congrat\w*|kudos|nailed it|crushed it|rock ?star|important to (?:us|me|the team)|one of (?:our|the) (?:best|top|most)|thorough|useful|slick|(?:a )?joy to work with|(?:smashing|killing|crushing|rocking) it|top notch|gorgeous|beautiful|lovely|a natural|(?:you've|you have) (?:really )?stepped up|(?:a|my|our) rock|favou?rite|(?:big|huge|great|real|massive) win|well[- ](?:written|structured|thought[- ]out|argued|run|organi[sz]ed|executed|reasoned|designed|documented|tested|judged|timed)|(?:was|were|is|are|'s|'re) (?:\w+ )?the best(?! (?:way|practice|approach|option|bet|case|guess|place|time|thing|we can|i can|you can)\b)|(?:nobody|no one|no-one) (?:else )?(?:[\w-]+ ){1,4}?like you(?: do| did| can)?|thx|(?:smoothest|cleanest|best-run|finest|calmest) [\w-]+ (?:they've|we've|i've|anyone's|they have|we have|i have) (?:ever )?(?:seen|had|done|run)|(?:is|was|are|were|'re|'s) (?:honestly |really |literally )?the reason (?:we|the team|it|everything)|(?:looks?|looking|feels?|feeling|got|getting|gotten) (?:way|much|so much|a lot|loads) better/,
  ),
);
const CRITIQUE = hot(
  phrasesByFirstLetter(
    /need(?:s|ed)? to|should(?:n't)? have|could (?:have|be) (?:better|improved|tighter|clearer)|missed|late|slip(?:ped|ping|s)?|slow|rough edges|messy|(?:a|of a|such a|total|complete|real|hot) mess|only thing(?= is|,|:)|(?:has|have|must) to (?:change|stop|improve|get better)|(?:not|isn't|aren't) living up|bumpy|caused|(?:wasn't|isn't|not) (?:okay|ok|fine)|(?:isn't|is not|won't be|not) happening|to be (?:a bit |a little )?more|be (?:a (?:bit|little|lot) |much |way |slightly )?(?:nicer|kinder|friendlier|gentler|softer|warmer|calmer|clearer|tidier|less harsh)|concern(?:ed|s)?|issues?|problems?|not (?:great|good|enough|ideal|acceptable|quite)|improve|sloppy|mistakes?|wrong|lacking|disappoint\w*|frustrat\w*|unacceptable|too (?:slow|many|much|long|few)|fell short|falling short|below|gaps?|worried|struggl\w*|broke|broken|fail(?:ed|ing|s)?|bugs?|unprofessional|rude|dismissive|careless|harsh|inappropriate|unacceptable|upset\w*|can(?:'t|not) keep|need you (?:to )?\w+|shame|pity|could have been (?:a bit |a little |much )?\w+er|would have been (?:nice|good|better|great)|didn't (?:make it|get|go through|happen|land|show|demonstrate|deliver|meet|hit)|(?:i )?wish you(?:'d| had| would)|(?:got|gotten|been|are|were|is|was|'re|'s|getting|sounds?|sounded|came across as) (?:a bit |a little |far |way |much )?too (?!good|kind|generous|modest)\w+|not this (?:time|cycle|round|year)|(?:hasn't|haven't|didn't|isn't|aren't|not) (?:\w+ )?(?:met|meeting|meet|ready|there yet)|(?:decide|decided|chose|opted) not to|room for improvement|missing|skipped|(?:had|got|received|heard) (?:some )?(?:feedback|complaints?)|(?:wasn't|weren't|hasn't been|haven't been) (?:properly |fully |really )?\w+ed|(?:to|should|could|can) work on|behind|overdue|delay(?:ed|s)?|rushed|unclear|confusing|hard to follow|curt|blunt|abrupt|complain\w*|forgot|dropped the ball|going forward|in future|from now on|the only thing|one thing (?:i'd|to|we need|you need|that needs)|less than ideal|wasn't great|could (?:do|use) with|(?:would|i'd) (?:like|love) (?:you )?to see (?:more|less|fewer)|not happy|unhappy|escalat\w*|next time|nit(?:pick)?|(?:small|little|minor) thing|(?:smaller|lower|less) than (?:you|we|what)|(?:isn't|wasn't|aren't|weren't|hasn't been|haven't been) (?:quite |really |always )?(?:great|good|ideal|enough|acceptable|okay|ok)|(?:hasn't|haven't|didn't|hadn't) (?:really |quite )?(?:gone|go|been going) (?:well|great|smoothly|to plan)|(?:a bit|a little|slightly|somewhat|rather) (?:thin|light|sparse|quiet|loud|harsh|rough|vague|off|much|abrupt|terse|sharp|slow|late|messy|long|dense|scattered|chaotic|heavy|brusque|cold|dismissive|defensive|hasty|narrow)|(?:i|we) did (?:think|notice|feel|wonder|want|see)|(?:it's|it is|it was) just that|my (?:one|only) (?:concern|worry|ask|note|nit|gripe)|(?:carried|rolled|spilled) over|(?:don't|doesn't|didn't|do not|does not|rarely|hardly ever) (?:really )?(?:engage|speak up|participate|contribute|share|communicate|respond|reply|show up|join|update|document|ask)|interrupt\w*|talk(?:ed|ing)? over|(?:i'd|i would|i want to|i'm going to) (?:push|challenge|nudge) you|lag(?:s|ging|ged)?|one thing[,:]|needs? (?:better|clearer|more|tighter)|(?:i'd|i would) (?:like|love) to see (?:faster|better|quicker|clearer|tighter|growth|improvement|some)|(?:my )?only (?:feedback|note|suggestion|comment|concern)|(?:was|were|is|are|been) (?:way |a bit |a little |slightly |pretty |quite )?off(?! (?:sick|work|the|on|call|for|duty)\b)|getting (?:long|big|out of hand|late|sharp|heated|personal|tense|snippy|prickly|nasty)|out of hand|too far|crossed a line|over the line|you (?:never|don't ever|hardly ever|seldom) [\w-]+|(?:landed|land|lands|landing|came across|come across|comes across|coming across) (?:badly|poorly|wrong|harshly|hard|as harsh|as rude|as dismissive)|(?:would|it'd|it would) be (?:good|nice|great|helpful) (?:to (?:see|hear|get|have) (?:more|less|fewer|you)|if you)/,
  ),
);
/**
 * A failure word denied praises a result ("no failed payments", "zero bugs", "without a single
 * incident"): removed before CRITIQUE is read, so the sentence counts as praise.
 */
const DENIED_FAILURE = hot(
  /\b(?:no|zero|not (?:a single|one)|without(?: a single| any)?|never (?:a|any))(?: \w+)? (?:failed|failures?|bugs?|issues?|problems?|mistakes?|incidents?|errors?|pages?|complaints?)\b/g,
);

/**
 * Praise that names a failure word in a comparison ("nobody catches bugs like you do"): removed
 * before CRITIQUE is read, as a denied failure is.
 */
const PRAISING_COMPARISON = hot(
  /\b(?:nobody|no one|no-one) (?:else )?(?:[\w-]+ ){1,4}?like you(?: do| did| can)?\b/g,
);

/**
 * What others said or found, passed on ("some people find the comments harsh", "I've heard you're
 * quiet in retros", "from what I hear"): criticism only when the clause has no praise ("people
 * found your docs really useful", "I've heard great things" praise).
 */
const HEARSAY = hot(
  phrasesByFirstLetter(
    /(?:(?:some|a few|several|a couple of) (?:people|folks|colleagues|of the team)|people|folks|others) (?:find|found|feel|felt|say|said|mentioned|have mentioned|think|thought|are noticing|have noticed|noticed)/,
    /(?:i've heard|i heard|i've been told|i was told|from what i(?:'ve)? hear(?:d)?|word is)/,
  ),
);

/**
 * The regexes detectMoves' opening filter reads for the sandwich, in this order: bit 0 of a
 * sentence's `may` is PRAISE, bit 1 CRITIQUE, bit 2 HEARSAY. A clear bit means the regex cannot
 * match the sentence nor any clause of it, so it is not run.
 */
export const SANDWICH_WORDS: readonly RegExp[] = [PRAISE, CRITIQUE, HEARSAY];
const MAY_PRAISE = 1;
const MAY_CRITIQUE = 2;
const MAY_HEARSAY = 4;
/** Every bit: each regex may match. */
export const SANDWICH_BITS = MAY_PRAISE | MAY_CRITIQUE | MAY_HEARSAY;

/**
 * "Interrupts" as a noun, the work that breaks into a day ("log the interrupts", "fewer ad-hoc
 * interrupts"): removed before CRITIQUE is read, which keeps "you interrupted Priya" a criticism.
 */
const INTERRUPTS_AS_WORK = hot(
  /\b(?:the|those|these|log|logs|logging|logged|track|tracks|tracking|tracked|count|counting|of|more|fewer|less|any|all|your|their|our|my|ad-hoc|adhoc|support|finance|daily|constant) interrupts?\b/g,
);

/**
 * The talk's agenda announced ("there's something we need to go over today", "I need to talk to
 * you about the rota"): removed before CRITIQUE is read, so its "need to" criticises nothing; what
 * follows it still can ("we need to talk about the missed deadlines"). Review 9a #11: a filler and
 * an agenda line were read as the criticism half of a sandwich.
 */
const AGENDA = hot(
  /\b(?:(?:we|i)(?: really| just)? (?:need|needed|have|had|want|wanted|got) to|(?:we|i)(?:'ve| have) got to|(?:we|i)(?:'d| would) like to) (?:quickly |briefly |also )?(?:go over|go through|talk(?: to you| with you)?(?: about| through)?|discuss|cover|chat(?: about)?|catch up(?: on| about)?|look at|have a (?:chat|talk|word|conversation)(?: about)?)\b/g,
);

/**
 * A plan or an offer checked for their agreement, at the end of a sentence: "Sound good?", "…, sound
 * good to you?", "Would that be helpful?", "Would it be useful to pair with Wei?", "Is that good
 * with you?". The praise word in it asks whether the plan suits them; it praises nobody, so it is
 * removed before PRAISE is read again (a thank-you, a plan that needs something, then "Sound
 * good?" is no sandwich).
 */
const AGREEMENT_CHECK = hot(
  /(?:^|[,;:\u2014\u2013]\s*|\s-\s*)(?:so,?\s+|and\s+|okay,?\s+|ok,?\s+)?(?:(?:does|would|will|is|could|can) (?:that|this|it|the plan|that plan|this plan)(?: still| all)?(?: (?:sound|be|look|seem|feel))?|(?:sounds?|looks?|seems?|feels?)|all)? ?(?:(?:really|pretty|so|very) )?(?:good|great|helpful|useful|like a (?:good |great )?plan)(?: (?:to|for|with|by) you| (?:to|if) [^?]*)?(?: at all)?\s*\?$/,
);

function praises(text: string, may: number): boolean {
  return (
    (may & MAY_PRAISE) !== 0 && PRAISE.test(text) && PRAISE.test(text.replace(AGREEMENT_CHECK, ""))
  );
}

function critiques(text: string, may: number): boolean {
  if ((may & MAY_HEARSAY) !== 0 && HEARSAY.test(text) && !praises(text, may)) return true;
  if ((may & MAY_CRITIQUE) === 0 || !CRITIQUE.test(text)) return false;
  return CRITIQUE.test(
    text
      .replace(DENIED_FAILURE, "")
      .replace(PRAISING_COMPARISON, "")
      .replace(INTERRUPTS_AS_WORK, "")
      .replace(AGENDA, ""),
  );
}

const CLAUSE_BREAK = hot(/[,;:\u2014\u2013]|\s-\s/);
const CONTRAST = hot(/(?:^|[\s,;])(?:but|however|although|though|that said|yet|unfortunately)\b/);

function startsPraise(s: Sentence, moves: readonly Move[]): boolean {
  for (const m of moves) if (m.start === s.start && MOVE_ROLE[m.move] === "praise") return true;
  return false;
}

/** Pushes the role of each comma clause of `part`, criticism first where a clause has both. */
function pushClauseRoles(part: string, may: number, out: Role[]): void {
  for (const clause of part.split(CLAUSE_BREAK)) {
    const role = critiques(clause, may) ? "critique" : praises(clause, may) ? "praise" : undefined;
    if (role && out[out.length - 1] !== role) out.push(role);
  }
}

function sentenceRoles(s: Sentence, moves: readonly Move[], may: number, out: Role[]): void {
  let fromMoves: Role | undefined;
  for (const m of moves) {
    if (m.start === s.start) {
      const role = MOVE_ROLE[m.move];
      if (role === "critique" || (role === "praise" && fromMoves === undefined)) fromMoves = role;
    }
  }
  const contrast = CONTRAST.exec(s.lower);
  const isTrailing = contrast !== null && contrast.index + contrast[0].length >= s.lower.length - 2;
  if (contrast && contrast.index > 0 && !isTrailing) {
    // "Love the rigour, the one-word comments upset people, but keep it up", "Brilliant with the
    // juniors, the estimates keep slipping though, and I love having you here": around a contrast,
    // each comma clause is read on its own, so praise, criticism and praise can share one sentence.
    pushClauseRoles(s.lower.slice(0, contrast.index), may, out);
    pushClauseRoles(s.lower.slice(contrast.index + contrast[0].length), may, out);
    return;
  }
  if (fromMoves) {
    out.push(fromMoves);
    return;
  }
  if (critiques(s.lower, may)) out.push("critique");
  else if (praises(s.lower, may)) out.push("praise");
}

/**
 * Praise, then criticism, then praise again within one turn. The span runs from the first praise
 * to the closing praise, so the debrief can quote the whole structure. `may[i]`, when given, holds
 * sentence i's SANDWICH_WORDS bits from the opening filter.
 */
export function detectSandwich(
  sentences: readonly Sentence[],
  moves: readonly Move[],
  may?: readonly number[],
): Move | null {
  // One sentence holds all three parts only as "praise, criticism, but praise": a comma and a contrast.
  const only = sentences.length === 1 ? sentences[0] : undefined;
  if (
    sentences.length === 0 ||
    (only && !(only.lower.includes(",") && CONTRAST.test(only.lower)))
  ) {
    return null;
  }
  let firstPraise = -1;
  let sawCritique = false;
  const roles: Role[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as Sentence;
    const sentenceMay = may === undefined ? SANDWICH_BITS : (may[i] as number);
    // Nothing before the first praise counts, and a sentence gives praise only when PRAISE matches
    // it or a praise move starts there: one test skips the rest of its reading.
    if (firstPraise < 0 && !praises(s.lower, sentenceMay) && !startsPraise(s, moves)) continue;
    roles.length = 0;
    sentenceRoles(s, moves, sentenceMay, roles);
    for (const role of roles) {
      if (role === "praise") {
        if (firstPraise < 0) firstPraise = s.start;
        else if (sawCritique) return { move: "sandwich", start: firstPraise, end: s.end };
      } else if (firstPraise >= 0) {
        sawCritique = true;
      }
    }
  }
  return null;
}

/** Whether any word of praise is in the turn: a turn without one cannot close a sandwich. */
export function mayPraise(text: string): boolean {
  return PRAISE.test(normaliseText(normaliseChat(text).text));
}

/** A sentence's part in a praise-criticism-praise structure, with its span in the turn as typed. */
export interface SandwichPart {
  readonly role: "praise" | "critique";
  readonly start: number;
  readonly end: number;
}

/**
 * The praise and criticism of one manager turn, in order, read as detectSandwich reads them
 * (clause by clause around a contrast); `moves` are the turn's moves (detectMoves). The rubric
 * reads a sandwich spread over several turns from these (server/rubric/spread-sandwich.ts).
 */
export function sandwichParts(text: string, moves: readonly Move[]): SandwichPart[] {
  const chat = normaliseChat(text);
  const out: SandwichPart[] = [];
  const roles: Role[] = [];
  for (const s of splitSentences(normaliseText(chat.text), chat.text, false)) {
    const span = originalSpan(chat, s.start, s.end);
    roles.length = 0;
    // Moves are on the text as typed: the sentence is matched to them by its span there.
    sentenceRoles({ ...s, start: span.start, end: span.end }, moves, SANDWICH_BITS, roles);
    for (const role of roles) out.push({ role, start: span.start, end: span.end });
  }
  return out;
}
