import type { Archetype, Intent } from "../content/persona.schema";
import type { MoveKind } from "../moves/move.schema";
import type { Rng } from "./rng";
import type { PersonaSim, Stage } from "./sim.schema";
import { ARCHETYPE_BIAS, TUNING } from "./tuning";

export interface IntentContext {
  p: PersonaSim;
  archetype: Archetype;
  kinds: readonly MoveKind[];
  stage: Stage;
  /** A concern is ready to come out this turn (threshold met, the turn invites it). */
  canReveal: boolean;
  /** The scenario's outcome after this turn, when it ended. */
  escalated: boolean;
  shutDown: boolean;
  /** This persona has said enough for a next step to mean something. */
  readyToCommit: boolean;
  /**
   * The turn asks them a question that is not a proposal (turn-kind.ts): a bare "yes" or "good to
   * hear" does not answer it, whatever the detectors made of the turn's other sentences.
   */
  asked?: boolean;
  /**
   * The question is open ("What's drawing you to DevEx?", "Why?"): someone who trusts the manager
   * enough answers it, rather than "It's fine."
   */
  openAsked?: boolean;
}

const STAGE_RANK: Readonly<Record<Stage, number>> = {
  opening: 0,
  exploring: 1,
  problem_solving: 2,
  closing: 3,
};

type Rule = (c: IntentContext, has: (k: MoveKind) => boolean) => number;

const ASKS: readonly MoveKind[] = ["open_question", "perspective_ask", "closed_question"];
const HURTS: readonly MoveKind[] = [
  "blame_absolute",
  "character_label",
  "dismissal",
  "threat",
  "vague_feedback",
  "sandwich",
];

/**
 * How much each intent suits this moment. A new intent is a row here. Forced intents (reveal,
 * commit, escalate) are decided before scoring, so they are not luck.
 */
const RULES: Readonly<Record<Intent, Rule>> = {
  deflect: ({ p }, has) =>
    p.guard * (1 - p.trust) * (ASKS.some(has) ? 1 : 0.6) + (has("vague_feedback") ? 0.3 : 0),
  justify: ({ p }, has) =>
    p.guard *
      (has("specific_observation") ||
      has("impact_statement") ||
      has("closed_question") ||
      has("blame_absolute")
        ? 0.7
        : 0.25) +
    0.05,
  push_back: ({ p, kinds }, has) =>
    p.guard * 0.45 * kinds.filter((k) => HURTS.includes(k)).length +
    (has("advice") ? 0.35 * p.guard : 0) +
    (has("impact_statement") ? 0.2 * p.guard : 0),
  vent: ({ p }, has) =>
    p.stress * (p.trust > 0.3 ? 1 : 0.3) * (ASKS.some(has) || has("reflection") ? 0.8 : 0.3),
  go_quiet: ({ p, kinds, openAsked }, has) =>
    ((1 - p.engagement) ** 2 * 0.8 + (has("dismissal") ? 0.5 : 0)) *
    (openAsked && p.trust >= TUNING.openAnswerTrust && !kinds.some((k) => HURTS.includes(k))
      ? 0.3
      : 1),
  ask_back: ({ p }, has) =>
    (has("vague_feedback") ? 0.6 : 0) +
    (has("threat") ? 0.3 : 0) +
    (has("information") ? 0.2 : 0) +
    (1 - p.trust) * 0.2,
  open_up: ({ p }, has) =>
    p.trust *
    (1 - p.guard) *
    (has("reflection") || has("validation") || has("appreciation") || ASKS.some(has) ? 1.3 : 0.4),
  reveal: () => 0,
  propose: ({ p, stage }, has) =>
    p.trust >= TUNING.proposeTrust && STAGE_RANK[stage] >= 1
      ? (has("solution_collab") ? 1.4 : 0) +
        (has("advice") || has("support_offer") || has("permission_ask") ? 0.5 : 0.05) * p.trust
      : 0,
  agree: ({ p, asked }, has) =>
    (asked ? 0 : 1) *
    (has("advice") || has("summary") || has("next_step") || has("support_offer")
      ? 0.7
      : ASKS.some(has)
        ? 0
        : 0.05) *
    p.trust *
    (1 - p.guard),
  commit: () => 0,
  // "Good to hear." receives news; it never answers a question ("How are you feeling about it?").
  acknowledge: ({ p, asked }, has) =>
    asked || ASKS.some(has)
      ? 0
      : (has("appreciation") || has("information") || has("summary") || has("follow_up")
          ? 0.5
          : 0.08) *
        (1 - p.guard / 2),
  escalate: ({ p }, has) => (has("threat") && p.guard > 0.6 ? 0.8 : 0),
};

const INTENT_ORDER = Object.keys(RULES) as Intent[];

/** The intents that fit now, best first, with their scores (ties keep the table's order). */
export function scoreIntents(c: IntentContext): Array<{ intent: Intent; score: number }> {
  const set = new Set(c.kinds);
  const has = (k: MoveKind) => set.has(k);
  const bias = ARCHETYPE_BIAS[c.archetype];
  return INTENT_ORDER.map((intent) => ({
    intent,
    score: RULES[intent](c, has) * (bias[intent] ?? 1),
  }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
}

/**
 * This turn's reply intent. State decides first (escalate, shut down, reveal, commit); otherwise one
 * of the top three by score, weighted by score², with the turn's RNG: varied but not random.
 */
export function chooseIntent(c: IntentContext, rng: Rng): Intent {
  if (c.escalated) return "escalate";
  if (c.shutDown) return "go_quiet";
  if (c.canReveal) return "reveal";
  const has = (k: MoveKind) => c.kinds.includes(k);
  if (
    (has("next_step") || has("follow_up")) &&
    c.readyToCommit &&
    c.p.trust >= TUNING.commitTrust &&
    c.p.guard <= TUNING.commitGuardMax &&
    !c.kinds.some((k) => HURTS.includes(k))
  ) {
    return "commit";
  }
  const top = scoreIntents(c).slice(0, 3);
  if (top.length === 0)
    return c.asked || c.kinds.some((k) => ASKS.includes(k)) ? "deflect" : "acknowledge";
  const weights = top.map((t) => t.score * t.score);
  let r = rng.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < top.length; i++) {
    r -= weights[i] as number;
    if (r < 0) return (top[i] as { intent: Intent }).intent;
  }
  return (top[0] as { intent: Intent }).intent;
}
