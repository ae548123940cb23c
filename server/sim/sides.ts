import type { Persona } from "../content/persona.schema";
import { sentenceSpans } from "../moves/segment";

/**
 * A side taken in a mediation: the manager declares one of the two right ("Tomás, Elena is
 * right"), gives one their agreement ("I'm with Elena on this", "I agree with Tomás"), chooses one
 * side's call or design ("Let's just go with Elena's call", "Tomás's design is the better one"), or
 * declares one wrong ("Elena is wrong about the broker"). The one the side was taken against hears
 * their view dismissed, whoever was addressed: the mediation is over for them (newcomer review
 * #17, where such turns got calm technical replies).
 *
 * Not a side: both named or neither ("you're both right", "nobody is wrong here"), a question ("Is
 * Elena right?"), a condition ("if Tomás is right, …"), a view reported ("Tomás thinks Elena is
 * wrong"), "right now/away/here". Read by name, so only where two personas are in the room; the
 * scorecard has its own anti-pattern for the same turn (rubrics/conflict-mediation-opening.yaml).
 */

/** Accents stripped, lower case: "Tomás" and "tomas" are one name. */
function plain(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII is the range to skip.
  if (!/[^\u0000-\u007f]/.test(text)) return text.toLowerCase();
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'");
}

const INTENSIFIER =
  "(?:(?:completely|totally|absolutely|clearly|obviously|just|simply|quite|basically|entirely|probably|honestly|100%) )?";
const CHOICE =
  "(?:call|decision|design|approach|plan|proposal|view|way|option|idea|version|rfc|position|recommendation|side|solution)";

/**
 * Any one person, when the names in the room are not known (the scorecard reads a transcript with
 * no cast): a word that is not a pronoun, a determiner, a quantifier, a gerund or one of the nouns a
 * verdict on the plan is about ("the timing is wrong", "that's right", "I agree with most of it",
 * "I agree with having a review"), and not after a determiner ("the design is wrong"). Checked on
 * each match (`isAnyone`), not inside the pattern: a slot of plain letters keeps the patterns fast.
 */
const ANYONE = "[a-z]+";
const NOT_ANYONE = new Set(
  "it that this these those what which there here everything something nothing anything all both who one you your we i they them us me each every everyone everybody anyone anybody someone somebody nobody none no either neither some part parts much most many a an the my our their its timing time date number answer order tone way call approach design plan idea decision process goal point question data math sentiment instinct concern worry".split(
    " ",
  ),
);
const DETERMINERS = new Set(
  "the a an this these those your my our their its whose which if whether".split(" "),
);
const WORD_BEFORE = /([a-z]+)\s$/;

/** Whether the word at `start` of a sentence may be a person (see ANYONE). */
function isAnyone(sentence: string, start: number, word: string): boolean {
  if (NOT_ANYONE.has(word) || word.endsWith("ing")) return false;
  const before = WORD_BEFORE.exec(sentence.slice(Math.max(0, start - 12), start));
  return before === null || !DETERMINERS.has(before[1] as string);
}

interface SidePattern {
  readonly re: RegExp;
  /** Whether the one named is sided with (declared right, agreed with, their call chosen) or against. */
  readonly with: boolean;
  /**
   * A cheap first look: the sentence holds a word of each group, or `re` is not tried at all.
   * Nothing a pattern needs is left out of them (an apostrophe for "Elena's call").
   */
  readonly keys: readonly (readonly string[])[];
  /** The slot is anyone (ANYONE): each match's word is checked with `isAnyone`. */
  readonly anyone?: boolean;
}

const PATTERNS = new Map<string, readonly SidePattern[]>();

/** Patterns for a first name (built once): each says whether the named one is sided with or against. */
function patterns(n: string): readonly SidePattern[] {
  let built = PATTERNS.get(n);
  if (!built) {
    built = build(`(?<name>${n})`, `(?<name>${n})`);
    PATTERNS.set(n, built);
  }
  return built;
}

/**
 * The shapes of a side taken, around a slot for the person (`n`; `own` where "his" or "her" may
 * stand for them: "go with her design"). One list for the persona engine (the slot is a first name
 * of the room) and the scorecard (the slot is anyone: ANYONE), so the two never read apart.
 */
function build(n: string, own: string): SidePattern[] {
  return [
    // "Elena is right", "Elena's right", "Elena was correct": not "right now", "right here".
    {
      re: new RegExp(
        `\\b${n}(?:'s| is| was) ${INTENSIFIER}(?:right|correct)\\b(?! (?:now|away|here|there|after|before)\\b)`,
      ),
      with: true,
      keys: [
        ["right", "correct"],
        ["'s ", " is ", " was "],
      ],
    },
    {
      re: new RegExp(`\\b${n}(?:'s| is| was) ${INTENSIFIER}(?:wrong|mistaken|out of line)\\b`),
      with: false,
      keys: [
        ["wrong", "mistaken", "out of line"],
        ["'s ", " is ", " was "],
      ],
    },
    // "I'm with Elena (on this)", "I'm on Elena's side", "I agree with Tomás", "I side with Elena".
    {
      re: new RegExp(
        `\\bi(?:'m| am)(?: (?:totally|completely|fully|honestly|firmly))? with ${n}\\b(?! and\\b)`,
      ),
      with: true,
      keys: [["i'm ", "i am "], [" with "]],
    },
    {
      re: new RegExp(
        `\\bi(?:'m| am)(?: (?:totally|completely|fully|honestly|firmly))? on ${n}'s? side\\b`,
      ),
      with: true,
      keys: [["i'm ", "i am "], [" side"]],
    },
    {
      re: new RegExp(
        `\\bi (?:(?:totally|completely|fully|have to|tend to|honestly|personally|really) )?(?:agree|side) with ${n}\\b(?! and\\b)`,
      ),
      with: true,
      keys: [["agree with", "side with"]],
    },
    // "Let's just go with Elena's call", "we'll back Tomás's proposal", "I'm picking her design".
    {
      re: new RegExp(
        `\\b(?:go|going|stick|sticking|run|roll|side|siding) with ${own}'s? ${CHOICE}\\b`,
      ),
      with: true,
      keys: [[" with "], ["'"]],
    },
    {
      re: new RegExp(
        `\\b(?:back|backing|pick|picking|take|taking|choose|choosing) ${own}'s? ${CHOICE}\\b`,
      ),
      with: true,
      keys: [["back", "pick", "tak", "choos"], ["'"]],
    },
    // "Okay, Elena wins this one", "we'll do it Tomás's way", "Elena's way it is".
    {
      re: new RegExp(`\\b${n} wins\\b`),
      with: true,
      keys: [[" wins"]],
    },
    {
      re: new RegExp(`\\b(?:do|doing|done) it ${own}'s? way\\b`),
      with: true,
      keys: [["it "], [" way"], ["'"]],
    },
    {
      re: new RegExp(`\\b${own}'s? way it is\\b`),
      with: true,
      keys: [["way it is"]],
    },
    // "Elena's approach is the better one", "Tomás's design is safer".
    {
      re: new RegExp(
        `\\b${own}'s? ${CHOICE} (?:is|was|'s) ${INTENSIFIER}(?:better|the better|the right (?:one|call)|safer|the safer|simpler|the simpler|the way to go|the one)\\b`,
      ),
      with: true,
      keys: [["better", "safer", "simpler", "way to go", "the one", "the right"], ["'"]],
    },
  ];
}

/**
 * Sides the scorecard reads that name no one the engine could place: "you're wrong" (to whom?), and
 * a verdict on the contested work ("the RFC wasn't ready": whose work it is, the engine does not know).
 */
const YOU_WRONG: SidePattern = {
  re: /\byou(?:'re| are| were) (?:(?:completely|totally|just|simply|clearly|obviously|plainly) )?wrong\b/,
  with: false,
  keys: [["wrong"], ["you"]],
};
/** The contested work judged: "the RFC wasn't ready", "his proposal was never viable". */
const WORK_JUDGED: SidePattern = {
  re: /\b(?:the|his|her|this|that|your) (?:rfc|proposal|design|doc|document)(?: [\w-]+)? (?:wasn't|was not|isn't|is not|was never) (?:ready|good enough|viable|workable|serious|thought through)\b/,
  with: false,
  keys: [
    ["ready", "enough", "viable", "workable", "serious", "thought through"],
    ["n't", "not", "never"],
  ],
};
/**
 * The contested work praised: "your RFC was good", "the RFC was solid", "the kafka idea makes sense
 * to me", "the event-driven design is the better option" (review 8b #4). Not "your idea of agreeing
 * the criteria first makes sense" (an idea, with no name, may be about the process).
 */
const WORK_PRAISED: SidePattern = {
  re: /\b(?:(?:the|his|her|your|this|that) (?:[\w-]+ )?(?:rfc|proposal|design)(?! review)(?: [\w-]+)? (?:was|is|'s) (?:(?:really|very|pretty|quite|actually|clearly|honestly|probably|just|obviously) )*(?:good|great|solid|sound|right|correct|convincing|sensible|the right (?:call|one|choice)|better|the better (?:one|option|choice)|the way to go)|the (?!process\b|criteria\b|review\b)[\w-]+ (?:idea|design|approach|option) (?:makes (?:(?:a lot of|total|perfect|good|more) )?sense|is (?:(?:clearly|obviously|probably|just) )?(?:the )?(?:better|right|way to go)))\b/,
  with: true,
  keys: [
    [
      "good",
      "great",
      "solid",
      "sound",
      "right",
      "correct",
      "convincing",
      "sensible",
      "better",
      "way to go",
      "sense",
    ],
  ],
};

/**
 * One person's conduct judged in front of the other: "Elena, 'not happening' was pretty rude",
 * "the way you went after her was unprofessional" (review 8b #4). Not "it's not okay to interrupt"
 * (a rule for both), "nobody was rude", "whether the review was rude".
 */
const CONDUCT =
  "(?:was|is|were|are|'s|'re|been|being) (?:(?:pretty|really|very|quite|a bit|a little|kind of|kinda|so|totally|completely|just|honestly|frankly|way|incredibly|super) )*(?:rude|out of line|unprofessional|disrespectful|uncalled for|hostile|aggressive|childish|petty|not ok(?:ay)?(?! to)|unacceptable|not acceptable|over the line|too harsh)\\b";
const CONDUCT_JUDGED: SidePattern = {
  re: new RegExp(`\\b${CONDUCT}`),
  with: false,
  keys: [
    [
      "rude",
      "out of line",
      "unprofessional",
      "disrespectful",
      "uncalled",
      "hostile",
      "aggressive",
      "childish",
      "petty",
      "not ok",
      "acceptable",
      "over the line",
      "too harsh",
    ],
  ],
};
const UNPLACED: readonly SidePattern[] = [YOU_WRONG, WORK_JUDGED, WORK_PRAISED, CONDUCT_JUDGED];

/** For anyone: the same shapes, with "his"/"her" for one side's call, and the unplaced ones. */
const ANYONE_PATTERNS: readonly SidePattern[] = [
  ...build(`(?<name>${ANYONE})`, `(?<name>${ANYONE})`).map((p) => ({
    ...p,
    re: new RegExp(p.re.source, "gd"),
    anyone: true,
  })),
  ...UNPLACED,
];

/**
 * Sentences that do not take a side whatever they contain: a question, and a clause with both or
 * neither of them ("you're both right", "neither Elena nor Tomás is wrong", "nobody is wrong
 * here"). What only comes before the verdict lifts it: a condition ("if Tomás is right, …", "maybe
 * Elena is right") or a view reported ("Tomás thinks Elena is wrong"); after it, the side is taken
 * ("I agree with Tomás, but if we do this we need a rollback"). A clause is read from the last
 * "but" (though, however, still) before the verdict.
 */
const QUESTION = /\?\s*$/;
const BOTH_OR_NEITHER = /\b(?:both|neither|nor|nobody|no one)\b/;
/** "…, but Elena is right": what comes after "but" stands on its own. */
const PIVOT = /\b(?:but|though|although|however|still)\b/g;
const LIFTED_BEFORE =
  /\b(?:if|whether|unless|maybe|perhaps)\b|\b(?:don't|do not|didn't|did not|doesn't) (?:think|want to argue|care)\b|\b(?!i\b)[a-z]+ (?:thinks|says|said|feels|felt|believes|believed|argues|argued|claims|claimed)\b/;

/** The turn's sentences, with their spans in the turn and their plain text (see `plain`). */
function sentencesOf(text: string): { start: number; end: number; plain: string }[] {
  return sentenceSpans(text).map(({ start, end, body }) => ({ start, end, plain: plain(body) }));
}

interface Hit {
  readonly with: boolean;
  /** The person named, as read (lower case, no accents); undefined for an unplaced side. */
  readonly name: string | undefined;
}

/** The sides one sentence takes under the patterns: a verdict not lifted by what precedes it. */
function hitsIn(sentence: string, list: readonly SidePattern[]): Hit[] {
  if (QUESTION.test(sentence)) return [];
  const out: Hit[] = [];
  for (const p of list) {
    if (!p.keys.every((group) => group.some((k) => sentence.includes(k)))) continue;
    const found = p.anyone ? sentence.matchAll(p.re) : [p.re.exec(sentence)];
    for (const m of found) {
      if (!m) continue;
      const name = m.groups?.name;
      if (p.anyone && name !== undefined) {
        const at = m.indices?.groups?.name?.[0] ?? m.index;
        if (!isAnyone(sentence, at, name)) continue;
      }
      // The clause the verdict is in: from the last "but" before it ("You both have a point, but
      // Elena is right" takes a side; "Elena is right, but so is Tomás, you're both right" does not).
      let from = 0;
      for (const pivot of sentence.slice(0, m.index).matchAll(PIVOT)) from = pivot.index;
      if (BOTH_OR_NEITHER.test(sentence.slice(from))) continue;
      if (LIFTED_BEFORE.test(sentence.slice(from, m.index))) continue;
      out.push({ with: p.with, name });
      break;
    }
  }
  return out;
}

/**
 * A turn that can take no side, at a glance: none of the words every pattern needs (a verdict word,
 * "I'm", "agree with", or a possessive before a call or design). Most turns stop here.
 */
const GATE =
  /\b(?:right|correct|wrong|mistaken|out of line|wins|ready|good enough|viable|workable|serious|thought through|good|great|solid|sound|convincing|sensible|better|way to go|sense|rude|unprofessional|disrespectful|uncalled|hostile|aggressive|childish|petty|not ok|acceptable|over the line|too harsh)\b|\bi(?:['\u2019]m| am) |\b(?:agree|side) with\b|['\u2019]s? (?:call|decision|design|approach|plan|proposal|view|way|option|idea|version|rfc|position|recommendation|side|solution)\b/i;

/** Two (or more) people declared right in turn ("Elena is right. Tomás is right too.") is no side. */
function everyoneRight(hits: readonly Hit[]): boolean {
  const named = new Set(hits.map((h) => h.name));
  return named.size > 1 && hits.every((h) => h.with && h.name !== undefined);
}

/**
 * Where a manager's turn takes a side, read without knowing who is in the room (the scorecard's
 * "Taking a side": rubrics/conflict-mediation-opening.yaml, `reader: side_taken`): the span of each
 * sentence that declares someone right or wrong, gives them the speaker's agreement, chooses their
 * call or judges the contested work. Every turn `sidesTaken` reads as a side taken for a cast is
 * read here too: the same shapes, with anyone in the name's place.
 */
export function sideSentences(text: string): { start: number; end: number }[] {
  if (!GATE.test(text)) return [];
  const found: { start: number; end: number; hits: Hit[] }[] = [];
  for (const s of sentencesOf(text)) {
    const hits = hitsIn(s.plain, ANYONE_PATTERNS);
    if (hits.length > 0) found.push({ start: s.start, end: s.end, hits });
  }
  if (everyoneRight(found.flatMap((f) => f.hits))) return [];
  return found.map(({ start, end }) => ({ start, end }));
}

const NAMED = new Map<string, RegExp>();
/** A first name as a word (built once). */
function named(n: string): RegExp {
  let re = NAMED.get(n);
  if (!re) {
    re = new RegExp(`\\b${n}\\b`);
    NAMED.set(n, re);
  }
  return re;
}

export interface SideTaken {
  with?: string;
  against: string;
}

/**
 * The sides the manager's turn takes, in the room's two personas: for each sentence that declares
 * one of them right or wrong, or chooses one side's call, who it goes against; and, when the
 * scenario says whose work is contested (`workOf`, a persona id), a sentence that judges that work
 * ("the RFC wasn't ready": the scorecard's reading of the same sentence) goes against its author.
 * Empty outside a two-persona scenario.
 */
export function sidesTaken(
  text: string,
  cast: readonly Pick<Persona, "id" | "name">[],
  workOf?: string,
  /** What the contested work is called ("kafka", "order events"): chosen or judged by that name. */
  workNames: readonly string[] = [],
): SideTaken[] {
  if (cast.length !== 2) return [];
  const named = workOf !== undefined && workNames.length > 0 ? workNamed(workNames) : null;
  if (!GATE.test(text) && !named?.any.test(plain(text))) return [];
  const other = cast.find((p) => p.id !== workOf)?.id;
  const byWork: SideTaken[] = [];
  if (workOf !== undefined && other !== undefined && cast.some((p) => p.id === workOf)) {
    const sentences = sentencesOf(text);
    const onWork = (list: readonly SidePattern[]) =>
      sentences.flatMap((s) => hitsIn(s.plain, list));
    const hits = [...onWork([WORK_JUDGED, WORK_PRAISED]), ...(named ? onWork(named.patterns) : [])];
    if (hits.some((h) => !h.with)) byWork.push({ against: workOf });
    if (hits.some((h) => h.with)) byWork.push({ with: workOf, against: other });
  }
  const byName = namedSides(text, cast);
  return [...byName, ...byWork.filter((w) => !byName.some((n) => n.against === w.against))];
}

const WORK_NAMED = new Map<string, { any: RegExp; patterns: SidePattern[] }>();

/**
 * The shapes of a side taken on the contested work by its name (review 8b #4): chosen ("we go with
 * kafka", "let's just do Kafka", "Kafka it is"), agreed with ("the kafka idea makes sense to me",
 * "the event-driven design is the better option") or turned down ("Kafka is overkill", "we're not
 * doing Kafka"). Built once per list of names.
 */
function workNamed(names: readonly string[]): { any: RegExp; patterns: SidePattern[] } {
  const key = names.join("|");
  let built = WORK_NAMED.get(key);
  if (built) return built;
  const t = `(?:${names.map((n) => plain(n).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`;
  const all = [names.map((n) => plain(n))];
  const ADV =
    "(?:(?:really|very|pretty|quite|actually|clearly|honestly|probably|just|obviously|simply|way|far) )*";
  built = {
    any: new RegExp(`\\b${t}\\b`),
    patterns: [
      {
        re: new RegExp(
          `\\b(?:(?:go|going|stick|sticking|run|roll) with (?:the )?${t}\\b|(?:we|we'll|we will|we're|we are|let's|let us|i'm|i am|i'll|i will)(?: just)?(?: going to| gonna)? (?:do|doing|use|using|adopt|adopting|build|building|pick|picking|choose|choosing|back|backing|ship|shipping|approve|approving) (?:the )?${t}\\b|${t}(?: [\\w-]+)? (?:it is|wins)\\b|i(?:'ve| have) (?:already )?decided:? (?:on )?(?:the )?${t}\\b)`,
        ),
        with: true,
        keys: all,
      },
      {
        re: new RegExp(
          `\\b${t}(?: [\\w-]+){0,2} (?:makes (?:(?:a lot of|total|perfect|good|more) )?sense|(?:is|was|'s|sounds|seems) (?:like )?${ADV}(?:good|great|solid|sound|right|correct|the right (?:call|one|choice|answer)|better|the better (?:one|option|choice)|the way to go|convincing|sensible))|\\bi (?:really )?(?:like|prefer|back|support) (?:the )?${t}\\b|\\bi(?:'m| am) (?:all )?(?:for|in favou?r of) (?:the )?${t}\\b`,
        ),
        with: true,
        keys: all,
      },
      {
        re: new RegExp(
          `\\b${t}(?: [\\w-]+){0,2} (?:is|was|'s|sounds|seems) (?:like )?${ADV}(?:overkill|too (?:complex|risky|much|big)|a bad idea|the wrong (?:call|choice)|not (?:the answer|ready|worth it|happening|an option)|off the table)|\\b(?:we(?:'re| are| will|'ll)|i(?:'m| am)) not (?:doing|using|adopting|building|going with) (?:the )?${t}\\b|\\bdrop (?:the )?${t}\\b`,
        ),
        with: false,
        keys: all,
      },
    ],
  };
  WORK_NAMED.set(key, built);
  return built;
}

/** The sides a turn takes by name (see sidesTaken). */
function namedSides(text: string, cast: readonly Pick<Persona, "id" | "name">[]): SideTaken[] {
  const [a, b] = cast as [Pick<Persona, "id" | "name">, Pick<Persona, "id" | "name">];
  const names = [a, b].map((p) => plain(p.name.split(/\s+/)[0] ?? p.name));
  const all = plain(text);
  if (!names.some((n) => all.includes(n))) return [];
  const hits: (Hit & { i: number })[] = [];
  for (const s of sentencesOf(text)) {
    for (const i of [0, 1]) {
      const name = names[i] as string;
      for (const h of hitsIn(s.plain, patterns(name))) hits.push({ ...h, i });
      // "Elena, you're wrong about the retries": "you", named in the sentence, and only them; and
      // their conduct judged ("Elena, 'not happening' was pretty rude").
      const other = names[1 - i] as string;
      if (named(name).test(s.plain) && !named(other).test(s.plain)) {
        for (const h of hitsIn(s.plain, [YOU_WRONG, CONDUCT_JUDGED])) hits.push({ ...h, name, i });
      }
    }
  }
  // Both declared right in turn ("Elena is right. Tomás is right too.") is no side at all.
  if (everyoneRight(hits)) return [];
  const out: SideTaken[] = [];
  for (const h of hits) {
    const persona = h.i === 0 ? a : b;
    const other = h.i === 0 ? b : a;
    const side = h.with ? { with: persona.id, against: other.id } : { against: persona.id };
    if (!out.some((s) => s.against === side.against)) out.push(side);
  }
  return out;
}

/**
 * The manager takes a verdict back: "I take that back", "I spoke too soon", "that wasn't fair of
 * me", "I'm not picking a side", "nothing's decided yet", "I got ahead of myself".
 */
const TAKES_BACK =
  /\b(?:i(?:'d| would)? (?:like to |want to )?take (?:that|it|this) back|take back what i said|(?:walk|take) (?:that|it) back|i should(?:n't| not) have (?:said|picked|sided|taken|called|jumped)|i spoke too (?:soon|fast|quickly|early)|i jumped (?:the gun|ahead|in)|i got ahead of myself|i was (?:too quick|wrong to|out of line)|that (?:was(?:n't| not) fair|was unfair|came out wrong)|scratch that|forget what i said|i overstepped|i(?:'m| am) not (?:picking|taking|choosing) (?:a )?(?:sides?|winner)|i(?:'m| am) not (?:here to )?(?:decid|choos|rul|judg|pick)\w*|(?:i|we) haven't decided|nothing(?:'s| is| has been) decided|(?:it|that|this)(?:'s| is) not decided|(?:it|that|this) isn't decided|i didn't mean (?:to (?:pick|take|side|decide)|that)|sorry(?:,| about| for) (?:that|what i said|jumping|picking|taking sides|cutting you off)\b)/;

/**
 * Both views acknowledged: "you both have a point", "each of you raised a real concern", "both
 * views matter", "I want to hear both of you", "you're both right about parts of this".
 */
const BOTH_VIEWS =
  /\b(?:(?:you|you two) (?:both|each) (?:have|has|had|make|made|raise|raised|bring|brought)|(?:both|each) of you (?:have|has|had|make|made|raise|raised|bring|brought|are (?:right|making))|you(?:'re| are) both (?:right|making|raising)|(?:both|each) of your (?:views|concerns|positions|points|perspectives|designs|proposals)|both (?:views|concerns|positions|sides|perspectives|designs|proposals) (?:are|matter|count|have)|(?:hear|heard|understand) (?:from )?(?:you )?both\b|(?:hear|heard|understand) (?:from )?both of you)/;

/**
 * Whether the turn makes up for a side taken earlier, whoever it was against: the verdict taken
 * back, or both views acknowledged. (Asking the one it went against for their view repairs it
 * too; simulate.ts reads that, since it needs to know who was asked.)
 */
export function repairsSide(text: string): boolean {
  const all = plain(text);
  return TAKES_BACK.test(all) || BOTH_VIEWS.test(all);
}
