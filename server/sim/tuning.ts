import type { Archetype, Intent } from "../content/persona.schema";
import type { MoveKind } from "../moves/move.schema";
import type { PersonaMemory, StateVariable } from "./sim.schema";

/**
 * Every number the state update uses, in one place, so a transcript that reads wrong leads to one
 * row here. Why each value is what it is: docs/persona-engine.md.
 */
export const TUNING = {
  /** Diminishing returns: a move's k-th use within the last `repeatWindow` turns counts factor^k. */
  repeatWindow: 3,
  repeatFactor: 0.6,
  /** Within one turn, the i-th helpful move (largest first) counts factor^i. */
  stackFactor: 0.5,
  /** Earned, not bought: helpful shifts shrink while guard is high, × (1 − guard × damping). */
  guardDamping: 0.5,
  /** Trust builds slower the higher it is (× (ceiling − trust), at least `trustHeadroomMin`). */
  trustHeadroomCeiling: 1.1,
  trustHeadroomMin: 0.2,
  /** Negativity bias: harmful shifts count this much more than the persona file says. */
  negativityBias: 1.25,
  /** Guard rises less the higher it is (× (ceiling − guard), at least `guardHeadroomMin`). */
  guardHeadroomCeiling: 1.2,
  guardHeadroomMin: 0.25,
  /** After a memorable hurt, trust may rise at most this much per turn for a few turns. */
  memoryTrustStep: 0.03,
  /** The manager offered help, then blamed or dismissed: a broken promise. */
  brokenPromise: { trust: -0.1, guard: 0.08 },
  /** A turn with no detectable move (an "ok", a filler) lets engagement sag. */
  driftEngagement: -0.03,
  /** Having said the hard thing, a persona relaxes a little. */
  revealGuard: -0.05,
  /** A persona commits to a next step only with this much trust and at most this much guard. */
  commitTrust: 0.5,
  commitGuardMax: 0.6,
  /**
   * With this much trust, an open question about them is answered, not met with "It's fine."
   * (go_quiet counts a third): Priya at 0.56 answered "What's drawing you to DevEx?" that way.
   */
  openAnswerTrust: 0.45,
  /** Proposing needs less. */
  proposeTrust: 0.42,
  /**
   * A proposal put to them is taken with this much trust (and guard at most commitGuardMax),
   * refused with guard this high (or after a hurt in the same turn), else hedged.
   */
  acceptProposalTrust: 0.5,
  rejectProposalGuard: 0.6,
  /**
   * Helpful shifts of a content-free prompt ("What else?"), by how many of the last four manager
   * turns were content-free too: the first is listening, the third in a row earns nothing. Without
   * it, 18 such turns at difficulty 5 brought out two concerns the manager never asked about.
   */
  contentFreeWeights: [1, 0.5, 0] as readonly number[],
  escalateGuard: 0.95,
  threatEscalateGuard: 0.7,
  /**
   * Shut down: engagement at or below `shutDownEngagement` for `shutDownTurns` turns running,
   * counted from the turn after the one that brought it there (review 9a #1: one "it's nothing to
   * worry about, kind of a formality" ended a PIP on turn 2, the model sentence after it unheard).
   */
  shutDownEngagement: 0.08,
  shutDownTurns: 2,
  /** The turn that tells them the scenario's news plainly, with no hurt, re-engages them this much. */
  newsEngagement: 0.1,
  /**
   * Gratitude ("Thanks. That means something coming from you.") needs a warm turn and this much
   * trust: at 0.03, after two dismissals, it read as sarcasm nobody meant.
   */
  warmTrust: 0.35,
  /**
   * A turn whose only hurts are mild (a brush-off, vague feedback, a sandwich) costs at most this
   * much trust: the persona files' −0.25…−0.3 for a dismissal became −0.31…−0.38 after the
   * negativity bias, and one "everyone is busy" line emptied a persona's trust.
   */
  mildHurtTrustMax: 0.15,
  /**
   * Without blame, a label or a threat in the session, guard stays at or below this: a
   * well-meaning but vague manager loses the person (they go quiet) without making them walk out.
   */
  mildGuardCeiling: 0.9,
  /**
   * A concern the manager names in their own words ("caring for a parent") comes out with this
   * much less trust than one they must offer; named too early, guard rises by `namedGuard`.
   */
  namedDiscount: 0.15,
  namedGuard: 0.05,
  /** In a two-persona scenario, the one not addressed by name feels a turn this much. */
  bystanderWeight: 0.5,
  /**
   * A side taken against them (sides.ts) and not repaired: each later turn costs this much
   * engagement (they withdraw) and earns no trust; after `sidedPushBackTurns` turns of pushing back
   * they go quiet. A second side taken while one is open, or a third in the session, adds
   * `sidedAgainGuard` and lifts the guard ceiling: they may walk out. A repair (the verdict taken
   * back, both views acknowledged, their view asked for) closes it and gives back `sidedRepair`.
   */
  sidedEngagement: -0.1,
  /**
   * Told news the manager does not control (the scenario's `news` for them), the manager promises
   * the outcome or disowns the decision (disowning.ts): the kind words of that turn earn no trust,
   * and it costs this much (review 8b #11).
   */
  givenAway: { trust: -0.05, guard: 0.05 },
  sidedPushBackTurns: 3,
  sidedAgainGuard: 0.15,
  sidedRepair: { trust: 0.08, guard: -0.05, engagement: 0.1 },
  /**
   * What they raised, passed over by a move to close: they name it again this many times; passed
   * over after that, they withdraw (a short, closed answer) rather than ask a third time.
   */
  raiseAgainMax: 2,
  /**
   * Said after the conversation resolved and passed over by the goodbye: they ask to come back to
   * it another time this many times, then let the goodbye be one (the agreement stands).
   */
  parkMax: 1,
} as const;

/** Moves a persona remembers, which memory counter they raise, and for how many turns trust is capped. */
export const MEMORABLE_MOVES: Partial<
  Record<MoveKind, { counter: keyof PersonaMemory; capTurns: number }>
> = {
  threat: { counter: "threats", capTurns: 4 },
  character_label: { counter: "labels", capTurns: 3 },
  blame_absolute: { counter: "blame", capTurns: 3 },
  dismissal: { counter: "dismissals", capTurns: 2 },
};

/** Hurts that keep their full weight and can make a persona walk out (see mildHurtTrustMax). */
export const CRITICAL_HURTS: readonly MoveKind[] = ["blame_absolute", "character_label", "threat"];

/** Moves that make a promise a later blame or dismissal would break. */
export const PROMISE_MOVES: readonly MoveKind[] = ["support_offer", "next_step", "follow_up"];

export type Difficulty = 1 | 2 | 3 | 4 | 5;

export interface DifficultyRow {
  /** Added to the persona's baseline (which is the resting state at difficulty 3). */
  start: Readonly<Record<StateVariable, number>>;
  /** Added to every concern's trustNeeded. */
  threshold: number;
  /** Multiplies every helpful shift. */
  gain: number;
  /** A persona more guarded than this reveals nothing, whatever the trust. */
  revealGuardMax: number;
}

/** Difficulty moves the start, the reveal thresholds and the gains; 3 is the persona as written. */
export const DIFFICULTY: Readonly<Record<Difficulty, DifficultyRow>> = {
  1: {
    start: { trust: 0.1, guard: -0.1, stress: -0.05, engagement: 0.05 },
    threshold: -0.05,
    gain: 1.25,
    revealGuardMax: 0.8,
  },
  2: {
    start: { trust: 0.05, guard: -0.05, stress: -0.02, engagement: 0.02 },
    threshold: -0.02,
    gain: 1.1,
    revealGuardMax: 0.75,
  },
  3: {
    start: { trust: 0, guard: 0, stress: 0, engagement: 0 },
    threshold: 0,
    gain: 1,
    revealGuardMax: 0.7,
  },
  4: {
    start: { trust: -0.05, guard: 0.05, stress: 0.03, engagement: -0.03 },
    threshold: 0.03,
    gain: 0.9,
    revealGuardMax: 0.62,
  },
  5: {
    start: { trust: -0.1, guard: 0.1, stress: 0.05, engagement: -0.05 },
    threshold: 0.06,
    gain: 0.8,
    revealGuardMax: 0.52,
  },
};

export function toDifficulty(n: number): Difficulty {
  return Math.min(5, Math.max(1, Math.round(n))) as Difficulty;
}

/** How a coping style tilts intent choice: a multiplier per intent, 1 when absent. */
export const ARCHETYPE_BIAS: Readonly<Record<Archetype, Partial<Record<Intent, number>>>> = {
  defensive: { justify: 1.4, push_back: 1.3, deflect: 1.2, vent: 0.8 },
  "burnt-out": { vent: 1.4, go_quiet: 1.3, push_back: 0.6 },
  ambitious: { push_back: 1.2, propose: 1.3, ask_back: 1.2, go_quiet: 0.6 },
  disengaged: { go_quiet: 1.5, acknowledge: 1.2, vent: 0.7, push_back: 0.6 },
  dismissive: { push_back: 1.3, deflect: 1.3, justify: 1.1, open_up: 0.8 },
  conflicted: { vent: 1.2, justify: 1.2, open_up: 1.1 },
};
