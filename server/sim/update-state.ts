import type { Persona } from "../content/persona.schema";
import { MOVE_INFO } from "../moves";
import type { MoveKind } from "../moves/move.schema";
import {
  type Change,
  type ChangeCause,
  type PersonaSim,
  STATE_VARIABLES,
  type StateVariable,
} from "./sim.schema";
import { CRITICAL_HURTS, DIFFICULTY, type Difficulty, MEMORABLE_MOVES, TUNING } from "./tuning";

export interface TurnInput {
  /** Distinct move kinds of the manager turn, in order of first appearance. */
  kinds: readonly MoveKind[];
  /** Move kinds of the previous manager turns (within the repeat window), oldest first. */
  recent: readonly (readonly MoveKind[])[];
  difficulty: Difficulty;
  /** 1 for the persona spoken to; less for a bystander in a two-persona scenario. */
  weight: number;
  /** The manager offered help or a next step earlier and has not gone back on it. */
  promiseOpen: boolean;
  /** Scales helpful shifts only (default 1): a repeated content-free prompt earns nothing. */
  helpfulWeight?: number;
  /**
   * A hurt they may walk out over though it is mild in kind: in a mediation, a side taken against
   * them again (simulate.ts). Lifts the guard ceiling as blame, a label or a threat does.
   */
  mayWalkOut?: boolean;
}

export interface PersonaUpdate {
  next: PersonaSim;
  changes: Change[];
  /** Sum of the absolute changes: how much this turn affected the persona. */
  impact: number;
}

/** Helpful for the conversation: more trust or engagement, less guard or stress. */
function isHelpful(variable: StateVariable, delta: number): boolean {
  return variable === "trust" || variable === "engagement" ? delta > 0 : delta < 0;
}

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

/**
 * One manager turn's effect on one persona's hidden state. Pure: the persona's sensitivities scaled
 * by diminishing returns, guard, difficulty and negativity bias; memory caps trust after a hurt.
 */
export function updatePersona(p: PersonaSim, persona: Persona, input: TurnInput): PersonaUpdate {
  const { kinds, recent, weight } = input;
  const gain = DIFFICULTY[input.difficulty].gain;
  const changes: Change[] = [];
  const add = (variable: StateVariable, delta: number, cause: ChangeCause) => {
    if (delta !== 0) changes.push({ personaId: p.id, variable, delta, cause });
  };

  const helpful: Record<StateVariable, Array<{ kind: MoveKind; base: number }>> = {
    trust: [],
    guard: [],
    stress: [],
    engagement: [],
  };
  const hurts = kinds.some((k) => MOVE_INFO[k].polarity === "negative");
  for (const kind of kinds) {
    const shift = persona.sensitivities[kind];
    if (!shift) continue;
    const uses = recent.reduce((n, turn) => n + (turn.includes(kind) ? 1 : 0), 0);
    for (const variable of STATE_VARIABLES) {
      const raw = shift[variable];
      if (raw === undefined || raw === 0) continue;
      // Kind words beside a blame, label, threat or dismissal buy no trust: the hurt is what lands.
      if (variable === "trust" && raw > 0 && hurts) continue;
      if (isHelpful(variable, raw)) {
        const headroom =
          variable === "trust"
            ? Math.max(TUNING.trustHeadroomMin, TUNING.trustHeadroomCeiling - p.trust)
            : 1;
        const base =
          raw *
          weight *
          (input.helpfulWeight ?? 1) *
          headroom *
          TUNING.repeatFactor ** uses *
          (1 - p.guard * TUNING.guardDamping);
        helpful[variable].push({ kind, base });
      } else {
        const headroom =
          variable === "guard"
            ? Math.max(TUNING.guardHeadroomMin, TUNING.guardHeadroomCeiling - p.guard)
            : 1;
        add(variable, raw * weight * TUNING.negativityBias * headroom, kind);
      }
    }
  }

  // Stacking: kind words in one turn add up less than the same words over several turns.
  for (const variable of STATE_VARIABLES) {
    const ranked = helpful[variable].sort((a, b) => Math.abs(b.base) - Math.abs(a.base));
    ranked.forEach(({ kind, base }, i) => {
      const scaled = base * TUNING.stackFactor ** i;
      add(variable, scaled, kind);
      add(variable, scaled * (gain - 1), "difficulty");
    });
  }

  const memory = { ...p.memory };
  if (input.promiseOpen && hurts) {
    memory.brokenPromises++;
    add("trust", TUNING.brokenPromise.trust * weight, "memory");
    add("guard", TUNING.brokenPromise.guard * weight, "memory");
  }
  let capTurns = Math.max(0, memory.trustCapTurns - 1);
  for (const kind of kinds) {
    const row = MEMORABLE_MOVES[kind];
    if (!row) continue;
    memory[row.counter]++;
    capTurns = Math.max(capTurns, row.capTurns);
  }
  if (kinds.length === 0) add("engagement", TUNING.driftEngagement, "drift");

  // Memory: a hurt from earlier turns keeps trust from jumping back, whatever this turn says.
  if (p.memory.trustCapTurns > 0) {
    const netTrust = sumOf(changes, "trust");
    if (netTrust > TUNING.memoryTrustStep)
      add("trust", TUNING.memoryTrustStep - netTrust, "memory");
  }

  // Calibration: a careless brush-off or vague feedback costs trust, but not a third of it in one
  // line ("Everyone is busy right now tbh" took Dana from 0.29 to 0.03). Blame, labels and threats
  // keep their full weight.
  const critical = kinds.some((k) => CRITICAL_HURTS.includes(k));
  if (hurts && !critical) {
    const lost = sumOf(changes, "trust");
    if (lost < -TUNING.mildHurtTrustMax) add("trust", -TUNING.mildHurtTrustMax - lost, "limit");
  }
  // Vagueness and brush-offs wear a person down (they disengage); only blame, a label or a threat,
  // now or earlier, makes them walk out.
  const everCritical =
    memory.blame + memory.labels + memory.threats > 0 || input.mayWalkOut === true;
  if (!everCritical) {
    const guard = p.guard + sumOf(changes, "guard");
    if (guard > TUNING.mildGuardCeiling)
      add("guard", Math.max(p.guard, TUNING.mildGuardCeiling) - guard, "limit");
  }

  const next: PersonaSim = { ...p, memory: { ...memory, trustCapTurns: capTurns } };
  let impact = 0;
  for (const variable of STATE_VARIABLES) {
    const sum = sumOf(changes, variable);
    const value = clamp01(p[variable] + sum);
    const clipped = value - p[variable] - sum;
    if (Math.abs(clipped) > 1e-12) add(variable, clipped, "limit");
    next[variable] = value;
    impact += Math.abs(value - p[variable]);
  }
  return { next, changes, impact };
}

function sumOf(changes: readonly Change[], variable: StateVariable): number {
  let s = 0;
  for (const c of changes) if (c.variable === variable) s += c.delta;
  return s;
}

/** A persona's state after a direct nudge from an engine rule (e.g. relaxing after a reveal). */
export function nudge(
  p: PersonaSim,
  variable: StateVariable,
  delta: number,
  cause: ChangeCause,
): { next: PersonaSim; change: Change } {
  const value = clamp01(p[variable] + delta);
  return {
    next: { ...p, [variable]: value },
    change: { personaId: p.id, variable, delta: value - p[variable], cause },
  };
}
