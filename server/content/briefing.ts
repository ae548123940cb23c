import type { Briefing, PatternOutline, PersonaCard } from "./briefing.schema";
import { fillSlots } from "./common.schema";
import type { Content } from "./content";
import type { Pattern } from "./pattern.schema";
import type { Persona } from "./persona.schema";
import type { Scenario } from "./scenario.schema";

export type { Briefing, PatternOutline, PersonaCard } from "./briefing.schema";

/** A persona's public face, with `{slot}`s filled from a scenario's public facts. */
export function personaCardOf(
  p: Persona,
  facts: Readonly<Record<string, string>> = {},
): PersonaCard {
  return {
    id: p.id,
    name: p.name,
    pronouns: p.pronouns,
    role: p.role,
    seniority: p.seniority,
    tenure: p.tenure,
    summary: fillSlots(p.publicFace.summary, facts),
    knownFacts: p.publicFace.knownFacts.map((f) => fillSlots(f, facts)),
  };
}

export function patternOutlineOf(p: Pattern): PatternOutline {
  return {
    id: p.id,
    title: p.title,
    level: p.level,
    version: p.version,
    steps: p.steps.map((s) => ({
      id: s.id,
      title: s.title,
      ...(s.description === undefined ? {} : { description: s.description }),
      required: s.required,
    })),
    snippet: p.snippet,
  };
}

/**
 * The briefing for a scenario: built field by field from public data (never by copying a persona
 * and deleting), so a new hidden field cannot leak by default. Pure.
 */
export function briefingOf(scenario: Scenario, content: Content): Briefing {
  const personas = scenario.personas.flatMap((id) => {
    const p = content.personas.get(id);
    return p ? [personaCardOf(p, scenario.facts)] : [];
  });
  const patterns = scenario.patterns.flatMap((id) => {
    const p = content.patterns.get(id);
    return p ? [patternOutlineOf(p)] : [];
  });
  return {
    id: scenario.id,
    title: scenario.title,
    level: scenario.level,
    track: scenario.track,
    skill: scenario.skill,
    ...(scenario.searchTerms === undefined ? {} : { searchTerms: [...scenario.searchTerms] }),
    difficulty: scenario.difficulty,
    turnLimit: scenario.turnLimit,
    estimatedMinutes: scenario.estimatedMinutes,
    yourRole: scenario.yourRole,
    situation: fillSlots(scenario.situation, scenario.facts),
    goal: fillSlots(scenario.goal, scenario.facts),
    facts: { ...scenario.facts },
    personas,
    patterns,
  };
}

/** Every fact a persona may use in its lines: public facts plus hidden ones. */
export function factsOf(scenario: Scenario): Record<string, string> {
  return { ...scenario.facts, ...scenario.hiddenFacts };
}

/**
 * The scenario's personas as the engines should play them: the scenario's overrides applied
 * (`concerns` replace the persona's, `topicLines` replace per topic). Pure; unknown ids are skipped.
 */
export function castOf(scenario: Scenario, content: Content): Persona[] {
  return scenario.personas.flatMap((id) => {
    const persona = content.personas.get(id);
    if (!persona) return [];
    const override = scenario.overrides?.[id];
    if (!override) return [persona];
    return [
      {
        ...persona,
        concerns: override.concerns ?? persona.concerns,
        topicLines: { ...persona.topicLines, ...override.topicLines },
      },
    ];
  });
}
