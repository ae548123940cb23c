import { describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import { checkCriteria, stillNeeded } from "./criteria";
import { startSimulation } from "./simulate";

const content = await shippedContent();
const nameOf = (id: string) => content.personas.get(id)?.name ?? id;

describe("stillNeeded: what an unresolved conversation lacked, in words", () => {
  it("names each unmet criterion, and the persona in a mediation who has not agreed", () => {
    const scenario = scenarioOf(content, "architecture-mediation");
    const start = startSimulation(scenario, content);
    // Elena agreed to a step; Tomás did not. Two concerns came out, every move was used.
    const state = {
      ...start,
      movesUsed: [...(scenario.successCriteria.movesUsed ?? [])],
      personas: start.personas.map((p) =>
        p.id === "elena"
          ? { ...p, committed: ["Fine. I'll review it."], revealed: ["blast-radius"] }
          : { ...p, revealed: ["felt-steamrolled"] },
      ),
    };
    expect(checkCriteria(state, scenario).filter((c) => !c.met)).toHaveLength(1);
    expect(stillNeeded(state, scenario, nameOf)).toEqual(["Tomás Herrera to agree to a next step"]);
  });

  it("at the start lists concerns, the key concern, the moves by their labels and everyone's agreement", () => {
    const scenario = scenarioOf(content, "missed-sprint-commitments");
    const needed = stillNeeded(startSimulation(scenario, content), scenario, nameOf);
    expect(needed).toEqual([
      "more of what they were holding back to come out (0 of 1 so far)",
      "the concern this scenario turns on to come out",
      "a specific observation, the impact it had and a question about their view from you",
      "Dana Okafor to agree to a next step",
    ]);
  });

  it("is empty when every criterion is met", () => {
    const scenario = scenarioOf(content, "promotion-not-yet");
    const start = startSimulation(scenario, content);
    const state = {
      ...start,
      movesUsed: [...(scenario.successCriteria.movesUsed ?? [])],
      personas: start.personas.map((p) => ({
        ...p,
        committed: ["I'll lead one design review."],
        revealed: ["peer-promoted-first"],
      })),
    };
    expect(checkCriteria(state, scenario).every((c) => c.met)).toBe(true);
    expect(stillNeeded(state, scenario, nameOf)).toEqual([]);
  });
});
