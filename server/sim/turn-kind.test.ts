import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { parseScript, playScript } from "./index";
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
  it("is a greeting alone, with thanks for the time or a name at most (live review #5)", () => {
    for (const t of [
      "Hey Dana, thanks for making time.",
      "Hi Priya.",
      "Thanks for making time, Dana.",
      "Morning Jun! Good to see you.",
      "hello marcus, nice to meet you properly",
    ])
      expect(readTurn(t).smallTalk, t).toBe(true);
    for (const t of [
      "Hey Dana, thanks for making time. The sprint slipped again.",
      "Hi Priya. I want to talk about on-call.",
      "Thanks for the postmortem notes, Dana.",
      "",
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
  it("a one-word check on a turn of its own asks for commitment, as 'Would that work for you?' does", () => {
    for (const t of ["Deal?", "Agreed?", "Sound good?", "Fair?", "Would that work for you?"]) {
      const read = readTurn(t);
      expect(read.proposal, t).toBe(true);
      expect(read.open, t).toBe(false);
      expect(read.wants, t).toBe(false);
    }
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

describe("proposals and 'what would help' questions in other wordings (review 3: #9)", () => {
  it("'how about' anything is a proposal, but 'how about you?' asks back", () => {
    for (const t of [
      "how about for thursday's planning we add an interrupts column and you size the ledger work with that in mind?",
      "How about next sprint the on-call swaps go through me?",
      "how about a two week trial, starting monday?",
      "How about, for the next month, every blocking comment links an example?",
    ])
      expect(readTurn(t).proposal, t).toBe(true);
    for (const t of [
      "I'm fine, thanks. How about you?",
      "How about yourself, how's the week been?",
    ])
      expect(readTurn(t).proposal, t).toBe(false);
  });
  it("asks what they want, whatever the verb of relief", () => {
    for (const t of [
      "what would actually take some weight off right now?",
      "What could lighten the load for you this month?",
      "What would make the biggest difference for you?",
      "What might ease things a bit before the upgrade lands?",
      "what would free you up the most?",
    ])
      expect(readTurn(t).wants, t).toBe(true);
    for (const t of ["What took the most time last sprint?", "What made the failover so long?"])
      expect(readTurn(t).wants, t).toBe(false);
  });
  it("a closing thanks is a closing, not a question to answer", () => {
    for (const t of [
      "thx man",
      "Thanks, Tomás. Talk soon.",
      "cheers, appreciate it!",
      "Thank you. Have a good weekend.",
    ])
      expect(readTurn(t).closing, t).toBe(true);
    for (const t of ["Thanks for the fix on the ledger job.", "Thanks. What else is on your mind?"])
      expect(readTurn(t).closing, t).toBe(false);
  });
});

describe("an open question after a lead-in is open", () => {
  it("in any voice", () => {
    for (const t of [
      "Thanks for sending the invite, Priya. I'd love to hear more about this \u2014 what's drawing you to Developer Experience?",
      "I was wondering, why DevEx?",
      "right so - what's the appeal of the move for you?",
      "One thing I'd like to understand: how did the review land with you?",
    ])
      expect(readTurn(t).open, t).toBe(true);
    for (const t of ["Is it ok if we talk about the rota, what if it waits?", "Did it go well?"])
      expect(readTurn(t).open, t).toBe(false);
  });
});

describe("in a session: open questions get answers, closings get a closing (review 3: #9, #18)", () => {
  let content: Content;
  beforeAll(async () => {
    content = await shippedContent();
  });
  it("an open question to someone who trusts enough is not met with 'It's fine.'", () => {
    for (const q of [
      "Thanks for sending the invite, Priya. I'd love to hear more \u2014 what's drawing you to Developer Experience?",
      "So, Priya, you want to move to DevEx. Why?",
      "priya what's the appeal of devex for you",
      "I should very much like to understand what it is about Developer Experience that appeals.",
    ])
      for (const seed of [1, 2, 3, 4, 5]) {
        const step = playScript(scenarioOf(content, "lateral-move-request"), content, [q], {
          seed,
        }).steps[0];
        expect(step?.reply.text, `${q} (seed ${seed})`).not.toMatch(
          /^(?:it's fine|fine|sure|mm|okay|right|noted)\b[.!]?$/i,
        );
      }
  });
  it("a closing thanks gets a short answer in kind", () => {
    const opening = [
      "Tomás, the cutover on 9 September was outstanding, and the finance team noticed.",
      "What are you most proud of?",
    ];
    for (const bye of ["thx man", "Thanks, Tomás. Talk soon.", "cheers, appreciate it!"])
      for (const seed of [1, 2, 3]) {
        const step = playScript(
          scenarioOf(content, "celebrating-a-win"),
          content,
          [...opening, bye],
          { seed },
        ).steps.at(-1);
        expect(step?.intent, `${bye} (seed ${seed})`).toBe("acknowledge");
      }
  });
});

describe("a move to end the conversation (wrapsUp)", () => {
  it.each([
    "Great. Let's check in at our 1-on-1 next Tuesday to see how it went. Thanks, Dana.",
    "Thanks, Dana. I think we have a plan.",
    "Great, sounds like we're done here. See you Tuesday.",
    "Okay, let's leave it there for today.",
    "Sounds like a plan. Talk soon.",
    "Good. Let's wrap up.",
    "Okay, so we're set then. Talk Tuesday.",
  ])("%s", (line) => {
    expect(readTurn(line).wrapsUp).toBe(true);
  });
  it.each([
    "I'm glad the migration shipped.",
    "Thanks, but the deadline still stands.",
    "We're good at shipping, less good at estimating.",
    "What's the plan for the migration?",
    "In Sprint 42, 21 story points rolled.",
    "Do we have a plan for the on-call rota?",
  ])("not %s", (line) => {
    expect(readTurn(line).wrapsUp).toBe(false);
  });
});

describe("a one-word agreement check after a concrete plan is answered as the plan is", () => {
  let content: Content;
  beforeAll(async () => {
    content = await shippedContent();
  });
  it("'Sound good?', 'Deal?', 'Agreed?' end Marcus's conversation as 'Would that work for you?' does", () => {
    const sc = scenarioOf(content, "compensation-disappointment");
    const lines = parseScript(
      readFileSync("eval/personas/compensation-disappointment.good.txt", "utf8"),
    );
    const plan = lines.at(-1) as string;
    const endings = (check: string) =>
      [1, 2, 3].map((seed) => {
        const played = playScript(sc, content, [...lines.slice(0, -1), `${plan} ${check}`], {
          seed,
        });
        return `${played.outcome} ${played.steps.at(-1)?.reveals.join(",")}`;
      });
    const asked = endings("Would that work for you?");
    for (const check of ["Sound good?", "Deal?", "Agreed?"]) {
      expect(endings(check), check).toEqual(asked);
    }
  });
});
