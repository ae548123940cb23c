import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { playScript } from "./index";
import { sideSentences, sidesTaken } from "./sides";
import type { SimState } from "./sim.schema";
import { extraBanks, sidedBanks } from "./voice-extra";

/**
 * A mediator who takes a side loses the other (newcomer review #17): "Tomás, Elena is right, the
 * RFC wasn't ready" and "Let's just go with Elena's call" got calm technical replies.
 */
const CAST = [
  { id: "tomas", name: "Tomás Herrera" },
  { id: "elena", name: "Elena Voss" },
];

describe("a side taken is read by name", () => {
  it.each([
    ["Tomás, Elena is right, the RFC wasn't ready.", "tomas"],
    ["Let's just go with Elena's call.", "tomas"],
    ["Honestly, I'm with Tomás on this.", "elena"],
    ["I agree with Elena. The broker is too risky.", "tomas"],
    ["Tomas's design is clearly the better one.", "elena"],
    ["Elena is wrong about the broker.", "elena"],
    ["We're going with Tomás's proposal, and that's final.", "elena"],
    ["I'm on Elena's side here.", "tomas"],
    // Short lines, with no move the detectors name: the scorecard reads them too (side-taken.test.ts).
    ["Elena's right.", "tomas"],
    ["I'm with Tomás.", "elena"],
    ["Go with Elena's design.", "tomas"],
    ["Okay, Elena wins this one.", "tomas"],
    ["Fine, Tomás's way it is.", "elena"],
    ["I think that Elena is right.", "tomas"],
    // A condition after the verdict does not lift it.
    ["I agree with Tomás, but if we do this we need a rollback.", "elena"],
    ["You both have a point, but Elena is right.", "tomas"],
    ["I hear you both, though honestly I'm with Tomás.", "elena"],
    // "You" named in the sentence, and only them.
    ["Elena, you're wrong about the retries.", "elena"],
  ])("%s → against %s", (line, against) => {
    expect(sidesTaken(line, CAST).map((s) => s.against)).toEqual([against]);
  });

  it.each([
    "You're both right about parts of this.",
    "Elena is right here with us, so let's hear from her.",
    "Is Elena right that the rollback is missing?",
    "If Tomás is right about the pages, we need to know.",
    "Tomás thinks Elena is wrong about the broker.",
    "Nobody is wrong here.",
    "Elena, what's your view of the proposal?",
    "Elena and Tomás are both right to care about this.",
    "I'm with both of you on wanting a decision process.",
    "Let's go with a written review for both RFCs.",
    "Maybe Elena is right; that's what we're here to find out.",
    "Neither Elena nor Tomás is wrong to care about this.",
    "Elena is right. Tomás is right too.",
    "Right now I want to hear from each of you.",
  ])("not %s", (line) => {
    expect(sidesTaken(line, CAST)).toEqual([]);
  });

  it("only with two people in the room", () => {
    expect(sidesTaken("Elena is right.", [CAST[1] as (typeof CAST)[number]])).toEqual([]);
  });
});

let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});
const play = (lines: string[], seed: number) =>
  playScript(scenarioOf(content, "architecture-mediation"), content, lines, {
    seed,
    continuePastOutcome: true,
  });
const trustOf = (state: { personas: { id: string; trust: number }[] }, id: string) =>
  state.personas.find((p) => p.id === id)?.trust ?? Number.NaN;

describe("in a mediation, the side not taken loses trust and says so (#17)", () => {
  const OPENER = "Thanks to both of you for coming. I want us to agree how we decide on RFC-112.";
  it.each([
    ["Tomás, Elena is right, the RFC wasn't ready.", "tomas"],
    ["Let's just go with Elena's call.", "tomas"],
    [
      "Elena, honestly you could be a bit nicer, but whatever. Let's just go with Elena's call.",
      "tomas",
    ],
    ["I'm with Tomás on this one.", "elena"],
    ["Elena is wrong about the broker.", "elena"],
    // Review 6 #5: the contested work judged with no name goes against its author, as the
    // scorecard reads it (architecture-mediation says RFC-112 is Tomás's: ownsContestedWork).
    ["Honestly, the RFC wasn't ready.", "tomas"],
    ["To be fair, his proposal was never viable.", "tomas"],
    ["Look, that design isn't workable.", "tomas"],
  ])("%s", (line, against) => {
    const banks = extraBanks(content.personas.get(against) as never).sided;
    for (const seed of [1, 2, 3, 4, 5]) {
      const played = play([OPENER, line], seed);
      const [first, second] = played.steps;
      if (!first || !second) throw new Error("two steps");
      const other = against === "tomas" ? "elena" : "tomas";
      // The side not taken loses trust, more than the one sided with (whom the rest of the line
      // may hurt too: "let's not waste time", "you could be a bit nicer").
      const lost = trustOf(first.state, against) - trustOf(second.state, against);
      const otherLost = trustOf(first.state, other) - trustOf(second.state, other);
      expect(lost, `seed ${seed}`).toBeGreaterThan(0.1);
      expect(lost, `seed ${seed}`).toBeGreaterThan(otherLost);
      // They answer, and say the mediation is over for them.
      expect(second.speakerId, `seed ${seed}`).toBe(against);
      expect(
        banks.some((b) => second.reply.text.includes(b)),
        second.reply.text,
      ).toBe(true);
      expect(second.reveals).toEqual([]);
    }
  });

  it("a neutral turn by name costs nothing and gets no such reply", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const played = play([OPENER, "Elena, what's your view of the proposal?"], seed);
      const second = played.steps[1];
      const sided = extraBanks(content.personas.get("elena") as never).sided;
      expect(sided.some((b) => second?.reply.text.includes(b))).toBe(false);
      expect(trustOf(second?.state as never, "tomas")).toBeGreaterThanOrEqual(
        trustOf(played.steps[0]?.state as never, "tomas") - 0.02,
      );
    }
  });

  it("the reviewer's poor mediator is not met with calm technical replies", () => {
    const lines = [
      "OK, I don't have much time. Tomás, Elena is right, the RFC wasn't ready.",
      "Tomás, you need to stop taking it personally. Everyone gets their RFCs closed.",
      "Elena, honestly you could be a bit nicer, but whatever. Let's just go with Elena's call.",
      "Can we wrap this up?",
    ];
    for (const seed of [1, 2, 3, 4, 5]) {
      const played = play(lines, seed);
      const tomas = played.state.personas.find((p) => p.id === "tomas");
      expect(tomas?.trust, `seed ${seed}`).toBeLessThan(0.2);
      expect(tomas?.guard, `seed ${seed}`).toBeGreaterThan(0.85);
      // He says so, says so again on the next turn, and walks out at the second side taken.
      const tomasPersona = content.personas.get("tomas") as never;
      const sided = [...extraBanks(tomasPersona).sided, ...sidedBanks(tomasPersona).still];
      const said = played.steps.filter((s) => sided.some((b) => s.reply.text.includes(b)));
      expect(said.length, `seed ${seed}`).toBeGreaterThanOrEqual(2);
      expect(played.steps[2]?.outcome, `seed ${seed}`).toBe("escalated");
      expect(played.steps[2]?.speakerId, `seed ${seed}`).toBe("tomas");
    }
  });
});

describe("a side that stays taken: pushed back on, then withdrawn from, unless made up for", () => {
  const OPENER = "Thanks to both of you for coming. I want us to agree how we decide on RFC-112.";
  const ASK = "Elena, how do you see it?";
  // Turns that ask no one by name and say nothing of the side taken.
  const MOVING_ON = [
    "What do you think we should do next?",
    "How could we decide this together by Friday?",
    "What would a good decision process look like?",
    "Who should own the rollback plan?",
  ];
  const SEEDS = [1, 2, 3, 4, 5];
  const banksOf = (id: string) => {
    const persona = content.personas.get(id) as never;
    return { sided: extraBanks(persona).sided, ...sidedBanks(persona) };
  };
  const says = (text: string | undefined, lines: readonly string[]) =>
    lines.some((l) => text?.includes(l));
  const personaIn = (step: { state: SimState } | undefined, id: string) =>
    step?.state.personas.find((p) => p.id === id) as SimState["personas"][number];

  it.each([
    ["Elena's right.", "tomas"],
    ["I'm with Tomás.", "elena"],
    ["Let's go with Tomás's design.", "elena"],
    ["Okay, Elena wins this one.", "tomas"],
  ])("%s: the one it went against does not go quiet", (line, against) => {
    const banks = banksOf(against);
    for (const seed of SEEDS) {
      const played = play([OPENER, ASK, line, ...MOVING_ON], seed);
      const steps = played.steps.slice(2);
      const [side, first, second, third, fourth] = steps;
      expect(side?.speakerId, `seed ${seed}`).toBe(against);
      expect(says(side?.reply.text, banks.sided), side?.reply.text).toBe(true);
      // The next two turns: they answer, and push back on the side still standing.
      for (const step of [first, second]) {
        expect(step?.speakerId, `seed ${seed}`).toBe(against);
        expect(step?.intent, `seed ${seed}`).toBe("push_back");
        expect(says(step?.reply.text, banks.still), step?.reply.text).toBe(true);
      }
      // Then they withdraw: short, closed answers, and nothing revealed.
      for (const step of [third, fourth]) {
        expect(step?.speakerId, `seed ${seed}`).toBe(against);
        expect(step?.intent, `seed ${seed}`).toBe("go_quiet");
      }
      expect(steps.flatMap((s) => s.reveals)).toEqual([]);
      // No trust earned back while it stands; engagement falls turn by turn.
      const trust = steps.map((s) => personaIn(s, against).trust);
      const engagement = steps.map((s) => personaIn(s, against).engagement);
      for (let i = 1; i < steps.length; i++) {
        expect(trust[i], `seed ${seed} turn ${i}`).toBeLessThanOrEqual(trust[0] as number);
        expect(engagement[i], `seed ${seed} turn ${i}`).toBeLessThan(engagement[i - 1] as number);
      }
      // The model is told the same: the decision seems made without them.
      expect(first?.plan.intentGuide).toMatch(/other person's side/);
    }
  });

  it("spoken past (the other asked by name), they still withdraw, and say so when next heard", () => {
    for (const seed of SEEDS) {
      const played = play(
        [OPENER, ASK, "Elena's right.", "Elena, what would you propose?", MOVING_ON[0] as string],
        seed,
      );
      const [, , side, toElena, next] = played.steps;
      expect(toElena?.speakerId).toBe("elena");
      expect(personaIn(toElena, "tomas").engagement).toBeLessThan(
        personaIn(side, "tomas").engagement,
      );
      expect(next?.speakerId).toBe("tomas");
      expect(says(next?.reply.text, banksOf("tomas").still), next?.reply.text).toBe(true);
    }
  });

  it.each([
    ["Elena's right.", "Let's just go with Elena's call.", "tomas"],
    ["I agree with Tomás.", "Fine, Tomás's way it is.", "elena"],
  ])("%s … %s: a second side while the first stands, and they walk out", (a, b, against) => {
    for (const seed of SEEDS) {
      const played = play([OPENER, ASK, a, MOVING_ON[0] as string, b], seed);
      const last = played.steps[4];
      expect(last?.outcome, `seed ${seed}`).toBe("escalated");
      expect(last?.speakerId, `seed ${seed}`).toBe(against);
      expect(last?.changes.some((c) => c.personaId === against && c.cause === "memory")).toBe(true);
    }
  });

  it("a third side, even with each made up for, and they walk out; a second one made up for is not", () => {
    const REPAIR = "I spoke too soon, I'm not picking a side.";
    for (const seed of SEEDS) {
      const twice = play([OPENER, ASK, "Elena's right.", REPAIR, "Elena's right."], seed);
      expect(twice.steps[4]?.outcome, `seed ${seed}`).toBeNull();
      expect(twice.steps[4]?.speakerId).toBe("tomas");
      const thrice = play(
        [OPENER, ASK, "Elena's right.", REPAIR, "Elena's right.", REPAIR, "Elena's right."],
        seed,
      );
      expect(thrice.steps[6]?.outcome, `seed ${seed}`).toBe("escalated");
    }
  });

  it.each([
    // The verdict taken back, in several wordings.
    "I spoke too soon there; I'm not picking a side.",
    "Sorry, that wasn't fair. Nothing's decided yet.",
    "Let me take that back. I got ahead of myself.",
    // Both views acknowledged.
    "You both have a point, and I want to hear both of you properly.",
    "Each of you raised a real concern; both views matter here.",
    // The one it went against asked for theirs.
    "Tomás, I'd like to hear your view. How do you see it?",
  ])("%s makes up for some of it", (repair) => {
    const banks = banksOf("tomas");
    for (const seed of SEEDS) {
      const base = [OPENER, ASK];
      const repaired = play([...base, "Elena's right.", repair, MOVING_ON[0] as string], seed);
      const unrepaired = play(
        [...base, "Elena's right.", MOVING_ON[1] as string, MOVING_ON[0] as string],
        seed,
      );
      const never = play([...base, ASK, repair, MOVING_ON[0] as string], seed);
      const [, , , made, after] = repaired.steps;
      expect(made?.speakerId, `seed ${seed}`).toBe("tomas");
      expect(says(made?.reply.text, banks.repaired), made?.reply.text).toBe(true);
      // Some trust back: more than never repairing it, less than never taking the side.
      const trust = personaIn(made, "tomas").trust;
      expect(trust, `seed ${seed}`).toBeGreaterThan(personaIn(unrepaired.steps[3], "tomas").trust);
      expect(trust, `seed ${seed}`).toBeLessThan(personaIn(never.steps[3], "tomas").trust);
      // And it is over: the next turn is no push back on it.
      expect(says(after?.reply.text, banks.still), after?.reply.text).toBe(false);
      expect(personaIn(after, "tomas").memory.sidedOpen).toBe(0);
    }
  });

  it("no repair without a side taken, and none in the turn that takes another", () => {
    const banks = banksOf("tomas");
    for (const seed of SEEDS) {
      // Asked to agree with the verdict is not asked for his view.
      for (const loaded of [
        "Tomás, don't you think Elena is right?",
        "Tomás, can you at least admit Elena's design is the better one?",
      ]) {
        const asked = play([OPENER, ASK, "Elena's right.", loaded], seed);
        expect(says(asked.steps[3]?.reply.text, banks.repaired), loaded).toBe(false);
        expect(personaIn(asked.steps[3], "tomas").memory.sidedOpen, loaded).toBe(2);
      }
      const plain = play([OPENER, ASK, "You both have a point."], seed);
      expect(says(plain.steps[2]?.reply.text, banks.repaired)).toBe(false);
      const again = play(
        [OPENER, ASK, "Elena's right.", "You both have a point, but Elena is right."],
        seed,
      );
      expect(again.steps[3]?.outcome, `seed ${seed}`).toBe("escalated");
    }
  });
});

/**
 * Review 6 #5: "the RFC wasn't ready" was flagged by the scorecard (side_taken) and passed by the
 * persona. With the scenario's word on whose work is contested, the engine reads it with the same
 * reader, so the two agree sentence for sentence.
 */
describe("the contested work judged, with no name", () => {
  const AGAINST_THE_WORK = [
    "Honestly, the RFC wasn't ready.",
    "To be fair, his proposal was never viable.",
    "Look, that design isn't workable.",
    "The RFC is not good enough, and I think we all know it.",
  ];
  const NOT_A_SIDE = [
    "Was the RFC not ready?",
    "If the RFC wasn't ready, let's name what was missing.",
    "Elena said the RFC wasn't ready. Tomás, how do you see it?",
    "The migration wasn't ready in March either.",
    "Let's look at what the RFC needs before the review.",
  ];
  it.each(AGAINST_THE_WORK)("%s: against its author, and the scorecard agrees", (line) => {
    expect(sidesTaken(line, CAST, "tomas")).toEqual([{ against: "tomas" }]);
    expect(sideSentences(line).length).toBeGreaterThan(0);
    // Without the scenario's word on whose work it is, no one to place it on.
    expect(sidesTaken(line, CAST)).toEqual([]);
  });
  it.each(NOT_A_SIDE)("not %s", (line) => {
    expect(sidesTaken(line, CAST, "tomas")).toEqual([]);
    expect(sideSentences(line)).toEqual([]);
  });
  it("a side taken by name and on the work against the same one counts once", () => {
    expect(sidesTaken("Tomás, Elena is right, the RFC wasn't ready.", CAST, "tomas")).toEqual([
      { with: "elena", against: "tomas" },
    ]);
  });
});

describe("review 8b #4: a side taken by the proposal's name, by agreeing with it, or on conduct", () => {
  // The scenario names the contested work (architecture-mediation: overrides.tomas.workNames).
  const WORK = ["kafka", "order events", "event-driven", "rfc-112"];
  const read = (line: string) => sidesTaken(line, CAST, "tomas", WORK).map((s) => s.against);
  it.each([
    // The reviewer's lines.
    ["fine. I'll decide it then. we go with kafka, Elena you'll review it", "elena"],
    ["Tomás I think your RFC was good, I read it, the kafka idea makes sense to me", "elena"],
    [
      'Elena honestly "not happening" was pretty rude, you cant close someones RFC in 4 minutes',
      "elena",
    ],
    // Paraphrases: the proposal chosen or agreed with by its name.
    ["OK, let's just do Kafka and move on.", "elena"],
    ["Honestly, the event-driven design is the better option here.", "elena"],
    ["We're going with Kafka, that's final.", "elena"],
    // Against it by name.
    ["Kafka is overkill for checkout, we're not doing it.", "tomas"],
    // Conduct judged, one named.
    ["Elena, closing it with 'not happening' was out of line.", "elena"],
    ["Tomás, the way you went after her in the channel was unprofessional.", "tomas"],
  ])("%s → against %s", (line, against) => {
    expect(read(line)).toEqual([against]);
  });

  it.each([
    "Is Kafka the right call? That's what we need to work out.",
    "We need to decide whether Kafka makes sense for checkout.",
    "Kafka is one option; the outbox is another.",
    "Nobody was rude on purpose, it was a long day for everyone.",
    "Tomás, what would Kafka fix that the outbox wouldn't?",
    "I don't want to argue about whether the review was rude.",
    "Elena, what do you need to see before Kafka makes sense to you?",
  ])("not %s", (line) => {
    expect(read(line)).toEqual([]);
  });

  it("Elena hears 'we go with kafka' as the side taken against her", () => {
    const banks = extraBanks(content.personas.get("elena") as never).sided;
    for (const seed of [1, 2, 3, 4, 5]) {
      const played = play(
        [
          "Thanks to both of you for coming. I want us to agree how we decide on RFC-112.",
          "fine. I'll decide it then. we go with kafka, Elena you'll review it",
        ],
        seed,
      );
      const second = played.steps[1];
      expect(second?.speakerId, `seed ${seed}`).toBe("elena");
      expect(
        banks.some((b) => second?.reply.text.includes(b)),
        second?.reply.text,
      ).toBe(true);
    }
  });
});
