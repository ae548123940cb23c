import { beforeAll, describe, expect, it } from "vitest";
import { personaOf, scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { playScript } from "./index";
import { saysBack } from "./simulate";
import { readTurn } from "./turn-kind";
import { extraBanks } from "./voice-extra";

/**
 * Review 6 #9: Elena answered "Thanks Elena, I really appreciate you being open about this." with
 * "I block changes that would have paged someone at three in the morning. That's the job.", and a
 * right paraphrase checked with "Did I get that right?" with "What do you want the outcome to be:
 * fewer bugs or fewer hurt feelings?". And a goodbye that shared "next Thursday" with a concern
 * counted as having taken it in.
 */
let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});

const OPENING = [
  "Hi Elena, thanks for making time. I want to talk about something specific today, your code review comments on the Growth team PRs.",
  `Over the last month I've seen comments like "No." and "Why would anyone do this?" on their pull requests. They were technically right, I checked, thats not the issue.`,
  "The impact is bigger than the PRs though. The 'safe to submit work for review' score dropped from 71% to 52% and two engineers are waiting for your days off to merge.",
  "What's your read on it?",
];
const CHECKED =
  "So you're doing triage on 40% of all PRs, mostly at night, and the one-liners are what fits in that time. Did I get that right?";
const REST = [
  "That sounds exhausting honestly. What would help you here?",
  "What if we add a second codeowner for the shared libs and you write a short review guide, so the one liners point somewhere useful?",
  "Ok so next step: you pick a second codeowner by Friday and I'll get it approved, and you draft the guide by end of next week. Lets check in on it at our 1on1 in two weeks and look at the survey again next quarter.",
];
const THANKS = "Thanks Elena, I really appreciate you being open about this.";
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const elena = () => scenarioOf(content, "dismissive-code-reviews");
const CHALLENGES = ["ask_back", "push_back", "justify", "deflect", "vent"];

describe("a thank-you gets a reply in kind", () => {
  it("reads a thanks run into an appreciation as a courtesy that wraps up", () => {
    for (const text of [
      THANKS,
      "Thank you, I'm glad we talked.",
      "Thanks Dana — I appreciate it.",
    ]) {
      const t = readTurn(text);
      expect(t.courtesy, text).toBe(true);
      expect(t.wrapsUp, text).toBe(true);
    }
    for (const text of ["Thanks, but the deadline stands.", "Thanks Dana, let's check in Tuesday."])
      expect(readTurn(text).courtesy, text).toBe(false);
  });

  it("before anything was agreed (the review's transcript, no reveal): a short answer, not a justification", () => {
    const justify = new Set(personaOf(content, "elena").phrases.justify);
    expect(justify.size).toBeGreaterThan(0);
    for (const seed of SEEDS) {
      const played = playScript(elena(), content, [...OPENING, ...REST, THANKS], { seed });
      const last = played.steps.at(-1);
      expect(played.steps[7]?.state.personas[0]?.committed, `seed ${seed}`).toEqual([]);
      expect(last?.intent, `seed ${seed}: ${last?.reply.text}`).toBe("acknowledge");
      expect(justify.has(last?.reply.text ?? ""), `seed ${seed}: ${last?.reply.text}`).toBe(false);
      expect(last?.plan.intentGuide, `seed ${seed}`).toMatch(/wrapping up/);
    }
  });
});

describe("a paraphrase checked with them", () => {
  it("right (their words, the briefing, what is true of them): confirmed, trusted, not challenged", () => {
    const confirm = extraBanks(personaOf(content, "elena")).confirm;
    for (const seed of SEEDS) {
      const played = playScript(elena(), content, [...OPENING, CHECKED], { seed });
      const step = played.steps[4];
      const before = played.steps[3]?.state.personas[0]?.trust ?? 1;
      expect(CHALLENGES, `seed ${seed}: ${step?.reply.text}`).not.toContain(step?.intent);
      expect(
        confirm.some((l) => step?.reply.text.startsWith(l)),
        `seed ${seed}: ${step?.reply.text}`,
      ).toBe(true);
      expect(step?.state.personas[0]?.trust, `seed ${seed}`).toBeGreaterThan(before);
      expect(step?.plan.intentGuide, `seed ${seed}`).toMatch(/asked whether they got it right/);
    }
    // At the reviewer's trust it is the invitation the truth was waiting for.
    expect(
      playScript(elena(), content, [...OPENING, CHECKED], { seed: 5 }).steps[4]?.reveals,
    ).toEqual(["review-load"]);
  });

  it("the same words without the check stay the manager's statement: no confirmation", () => {
    const statement = CHECKED.replace(" Did I get that right?", "");
    const confirm = extraBanks(personaOf(content, "elena")).confirm;
    for (const seed of SEEDS) {
      const step = playScript(elena(), content, [...OPENING, statement], { seed }).steps[4];
      expect(confirm.some((l) => step?.reply.text.startsWith(l))).toBe(false);
    }
  });

  it("wrong, checked or not, is corrected", () => {
    const wrong = "So you're saying you love the review queue. Did I get that right?";
    const correct = extraBanks(personaOf(content, "elena")).correct;
    for (const seed of SEEDS) {
      const step = playScript(elena(), content, [...OPENING, wrong], { seed }).steps[4];
      expect(step?.intent, `seed ${seed}: ${step?.reply.text}`).toBe("push_back");
      expect(correct.some((l) => step?.reply.text.startsWith(l))).toBe(true);
    }
  });
});

describe("what counts as saying a concern back", () => {
  const interview = () =>
    personaOf(content, "priya").concerns.find((c) => c.id === "interviewing-elsewhere");

  it("a goodbye that shares only a day and 'next' with it does not", () => {
    expect(interview()?.revealLines[0]).toMatch(/final round next Thursday/);
    for (const text of [
      "Great. Let's check in next Thursday.",
      "Thanks Priya, talk to you next Thursday morning.",
      "Let's follow up on Thursday next week, same time.",
    ])
      expect(saysBack(text, interview(), {}), text).toBe(false);
  });

  it("its own words said back do", () => {
    expect(saysBack("You have a final round somewhere else next Thursday?", interview(), {})).toBe(
      true,
    );
    expect(
      saysBack("Their job description says no on-call, and that's what you read.", interview(), {}),
    ).toBe(true);
  });
});
