import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { playScript } from "./index";
import { readTurn } from "./turn-kind";

describe("small talk, in any order and voice (review 3: #8)", () => {
  it("is a greeting with how-are-you questions and nothing of substance", () => {
    for (const t of [
      "Hi Marcus, how was your week? Busy?",
      "Dana, hi, how are things?",
      "Hi Priya. How is everything going this week?",
      "hey jun! good weekend?",
      "Good morning Elena, how are you keeping? All well at home?",
      "yo dana hows it going",
      "Hey, how's your day been so far?",
      "Morning Tomás! Busy week?",
      "Hello Jun, nice to meet you properly. How was your weekend?",
      "Hi Priya, lovely to see you again. All well?",
    ])
      expect(readTurn(t).smallTalk, t).toBe(true);
  });
  it("is not a question about the work, or small talk after an issue", () => {
    for (const t of [
      "Hi Marcus, how was the committee? Busy?",
      "How is the migration going this week?",
      "Dana, hi. You missed the standup. How are things?",
      "hey jun, how's the sign-up flow going?",
      "How was the postmortem for you?",
      "Good weekend? I need to talk about your reviews.",
      "Nice to meet you. Why did the release slip?",
    ])
      expect(readTurn(t).smallTalk, t).toBe(false);
  });
});

describe("a plan checked for agreement is a proposal (review 3: #9)", () => {
  it("whatever the check's wording", () => {
    for (const t of [
      "So, next Tuesday at 10:00 with the written plan. Does that work?",
      "We add an interrupts column on Thursday. OK with you?",
      "Let's try it for two sprints, sound good?",
      "I'll move the review to Friday. Is that alright?",
      "We'll pair you with Wei for a month. Would that be okay for you?",
      "You take the runbook, I take the rota. Deal?",
      "Thursday 3pm for the follow-up - works for you?",
      "I propose we meet every second week from now. Are you comfortable with that?",
    ])
      expect(readTurn(t).proposal, t).toBe(true);
  });
  it("not a yes/no question about something else", () => {
    for (const t of [
      "Does the migration work now?",
      "Is that okay with the team, do you think?",
      "Is everything ok?",
      "Did the deploy go okay?",
      "Was the offsite good?",
    ])
      expect(readTurn(t).proposal, t).toBe(false);
  });
});

describe("a persona does not react to words nobody said (review 3: #8)", () => {
  let content: Content;
  beforeAll(async () => {
    content = await shippedContent();
  });
  it("Marcus does not quote 'not yet' before he is told the decision", () => {
    const lines = [
      "Marcus, thanks for coming in. How are you feeling about things generally?",
      "What's been on your mind lately?",
      "How are you feeling about the committee?",
      "Tell me more.",
      "That sounds frustrating.",
      "What's going through your mind?",
    ];
    for (let seed = 1; seed <= 8; seed++) {
      const played = playScript(scenarioOf(content, "promotion-not-yet"), content, lines, {
        seed,
        continuePastOutcome: true,
      });
      for (const step of played.steps)
        expect(step.reply.text, `seed ${seed}`).not.toMatch(/'not yet'/i);
    }
  });
  it("but does once it was said", () => {
    const lines = [
      "Marcus, the committee's answer is not yet. I'm sorry.",
      "How does that land?",
      "What's going through your mind?",
      "What else?",
    ];
    const said = [1, 2, 3, 4, 5, 6, 7, 8].some((seed) =>
      playScript(scenarioOf(content, "promotion-not-yet"), content, lines, {
        seed,
        continuePastOutcome: true,
      }).steps.some((s) => /'not yet'/i.test(s.reply.text)),
    );
    expect(said).toBe(true);
  });
});
