import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import type { Scenario } from "../content/scenario.schema";
import {
  createRng,
  endSimulation,
  hintFor,
  SimStateSchema,
  startSimulation,
  stepSimulation,
} from "./index";

let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});

const scenario = (id: string): Scenario => scenarioOf(content, id);

describe("createRng", () => {
  it("derives each turn's stream from (seed, turn) alone", () => {
    const a = createRng(42, 3);
    const b = createRng(42, 3);
    const xs = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(xs);
    expect(createRng(42, 4).next()).not.toBe(xs[0]);
    expect(createRng(43, 3).next()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe("startSimulation", () => {
  it("is plain JSON that round-trips through the schema", () => {
    const state = startSimulation(scenario("architecture-mediation"), content);
    expect(SimStateSchema.parse(JSON.parse(JSON.stringify(state)))).toEqual(state);
    expect(state.personas.map((p) => p.id)).toEqual(["tomas", "elena"]);
  });

  it("starts harder personas less trusting and more guarded", () => {
    const s = scenario("missed-sprint-commitments");
    const easy = startSimulation(s, content, { difficulty: 1 }).personas[0];
    const hard = startSimulation(s, content, { difficulty: 5 }).personas[0];
    expect(hard?.trust).toBeLessThan(easy?.trust as number);
    expect(hard?.guard).toBeGreaterThan(easy?.guard as number);
  });
});

describe("stepSimulation", () => {
  it("does not mutate the state it is given", () => {
    const s = scenario("missed-sprint-commitments");
    const state = startSimulation(s, content);
    const copy = structuredClone(state);
    stepSimulation(state, "You always miss your commitments.", {
      scenario: s,
      content,
      seed: 1,
      turnIndex: 0,
    });
    expect(state).toEqual(copy);
  });

  it("explains every variable's move in the flight recorder", () => {
    const s = scenario("missed-sprint-commitments");
    const state = startSimulation(s, content);
    const step = stepSimulation(state, "Dana, you always miss your commitments.", {
      scenario: s,
      content,
      seed: 1,
      turnIndex: 0,
    });
    const before = state.personas[0];
    const after = step.state.personas[0];
    for (const v of ["trust", "guard", "stress", "engagement"] as const) {
      const sum = step.changes.filter((c) => c.variable === v).reduce((a, c) => a + c.delta, 0);
      expect(sum).toBeCloseTo((after?.[v] ?? 0) - (before?.[v] ?? 0), 9);
    }
    expect(step.changes.some((c) => c.cause === "blame_absolute")).toBe(true);
  });

  it("ends the session when the manager ends it, keeping an outcome already reached", () => {
    const s = scenario("missed-sprint-commitments");
    const state = startSimulation(s, content);
    expect(endSimulation(state).outcome).toBe("ended");
    expect(endSimulation({ ...state, outcome: "resolved" }).outcome).toBe("resolved");
  });

  it("answers in the mediation the persona addressed by name", () => {
    const s = scenario("architecture-mediation");
    const state = startSimulation(s, content);
    const ctx = { scenario: s, content, seed: 1, turnIndex: 0 };
    expect(stepSimulation(state, "Elena, what's your view?", ctx).speakerId).toBe("elena");
    expect(stepSimulation(state, "Tomas, how do you see it?", ctx).speakerId).toBe("tomas");
    expect(
      stepSimulation(state, "Tomás, thanks. Elena, how does it look from your side?", ctx)
        .speakerId,
    ).toBe("elena");
  });

  it("answers with the one asked now, not the one told to wait (review: ux 14)", () => {
    const s = scenario("architecture-mediation");
    const state = startSimulation(s, content);
    const speaker = (text: string) =>
      [1, 2, 3].map(
        (seed) =>
          stepSimulation(state, text, { scenario: s, content, seed, turnIndex: 2 }).speakerId,
      );
    const tomas = ["tomas", "tomas", "tomas"];
    expect(
      speaker("Tomás, what's your read on the decision? Elena, I'd like to hear yours after."),
    ).toEqual(tomas);
    expect(speaker("Tomás, what's your read? Elena, what's yours?")).toEqual(tomas);
    expect(speaker("Elena, I'll come to you in a moment. Tomás, walk me through the RFC.")).toEqual(
      tomas,
    );
    expect(speaker("Thanks, Tomás. Elena, how does the proposal look to you?")).toEqual([
      "elena",
      "elena",
      "elena",
    ]);
    expect(speaker("Tomás, thanks for that. Elena, you're next.")).toEqual([
      "elena",
      "elena",
      "elena",
    ]);
  });
});

describe("hintFor", () => {
  it("suggests a repair after blame and never quotes a hidden concern", () => {
    const s = scenario("missed-sprint-commitments");
    const ctx = { scenario: s, content, seed: 1, turnIndex: 0 };
    const start = startSimulation(s, content);
    const blamed = stepSimulation(start, "Dana, you always miss your commitments.", ctx).state;
    const hint = hintFor(blamed, { scenario: s, content });
    expect(hint).toMatch(/defensive/);
    const opened = stepSimulation(start, "How does the sprint look from your side?", ctx).state;
    for (const state of [start, blamed, opened]) {
      const text = hintFor(state, { scenario: s, content });
      for (const c of content.personas.get("dana")?.concerns ?? []) {
        expect(text).not.toContain(c.summary.slice(0, 30));
        expect(text).not.toContain(c.id);
      }
    }
    expect(hintFor({ ...start, outcome: "resolved" }, { scenario: s, content })).toMatch(/over/);
  });
});
