import { beforeAll, describe, expect, it } from "vitest";
import {
  alternating,
  patternOf,
  scenarioOf,
  shippedContent,
} from "../../tests/support/shipped-content";
import type { Content } from "../content";
import type { Scenario } from "../content/scenario.schema";
import { detectMoves } from "../moves";
import type { TranscriptTurn } from "../moves/move.schema";
import { scoreTranscript } from "../rubric";
import { playScript } from "./index";
import { judgeReflection } from "./reflection-check";

let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});
const scenario = (id: string): Scenario => scenarioOf(content, id);

const judge = (text: string, said: string[], stress = 0.5) => {
  const history: TranscriptTurn[] = said.flatMap((t) => [
    { speaker: "manager" as const, text: "Go on." },
    { speaker: "employee" as const, text: t },
  ]);
  return judgeReflection(text, detectMoves(text, { previous: history }), history, stress);
};

describe("judgeReflection", () => {
  const said = [
    "Every ledger alert comes to me, rotation or not. I logged eleven hours of interrupts last sprint.",
    "The board doesn't show the three nights I spent in the reconciliation logs.",
  ];
  it("lets a reflection that echoes them, or guesses a feeling, through", () => {
    expect(
      judge(
        "So you're saying the ledger alerts all land on you and the board doesn't show it.",
        said,
      ),
    ).toBeNull();
    expect(judge("It sounds exhausting, carrying that alone.", said)).toBeNull();
    expect(judge("It sounds like nobody sees the nights you put in.", said)).toBeNull();
  });
  it("catches a claim to quote them that they never said", () => {
    expect(
      judge(
        "So you're saying you've been bored with the product work and want to move teams.",
        said,
      ),
    ).toBe("invented");
  });
  it("does not hold a report of another occasion to what they said here (review 2: #10)", () => {
    const right = ["Right."];
    for (const text of [
      "At the postmortem on 16 May, you interrupted Wei three times, and you said 'this is what happens when juniors touch the ledger' in front of fourteen people.",
      "Last week in planning you said the estimate was padded.",
      "In the design review on Thursday, you told me the schema was final.",
      "Two weeks ago you said you wanted to lead the migration.",
    ])
      expect(judge(text, right), text).toBeNull();
    // A claim about what they said here is still held to it.
    expect(
      judge("So you're saying you want to lead the migration and love the pager.", right),
    ).toBe("invented");
  });

  it("catches a reflection that turns their unhappiness into enjoyment", () => {
    expect(judge("So you're saying you're loving the alerts and want more of them.", said)).toBe(
      "contradicts",
    );
    expect(judge("It sounds like you're not loving the alerts.", said)).toBeNull();
  });
  it("catches a reflection that makes their trouble small, or puts a drastic wish in their mouth", () => {
    expect(judge("So it sounds like everything is fine and you're just a bit tired.", said)).toBe(
      "contradicts",
    );
    expect(judge("So you're saying you want to quit?", said)).toBe("invented");
    // They did say it: no correction.
    expect(
      judge("So you're saying you want to quit?", [
        ...said,
        "Honestly, I've thought about quitting.",
      ]),
    ).toBeNull();
  });
  it("catches a view claimed for them that shares almost nothing with what they said (review 2: arch-skilled turn 5)", () => {
    const elena = [
      "The problem isn't events. It's that a Kafka client ends up in the shared libraries, in every service, and I'm the only codeowner. That's the blast radius nobody priced in.",
    ];
    expect(
      judge(
        "So your concern is less about Kafka itself and more about who operates it at 3am and whether we understand the failure modes, is that fair?",
        elena,
      ),
    ).toBe("invented");
    expect(judge("So your real worry is the promotion committee and your visa timing.", said)).toBe(
      "invented",
    );
    expect(
      judge("You're mostly worried that the design review skipped the security checklist.", said),
    ).toBe("invented");
    // A view said back in their words, or paraphrased around them, is no misreading.
    expect(
      judge(
        "So your concern is the Kafka client landing in every service's shared libraries, with you the only codeowner?",
        elena,
      ),
    ).toBeNull();
    expect(
      judge(
        "So for you the real problem is that checkout paged nine times last month and you think the current design is the cause. Did I get that right?",
        ["Nine pages last month. You try sleeping after the fifth."],
      ),
    ).toBeNull();
    expect(judge("So your concern is that nobody sees the nights you put in.", said)).toBeNull();
    expect(judge("Your concern is fair.", said)).toBeNull();
  });
  it("does not call an unhappy reading of a happy person a contradiction of mood", () => {
    expect(
      judge(
        "It sounds like you enjoyed shipping it.",
        ["I'm really happy with how the cutover went."],
        0.2,
      ),
    ).toBeNull();
  });
});

describe("their tastes stated as fact, in words they never used (review 3 §14)", () => {
  const marcus = [
    "I'll write the technical strategy for search for next year and circulate it.",
    "Ana and I started the same week. She made Staff last cycle. I was happy for her for about a day, and then I just felt behind.",
  ];
  it.each([
    "So the deep technical work on search is what lights you up, and the meetings that go nowhere wear you out.",
    "so u love the hands-on building and the planning stuff drains u",
    "So the architecture work is what gives you energy, and on-call wears you down.",
  ])("invented: %s", (line) => {
    expect(judge(line, marcus)).toBe("invented");
  });
  it.each([
    // Offered as a guess, or asked.
    "Sounds like the building is what lights you up and the meetings drain you, is that right?",
    "So the technical strategy for search is what lights you up?",
    // Their own words given back.
    "So the technical strategy for search is what you want to own next year, and feeling behind Ana wears you down.",
    "So you felt behind when Ana made Staff, and that still stings.",
  ])("not invented: %s", (line) => {
    expect(judge(line, marcus)).toBeNull();
  });
});

describe("an invented paraphrase earns no step on the scorecard", () => {
  const energy = (third: string) =>
    scoreTranscript(
      alternating(
        "Before we talk about Staff, what do you actually want your work to look like in two or three years?",
        "I'll write the technical strategy for search for next year and circulate it.",
        "What parts of the job give you energy, and what drains you?",
        "Ana and I started the same week. She made Staff last cycle. I just felt behind.",
        third,
        "Hm.",
      ),
      patternOf(content, "career-development-conversation"),
    ).steps.find((s) => s.id === "energy")?.status;
  it("not for what lights them up, stated in words they never used", () => {
    expect(
      energy(
        "So the deep technical work on search is what lights you up, and the meetings that go nowhere wear you out.",
      ),
    ).toBe("missed");
  });
  it("still for a reflection of their words, or a guess offered as one", () => {
    expect(energy("So you felt behind when Ana made Staff, and that still stings.")).toBe("hit");
    expect(energy("Sounds like the building lights you up and the meetings drain you?")).not.toBe(
      "missed",
    );
  });
});

/** Plays lines and returns the last step. */
function last(id: string, seed: number, lines: string[]) {
  const played = playScript(scenario(id), content, lines, { seed, continuePastOutcome: true });
  const steps = played.steps;
  return { step: steps[steps.length - 1], before: steps[steps.length - 2] };
}

describe("a wrong paraphrase earns a correction, not a reveal", () => {
  it.each([
    [
      "burnout-signals",
      42,
      [
        "How are you doing these days?",
        "What has on-call been like for you?",
        "So you're saying you're loving on-call and want more shifts.",
      ],
    ],
    [
      "missed-sprint-commitments",
      41,
      [
        "How have things been going for you?",
        "What's been taking up your time this sprint?",
        "So you're saying you've been bored with the ledger work and want to move teams.",
      ],
    ],
  ])("%s seed %i", (id, seed, lines) => {
    const { step, before } = last(id, seed, lines);
    if (!step || !before) throw new Error("no steps");
    expect(step.moves.map((m) => m.move)).toContain("reflection");
    expect(step.reveals).toEqual([]);
    expect(step.intent).toBe("push_back");
    const p = step.state.personas[0];
    const q = before.state.personas[0];
    expect(p && q && p.trust <= q.trust).toBe(true);
    expect(step.reply.text).toMatch(/not what I (?:said|meant)|not it|opposite|didn't say/i);
  });

  it("career-goals: an invented paraphrase of what lights Marcus up (review 3 §14)", () => {
    for (const seed of [1, 2, 3]) {
      const { step } = last("career-goals-exploration", seed, [
        "Marcus, good to finally sit down properly. I read the impact doc — eleven entries, that's a solid year. Before we talk about Staff, can I ask what you actually want your work to look like in two or three years?",
        "What parts of the job give you energy, and what drains you?",
        "So the deep technical work on search is what lights you up, and the meetings that go nowhere wear you out.",
      ]);
      expect(step?.reveals, `seed ${seed}`).toEqual([]);
      expect(step?.reply.text, `seed ${seed}`).toMatch(/not what I (?:said|meant)|not it/i);
    }
  });

  it("Dana corrects with her own habit", () => {
    const { step } = last("missed-sprint-commitments", 41, [
      "How have things been going for you?",
      "What's been taking up your time this sprint?",
      "So you're saying you've been bored with the ledger work and want to move teams.",
    ]);
    expect(step?.reply.text.startsWith("To be clear,")).toBe(true);
  });

  it("a reflection that fits still opens her up (burnout-signals good script's line)", () => {
    const { step, before } = last("burnout-signals", 42, [
      "How are you doing these days?",
      "What has on-call been like for you?",
      "It sounds like you've been carrying the rotation more than anyone can see.",
    ]);
    expect(step?.intent).not.toBe("push_back");
    const p = step?.state.personas[0];
    const q = before?.state.personas[0];
    expect(p && q && p.trust > q.trust).toBe(true);
  });
});
