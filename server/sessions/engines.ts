import type { z } from "zod";
import type { Content, Scenario } from "../content";
import type { TranscriptTurn } from "../moves";
import type { SessionOutcomeSchema } from "./protocol.schema";

type Outcome = z.infer<typeof SessionOutcomeSchema>;

/** What the session service needs from the persona engine (server/sim), as plain JSON in and out. */
export interface PersonaEngine {
  start(scenario: Scenario, content: Content, options: { difficulty: number }): unknown;
  step(
    state: unknown,
    managerText: string,
    ctx: {
      scenario: Scenario;
      content: Content;
      seed: number;
      turnIndex: number;
      history: readonly TranscriptTurn[];
    },
  ): EngineStep;
  hint(state: unknown, ctx: { scenario: Scenario; content: Content }): string;
}

export interface EngineStep {
  /** The hidden state after the manager turn; stored with the reply so any turn can be branched from. */
  state: unknown;
  moves: unknown;
  speakerId: string;
  intent: string;
  reveals: string[];
  changes: unknown[];
  outcome: Exclude<Outcome, "ended"> | null;
  /** The offline rendering: what the persona says when no model plays it, and the fallback when one fails. */
  reply: { text: string };
  /** What a model is asked to say; opaque to the service. */
  plan: unknown;
}

/** Renders a step as words, streaming. The offline voice says `step.reply.text`; a model voice streams. */
export interface ReplyVoice {
  speak(
    step: EngineStep,
    ctx: {
      scenario: Scenario;
      content: Content;
      history: readonly TranscriptTurn[];
      sessionId: string;
    },
    /** `reset`: discard what this reply has shown so far (a checked draft was replaced). */
    onDelta: (delta: string, reset?: boolean) => void,
    signal: AbortSignal,
  ): Promise<{ text: string; status: "complete" | "interrupted"; notice?: string }>;
}

export const offlineVoice: ReplyVoice = {
  async speak(step, _ctx, onDelta) {
    onDelta(step.reply.text);
    return { text: step.reply.text, status: "complete" };
  },
};

/** What the service needs from the rubric engine (server/rubric). */
export interface Scorer {
  score(
    turns: readonly TranscriptTurn[],
    patternId: string,
    content: Content,
    /** Per transcript turn: the persona's reply intent (employee turns) and the moves already detected (manager turns). */
    recorded?: { intents: readonly (string | null)[]; moves: readonly (unknown[] | undefined)[] },
  ): { overall: number; passed: boolean; rubricVersion: string; scorecard: unknown } | undefined;
}
