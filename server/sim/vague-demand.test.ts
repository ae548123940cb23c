import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { detectMoves } from "../moves";
import { playScript } from "./index";
import { vagueDemand } from "./vague-demand";
import { extraBanks } from "./voice-extra";

/**
 * Review 5 #5 (review 3 #7 came back): after Dana explained her invisible interrupts, "OK. Just try
 * to estimate better next time, okay?" got "Yes. I can work with that." and the conversation
 * resolved at no cost. A demand with no plan in it is not a plan both own.
 */
let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});

const read = (text: string) => vagueDemand(text, detectMoves(text));

describe("a demand with no plan in it", () => {
  it.each([
    ["OK. Just try to estimate better next time, okay?", "estimate better"],
    ["You just need to plan better. Got it?", "plan better"],
    ["Try to communicate more going forward, yeah?", "communicate more"],
    ["Just be more careful next time, alright?", "be more careful"],
    ["I need you to be more proactive.", "be more proactive"],
    ["Just focus more, okay?", "focus more"],
    ["Review the PRs faster, alright?", "Review the PRs faster"],
  ])("%s → %s", (text, phrase) => {
    expect(read(text)).toEqual({ phrase });
  });

  it.each([
    "Just make sure it doesn't happen again, okay?",
    "Don't let it happen again, yeah?",
    "Just hit your dates from now on, okay?",
    "Step it up a bit, okay?",
    "I need you to step up a bit, Dana.",
  ])("%s (a result or effort demanded)", (text) => {
    expect(read(text)).toEqual({ phrase: null });
  });

  it.each([
    // A real plan, however it is worded: the manager's part, a step, a means, a question.
    "So the next step: you re-estimate the ledger rewrite with the interrupts visible before Thursday's planning, and I'll add an interrupts column to the board. Does that work?",
    "How about this: at Thursday's sprint planning we add an interrupts column and you size the ledger work with that in mind. Would that work for you?",
    "Okay, re-estimate the ledger rewrite with the interrupts visible by Thursday, okay?",
    "Estimate better by splitting the ledger work into smaller tickets, okay?",
    "Let's plan better together on Thursday, okay?",
    "Pair with Wei on the ledger code, okay?",
    "How could you estimate better?",
    "What would help you estimate better?",
    // Not said to them, or not a demand.
    "That sounds much better.",
    "It'll get better, I promise.",
    "Things will get better, okay?",
    "I need to plan better myself.",
    "Keep it up and you'll get faster.",
    "Get some sleep and feel better, okay?",
    "That makes sense. It sounds like you need more time.",
    "Tell me more.",
    "Tell me a bit more, okay?",
    "Honestly, three percent is fine, lots of people got less.",
    "Nobody knows it better.",
    "Is there anything going on, at work or outside it, that's making this harder?",
    "So, what could look different next time? Like maybe corrections go in the doc, or maybe you and Wei sort it out before the meeting, what do you reckon?",
  ])("not %s", (text) => {
    expect(read(text)).toBeNull();
  });
});

const DANA = [
  "Thanks for making time, Dana. I'd like to talk about the last few sprints. Is now still a good time?",
  "In 3 of the last 4 sprints work has carried over; in Sprint 42, 21 story points rolled, most of it on the ledger reconciliation rewrite.",
  "The impact is that our forecast to Product keeps slipping, and they've asked me twice why. Before I jump to conclusions, how does it look from your side?",
  "It sounds like a lot of what you do never makes it onto the board. What's been taking your time?",
  "That makes sense, and I'm glad you told me. What would help?",
];
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

describe("after she explains the interrupts, a demand gets pushback, costs trust and does not resolve", () => {
  const scenario = () => scenarioOf(content, "missed-sprint-commitments");
  it.each([
    "OK. Just try to estimate better next time, okay?",
    "Just make sure it doesn't happen again, okay?",
    "You just need to plan better. Got it?",
    "Try to communicate more going forward, yeah?",
  ])("%s", (demand) => {
    const vague = extraBanks(content.personas.get("dana") ?? {}).vague.map((l) =>
      l.replace(/^\{demand\}/, ""),
    );
    for (const seed of SEEDS) {
      const played = playScript(scenario(), content, [...DANA, demand], { seed });
      const replies = played.turns.filter((t) => t.speaker === "employee");
      const last = replies.at(-1);
      const before = replies.at(-2);
      if (last?.speaker !== "employee" || before?.speaker !== "employee")
        throw new Error("no reply");
      expect(played.outcome, `seed ${seed}: ${last.text}`).toBeNull();
      expect(last.intent).not.toBe("commit");
      expect(played.state.personas[0]?.committed).toEqual([]);
      expect(last.state.trust).toBeLessThan(before.state.trust);
      expect(
        vague.some((l) => last.text.endsWith(l)),
        `seed ${seed}: ${last.text}`,
      ).toBe(true);
      expect(last.text).not.toMatch(/^\{|\{demand\}/);
    }
  });

  it("throws the demand back in her words on some seed: 'Estimate better how?'", () => {
    const texts = SEEDS.map((seed) => {
      const played = playScript(
        scenario(),
        content,
        [...DANA, "OK. Just try to estimate better next time, okay?"],
        { seed: seed + 6 },
      );
      return played.turns.at(-1)?.text ?? "";
    });
    expect(texts.some((t) => t.startsWith("Estimate better how?"))).toBe(true);
  });

  it.each([
    "So the next step: you re-estimate the ledger rewrite with the interrupts visible before Thursday's planning, and I'll add an interrupts column to the board. Does that work?",
    "Okay, re-estimate the ledger rewrite with the interrupts visible by Thursday, okay?",
  ])("a specific proposal with a check is still agreed to: %s", (plan) => {
    for (const seed of SEEDS) {
      const played = playScript(scenario(), content, [...DANA, plan], { seed });
      const last = played.turns.at(-1);
      expect(last?.speaker === "employee" && last.intent, `seed ${seed}`).toBe("commit");
      expect(played.outcome).toBe("resolved");
    }
  });
});
