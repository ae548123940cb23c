import { describe, expect, it } from "vitest";
import {
  ROSA_MEDIATION,
  ROSA_MEDIATION_ASK_HOW,
  ROSA_MEDIATION_PLAN,
} from "../../tests/support/review-lines";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import { stillNeeded } from "./criteria";
import { playScript } from "./play-script";
import { startSimulation } from "./simulate";

/**
 * Review 8b #14: "…Does that work for both of you?" was answered by Elena alone, and the debrief
 * said only "Tomás Herrera to agree to a next step". One persona answers each turn, so the debrief
 * says whom to ask by name and which of the manager's turns they did not answer.
 */
const content = await shippedContent();
const nameOf = (id: string) => content.personas.get(id)?.name ?? id;
const scenario = scenarioOf(content, "architecture-mediation");

const M2 = [...ROSA_MEDIATION, ROSA_MEDIATION_ASK_HOW];
const PLAN = ROSA_MEDIATION_PLAN;

describe("a question put to both, answered by one", () => {
  for (const check of [
    "Does that work for both of you?",
    "Can you two live with that?",
    "Is everyone ok with that?",
  ])
    it(`the one who did not answer is named with the turn: "${check}"`, () => {
      let checked = 0;
      for (const seed of [1, 2, 3]) {
        const played = playScript(scenario, content, [...M2, `${PLAN} ${check}`], {
          seed,
          continuePastOutcome: true,
        });
        const last = played.steps.at(-1);
        const silent = played.state.personas.find((p) => p.id !== last?.speakerId);
        if (!silent || silent.committed.length > 0) continue;
        expect(silent.memory.unansweredAt, `seed ${seed}`).toBe(9);
        const who = nameOf(silent.id).split(" ")[0];
        expect(stillNeeded(played.state, scenario, nameOf), `seed ${seed}`).toContain(
          `${nameOf(silent.id)} to agree to a next step (ask ${who} by name: your turn 9 asked them both, and only one answered)`,
        );
        checked += 1;
      }
      expect(checked).toBeGreaterThan(0);
    });

  it("a reply to thanks does not clear it; the reviewer's flight names Tomás", () => {
    const played = playScript(
      scenario,
      content,
      [
        ...M2,
        `${PLAN} Does that work for both of you?`,
        "Thank you both. I know this was uncomfortable, I appreciate it.",
      ],
      { seed: 1, continuePastOutcome: true },
    );
    expect(played.steps.at(-1)?.speakerId).toBe("tomas");
    expect(stillNeeded(played.state, scenario, nameOf)).toContain(
      "Tomás Herrera to agree to a next step (ask Tomás by name: your turn 9 asked them both, and only one answered)",
    );
  });

  it("a later answer from them clears it", () => {
    const played = playScript(
      scenario,
      content,
      [...M2, `${PLAN} Does that work for both of you?`],
      {
        seed: 1,
      },
    );
    const silentId = played.state.personas.find((p) => p.id !== played.steps.at(-1)?.speakerId)
      ?.id as string;
    const who = nameOf(silentId).split(" ")[0];
    const before = played.state.personas.find((x) => x.id === silentId);
    expect(before?.memory.unansweredAt).toBe(9);
    const again = playScript(
      scenario,
      content,
      [...M2, `${PLAN} Does that work for both of you?`, `${who}, does that work for you?`],
      { seed: 1, continuePastOutcome: true },
    );
    expect(again.steps.at(-1)?.speakerId).toBe(silentId);
    const p = again.state.personas.find((x) => x.id === silentId);
    expect(p?.memory.unansweredAt).toBeUndefined();
  });

  it("a question to one by name is not one put to both", () => {
    const played = playScript(
      scenario,
      content,
      [...M2, `${PLAN} Elena, does that work for you?`],
      {
        seed: 1,
        continuePastOutcome: true,
      },
    );
    for (const p of played.state.personas) expect(p.memory.unansweredAt, p.id).toBeUndefined();
  });

  it("stillNeeded without such a turn is as before", () => {
    const start = startSimulation(scenario, content);
    const state = {
      ...start,
      movesUsed: [...(scenario.successCriteria.movesUsed ?? [])],
      personas: start.personas.map((p) =>
        p.id === "elena"
          ? { ...p, committed: ["Fine."], revealed: ["blast-radius"] }
          : { ...p, revealed: ["felt-steamrolled"] },
      ),
    };
    expect(stillNeeded(state, scenario, nameOf)).toEqual(["Tomás Herrera to agree to a next step"]);
    const skipped = {
      ...state,
      personas: state.personas.map((p) =>
        p.id === "tomas" ? { ...p, memory: { ...p.memory, unansweredAt: 4 } } : p,
      ),
    };
    expect(stillNeeded(skipped, scenario, nameOf)).toEqual([
      "Tomás Herrera to agree to a next step (ask Tomás by name: your turn 4 asked them both, and only one answered)",
    ]);
  });
});
