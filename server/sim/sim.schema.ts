import { z } from "zod";
import { IntentSchema } from "../content/persona.schema";
import { MoveKindSchema, TopicSchema } from "../moves/move.schema";
import { OutcomeSchema } from "./outcome.schema";

/** Where the conversation is; derived from what has happened, never from the turn count. */
export const STAGES = ["opening", "exploring", "problem_solving", "closing"] as const;
export const StageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof StageSchema>;

/** The hidden variables, each 0–1. */
export const STATE_VARIABLES = ["trust", "guard", "stress", "engagement"] as const;
export const StateVariableSchema = z.enum(STATE_VARIABLES);
export type StateVariable = z.infer<typeof StateVariableSchema>;

const unit = z.number().min(0).max(1);
const count = z.number().int().min(0);

/** What a persona remembers of how the manager treated them; not erased by one kind word. */
export const PersonaMemorySchema = z.strictObject({
  blame: count,
  threats: count,
  labels: count,
  dismissals: count,
  brokenPromises: count,
  /** Turns left during which trust may rise only a small step per turn (after a threat, label…). */
  trustCapTurns: count,
  /** Consecutive turns with engagement near zero. */
  quietTurns: count,
  /** Sides taken against them in a mediation, this session (sides.ts); absent: none. */
  sided: count.optional(),
  /**
   * Manager turns the last side taken against them has stood without a repair, that turn counted
   * (1 on the turn it was taken); 0 or absent: none open.
   */
  sidedOpen: count.optional(),
  /**
   * Times they named an unheard concern again (passed over by a move to close), or asked to come
   * back to it another time (said after the agreement: `parked`), since the manager last took it in;
   * absent: none.
   */
  raisedAgain: count.optional(),
  /**
   * The manager's turn (1-based, as the debrief counts them) of the last question put to everyone
   * in the room ("Does that work for both of you?") that another persona answered, while they have
   * not spoken since; absent: none (review 8b #14).
   */
  unansweredAt: count.optional(),
});
export type PersonaMemory = z.infer<typeof PersonaMemorySchema>;

export const PersonaSimSchema = z.strictObject({
  id: z.string(),
  trust: unit,
  guard: unit,
  stress: unit,
  engagement: unit,
  memory: PersonaMemorySchema,
  /** Concern ids this persona has revealed, in order. */
  revealed: z.array(z.string()),
  /** The next steps this persona committed to (rendered text), in order. */
  committed: z.array(z.string()),
  /**
   * Concern ids said that no later manager turn has taken in yet (a reflection, a validation, a
   * question that gives it room, or its words said back). While one is here, an agreement does not
   * end the conversation resolved. Absent when empty (and in states stored before it existed).
   */
  unheard: z.array(z.string()).optional(),
  lastIntent: IntentSchema.nullable(),
});
export type PersonaSim = z.infer<typeof PersonaSimSchema>;

/**
 * The whole hidden state of a session after some turn: plain JSON. The session service stores it
 * after each turn and steps from a stored one to branch; nothing else is needed to continue.
 */
export const SimStateSchema = z.strictObject({
  version: z.literal(1),
  scenarioId: z.string(),
  difficulty: z.number().int().min(1).max(5),
  /** Manager turns taken so far. */
  turn: count,
  stage: StageSchema,
  /** The topic the conversation is on (the last one a manager turn named). */
  topic: TopicSchema.nullable(),
  /** One entry per scenario persona, in the scenario's order. */
  personas: z.array(PersonaSimSchema),
  /** Move kinds of the manager's last few turns, oldest first (for diminishing returns). */
  recentMoves: z.array(z.array(MoveKindSchema)),
  /** Every move kind the manager has used in the session. */
  movesUsed: z.array(MoveKindSchema),
  /** The manager offered support or a next step and has not gone back on it yet. */
  promiseOpen: z.boolean(),
  /** Offline line ids already spoken, so no line repeats in a session. */
  usedLines: z.array(z.string()),
  lastSpeakerId: z.string().nullable(),
  outcome: OutcomeSchema.nullable(),
  /** LLM tokens spent in the session (the service adds them with `recordUsage`). */
  tokens: z.strictObject({ prompt: count, completion: count }),
});
export type SimState = z.infer<typeof SimStateSchema>;

/** Why a variable moved: a move kind, or an engine rule. */
export const ChangeCauseSchema = z.union([
  MoveKindSchema,
  z.enum(["memory", "difficulty", "reveal", "drift", "limit"]),
]);
export type ChangeCause = z.infer<typeof ChangeCauseSchema>;

/** One line of the flight recorder: how much one cause moved one variable of one persona. */
export const ChangeSchema = z.strictObject({
  personaId: z.string(),
  variable: StateVariableSchema,
  delta: z.number(),
  cause: ChangeCauseSchema,
});
export type Change = z.infer<typeof ChangeSchema>;
