import type { MoveKind } from "./move.schema";

export type MovePolarity = "positive" | "neutral" | "negative";

export interface MoveInfo {
  /** A short noun phrase for sentences a reader sees: "No manager turn showed a specific observation." */
  readonly label: string;
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
    label: "an open question",
    description: "Asks a question the employee cannot answer with yes or no.",
    polarity: "positive",
  },
  closed_question: {
    label: "a closed question",
    description: "Asks a yes/no or short-answer question.",
    polarity: "neutral",
  },
  reflection: {
    label: "a reflection of what they said",
    description: "Says back what the employee said or seems to feel.",
    polarity: "positive",
  },
  validation: {
    label: "an acknowledgement that their view makes sense",
    description: "Acknowledges that the employee's feelings or position make sense.",
    polarity: "positive",
  },
  specific_observation: {
    label: "a specific observation",
    description: "Names a concrete, observable behaviour with a time, place or number.",
    polarity: "positive",
  },
  impact_statement: {
    label: "the impact it had",
    description: "Explains the effect a behaviour had on the team, the work or the manager.",
    polarity: "positive",
  },
  perspective_ask: {
    label: "a question about their view",
    description: "Invites the employee's view of the situation.",
    polarity: "positive",
  },
  support_offer: {
    label: "an offer of help",
    description: "Offers concrete help or asks what help is needed.",
    polarity: "positive",
  },
  solution_collab: {
    label: "an invitation to solve it together",
    description: "Invites the employee to work out a solution together.",
    polarity: "positive",
  },
  next_step: {
    label: "a specific next step",
    description: "Agrees a specific action with an owner and a date.",
    polarity: "positive",
  },
  follow_up: {
    label: "a follow-up",
    description: "Schedules a later check-in on the topic.",
    polarity: "positive",
  },
  permission_ask: {
    label: "asking before giving feedback or advice",
    description: "Asks before giving feedback, advice or an opinion.",
    polarity: "positive",
  },
  advice: {
    label: "advice",
    description: "Suggests or instructs what the employee should do.",
    polarity: "neutral",
  },
  information: {
    label: "information",
    description: "Shares facts, context or policy.",
    polarity: "neutral",
  },
  self_disclosure: {
    label: "something of your own",
    description: "Shares a personal experience or feeling of the manager's own.",
    polarity: "neutral",
  },
  summary: {
    label: "a summary",
    description: "Pulls together several things the employee said.",
    polarity: "positive",
  },
  appreciation: {
    label: "thanks or credit",
    description: "Thanks or credits the employee for something.",
    polarity: "positive",
  },
  vague_feedback: {
    label: "vague feedback",
    description:
      "Criticises in general terms (attitude, stepping up) without an observable example.",
    polarity: "negative",
  },
  blame_absolute: {
    label: "absolute or blaming words",
    description: "Blames with absolute words such as always, never or your fault.",
    polarity: "negative",
  },
  character_label: {
    label: "a label for the person",
    description: "Labels the person instead of describing a behaviour.",
    polarity: "negative",
  },
  dismissal: {
    label: "brushing a concern aside",
    description: "Brushes aside the employee's concern or feelings.",
    polarity: "negative",
  },
  threat: {
    label: "a threat",
    description: "Threatens consequences instead of discussing the problem.",
    polarity: "negative",
  },
  sandwich: {
    label: "a feedback sandwich",
    description: "Wraps criticism between two pieces of praise, which blurs both.",
    polarity: "negative",
  },
};
