import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import type { Scenario } from "../content/scenario.schema";
import {
  createRng,
  endSimulation,
  hintFor,
  playScript,
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
    expect(hintFor({ ...start, outcome: "escalated" }, { scenario: s, content })).toMatch(/over/);
  });

  it("before the first line points to the pattern's first step, not to a reply nobody gave", () => {
    for (const id of ["burnout-signals", "architecture-mediation", "missed-sprint-commitments"]) {
      const s = scenario(id);
      const first = content.patterns.get(s.patterns[0] ?? "")?.steps[0]?.title ?? "";
      const hint = hintFor(startSimulation(s, content), { scenario: s, content });
      expect(hint).toContain(first);
      expect(hint).not.toMatch(/just said|reflect back|isn't ready/i);
    }
  });
});

describe("mediation: who answers (review 2: #11)", () => {
  const play = (lines: string[], seed: number) =>
    playScript(scenario("architecture-mediation"), content, lines, {
      seed,
      continuePastOutcome: true,
    }).steps;

  it("the one told off by name answers, not the other", () => {
    for (let seed = 1; seed <= 5; seed++)
      for (const [warmUp, line, who] of [
        [
          "Elena, you're always shutting people down, it's toxic.",
          "Tomás, you're being stubborn about Kafka, drop it.",
          "tomas",
        ],
        [
          "Tomás, the RFC was a lot.",
          "Elena, you're being difficult about this, let it go.",
          "elena",
        ],
        ["Thanks both for coming.", "Tomás, you need to stop arguing in the channel.", "tomas"],
      ] as const) {
        // The first line may end the session; the next is still heard, and answered by its addressee.
        const last = play([warmUp, line], seed).at(-1);
        expect(last?.speakerId, `seed ${seed}: ${line}`).toBe(who);
      }
  });

  it("a reflection to 'you' follows the one who just spoke; to 'you both', not necessarily", () => {
    for (let seed = 1; seed <= 5; seed++) {
      const steps = play(
        [
          "Elena, what's your read? What worries you about it?",
          "So your concern is less about Kafka itself and more about who operates it at 3am, is that fair?",
        ],
        seed,
      );
      expect(steps[0]?.speakerId).toBe("elena");
      expect(steps[1]?.speakerId, `seed ${seed}`).toBe("elena");
    }
  });

  it("a reflection that misstates one person's view is corrected by that person, with what she did say (review 2: arch-skilled turn 5)", () => {
    const opening = [
      "Thanks both for coming. The goal today isn't to pick a winner, it's to agree how we decide on RFC-112 together. Sound ok?",
      "Tomás, can you walk me through what you're trying to solve with moving order events onto Kafka?",
      "So for you the real problem is that checkout paged nine times last month and you think the current design is the cause. Did I get that right?",
      "Elena, what's your read? what worries you about it?",
    ];
    for (let seed = 1; seed <= 4; seed++) {
      const wrong = play(
        [
          ...opening,
          "So your concern is less about Kafka itself and more about who operates it at 3am and whether we understand the failure modes, is that fair?",
        ],
        seed,
      ).at(-1);
      expect(wrong?.speakerId, `seed ${seed}`).toBe("elena");
      expect(wrong?.intent, `seed ${seed}`).toBe("push_back");
      expect(wrong?.reply.text, `seed ${seed}`).toMatch(
        /shared librar|codeowner|forty services|blast radius|owning it alone/i,
      );
      const right = play(
        [
          ...opening,
          "So your concern is the Kafka client landing in every service's shared libraries, with you the only codeowner. Is that fair?",
        ],
        seed,
      ).at(-1);
      expect(right?.speakerId, `seed ${seed}`).toBe("elena");
      expect(right?.intent, `seed ${seed}`).not.toBe("push_back");
    }
  });

  it("a plan for someone named in the third person is theirs to take on", () => {
    const steps = play(
      [
        "Thanks both for coming. The goal is to agree how we decide on RFC-112 together.",
        "Tomás, can you walk me through what you're trying to solve?",
        "So for you the real problem is that checkout paged nine times last month. Did I get that right?",
        "Elena, what's your read? What worries you about it?",
        "It sounds like you both want fewer pages and a safer checkout.",
        "What if Tomás writes up the failure modes and the on-call plan, and Elena reviews it with concrete criteria?",
      ],
      1,
    );
    const last = steps.at(-1);
    expect(last?.speakerId).toBe("tomas");
    if (last?.intent === "commit") expect(last.reply.text).toMatch(/write up the failure modes/i);
    else expect(["agree", "ask_back", "push_back", "reveal"]).toContain(last?.intent);
  });
});

describe("a plan that builds on them is not advice (review 2: #12)", () => {
  const trustAfter = (id: string, lines: string[], seed: number) =>
    playScript(scenario(id), content, lines, { seed, continuePastOutcome: true }).steps.map(
      (s) => s.state.personas[0]?.trust ?? 0,
    );
  it.each([
    [
      "missed-sprint-commitments",
      [
        "How does the sprint look from your side?",
        "So it sounds like a lot of what you do never shows up on the board.",
        "What's been taking most of your time?",
        "How about you log every interrupt for the next sprint and we bring that log to planning?",
      ],
    ],
    [
      "dismissive-code-reviews",
      [
        "I'm curious how you see it. What's going on from your side?",
        "So you're reviewing a huge share of all PRs, and short comments are the only way to keep up. Did I get that right?",
        "What could we try together so the reviews stay rigorous but people don't dread them?",
        "What if you write a short review guide, and we add a second codeowner for the shared libraries?",
      ],
    ],
  ])("%s: the proposal costs no trust", (id, lines) => {
    for (const seed of [1, 2, 3]) {
      const trust = trustAfter(id, lines, seed);
      expect(trust.at(-1) ?? 0, `seed ${seed}`).toBeGreaterThanOrEqual(trust.at(-2) ?? 1);
    }
  });
});
