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
/** A reply as the voice ended it. */
export interface SpokenReply {
  text: string;
  status: "complete" | "interrupted";
  notice?: string | undefined;
  /** Interrupted because the model failed (not a rewind, an end or a shutdown). */
  cause?: "model" | undefined;
}

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
  ): Promise<SpokenReply>;
  /** Releases what the voice holds (the reply worker), after the last reply has ended. */
  close?(): Promise<void>;
}

/** Splits a reply into short clauses that concatenate back to it exactly. */
export function piecesOf(text: string): string[] {
  const pieces = text.match(/[^,.;:!?]+[,.;:!?]*\s*|\s+/g) ?? [];
  // A reply that starts with punctuation ("…fine.") would lose it: then send it whole.
  return pieces.join("") === text ? pieces : [text];
}

/**
 * The offline voice says the engine's line, a clause at a time, so it reads like someone speaking and
 * takes the same streaming path as a model. `pieceDelayMs` 0 sends it whole.
 */
export function createOfflineVoice(pieceDelayMs = 40): ReplyVoice {
  return {
    async speak(step, _ctx, onDelta, signal) {
      const pieces = pieceDelayMs > 0 ? piecesOf(step.reply.text) : [step.reply.text];
      let said = "";
      for (const [i, piece] of pieces.entries()) {
        if (signal.aborted) return { text: said, status: "interrupted" };
        if (i > 0) await new Promise((resolve) => setTimeout(resolve, pieceDelayMs));
        said += piece;
        onDelta(piece);
      }
      return { text: step.reply.text, status: "complete" };
    },
  };
}

export const offlineVoice: ReplyVoice = createOfflineVoice();

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

/**
 * The LLM judge's second opinion on a scorecard (server/rubric/llm-judge.ts), asked after the
 * session is scored and never on a turn's path. Present only when a model is configured.
 */
export interface SessionJudge {
  /** The model asked, named on the debrief while its answer is awaited. */
  readonly model: string;
  judge(
    turns: readonly TranscriptTurn[],
    patternId: string,
    content: Content,
    scorecard: unknown,
    signal: AbortSignal,
  ): Promise<{ ok: true; opinion: unknown; model: string } | { ok: false; problem: string }>;
}
