import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { detectMoves } from "../moves";
import { playScript } from "./index";
import { vaguePlan } from "./vague-plan";
import { extraBanks } from "./voice-extra";

/**
 * Review 8b (28 November), finding 9: "ok. lets talk next week maybe" got "Okay. That's concrete. I
 * can work with that." from Marcus. A time left open by a hedge, with no step in it, is no plan to
 * take: it gets a hedge ("Maybe, if it comes with something concrete."), never a yes.
 */
let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});

const HEDGED = [
  "ok. lets talk next week maybe",
  // paraphrases
  "we can catch up next week or something.",
  "Let's chat again, maybe next week.",
];
const REAL = "let's meet Thursday at 10 to go through the plan";

/** Rosa's good promotion flight up to the plan (review 8b, r2-lines.txt). */
const WARM = [
  "Hi Marcus. I want to get straight to it because I know you've been waiting: the committee met on the 14th and decided not to promote you to Staff this cycle. I wanted you to hear it from me before the email tomorrow.",
  "Their reasoning: your delivery is clearly at the level, the p95 work proved that. What the packet didn't show was cross-team technical leadership, and there was little evidence of mentoring.",
  "That's a real disappointment, especially after the year you've had and after asking me about timing so many times.",
  "How are you seeing it? what's your read on what they said?",
  "So the mentoring part feels like a moving target, and you're not sure what would count. Did I get that right?",
  "I hear that Ana's promotion makes this harder. It makes sense that you'd feel behind.",
  "What would a plan toward H1 look like to you? I'd like us to build it together.",
];

const lastReply = (seed: number, line: string) => {
  const steps = playScript(scenarioOf(content, "promotion-not-yet"), content, [...WARM, line], {
    seed,
    continuePastOutcome: true,
  }).steps;
  const step = steps.at(-1);
  if (!step) throw new Error("no step");
  return step;
};

describe("a hedged time is a vague plan", () => {
  it.each(HEDGED)("%s", (line) => {
    expect(vaguePlan(line, detectMoves(line))).toBe(true);
  });

  it.each([
    REAL,
    "I'll send you the gap list by Friday, and let's check in next week.",
    "Maybe next week is too soon for the review, what do you think?",
    "The committee meets again next month, maybe.",
  ])("not: %s", (line) => {
    expect(vaguePlan(line, detectMoves(line))).toBe(false);
  });
});

describe("Marcus hedges a vague plan and takes a real one", () => {
  it.each(HEDGED)("%s", (line) => {
    const banks = extraBanks(content.personas.get("marcus") ?? Object.create(null));
    for (let seed = 1; seed <= 6; seed++) {
      const step = lastReply(seed, line);
      expect(step.reply.text, `seed ${seed}`).not.toMatch(/concrete\. I can work with that/);
      expect(["commit", "agree"], `seed ${seed}`).not.toContain(step.intent);
      expect(banks.accept.some((a) => step.reply.text.includes(a))).toBe(false);
      expect(
        banks.hedge.some((h) => step.reply.text.startsWith(h)),
        `seed ${seed}: ${step.reply.text}`,
      ).toBe(true);
    }
  });

  it(REAL, () => {
    const intents = [1, 2, 3, 4].map((seed) => lastReply(seed, REAL).intent);
    expect(intents.some((i) => i === "commit" || i === "agree")).toBe(true);
  });
});
