import { castOf } from "../content/briefing";
import type { Content } from "../content/content";
import type { Persona } from "../content/persona.schema";
import type { Scenario } from "../content/scenario.schema";
import type { MoveKind, Topic } from "../moves/move.schema";
import type { SimState } from "./sim.schema";
import { DIFFICULTY, toDifficulty } from "./tuning";

/** A move the scenario asks for, as advice in plain words. */
const MOVE_HINT: Partial<Record<MoveKind, string>> = {
  specific_observation: "name one concrete thing you saw, with a date or a number",
  impact_statement: "say what effect it had on the team or the work",
  perspective_ask: "ask how it looks from their side",
  open_question: "ask an open question and let them talk",
  reflection: "say back what you heard, in your own words",
  summary: "sum up what you have heard so far",
  solution_collab: "invite them to work out a way forward with you",
  support_offer: "ask what would help, or offer something concrete",
  follow_up: "agree when you will check in again",
  information: "share the facts and the reasons plainly",
  validation: "acknowledge that their reaction makes sense",
  next_step: "agree one specific next step: who does what, by when",
};

const TOPIC_WORDS: Readonly<Record<Topic, string>> = {
  workload: "their workload",
  deadlines: "the dates and estimates",
  quality: "the quality of the work",
  incident: "the incident",
  team: "the team",
  peer: "working with their colleagues",
  career: "where they want to go",
  promotion: "the promotion",
  compensation: "pay",
  health: "how they are doing",
  process: "how the work gets planned",
  feedback: "the feedback",
  goals: "their goals",
};

function pronouns(p: Persona): { they: string; them: string; their: string } {
  const [they = "they", them = "them"] = p.pronouns.split("/");
  const possessive: Record<string, string> = { she: "her", he: "his", they: "their" };
  return { they, them, their: possessive[they] ?? "their" };
}

export interface HintContext {
  scenario: Scenario;
  content: Content;
  /** How the manager ends the conversation where they are; default the web's button. */
  endWith?: string;
}

const firstName = (name: string) => name.split(/\s+/)[0] ?? name;

/**
 * After the agreement the conversation stays open for the manager's closing lines (docs/protocol.md
 * "How a session ends"): the hint is how to close it, as the note beside the message box says,
 * unless they said something since that nothing took in.
 */
function closingHint(state: SimState, ctx: HintContext): string {
  const cast = castOf(ctx.scenario, ctx.content);
  const unheard = cast.find((c) =>
    state.personas.some((p) => p.id === c.id && (p.unheard ?? []).length > 0),
  );
  if (unheard) {
    return `${firstName(unheard.name)} told you something more after agreeing. Say back what you heard, or offer a time to come back to it, before you close.`;
  }
  const names = cast.map((c) => firstName(c.name));
  const who = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0];
  const only = cast.length === 1 ? cast[0] : undefined;
  const them = only ? pronouns(only).them : "them";
  const checkIn = state.movesUsed.includes("follow_up")
    ? "confirm the next step and the check-in you agreed"
    : "confirm the next step and when you will check in";
  return `${who ?? "They"} agreed. Close it as you would in the room: thank ${them}, ${checkIn}, then ${ctx.endWith ?? "press End conversation"}.`;
}

/**
 * A short coach hint for the manager: what might help now, in plain words. It names topics and
 * moves, never a hidden concern's content. Pure.
 */
export function hintFor(state: SimState, ctx: HintContext): string {
  // A resolution with turns left keeps the conversation open; only one that ran out of turns ends it.
  if (state.outcome === "resolved" && state.turn < ctx.scenario.turnLimit)
    return closingHint(state, ctx);
  if (state.outcome) return "The conversation is over. Open the debrief to see what landed.";
  const cast = castOf(ctx.scenario, ctx.content);
  const p =
    state.personas.find((x) => x.id === state.lastSpeakerId) ??
    [...state.personas].sort((a, b) => a.trust - b.trust)[0];
  const persona = cast.find((c) => c.id === p?.id);
  if (!p || !persona) return "Start with an open question.";
  const first = firstName(persona.name);
  const { they, them, their } = pronouns(persona);

  // Before the first line nobody has said anything to reflect or acknowledge: point to the start
  // of the pattern that is scored.
  if (state.turn === 0) {
    const firstStep = ctx.content.patterns.get(ctx.scenario.patterns[0] ?? "")?.steps[0];
    const start = firstStep
      ? `Start where the pattern starts, “${firstStep.title}”`
      : "Start by saying in a sentence why you wanted to talk";
    return `${start}, then ask an open question and let ${first} talk.`;
  }

  const row = DIFFICULTY[toDifficulty(state.difficulty)];
  if (p.guard > row.revealGuardMax || p.memory.trustCapTurns > 0) {
    return `${first} is on the defensive. Drop the verdict: describe one specific thing you saw, then ask how it looks from ${their} side.`;
  }
  if (p.engagement < 0.25) {
    return `${first} is checking out. Ask an open question about something that matters to ${them}, then listen.`;
  }
  const offset = row.threshold;
  const next = persona.concerns
    .filter((c) => !p.revealed.includes(c.id))
    .sort((a, b) => a.trustNeeded - b.trustNeeded)[0];
  const anyRevealed = state.personas.some((x) => x.revealed.length > 0);
  if (next && !anyRevealed) {
    if (p.trust < next.trustNeeded + offset) {
      return `${first} isn't ready to say more yet. Reflect back what ${they} just said, or acknowledge how it feels, before you ask again.`;
    }
    const topic = next.topics[0];
    return `${first} might be ready to tell you more. Ask an open question about ${topic ? TOPIC_WORDS[topic] : "what is going on"}.`;
  }
  // Something new came out and nothing since took it in: that first, before any plan or closing.
  const unheard = state.personas.find((x) => (x.unheard ?? []).length > 0);
  const unheardName = cast.find((c) => c.id === unheard?.id)?.name.split(/\s+/)[0];
  if (unheard && unheardName) {
    return `${unheardName} just told you something new. Say back what you heard, or ask about it, before you close.`;
  }
  const missing = (ctx.scenario.successCriteria.movesUsed ?? []).find(
    (m) => !state.movesUsed.includes(m),
  );
  if (missing && MOVE_HINT[missing]) return `Not done yet: ${MOVE_HINT[missing]}.`;
  if (state.personas.some((x) => x.committed.length === 0)) {
    return `Work out a way forward together, then agree one specific next step: who does what, by when.`;
  }
  return "Sum up what you heard and agree when you will check in.";
}
