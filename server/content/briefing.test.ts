import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { briefingOf, type Content, castOf, factsOf, fillSlots, loadContent } from "./index";

const REPO = join(import.meta.dirname, "..", "..");
let content: Content;

beforeAll(async () => {
  ({ content } = await loadContent(REPO));
});

/** Every string a persona or scenario holds that the manager must not see before it is earned. */
function hiddenStrings(scenarioId: string): string[] {
  const scenario = content.scenarios.get(scenarioId);
  if (!scenario) throw new Error(scenarioId);
  const hidden = [
    ...castOf(scenario, content).flatMap((p) => [
      p.innerModel.coreBelief,
      p.innerModel.copingStyle,
      ...p.innerModel.wants,
      ...p.innerModel.fears,
      ...p.concerns.flatMap((c) => [c.id, c.summary, ...c.revealLines]),
    ]),
    ...Object.values(scenario.hiddenFacts ?? {}),
  ];
  return hidden.map((text) => fillSlots(text, factsOf(scenario)));
}

describe("briefingOf", () => {
  it("never contains a persona's hidden fields, for every scenario", () => {
    for (const scenario of content.scenarios.values()) {
      const json = JSON.stringify(briefingOf(scenario, content));
      for (const key of [
        "innerModel",
        "concerns",
        "sensitivities",
        "phrases",
        "revealLines",
        "hiddenFacts",
        "mustReveal",
      ]) {
        expect(json, `${scenario.id} has ${key}`).not.toContain(`"${key}"`);
      }
      for (const text of hiddenStrings(scenario.id)) {
        expect(json, `${scenario.id} leaks "${text}"`).not.toContain(
          JSON.stringify(text).slice(1, -1),
        );
      }
    }
  });

  it("fills the situation's and the persona card's slots from public facts", () => {
    const scenario = content.scenarios.get("architecture-mediation");
    if (!scenario) throw new Error("missing scenario");
    const briefing = briefingOf(scenario, content);
    expect(briefing.situation).toContain("RFC-112");
    expect(briefing.situation).not.toMatch(/\{[a-z_]+\}/);
    expect(briefing.personas.map((p) => p.name)).toEqual(["Tomás Herrera", "Elena Voss"]);
    expect(briefing.personas[0]?.summary).toContain("moving order events onto Kafka");
  });

  it("outlines each practised pattern with its steps", () => {
    const scenario = content.scenarios.get("missed-sprint-commitments");
    if (!scenario) throw new Error("missing scenario");
    const [pattern] = briefingOf(scenario, content).patterns;
    expect(pattern?.id).toBe("delivering-difficult-feedback");
    expect(pattern?.steps.map((s) => s.id)).toContain("perspective");
  });
});

describe("castOf", () => {
  it("applies a scenario's concern override", () => {
    const scenario = content.scenarios.get("resisting-feedback");
    if (!scenario) throw new Error("missing scenario");
    const [dana] = castOf(scenario, content);
    expect(dana?.concerns.map((c) => c.id)).toEqual([
      "wrote-the-bug",
      "alone-on-the-bridge",
      "expects-a-pip",
    ]);
    expect(dana?.topicLines.feedback?.[0]).toContain("interrupting");
    // topics the scenario does not override keep the persona's own lines
    expect(dana?.topicLines.workload).toEqual(content.personas.get("dana")?.topicLines.workload);
  });

  it("returns the persona unchanged without overrides", () => {
    const scenario = content.scenarios.get("missed-sprint-commitments");
    if (!scenario) throw new Error("missing scenario");
    expect(castOf(scenario, content)).toEqual([content.personas.get("dana")]);
  });
});
