import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Content, fillSlots, loadContent } from "../content";
import type { Scenario } from "../content/scenario.schema";
import { parseScript, playScript, startSimulation, stepSimulation } from "./index";

const ROOT = resolve(import.meta.dirname, "../..");
let content: Content;
beforeAll(async () => {
  content = (await loadContent(ROOT)).content;
});
const scenario = (id: string) => content.scenarios.get(id) as Scenario;
const script = (id: string) =>
  parseScript(readFileSync(resolve(ROOT, `eval/personas/${id}.good.txt`), "utf8"));

const BLAME =
  "Dana, you always miss your commitments and it's your fault the forecast keeps slipping.";
const KIND = "I'm sorry, that came out wrong. I really appreciate everything you do for the team.";
const GOOD = [
  "How does the sprint look from your side?",
  "So it sounds like a lot of what you do never shows up on the board.",
  "That makes sense, and I can see why the board feels unfair.",
  "What's been taking most of your time?",
  "It sounds like you've been carrying a lot on your own.",
  "What would you change about how we plan?",
  "So the planning numbers were set before anyone looked at the code.",
];
/** What a persona who has "melted" would do. */
const WARM = ["open_up", "reveal", "agree", "propose", "commit"];

describe("state, not luck, decides", () => {
  it("one kind sentence after a blame-laden opener does not flip a defensive persona", () => {
    const s = scenario("missed-sprint-commitments");
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const played = playScript(s, content, [BLAME, KIND], { seed });
      const reply = played.turns[3];
      if (reply?.speaker !== "employee") throw new Error("expected a reply");
      expect(WARM).not.toContain(reply.intent);
      expect(reply.state.trust).toBeLessThan(0.15);
      expect(reply.state.guard).toBeGreaterThan(0.8);
    }
    // The same kind sentence without the blame lands much better.
    const fresh = playScript(s, content, [KIND]).state.personas[0];
    const hurt = playScript(s, content, [BLAME, KIND]).state.personas[0];
    expect((fresh?.trust ?? 0) - (hurt?.trust ?? 0)).toBeGreaterThan(0.3);
  });

  it("trust recovers after a blame-laden opener only over several good turns", () => {
    const s = scenario("missed-sprint-commitments");
    const played = playScript(s, content, [BLAME, KIND, ...GOOD]);
    const trust = played.steps.map((step) => step.state.personas[0]?.trust ?? 0);
    // Capped by memory for the first turns after the hurt: small steps only.
    for (let i = 2; i <= 3; i++) {
      expect((trust[i] ?? 0) - (trust[i - 1] ?? 0)).toBeLessThanOrEqual(0.03 + 1e-9);
    }
    expect(trust[trust.length - 1]).toBeGreaterThan((trust[1] ?? 0) + 0.15);
    expect(played.steps.some((step) => step.changes.some((c) => c.cause === "memory"))).toBe(true);
  });

  it("the fifth validation in a row is worth little", () => {
    const s = scenario("burnout-signals");
    const lines = Array.from({ length: 5 }, () => "That makes sense.");
    const played = playScript({ ...s }, content, lines);
    const gains = played.steps.map((step) =>
      step.changes
        .filter((c) => c.variable === "trust" && c.cause === "validation")
        .reduce((a, c) => a + c.delta, 0),
    );
    expect(gains[0]).toBeGreaterThan(0);
    expect(gains[4]).toBeLessThan((gains[0] ?? 0) * 0.3);
  });

  it("a manager who never asks never hears a concern, however warm", () => {
    const s = scenario("burnout-signals");
    const warm = Array.from({ length: 12 }, (_, i) =>
      i % 2 ? "Thank you for everything you do." : "I really appreciate your work on the rotation.",
    );
    expect(playScript(s, content, warm).revealed).toEqual([]);
  });

  // One scenario per persona where its concerns are reachable from the good script.
  it.each([
    ["dana", "missed-sprint-commitments"],
    ["elena", "dismissive-code-reviews"],
    ["jun", "first-one-on-one-after-attrition"],
    ["marcus", "career-goals-exploration"],
    ["priya", "lateral-move-request"],
    ["tomas", "celebrating-a-win"],
  ])("%s needs more turns to the first reveal at difficulty 5 than at 1", (persona, id) => {
    const s = scenario(id);
    expect(s.personas).toContain(persona);
    const firstReveal = (difficulty: number) => {
      const played = playScript(s, content, script(id), { difficulty });
      const i = played.steps.findIndex((step) => step.reveals.length > 0);
      return i < 0 ? Number.POSITIVE_INFINITY : i;
    };
    const easy = firstReveal(1);
    expect(Number.isFinite(easy)).toBe(true);
    expect(firstReveal(5)).toBeGreaterThan(easy);
  });
});

describe("the offline responder", () => {
  it("answers a question about workload with a workload line when its intent answers", () => {
    const s = scenario("missed-sprint-commitments");
    const dana = content.personas.get("dana");
    const workload = (dana?.topicLines.workload ?? []).map((l) => fillSlots(l, s.facts));
    const start = startSimulation(s, content);
    let answered = 0;
    for (let seed = 0; seed < 40; seed++) {
      const step = stepSimulation(start, "What does your workload look like at the moment?", {
        scenario: s,
        content,
        seed,
        turnIndex: 0,
      });
      if (["justify", "open_up", "vent", "push_back"].includes(step.intent)) {
        expect(workload.some((l) => step.reply.text.includes(l))).toBe(true);
        answered++;
      }
    }
    expect(answered).toBeGreaterThan(5);
  });

  it("commits to a next step that echoes the manager's words", () => {
    const s = scenario("missed-sprint-commitments");
    const played = playScript(s, content, script(s.id));
    const last = played.turns[played.turns.length - 1];
    expect(last?.speaker === "employee" && last.intent).toBe("commit");
    expect(last?.text).toMatch(/interrupt|rotation|1-on-1/);
  });

  it("keeps unearned concerns out of the plan for a model", () => {
    const s = scenario("missed-sprint-commitments");
    const step = stepSimulation(startSimulation(s, content), "How are things?", {
      scenario: s,
      content,
      seed: 1,
      turnIndex: 0,
    });
    const plan = JSON.stringify(step.plan);
    for (const c of content.personas.get("dana")?.concerns ?? []) {
      expect(plan).not.toContain(c.id);
      expect(plan).not.toContain(c.revealLines[0]?.slice(10, 50));
    }
    expect(step.plan.withheldCount).toBe(3);
  });
});

describe("calibration (review 2: #15)", () => {
  const VAGUE = [
    "Hi Dana, how's it going?",
    "So I wanted to chat about the sprints, things have been slipping a bit lately.",
    "I think you should try to break the rewrite into smaller tickets, that usually helps.",
    "Is everything ok otherwise?",
    "ok, I get it, it's a lot. Everyone is busy right now tbh.",
    "Let's just try to do better next sprint, ok?",
    "Anyway, no big deal, everyone has slow sprints.",
    "Cool, thanks Dana.",
  ];
  it("one brush-off costs at most 0.15 trust", () => {
    for (const seed of [1, 2, 3]) {
      const played = playScript(scenario("missed-sprint-commitments"), content, VAGUE, {
        seed,
        continuePastOutcome: true,
      });
      let before = played.steps[0]?.state.personas[0]?.trust ?? 0;
      for (const step of played.steps.slice(1)) {
        const after = step.state.personas[0]?.trust ?? 0;
        const hurts = step.changes.some((c) =>
          ["blame_absolute", "character_label", "threat"].includes(c.cause),
        );
        if (!hurts) expect(before - after).toBeLessThanOrEqual(0.15 + 1e-9);
        before = after;
      }
    }
  });

  it("a well-meaning but vague manager loses them without making them walk out", () => {
    for (const id of [
      "missed-sprint-commitments",
      "resisting-feedback",
      "compensation-disappointment",
    ])
      for (const seed of [1, 2, 3]) {
        const played = playScript(scenario(id), content, VAGUE, { seed });
        expect(played.outcome, `${id} seed ${seed}`).not.toBe("escalated");
      }
  });

  it("blame still makes a defensive persona walk out", () => {
    const played = playScript(
      scenario("missed-sprint-commitments"),
      content,
      [BLAME, BLAME, BLAME],
      {
        seed: 1,
      },
    );
    expect(played.outcome).toBe("escalated");
  });
});
