export type { CriterionCheck } from "./criteria";
export { checkCriteria, raisedAtEnd, revealedOf, stillNeeded } from "./criteria";
export { describeState } from "./describe-state";
export { hintFor } from "./hint";
export type {
  LlmDelta,
  LlmEvent,
  LlmReply,
  LlmReplyOptions,
  LlmReplyResult,
} from "./llm-responder";
export { LLM_EVENTS, streamLlmReply } from "./llm-responder";
export { type FlownStep, leftUnanswered } from "./loose-ends";
export { type ManagerBrief, managerBriefOf, saysConcern } from "./named";
export type { Outcome } from "./outcome.schema";
export { OUTCOMES, OutcomeSchema } from "./outcome.schema";
export type { ReplyPlan } from "./plan";
export type { PlayedSession, PlayedTurn, ScriptOptions } from "./play-script";
export { parseScript, playScript } from "./play-script";
export type { Rng } from "./rng";
export { createRng } from "./rng";
export type {
  Change,
  ChangeCause,
  PersonaMemory,
  PersonaSim,
  SimState,
  Stage,
  StateVariable,
} from "./sim.schema";
export { ChangeSchema, SimStateSchema, STAGES, STATE_VARIABLES } from "./sim.schema";
export type { SimStep, StartOptions, StepContext } from "./simulate";
export {
  endSimulation,
  recordUsage,
  startSimulation,
  stepSimulation,
} from "./simulate";
