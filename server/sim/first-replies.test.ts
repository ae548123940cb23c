import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { lineFit } from "./fit-line";
import { playScript } from "./index";
import { tellsNews } from "./presumes";
import { readTurn } from "./turn-kind";

/**
 * Replies that answer the line they were given (newcomer review #10): a request to speak is not a
 * plan to take ("Tomás, could you start: what's your view…?" → "That would actually help."), a
 * summary is not a plan to agree to ("Agreed. Let's do it that way."), and news told kindly gets a
 * reaction to the news, not "Noted. Anything else?".
 */
let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});
const SEEDS = [1, 2, 3, 4, 5, 6];
const last = (id: string, lines: string[], seed: number) => {
  const step = playScript(scenarioOf(content, id), content, lines, {
    seed,
    continuePastOutcome: true,
  }).steps.at(-1);
  if (!step) throw new Error("no step");
  return step;
};

describe("a request to speak with its question after a colon is an open question", () => {
  it.each([
    "Tomás, could you start: what's your view of the proposal and how the review went?",
    "Elena, can you kick us off \u2014 how did the review look from your side?",
    "Could you go first: what happened in the review?",
    "Can you start us off - tell me how the week went.",
  ])("%s", (line) => {
    const t = readTurn(line);
    expect(t.proposal).toBe(false);
  });
  it.each([
    "Could you take the fraud migration next sprint?",
    "Can you start the review on Monday?",
    "Could you write it up: the options, the costs, the risks?",
  ])("still a request: %s", (line) => {
    expect(readTurn(line).proposal).toBe(true);
  });

  it("in the mediation, Tomás answers it instead of accepting a plan", () => {
    const lines = [
      "Thanks to both of you for coming. The goal today is to agree how we decide on RFC-112, not to decide it here.",
      "Tomás, could you start: what's your view of the proposal and how the review went?",
    ];
    for (const seed of SEEDS) {
      const step = last("architecture-mediation", lines, seed);
      expect(step.speakerId).toBe("tomas");
      expect(step.reply.text, `seed ${seed}`).not.toMatch(
        /\b(?:would (?:actually )?help|i'm in|let's do that|let's try that)\b/i,
      );
    }
  });
});

describe("a summary is confirmed, not agreed to as a plan", () => {
  const MED = [
    "Thanks to both of you for coming. The goal today is to agree how we decide on RFC-112, not to decide it here. Can we agree that each of you speaks without interruption?",
    "Tomás, could you start: what's your view of the proposal and how the review went?",
    "So Tomás, you put real work into the RFC and it felt like it was closed in four minutes without a hearing.",
    "Elena, what's your view of the proposal?",
    "Elena, what worries you most about running it in production?",
    "So Elena, your concern is less the design and more what it would mean for the shared libraries you maintain.",
  ];
  it.each([
    "Let me summarise what I've heard: Tomás wants the pages to stop, Elena wants the operational cost priced in, and you both want a decision process that isn't a Slack thread.",
    "So, to sum up: Tomás is tired of the pages, Elena is worried about owning the broker, and neither of you wants another Slack thread.",
    "What I'm hearing is that you both want the checkout path stable, and you disagree on what it costs.",
  ])("%s", (summary) => {
    for (const seed of SEEDS) {
      const step = last("architecture-mediation", [...MED, summary], seed);
      expect(step.reply.text, `seed ${seed}`).not.toMatch(
        /\b(?:let's do (?:it|that)|i'm in\b|let's try (?:it|that)|that would (?:actually )?help)/i,
      );
    }
  });

  it("a plan put to them may still be taken up in those words", () => {
    const plan =
      "Tomás, what if you add an operational cost section and Elena reviews it by Friday? Does that work?";
    const replies = SEEDS.map((seed) => last("architecture-mediation", [...MED, plan], seed));
    expect(replies.every((s) => s.reply.text.length > 0)).toBe(true);
  });
});

describe("news told kindly gets a reaction to the news (promotion-not-yet)", () => {
  it.each([
    "Marcus, I wanted you to hear this from me first, before anything goes out: the committee decided not to promote you to Staff this cycle.",
    "Marcus, I'm sorry to say the promotion didn't go through this time.",
    "I have some hard news, and I wanted to tell you myself: it's a not yet from the committee.",
  ])("%s", (news) => {
    for (const seed of SEEDS) {
      const step = last("promotion-not-yet", [news], seed);
      expect(step.reply.text, `seed ${seed}`).not.toMatch(
        /\b(?:noted|anything else|good to hear|thanks)\b/i,
      );
      // One of his reactions to the committee's answer (lines that presume it was told).
      expect(step.reply.text, `seed ${seed}`).toMatch(
        /committee|goalposts|not yet|cycle|headcount|staff|packet|promoted|bar\b|missing|calibration/i,
      );
    }
  });

  it("news is told once: a later turn that repeats its words is not news again", () => {
    const news = "not (?:yet|this cycle)|decided not";
    expect(tellsNews(news, "The committee decided not to promote you.", "")).toBe(true);
    expect(tellsNews(news, "I know 'not yet' is hard.", "The committee decided not to.")).toBe(
      false,
    );
    expect(tellsNews(news, "How was your week?", "")).toBe(false);
    expect(tellsNews(undefined, "The committee decided not to promote you.", "")).toBe(false);
  });
});

describe("a first reply to how-are-you fits it (burnout-signals)", () => {
  it.each([
    "Hi Priya, thanks for making time. How has this week been for you?",
    "Thanks for coming, Priya. How are you doing these days?",
    "Priya, before anything else: how have things been for you lately?",
  ])("%s", (line) => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const text = last("burnout-signals", [line], seed).reply.text;
      // Not a number that answers "how many weeks?", nor an apology for having said a lot.
      expect(text, `seed ${seed}`).not.toMatch(/^9 of the last 13 weeks|this is a lot/i);
    }
  });

  it("the number comes once it is asked for or raised", () => {
    const lines = [
      "Hi Priya, thanks for making time.",
      "I've noticed you've been on call for 9 of the last 13 weeks. How many of those were swaps?",
    ];
    const texts = [1, 2, 3, 4, 5, 6, 7, 8].map(
      (seed) => last("burnout-signals", lines, seed).reply.text,
    );
    expect(texts.join(" ")).toMatch(/\b(?:9|nine)\b/i);
  });
});

describe("a ground rule put up for agreement is a proposal", () => {
  it.each([
    "Can we agree that each of you speaks without interruption?",
    "Can we all agree to keep this about the design, not the people?",
    "Are you both okay with hearing each other out first?",
  ])("%s", (line) => {
    expect(readTurn(line).proposal).toBe(true);
  });
  it.each([
    "What can we agree on today?",
    "How could we agree on a process?",
    "Can we talk about the RFC?",
  ])("not %s", (line) => {
    expect(readTurn(line).proposal).toBe(false);
  });

  it("the mediation's first turn gets a reaction to the ground rule, not a defence", () => {
    const line =
      "Thanks to both of you for coming. The goal today is to agree how we decide on RFC-112, not to decide it here. Can we agree that each of you speaks without interruption?";
    for (const seed of SEEDS) {
      const step = last("architecture-mediation", [line], seed);
      expect(["agree", "ask_back", "push_back", "commit"], `seed ${seed}`).toContain(step.intent);
      expect(step.reply.text, `seed ${seed}`).not.toMatch(
        /closed it|not a personal|dumping ground/i,
      );
    }
  });
});

describe("'That would help' takes an offer, not work asked of them (review 3 #9)", () => {
  const LATERAL = [
    "So, Priya, you want to move to DevEx. Why?",
    "OK. The problem is, if you leave, the rotation is only three people.",
  ];
  it.each([
    "I think you should finish the Kubernetes upgrade first and then we can talk.",
    "You need to get the upgrade over the line first, then we'll see.",
    "I'd want you to stay on the rotation until March, and we can revisit it then.",
  ])("%s → 'What do you think about that?'", (ask) => {
    for (const seed of SEEDS) {
      const step = last(
        "lateral-move-request",
        [...LATERAL, ask, "What do you think about that?"],
        seed,
      );
      expect(step.reply.text, `seed ${seed}`).not.toMatch(
        /\b(?:would (?:actually )?help|i'd like that|thank you)\b/i,
      );
    }
  });

  it("an offer may still be taken as one", () => {
    const offer =
      "I can take you off the rotation for the next two weeks. What do you think about that?";
    const texts = SEEDS.map(
      (seed) => last("lateral-move-request", [...LATERAL, offer], seed).reply.text,
    );
    expect(texts.join(" ")).not.toMatch(/^$/);
    expect(texts.some((t) => /\b(?:help|i'd like that|thank you)\b/i.test(t))).toBe(true);
  });
});

describe("how they are answers a how-are-you, not a plan or a statement (review 3 #9)", () => {
  it.each([
    "Jun, thanks for coming in. I'm going to be direct because you deserve clarity: today we're starting a formal six-week performance improvement plan. The written plan is here.",
    "Jun, I'm going to move our one-on-ones to Monday mornings from next week.",
    "The release train leaves on Thursday and the pricing page is on it.",
  ])("%s", (line) => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const text = last("pip-kickoff", [line], seed).reply.text;
      expect(text, `seed ${seed}`).not.toMatch(/\b(?:tired|been better|rough)\b/i);
    }
  });

  it("and a how-are-you may still get one", () => {
    const line = lineFit("Tired, I guess.", "How are you holding up?");
    expect(line).toBeGreaterThan(lineFit("Sure.", "How are you holding up?"));
  });
});
