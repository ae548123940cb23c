import type { Scenario, SuccessCriteria } from "../content/scenario.schema";
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
    const committed = state.personas.filter((p) => p.committed.length > 0).length;
    out.push({
      criterion: "agreedNextStep",
      met: committed === state.personas.length,
      detail: `${committed} of ${state.personas.length} committed to a next step`,
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
