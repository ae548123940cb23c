import type { Content } from "../content";
import type { TranscriptTurn } from "../moves";
import { rubricVersionOf, type ScoreOptions, scoreTranscript } from "../rubric";
import { hintFor, type SimState, startSimulation, stepSimulation } from "../sim";
import type { PersonaEngine, Scorer } from "./engines";

/** The persona engine of server/sim behind the session service's interface. */
export const simEngine: PersonaEngine = {
  start: (scenario, content, options) => startSimulation(scenario, content, options),
  step(state, managerText, ctx) {
    const step = stepSimulation(state as SimState, managerText, ctx);
    return {
      state: step.state,
      moves: step.moves,
      speakerId: step.speakerId,
      intent: step.intent,
      reveals: step.reveals,
      changes: step.changes,
      outcome: step.outcome === "ended" ? null : step.outcome,
      reply: step.reply,
      plan: step.plan,
    };
  },
  hint: (state, ctx) => hintFor(state as SimState, ctx),
};

/** The rubric engine behind the session service's interface. */
export const rubricScorer: Scorer = {
  score(turns: readonly TranscriptTurn[], patternId: string, content: Content, recorded) {
    const pattern = content.patterns.get(patternId);
    if (!pattern) return undefined;
    // Who spoke each employee turn by name: a mediation's note says who has not agreed yet.
    const named = turns.map((t) => {
      const name = t.personaId ? content.personas.get(t.personaId)?.name : undefined;
      return name && t.name === undefined ? { ...t, name } : t;
    });
    const scorecard = scoreTranscript(
      { turns: named },
      pattern,
      recorded
        ? {
            employeeIntents: recorded.intents as ScoreOptions["employeeIntents"],
            moves: recorded.moves as ScoreOptions["moves"],
          }
        : {},
    );
    return {
      overall: scorecard.overall,
      passed: scorecard.passed,
      rubricVersion: rubricVersionOf(pattern),
      scorecard,
    };
  },
};
