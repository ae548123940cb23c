import { fillSlots } from "../content/common.schema";
import type { Concern, Persona } from "../content/persona.schema";
import type { Scenario } from "../content/scenario.schema";
import { contentStems } from "../moves/overlap";

/**
 * Whether the manager names something the persona has not told them: a hidden concern's content
 * ("caring for a parent" for Jun's mother's illness) that the manager could not know from the
 * scenario's public brief. The persona reacts to that (surprise, wariness), or, if trust allows,
 * takes it as the invitation it is. Pure; content-word overlap, with people's relations folded
 * together ("parent" names a mother, "partner" a wife), since a manager says it in their own words.
 */

/** Relations: a manager who says "parent" has named the mother in the concern. */
const KIN: ReadonlyArray<readonly [string, RegExp]> = [
  ["kin:parent", /^(?:parent|mother|mom|mum|father|dad|mam)$/],
  ["kin:partner", /^(?:partner|wife|husband|spouse|girlfriend|boyfriend)$/],
  ["kin:child", /^(?:kid|child|children|son|daughter|baby|toddler)$/],
  ["kin:sibling", /^(?:brother|sister|sibling)$/],
];

/**
 * Private life: what a manager cannot know from work unless told (an illness, a diagnosis, a
 * pregnancy, a divorce, a partner laid off, a recruiter's offer). Work words (mentoring, reviews,
 * pages) are not: a manager who proposes mentoring has not named a hidden fear of it.
 */
const PRIVATE =
  /^(?:diagnos\w*|ill|illness|sick|hospital\w*|parkinson\w*|cancer|dementia|physio\w*|therapy|therapist|pregnan\w*|divorc\w*|funeral|grief|griev\w*|caregiv\w*|carer|visa|recruiter|laid|layoff\w*|redundan\w*|mortgage|rent|debt)$/;

function folded(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of contentStems(text.toLowerCase())) {
    const kin = KIN.find(([, re]) => re.test(w));
    out.add(kin ? kin[0] : w);
  }
  return out;
}

/**
 * The unrevealed concern the manager's turn names, if any: it shares a relation or a word of
 * private life with the concern (summary and lines, slots filled) that the public brief does not.
 */
export function namedConcern(
  concerns: readonly Concern[],
  revealed: readonly string[],
  managerText: string,
  /** What the manager knows: the scenario's situation and public facts. */
  publicText: string,
  facts: Readonly<Record<string, string>>,
): Concern | undefined {
  const said = folded(managerText);
  // Most turns name nobody's private life: no need to read every concern.
  if (![...said].some((w) => w.startsWith("kin:") || PRIVATE.test(w))) return undefined;
  const known = folded(publicText);
  for (const c of concerns) {
    if (revealed.includes(c.id)) continue;
    const hidden = folded(
      `${c.summary} ${c.revealLines.map((l) => fillSlots(l, facts)).join(" ")}`,
    );
    const shared = [...said].filter((w) => hidden.has(w) && !known.has(w));
    if (shared.some((w) => w.startsWith("kin:") || PRIVATE.test(w))) return c;
  }
  return undefined;
}

/**
 * The unrevealed concern a turn *meets* without prying: help or understanding that speaks to its
 * circumstances ("if your Tuesday and Thursday afternoons need to stay blocked, we can plan around
 * that" for Jun, who drives his mother to physio then). The manager may know the circumstance from
 * the brief (Jun leaves at 16:00 on Tuesdays and Thursdays); what earns it is offering to make room
 * for it. Only concrete help does this (a support offer, to a concern that opens to one), sharing
 * two content words with the concern's summary.
 */
const DAYS: Readonly<Record<string, string>> = {
  mon: "monday",
  tue: "tuesday",
  tues: "tuesday",
  wed: "wednesday",
  thu: "thursday",
  thur: "thursday",
  thurs: "thursday",
  fri: "friday",
};
/** "tue/thu" → "tuesday/thursday": a chat manager's days are the same days. */
function fullDays(lower: string): string {
  return lower.replace(/\b(mon|tues?|wed|thu(?:rs?)?|fri)\b/g, (d) => DAYS[d] ?? d);
}

/** An offer in words, whatever move the detectors read: "we can plan around that", "happy to…". */
const OFFERS =
  /\b(?:i|we)(?:'ll|'d| will| would| can| could|'m happy to| am happy to|'re happy to| keep| plan)\b|\b(?:happy|glad) to\b|\b(?:that's|thats|is) (?:fine|ok|okay)\b/i;

export function metConcern(
  concerns: readonly Concern[],
  revealed: readonly string[],
  managerText: string,
  inviting: readonly string[],
  facts: Readonly<Record<string, string>>,
): Concern | undefined {
  if (!(inviting.includes("support_offer") || OFFERS.test(managerText))) return undefined;
  const said = contentStems(fullDays(managerText.toLowerCase()));
  for (const c of concerns) {
    if (revealed.includes(c.id) || !c.unlockedBy.includes("support_offer")) continue;
    const about = contentStems(fillSlots(c.summary, facts).toLowerCase());
    let shared = 0;
    for (const w of said) if (about.has(w)) shared++;
    if (shared >= 2) return c;
  }
  return undefined;
}

/**
 * What the manager knows about a persona before the conversation, as content-word stems: the
 * scenario's role, situation, goal and public facts, and the persona's card (summary and known
 * facts), all of which the briefing shows them. And what the scenario is about for that persona
 * (`overrides.subjects`: "design review", "mentor", "estimat"): its topics, which a manager talks
 * about whatever they know. Neither names a hidden concern; what is left of a concern's summary is
 * its point (how it feels, what caused it, what they did about it).
 */
export interface ManagerBrief {
  readonly known: ReadonlySet<string>;
  readonly topics: readonly string[];
}

export function managerBriefOf(scenario: Scenario, persona: Persona): ManagerBrief {
  const { facts } = scenario;
  const text = [
    scenario.yourRole,
    fillSlots(scenario.situation, facts),
    fillSlots(scenario.goal, facts),
    ...Object.values(facts),
    fillSlots(persona.publicFace.summary, facts),
    ...persona.publicFace.knownFacts.map((f) => fillSlots(f, facts)),
  ].join(" ");
  const subjects = scenario.overrides?.[persona.id]?.subjects ?? [];
  return {
    known: folded(text),
    topics: [...contentStems(subjects.join(" ").toLowerCase())].filter((t) => t.length >= 3),
  };
}

/** A word of the topic: a subject is its stem ("estimat" for "estimates") or the other way round. */
function onTopic(word: string, topics: readonly string[]): boolean {
  return topics.some((t) => word.startsWith(t) || (word.length >= 4 && t.startsWith(word)));
}

/**
 * Whether the manager's line says a hidden concern in their own words, told or not: two content
 * words it shares with the concern's summary (slots filled) that are neither in the manager's
 * brief nor the scenario's topics (`managerBriefOf`). The overlap `saysBack` reads for a concern
 * taken in, less what they were told ("reviews", "pull requests") and what the conversation is
 * about anyway ("design review", "mentor", "planning"), and on the summary, what the concern is,
 * not the incidental words of its lines ("write", "points"). So "you're doing triage on 40% of all
 * PRs, mostly at night" names Elena's review load and "your reviews are rude" does not; "mentoring
 * drains you and you avoid it" names Marcus's dread of it, and a plan that has him mentor the new
 * hires and lead a design review does not (review 8b #6). For the debrief, which says "you named
 * it yourself" of a concern they never confirmed (review 6 #14).
 */
export function saysConcern(
  managerText: string,
  concern: Pick<Concern, "summary">,
  brief: ManagerBrief,
  facts: Readonly<Record<string, string>>,
): boolean {
  const hidden = folded(fillSlots(concern.summary, facts));
  let shared = 0;
  for (const w of folded(managerText))
    if (hidden.has(w) && !brief.known.has(w) && !onTopic(w, brief.topics)) shared++;
  return shared >= 2;
}
