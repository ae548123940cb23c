import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { playScript } from "./index";
import { readTurn } from "./turn-kind";

/**
 * A thank-you after the agreement closes the conversation (newcomer review #11): "Thanks for
 * hearing me out" after a committed next step brought a new concern ("I'd rather ship it late…",
 * "I don't want to be the person who's only ever talking about promotion…").
 */
let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});

const SEEDS = [1, 2, 3, 4, 5, 6];

describe("a courtesy is read as one", () => {
  it.each([
    "Thanks for hearing me out, Marcus.",
    "Thank you for telling me this, Priya. I'm glad you did.",
    "I really appreciate your honesty today.",
    "Thanks again for being so open with me.",
    "I'm glad we talked. Have a good weekend.",
    "I'm glad we talked. Take care of yourself this weekend.",
    "See you on Tuesday, Jun.",
    "Honestly, this was a really useful conversation. Thank you.",
    "Cheers, Dana. Talk soon.",
  ])("%s", (line) => {
    expect(readTurn(line).courtesy).toBe(true);
  });

  it.each([
    // A question, a plan, or something after a "but" still asks for an answer.
    "Thanks for hearing me out. What would help most?",
    "Thanks, but the deadline still stands.",
    "Thanks. Let's meet on Friday to check the numbers.",
    "I'm glad the migration shipped.",
    "I appreciate it, though I still need the estimates by Monday.",
    "The rollout starts on Monday.",
    "Take care of the migration this week.",
  ])("not %s", (line) => {
    expect(readTurn(line).courtesy).toBe(false);
  });
});

const PROMO = [
  "Marcus, I wanted you to hear this from me first, before anything goes out: the committee decided not to promote you to Staff this cycle.",
  "Their reasoning: your delivery is clearly at Staff level, but the packet shows little cross-team technical leadership and not much mentoring.",
  "I argued for you with the search latency work, and I lost that argument. I know this is disappointing. How does it land for you?",
  "It sounds like it feels like the goalposts moved, especially after watching someone else get promoted.",
  "What's your view on what the committee said?",
  "How could we build a plan together toward the next cycle?",
  "Let's agree: you lead one cross-team design review by the end of the month, and we check in on it at our 1-on-1 next week. Does that work?",
];
const BURNOUT = [
  "Hi Priya, thanks for making time. How has this week been for you?",
  "I've noticed you've been on call for 9 of the last 13 weeks, and you've seemed quieter in stand-ups lately. How are you doing, honestly?",
  "That sounds exhausting. It sounds like you've been carrying the rotation more than anyone can see.",
  "What's been the hardest part of it for you?",
  "That makes complete sense. Anyone would be worn down by that.",
  "What would help most right now?",
  "I can take you off the rotation for the next two weeks. How could we share it so it doesn't all land on you again?",
  "Let's take you off the rotation from next week, and I'll rebalance the schedule by Friday. We'll check in at our 1-on-1 next Tuesday. Does that work for you?",
];

/** A reply that closes: short, and it thanks back or takes it in. */
const CLOSING_REPLY =
  /^(?:[^.!?]*\b(?:thanks?|thank you|appreciated?|kind|means something|noted|okay|ok|right|sure|mm)\b[^.!?]*[.!?…]+\s*){1,2}$/i;

describe("after a committed next step, thanks gets a closing reply (#11)", () => {
  const cases: [string, string[], string][] = [
    ["promotion-not-yet", PROMO, "Thanks for hearing me out, Marcus."],
    ["promotion-not-yet", PROMO, "I really appreciate how you took this. Talk soon."],
    ["burnout-signals", BURNOUT, "Thank you for telling me this, Priya. I'm glad you did."],
    ["burnout-signals", BURNOUT, "I'm glad we talked. Take care of yourself this weekend."],
    ["burnout-signals", BURNOUT, "Thanks again for being so open with me."],
  ];
  it.each(cases.map(([id, lines, thanks]) => ({ id, lines, thanks })))(
    "$id: $thanks",
    ({ id, lines, thanks }) => {
      for (const seed of SEEDS) {
        const played = playScript(scenarioOf(content, id), content, [...lines, thanks], {
          seed,
          continuePastOutcome: true,
        });
        const committed = played.steps.slice(0, -1).some((s) => s.intent === "commit");
        expect(committed, `seed ${seed}: the plan was committed to`).toBe(true);
        const last = played.steps.at(-1);
        expect(last?.intent, `${thanks} (seed ${seed})`).toBe("acknowledge");
        expect(last?.reveals, `${thanks} (seed ${seed})`).toEqual([]);
        expect(last?.reply.text, `${thanks} (seed ${seed})`).toMatch(CLOSING_REPLY);
      }
    },
  );

  it("before any commitment, a thank-you may still invite more (it is not a closing)", () => {
    // "Thank you for telling me this" right after a first reveal: the conversation goes on.
    const lines = [...BURNOUT.slice(0, 3), "Thank you for telling me this, Priya."];
    const intents = SEEDS.map(
      (seed) =>
        playScript(scenarioOf(content, "burnout-signals"), content, lines, { seed }).steps.at(-1)
          ?.intent,
    );
    expect(intents.some((i) => i !== "acknowledge")).toBe(true);
  });

  it("after a commitment, a new question is still answered", () => {
    for (const seed of SEEDS) {
      const last = playScript(
        scenarioOf(content, "burnout-signals"),
        content,
        [...BURNOUT, "Thanks. What else is on your mind before we finish?"],
        { seed, continuePastOutcome: true },
      ).steps.at(-1);
      expect(last?.intent, `seed ${seed}`).not.toBe("acknowledge");
    }
  });
});
