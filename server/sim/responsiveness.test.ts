import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import type { Scenario } from "../content/scenario.schema";
import { playScript } from "./index";
import { readTurn } from "./turn-kind";
import { commitToBank, extraBanks, plainAccept } from "./voice-extra";

/** The persona answers what was asked: a fact for a factual question, a reaction to a proposal. */
let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});
const scenario = (id: string): Scenario => scenarioOf(content, id);
/** The reactions a persona's file gives it, with the engine's defaults for any it leaves out. */
const banksOf = (personaId: string) => {
  const persona = content.personas.get(personaId);
  if (!persona) throw new Error(`no persona ${personaId}`);
  return extraBanks(persona);
};
const play = (id: string, seed: number, lines: string[]) =>
  playScript(scenario(id), content, lines, { seed, continuePastOutcome: true }).steps;
const lastOf = (id: string, seed: number, lines: string[]) => {
  const step = play(id, seed, lines).at(-1);
  if (!step) throw new Error("no step");
  return step;
};

const HOURS = "How many hours of interrupts did you log last sprint?";

describe("a direct factual question", () => {
  it("gets the fact once trust allows (missed-sprint-commitments, seed 41)", () => {
    const step = lastOf("missed-sprint-commitments", 41, [
      "Thanks for making time. How have things been going for you lately?",
      "What's been going on from your side?",
      HOURS,
    ]);
    expect(step.reply.text).toMatch(/eleven hours/);
    expect(step.reveals).toEqual(["invisible-interrupts"]);
  });

  it("gets a guarded answer that owns the question before it does", () => {
    const step = lastOf("missed-sprint-commitments", 41, [HOURS]);
    expect(step.reply.text).not.toMatch(/eleven/);
    expect(step.reveals).toEqual([]);
    expect(banksOf("dana").notYet).toContain(step.reply.text);
    // A model is told the same: own the question, keep the fact.
    expect(step.plan.intentGuide).toMatch(/not ready to share/);
    expect(JSON.stringify(step.plan)).not.toMatch(/eleven/);
  });

  it("tells a model which fact answers the question", () => {
    const step = lastOf("missed-sprint-commitments", 3, [
      "How many story points did you carry over from Sprint 42?",
    ]);
    expect(step.plan.answer).toBe("21 story points.");
    expect(step.plan.intentGuide).toMatch(/Answer their question with the fact/);
  });

  it("answers a 'who' question with the line that names who, and no fact about other weeks", () => {
    const warmUp = ["Thanks for making time. How are things?", "That sounds like a lot to carry."];
    for (const seed of [7, 41]) {
      const who = lastOf("missed-sprint-commitments", seed, [
        ...warmUp,
        "Who pings you when the reconciliation job breaks?",
      ]);
      expect(who.reply.text).toMatch(/Wei pings me/);
      // "last week" and "weeks" in common is no answer to how many late nights.
      const nights = lastOf("missed-sprint-commitments", seed, [
        ...warmUp,
        "How many late nights did you work last week?",
      ]);
      expect(nights.reply.text).not.toMatch(/of the last 13 weeks/);
    }
  });

  it("gets a public fact straight away, whatever the seed", () => {
    for (let seed = 1; seed <= 10; seed++) {
      const step = lastOf("missed-sprint-commitments", seed, [
        "How many story points did you carry over from Sprint 42?",
      ]);
      expect(step.reply.text).toMatch(/21 story points/);
    }
  });
});

describe("a proposal gets a reaction to the proposal", () => {
  const reactions = (id: string) => {
    const b = banksOf(id);
    // A request of work ("pair with Wei") where each of their own yeses takes an offer: a plain yes.
    return [...b.accept, ...b.hedge, ...b.reject, ...plainAccept()];
  };
  it.each([
    [
      "burnout-signals",
      3,
      "What if we took you off the rotation completely for the next two weeks, and I covered your shifts? How does that sound?",
    ],
    ["burnout-signals", 3, "Would you be willing to pair with Wei on the next incident review?"],
    ["missed-sprint-commitments", 41, "What if we put the ledger alerts on the team rotation?"],
  ])("%s seed %i: %s", (id, seed, proposal) => {
    const cast = scenario(id).personas[0] as string;
    const step = lastOf(id, seed, ["How are you doing?", proposal]);
    if (step.intent === "commit" || step.intent === "go_quiet") return;
    expect(reactions(cast).some((r) => step.reply.text.startsWith(r))).toBe(true);
    expect(["agree", "ask_back", "push_back", "reveal"]).toContain(step.intent);
  });

  it("taken when trust is high, refused when guard is", () => {
    const warm = lastOf("burnout-signals", 3, [
      "How are you doing?",
      "It sounds like you've been carrying the rotation more than anyone can see.",
      "What if we took you off the rotation for two weeks?",
    ]);
    expect(banksOf("priya").accept.some((r) => warm.reply.text.startsWith(r))).toBe(true);
    const cold = lastOf("missed-sprint-commitments", 41, [
      "You always miss your commitments.",
      "What if we put the ledger alerts on the team rotation?",
    ]);
    if (cold.outcome === null)
      expect(banksOf("dana").reject.some((r) => cold.reply.text.startsWith(r))).toBe(true);
  });
});

describe("lines that answer something else are not used", () => {
  it('"Good to hear." never answers a question about feelings', () => {
    for (let seed = 1; seed <= 40; seed++) {
      for (const step of play("compensation-disappointment", seed, [
        "Thanks for making the time, I really appreciate the work you did this year. How are you feeling about the letter?",
        "How do you feel about the number, honestly?",
      ])) {
        expect(step.reply.text).not.toMatch(/^Good to hear|^Thanks|^Appreciated/);
        expect(step.intent).not.toBe("acknowledge");
      }
    }
  });

  it('"Not really." never answers an open question or a statement', () => {
    for (let seed = 1; seed <= 40; seed++) {
      for (const step of play("first-one-on-one-after-attrition", seed, [
        "Hi Jun, this is just a chance to get to know each other, there's no agenda from me.",
        "How's the sign-up flow going?",
        "How has the last month been for you?",
      ])) {
        expect(step.reply.text).not.toMatch(/^(?:Not really|Sure)\.$/);
      }
    }
  });
});

describe("the engine's extra banks", () => {
  it("keep to each persona's never-says", () => {
    for (const persona of content.personas.values()) {
      // Every shipped persona has reactions of its own, in its own voice.
      expect(persona.reactions?.accept?.length ?? 0).toBeGreaterThan(0);
      const banks = extraBanks(persona);
      expect(banks.accept).not.toEqual(extraBanks({}).accept);
      for (const line of [...Object.values(banks).flat(), ...commitToBank(persona)])
        for (const phrase of persona.voice.neverSays)
          expect(line.toLowerCase(), `${persona.id}: ${line}`).not.toContain(phrase.toLowerCase());
    }
  });
});

describe("content-free prompts", () => {
  // Not "Go on.": the detectors read it as advice, which costs trust by itself.
  const PROMPTS = [
    "What else?",
    "Tell me more.",
    "Anything else?",
    "What else is on your mind?",
    "Tell me more about that.",
  ];
  const run = (n: number) =>
    Array.from({ length: n }, (_, i) => PROMPTS[i % PROMPTS.length] as string);

  it("a run of them stops earning trust and brings nothing out (resisting-feedback, difficulty 5)", () => {
    for (const seed of [21, 22]) {
      const played = playScript(scenario("resisting-feedback"), content, run(24), {
        seed,
        difficulty: 5,
      });
      expect(played.revealed).toEqual([]);
      const trust = played.steps.map((s) => s.state.personas[0]?.trust ?? 0);
      // After the first two, the rest add (almost) nothing.
      expect((trust.at(-1) ?? 0) - (trust[1] ?? 0)).toBeLessThan(0.02);
    }
  });

  it("one after something substantive still counts as listening", () => {
    const steps = play("resisting-feedback", 21, [
      "I noticed you interrupted Wei three times in the postmortem on 16 May.",
      "Tell me more.",
    ]);
    const [a, b] = steps.map((s) => s.state.personas[0]?.trust ?? 0);
    expect((b ?? 0) - (a ?? 0)).toBeGreaterThan(0);
  });
});

describe("isContentFree", () => {
  it("tells a bare prompt from a question about something", async () => {
    const { isContentFree } = await import("./turn-kind");
    for (const t of ["What else?", "Tell me more.", "Anything else?", "What else is on your mind?"])
      expect(isContentFree(t), t).toBe(true);
    for (const t of ["What else happened in the postmortem?", "Tell me more about the outage.", ""])
      expect(isContentFree(t), t).toBe(false);
  });
});

describe("readTurn", () => {
  it("tells a proposal from a question asking for one", async () => {
    const { readTurn } = await import("./turn-kind");
    for (const t of [
      "What if we took you off the rotation for two weeks?",
      "Would you be willing to pair with Wei?",
      "Could we move the planning slot? How does that sound?",
      "I can take you off the rotation for the next two weeks.",
      "How about you log every interrupt for the next sprint?",
      "What if Tomás writes up the failure modes and Elena reviews them?",
      "How about Wei takes the next page?",
      "So now that's done, can you pick up the fraud service migration next?",
      "Could you take the design review on Thursday?",
    ])
      expect(readTurn(t).proposal, t).toBe(true);
    for (const t of [
      "What would you want to work on over the next cycle?",
      "how would you like to share the credit with her?",
      "What would you be willing to try first?",
      "What if it fails?",
      "Can you tell me more about the pages?",
      "How could we make postmortems safe for Wei and still use your expertise?",
      "How could we share the rotation so it doesn't all land on you?",
      "What would help most right now?",
    ])
      expect(readTurn(t).proposal, t).toBe(false);
  });
});

describe("a question about what they want (review 2: #8)", () => {
  it("readTurn tells it from other questions", async () => {
    const { readTurn } = await import("./turn-kind");
    for (const t of [
      "What would you want to work on over the next cycle?",
      "Which one would you start with?",
      "how would you like to share the credit with her?",
      "What would help you most between now and June?",
      "What would make these 1-on-1s actually useful for you?",
      "What do you need from me this week?",
    ])
      expect(readTurn(t).wants, t).toBe(true);
    for (const t of ["What's on your mind?", "How has the last month been?", "When did it start?"])
      expect(readTurn(t).wants, t).toBe(false);
  });

  const BARE =
    /^(?:yes|okay|ok|sure|right|that makes sense|that would (?:actually )?help|thanks|good to hear)[.,!]?(?:\s+(?:that helps|thank you|honestly)\.?)?$/i;
  it.each([
    [
      "promotion-not-yet",
      [
        "The committee said not yet for Staff. How are you feeling hearing that?",
        "What's your take on the feedback?",
        "What would you want to work on over the next cycle? I'd like to figure out the plan together.",
      ],
    ],
    [
      "compensation-disappointment",
      [
        "What's on your mind about the letter?",
        "It sounds like 3% felt like a signal about how you're valued. Is that close?",
        "What would help you most between now and June?",
      ],
    ],
    [
      "celebrating-a-win",
      [
        "The cutover went really well. How did it feel on the night?",
        "I also heard Noor built the replay harness - how would you like to share the credit with her?",
      ],
    ],
    [
      "lateral-move-request",
      [
        "Hi Priya, thanks for the invite. I'm happy to take as long as you need. What's on your mind?",
      ],
    ],
  ])("%s gets an answer, not a bare yes, over five seeds", (id, lines) => {
    for (let seed = 1; seed <= 5; seed++) {
      const step = lastOf(id, seed, lines);
      expect(step.reply.text, `seed ${seed}`).not.toMatch(BARE);
      expect(["agree", "acknowledge"], `seed ${seed}: ${step.reply.text}`).not.toContain(
        step.intent,
      );
    }
  });

  it("a plan with a question after it gets a reaction and then an answer", () => {
    const step = lastOf("career-goals-exploration", 1, [
      "What's on your mind about your career?",
      "What would you like to be doing in two years?",
      "It sounds like you want Staff and you're not sure what's missing.",
      "What if you reviewed two other teams' design docs a month? Which one would you start with?",
    ]);
    expect(step.reply.text).not.toMatch(BARE);
  });
});

describe("accepting a plan is committing to it (review 2: #13)", () => {
  it("says the step back and counts it (promotion-not-yet)", () => {
    const played = playScript(
      scenario("promotion-not-yet"),
      content,
      [
        "Marcus, the committee met and the answer is not yet for Staff. I'm sorry, I argued for you.",
        "How are you feeling hearing that?",
        "Their feedback was that your delivery is clearly at level; what was missing was cross-team technical leadership and mentoring. What's your take?",
        "So part of this feels unfair because nobody told you earlier, is that right?",
        "What if you led the design review for the query-understanding service across the two teams, and mentored one of the new engineers?",
      ],
      { seed: 1, continuePastOutcome: true },
    );
    const last = played.steps.at(-1);
    if (!last) throw new Error("no step");
    expect(last.intent).toBe("commit");
    expect(last.reply.text).toMatch(/I'll lead the design review/);
    expect(last.state.personas[0]?.committed.length).toBe(1);
  });
});

describe("a greeting gets a short answer in character, not the grievance (review 2: #9)", () => {
  it("readTurn tells small talk from a question about the issue", async () => {
    const { readTurn } = await import("./turn-kind");
    for (const t of [
      "Hi Dana, how's it going?",
      "Hi Priya, all good this week?",
      "Hey Marcus! How are you doing?",
      "Thanks for making time. How have you been?",
    ])
      expect(readTurn(t).smallTalk, t).toBe(true);
    for (const t of [
      "Hi Dana, how's the sprint going?",
      "How are you feeling about the letter?",
      "Hi Priya. You missed two stand-ups this week. All good?",
      "The upgrade is late. How's it going?",
    ])
      expect(readTurn(t).smallTalk, t).toBe(false);
  });

  it.each([
    ["missed-sprint-commitments", "dana", "Hi Dana, how's it going?"],
    ["burnout-signals", "priya", "Hi Priya, all good this week?"],
    ["celebrating-a-win", "tomas", "Hey Tomás, how are you doing?"],
    ["missed-sprint-commitments", "dana", "Hey Dana, thanks for making time."],
    ["pip-kickoff", "jun", "Hi Jun."],
  ])("%s: %s", (id, personaId, line) => {
    for (let seed = 1; seed <= 5; seed++) {
      const step = lastOf(id, seed, [line]);
      expect(banksOf(personaId).greet, `seed ${seed}`).toContain(step.reply.text);
    }
  });
});

describe("leave to talk (review 2: openers answered with a grievance)", () => {
  it("reads a request for the conversation itself, and nothing else of substance", () => {
    for (const t of [
      "Hey Dana, thanks for making time. I want to talk about something specific today, is that ok?",
      "Do you have a few minutes to talk about the sprint?",
      "Can we talk about last week's incident?",
      "Is now a good time?",
      "Hi Priya. Got a minute?",
      "Mind if we go over the rota?",
    ])
      expect(readTurn(t).leave, t).toBe(true);
    for (const t of [
      // Content before the ask: the conversation has begun.
      "In the last four sprints, 3 ended with work carried over. Is that ok?",
      "I want to talk about the postmortem on Tuesday, where you interrupted Wei. Is that ok?",
      // A plan, not leave to talk.
      "Is that ok with you, if we move the demo to Friday?",
      "Can we move the demo to Friday?",
      "Hi Dana, how's it going?",
    ])
      expect(readTurn(t).leave, t).toBe(false);
  });

  it.each([
    [
      "missed-sprint-commitments",
      "dana",
      "Hey Dana, thanks for making time. I want to talk about something specific today, is that ok?",
    ],
    ["burnout-signals", "priya", "Hi Priya. Do you have a few minutes?"],
    ["career-goals-exploration", "marcus", "Can we talk about your career plans today?"],
  ])("%s: a short yes in character: %s", (id, personaId, line) => {
    for (let seed = 1; seed <= 5; seed++) {
      const step = lastOf(id, seed, [line]);
      expect(banksOf(personaId).leave, `seed ${seed}`).toContain(step.reply.text);
    }
  });
});

describe("a request put as a question (review 2: #8)", () => {
  it("is taken as a request, not thanked as an offer", () => {
    for (let seed = 1; seed <= 8; seed++) {
      const step = lastOf("celebrating-a-win", seed, [
        "The cutover went really well, thank you. How did it feel on the night?",
        "So now that's done, can you pick up the fraud service migration next?",
      ]);
      expect(step.reply.text, `seed ${seed}`).not.toMatch(/would (?:actually )?help|hold you to/i);
    }
  });

  it("'…or is DevEx the thing you really want?' invites their view, as a perspective ask does", async () => {
    const { readTurn } = await import("./turn-kind");
    expect(
      readTurn(
        "If we could fix the on-call load on Platform, would that change anything for you, or is DevEx the thing you really want?",
      ).wants,
    ).toBe(true);
    expect(readTurn("Is the on-call load the thing that's hardest?").wants).toBe(false);
  });
});
