import type { Content } from "../content/content";
import type { Intent } from "../content/persona.schema";
import type { Scenario } from "../content/scenario.schema";
import type { Move, TranscriptTurn } from "../moves/move.schema";
import { revealedOf } from "./criteria";
import type { Outcome } from "./outcome.schema";
import type { SimState } from "./sim.schema";
import { type SimStep, startSimulation, stepSimulation } from "./simulate";

export interface ScriptOptions {
  seed?: number;
  difficulty?: number;
  /** Keep stepping after an outcome (to test long sessions); default false: stop at the outcome. */
  continuePastOutcome?: boolean;
}

/** One turn of a played session: a manager line with its moves, or a reply with the state after it. */
export type PlayedTurn =
  | { speaker: "manager"; text: string; moves: Move[] }
  | {
      speaker: "employee";
      personaId: string;
      text: string;
      intent: Intent;
      reveals: string[];
      state: { trust: number; guard: number; stress: number; engagement: number };
    };

export interface PlayedSession {
  turns: PlayedTurn[];
  steps: SimStep[];
  state: SimState;
  outcome: Outcome | null;
  revealed: string[];
}

/**
 * Plays manager lines against the offline responder, start to finish. Pure: the CLI's `--script`,
 * the persona checks, the benchmark and the tests all use it, so they see the same sessions.
 */
export function playScript(
  scenario: Scenario,
  content: Content,
  lines: readonly string[],
  options: ScriptOptions = {},
): PlayedSession {
  const seed = options.seed ?? 1;
  let state = startSimulation(
    scenario,
    content,
    options.difficulty === undefined ? {} : { difficulty: options.difficulty },
  );
  const history: TranscriptTurn[] = [];
  const turns: PlayedTurn[] = [];
  const steps: SimStep[] = [];
  for (const [turnIndex, text] of lines.entries()) {
    if (state.outcome && !options.continuePastOutcome) break;
    const step = stepSimulation(state, text, { scenario, content, seed, turnIndex, history });
    const p = step.state.personas.find((x) => x.id === step.speakerId);
    history.push({ speaker: "manager", text }, { speaker: "employee", text: step.reply.text });
    turns.push(
      { speaker: "manager", text, moves: step.moves },
      {
        speaker: "employee",
        personaId: step.speakerId,
        text: step.reply.text,
        intent: step.intent,
        reveals: step.reveals,
        state: {
          trust: p?.trust ?? 0,
          guard: p?.guard ?? 0,
          stress: p?.stress ?? 0,
          engagement: p?.engagement ?? 0,
        },
      },
    );
    steps.push(step);
    state = step.state;
  }
  return { turns, steps, state, outcome: state.outcome, revealed: revealedOf(state) };
}

/** Manager lines from a script file's text: one per line; blank lines and `#` comments skipped. */
export function parseScript(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}
