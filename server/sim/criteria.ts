import type { Scenario, SuccessCriteria } from "../content/scenario.schema";
import { MOVE_INFO } from "../moves/move-info";
import { listOf } from "../text/list-of";
import type { SimState } from "./sim.schema";

export interface CriterionCheck {
  criterion: keyof SuccessCriteria;
  met: boolean;
  /** Plain words for the debrief, e.g. "1 of 1 concerns revealed". */
  detail: string;
}

/** Every concern id revealed in the session, persona by persona. */
export function revealedOf(state: SimState): string[] {
  return state.personas.flatMap((p) => p.revealed);
}

/** Each of the scenario's success criteria, met or not, in the state as it is. */
export function checkCriteria(state: SimState, scenario: Scenario): CriterionCheck[] {
  const c = scenario.successCriteria;
  const revealed = revealedOf(state);
  const out: CriterionCheck[] = [
    {
      criterion: "concernsRevealed",
      met: revealed.length >= c.concernsRevealed,
      detail: `${revealed.length} of ${c.concernsRevealed} concerns revealed`,
    },
  ];
  if (c.mustReveal) {
    const missing = c.mustReveal.filter((id) => !revealed.includes(id));
    out.push({
      criterion: "mustReveal",
      met: missing.length === 0,
      detail:
        missing.length === 0 ? "the key concern came out" : `not revealed: ${missing.join(", ")}`,
    });
  }
  if (c.movesUsed) {
    const missing = c.movesUsed.filter((m) => !state.movesUsed.includes(m));
    out.push({
      criterion: "movesUsed",
      met: missing.length === 0,
      detail: missing.length === 0 ? "every required move used" : `not used: ${missing.join(", ")}`,
    });
  }
  if (c.agreedNextStep) {
    // Every persona in the room commits: in a mediation, one side agreeing is not an agreement.
    // An agreement counts once what they raised has been taken in: a concern said beside the "yes"
    // and passed over ("Great. Let's check in on Tuesday.") leaves it open.
    const committed = state.personas.filter((p) => p.committed.length > 0).length;
    const unheard = state.personas.filter((p) => (p.unheard ?? []).length > 0).length;
    out.push({
      criterion: "agreedNextStep",
      met: committed === state.personas.length && unheard === 0,
      detail: `${committed} of ${state.personas.length} committed to a next step${unheard > 0 ? "; something they raised was not taken in" : ""}`,
    });
  }
  if (c.minTrust !== undefined) {
    const low = Math.min(...state.personas.map((p) => p.trust));
    out.push({
      criterion: "minTrust",
      met: low >= c.minTrust,
      detail: `lowest trust ${low.toFixed(2)} (needed ${c.minTrust})`,
    });
  }
  return out;
}

/**
 * What the conversation still needed to end resolved, in words a manager reads on the debrief:
 * "Tomás Herrera to agree to a next step", "a specific observation from you". Empty when every
 * criterion is met. `nameOf` gives a persona's display name.
 */
export function stillNeeded(
  state: SimState,
  scenario: Scenario,
  nameOf: (personaId: string) => string,
  lastReveals: readonly string[] = [],
): string[] {
  const c = scenario.successCriteria;
  const out: string[] = [];
  const revealed = revealedOf(state);
  if (revealed.length < c.concernsRevealed) {
    out.push(
      `more of what they were holding back to come out (${revealed.length} of ${c.concernsRevealed} so far)`,
    );
  }
  const unrevealed = (c.mustReveal ?? []).filter((id) => !revealed.includes(id));
  if (unrevealed.length > 0) {
    out.push(
      unrevealed.length === 1
        ? "the concern this scenario turns on to come out"
        : "the concerns this scenario turns on to come out",
    );
  }
  const unused = (c.movesUsed ?? []).filter((m) => !state.movesUsed.includes(m));
  if (unused.length > 0) out.push(`${listOf(unused.map((m) => MOVE_INFO[m].label))} from you`);
  if (c.agreedNextStep) {
    const waiting = state.personas.filter((p) => p.committed.length === 0);
    // One persona answers a turn: one who let the other answer a question put to both was not
    // asked by name, and the manager can do that (review 8b #14).
    const asked = waiting.filter((p) => p.memory.unansweredAt === undefined);
    if (asked.length > 0)
      out.push(`${listOf(asked.map((p) => nameOf(p.id)))} to agree to a next step`);
    const them = state.personas.length > 2 ? "them all" : "them both";
    for (const p of waiting.filter((x) => x.memory.unansweredAt !== undefined)) {
      const first = nameOf(p.id).split(/\s+/)[0];
      out.push(
        `${nameOf(p.id)} to agree to a next step (ask ${first} by name: your turn ${p.memory.unansweredAt} asked ${them}, and only one answered)`,
      );
    }
    // A concern said in the last reply the turn limit allowed had no turn left to be taken in: not
    // a miss (raisedAtEnd says so instead).
    const atEnd = lastWord(state, scenario, lastReveals);
    const unheard = state.personas.filter((p) =>
      (p.unheard ?? []).some((id) => !atEnd.includes(id)),
    );
    if (unheard.length > 0)
      out.push(
        `you to take in what ${listOf(unheard.map((p) => nameOf(p.id)))} raised last (say it back or ask about it) before closing`,
      );
  }
  if (c.minTrust !== undefined) {
    const needed = c.minTrust;
    for (const p of state.personas.filter((x) => x.trust < needed)) {
      out.push(
        `${nameOf(p.id)}'s trust at ${Math.round(needed * 100)} % or more (it ended at ${Math.round(p.trust * 100)} %)`,
      );
    }
  }
  return out;
}

/** The concerns said in the persona's final reply when the turn limit left the manager no turn to answer. */
function lastWord(state: SimState, scenario: Scenario, lastReveals: readonly string[]): string[] {
  return state.turn >= scenario.turnLimit ? [...lastReveals] : [];
}

/**
 * What was raised in the final reply the turn limit allowed, with no turn left to take it in, in
 * words for the debrief: "Dana Okafor raised something at the very end — no turn left to answer
 * it". Not a miss: `stillNeeded` leaves it out. `lastReveals` are the concern ids of that reply.
 */
export function raisedAtEnd(
  state: SimState,
  scenario: Scenario,
  nameOf: (personaId: string) => string,
  lastReveals: readonly string[],
): string[] {
  const atEnd = lastWord(state, scenario, lastReveals);
  return state.personas
    .filter((p) => (p.unheard ?? []).some((id) => atEnd.includes(id)))
    .map((p) => `${nameOf(p.id)} raised something at the very end — no turn left to answer it`);
}
