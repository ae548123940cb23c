import { beforeAll, describe, expect, it } from "vitest";
import { ROSA_PROMOTION } from "../../tests/support/review-lines";
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
const WARM = ROSA_PROMOTION.slice(0, 7);

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
