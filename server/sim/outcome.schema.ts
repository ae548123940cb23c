import { z } from "zod";

/**
 * How a practice session ended. Shared by the persona engine, the CLI, the live protocol and the
 * store, so these literals are a contract: never rename one.
 */
export const OUTCOMES = [
  /** The scenario's success criteria hold. */
  "resolved",
  /** Guard saturated, or a threat landed on a guarded persona. */
  "escalated",
  /** Engagement stayed near zero for two turns in a row. */
  "shut_down",
  /** The scenario's turn limit was reached first. */
  "out_of_turns",
  /** The manager ended the session. */
  "ended",
] as const;
export const OutcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof OutcomeSchema>;
