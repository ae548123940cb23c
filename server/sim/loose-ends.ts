import { factsOf } from "../content/briefing";
import type { Concern, Persona } from "../content/persona.schema";
import type { Scenario } from "../content/scenario.schema";
import { contentStems } from "../moves/overlap";
import { type ManagerBrief, managerBriefOf, saysConcern } from "./named";
import type { SimState } from "./sim.schema";

/** A manager turn and the state after the reply to it. */
export interface FlownStep {
  readonly managerText: string;
  readonly sim: SimState | undefined;
}

/** The slots (`{departed}`) of a concern's own words. */
function slotsOf(c: Concern): Set<string> {
  const out = new Set<string>();
  for (const line of [c.summary, c.mention ?? "", ...c.revealLines])
    for (const m of line.matchAll(/\{(\w+)\}/g)) out.add(m[1] as string);
  return out;
}

/**
 * The manager speaks to the concern: what they call it ("the recruiter"), its point in other words
 * ("the offer from the other company", `saysConcern`), or the fact it is about, named ("And about
 * Aisha, Leo and Marta: …" for "the people who left", whose lines say `{departed}`; a fact the
 * persona's other concerns also speak of does not count). A thanks that shares a word or two of its
 * lines by chance ("I know this wasn't what you wanted to hear") does not.
 */
function answers(
  text: string,
  c: Concern,
  others: readonly Concern[],
  brief: ManagerBrief,
  facts: Readonly<Record<string, string>>,
): boolean {
  const named = c.mention ? [...contentStems(c.mention.toLowerCase())] : [];
  const said = contentStems(text.toLowerCase());
  if (named.length > 0 && named.every((w) => said.has(w))) return true;
  const shared = new Set(others.filter((o) => o.id !== c.id).flatMap((o) => [...slotsOf(o)]));
  for (const slot of slotsOf(c)) {
    const value = facts[slot];
    if (value === undefined || shared.has(slot)) continue;
    const stems = [...contentStems(value.toLowerCase())];
    if (stems.length > 0 && stems.every((w) => said.has(w))) return true;
  }
  return saysConcern(text, c, brief, facts);
}

/**
 * What they raised again as the manager closed (the engine's `unheard` or `parked` reaction: "Before
 * we wrap up, what I said about the recruiter. Is that just staying as it is?") and no later line of
 * the manager's answered, in words for the debrief: "Marcus Lindqvist raised the recruiter again as
 * you closed, and heard nothing back about it" ("after your turn 8" when it was raised earlier in
 * the conversation). A thanks or a general "I know this is hard" may let
 * the conversation resolve (it takes something in), but it does not answer the offer on his desk
 * (review 8b #15). Not said where `stillNeeded` already asks for it (not resolved, still not taken
 * in). `cast` as the scenario plays them (castOf), for their concerns.
 */
export function leftUnanswered(
  steps: readonly FlownStep[],
  scenario: Scenario,
  cast: readonly Persona[],
  nameOf: (personaId: string) => string,
  outcome: string | null | undefined,
): string[] {
  const raised: { personaId: string; concern: Concern; at: number }[] = [];
  const before = new Map<string, number>();
  steps.forEach((step, at) => {
    for (const p of step.sim?.personas ?? []) {
      const times = p.memory.raisedAgain ?? 0;
      const concernId = p.unheard?.at(-1);
      const concern = cast.find((c) => c.id === p.id)?.concerns.find((c) => c.id === concernId);
      if (times > (before.get(p.id) ?? 0) && concern) raised.push({ personaId: p.id, concern, at });
      before.set(p.id, times);
    }
  });
  const facts = factsOf(scenario);
  const last = steps.findLast((s) => s.sim !== undefined)?.sim;
  const notes: string[] = [];
  for (const r of raised) {
    const stillAsked =
      outcome !== "resolved" &&
      (last?.personas.find((p) => p.id === r.personaId)?.unheard ?? []).includes(r.concern.id);
    if (stillAsked) continue;
    const persona = cast.find((c) => c.id === r.personaId);
    const brief = persona
      ? managerBriefOf(scenario, persona)
      : { known: new Set<string>(), topics: [] };
    const concerns = persona?.concerns ?? [];
    if (
      steps.slice(r.at + 1).some((s) => answers(s.managerText, r.concern, concerns, brief, facts))
    )
      continue;
    const what = r.concern.mention ?? "what they had told you";
    // "As you closed" only when it was: raised in reply to one of the last two turns; else when.
    const when = r.at >= steps.length - 2 ? "as you closed" : `after your turn ${r.at + 1}`;
    const note = `${nameOf(r.personaId)} raised ${what} again ${when}, and heard nothing back about it`;
    if (!notes.includes(note)) notes.push(note);
  }
  return notes;
}
