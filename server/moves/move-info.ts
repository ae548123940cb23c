import type { MoveKind } from "./move.schema";

export type MovePolarity = "positive" | "neutral" | "negative";

export interface MoveInfo {
  /** One plain-language line a debrief or the persona engine can show. */
  readonly description: string;
  readonly polarity: MovePolarity;
}

/**
 * What each move means and whether it usually helps a hard conversation. Code that reacts to moves
 * reads this table instead of branching on kinds, so a new move is one row here.
 */
export const MOVE_INFO: Readonly<Record<MoveKind, MoveInfo>> = {
  open_question: {
    description: "Asks a question the employee cannot answer with yes or no.",
    polarity: "positive",
  },
  closed_question: {
    description: "Asks a yes/no or short-answer question.",
    polarity: "neutral",
  },
  reflection: {
    description: "Says back what the employee said or seems to feel.",
    polarity: "positive",
  },
  validation: {
    description: "Acknowledges that the employee's feelings or position make sense.",
    polarity: "positive",
  },
  specific_observation: {
    description: "Names a concrete, observable behaviour with a time, place or number.",
    polarity: "positive",
  },
  impact_statement: {
    description: "Explains the effect a behaviour had on the team, the work or the manager.",
    polarity: "positive",
  },
  perspective_ask: {
    description: "Invites the employee's view of the situation.",
    polarity: "positive",
  },
  support_offer: {
    description: "Offers concrete help or asks what help is needed.",
    polarity: "positive",
  },
  solution_collab: {
    description: "Invites the employee to work out a solution together.",
    polarity: "positive",
  },
  next_step: {
    description: "Agrees a specific action with an owner and a date.",
    polarity: "positive",
  },
  follow_up: {
    description: "Schedules a later check-in on the topic.",
    polarity: "positive",
  },
  permission_ask: {
    description: "Asks before giving feedback, advice or an opinion.",
    polarity: "positive",
  },
  advice: {
    description: "Suggests or instructs what the employee should do.",
    polarity: "neutral",
  },
  information: {
    description: "Shares facts, context or policy.",
    polarity: "neutral",
  },
  self_disclosure: {
    description: "Shares a personal experience or feeling of the manager's own.",
    polarity: "neutral",
  },
  summary: {
    description: "Pulls together several things the employee said.",
    polarity: "positive",
  },
  appreciation: {
    description: "Thanks or credits the employee for something.",
    polarity: "positive",
  },
  vague_feedback: {
    description:
      "Criticises in general terms (attitude, stepping up) without an observable example.",
    polarity: "negative",
  },
  blame_absolute: {
    description: "Blames with absolute words such as always, never or your fault.",
    polarity: "negative",
  },
  character_label: {
    description: "Labels the person instead of describing a behaviour.",
    polarity: "negative",
  },
  dismissal: {
    description: "Brushes aside the employee's concern or feelings.",
    polarity: "negative",
  },
  threat: {
    description: "Threatens consequences instead of discussing the problem.",
    polarity: "negative",
  },
  sandwich: {
    description: "Wraps criticism between two pieces of praise, which blurs both.",
    polarity: "negative",
  },
};
