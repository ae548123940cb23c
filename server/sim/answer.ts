import { fillSlots } from "../content/common.schema";
import type { Concern, Persona } from "../content/persona.schema";
import { contentStems } from "../moves/overlap";

/** A line of the persona's that answers a direct question, and the concern it belongs to, if any. */
export interface Answer {
  /** The line id, in the offline responder's scheme (`dana/concern.x/0`, `dana/topic.workload/1`). */
  id: string;
  text: string;
  /** Set when the fact is part of a hidden concern: saying it reveals the concern. */
  concern?: Concern;
}

/**
 * Question words that say nothing about which fact is asked for, and the time words around it:
 * "How many late nights last week?" must not be answered by "9 of the last 13 weeks" on "last"
 * and "week" alone.
 */
const QUESTION_FRAME: ReadonlySet<string> = new Set([
  "log",
  "exactly",
  "roughly",
  "actually",
  "last",
  "week",
  "month",
  "day",
  "year",
  "time",
  "ago",
  "recent",
]);

/** Shared content words needed before a line counts as the answer (one is chance). */
const MIN_SHARED = 2;

/**
 * The persona's line that best answers a factual question: the one sharing most content words
 * with it (its slots filled, so "{last_incident}" counts as the incident's words), from its
 * concerns' reveal lines, its topic lines and the scenario's facts. Lines already spoken are
 * skipped. Undefined when nothing shares at least two content words: the persona does not know.
 */
export function answerFor(
  persona: Persona,
  /** Public and hidden facts: they fill the lines' slots. */
  facts: Readonly<Record<string, string>>,
  /** The facts the manager knows too: only these are answers on their own. */
  publicFacts: Readonly<Record<string, string>>,
  question: string,
  used: ReadonlySet<string>,
): Answer | undefined {
  const asked = [...contentStems(question.toLowerCase())].filter((w) => !QUESTION_FRAME.has(w));
  if (asked.length === 0) return undefined;
  const candidates: Answer[] = [];
  for (const c of persona.concerns)
    c.revealLines.forEach((text, i) => {
      candidates.push({ id: `${persona.id}/concern.${c.id}/${i}`, text, concern: c });
    });
  for (const [topic, lines] of Object.entries(persona.topicLines))
    (lines ?? []).forEach((text, i) => {
      candidates.push({ id: `${persona.id}/topic.${topic}/${i}`, text });
    });
  for (const [slot, value] of Object.entries(publicFacts)) {
    // "carried_points: 21 story points" answers "How many points…?" as "21 story points."
    const text = `${value.charAt(0).toUpperCase()}${value.slice(1)}.`;
    candidates.push({ id: `${persona.id}/fact.${slot}`, text });
  }
  // Most shared words wins; on a tie, the line with fewer other words (the more exact answer).
  let best: Answer | undefined;
  let bestScore = MIN_SHARED - 1;
  for (const a of candidates) {
    if (used.has(a.id)) continue;
    const key = a.id.includes("/fact.") ? `${a.id.split("/fact.")[1]?.replace(/_/g, " ")} ` : "";
    const words = contentStems(`${key}${fillSlots(a.text, facts)}`.toLowerCase());
    const shared = asked.filter((w) => words.has(w)).length;
    const score = shared + shared / (words.size + 1);
    if (shared >= MIN_SHARED && score > bestScore) {
      best = a;
      bestScore = score;
    }
  }
  if (!best) return undefined;
  const { concern, ...rest } = best;
  return concern ? { ...rest, concern } : rest;
}
