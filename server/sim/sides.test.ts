import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { playScript } from "./index";
import { sidesTaken } from "./sides";
import { extraBanks } from "./voice-extra";

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
      const sided = extraBanks(content.personas.get("tomas") as never).sided;
      const said = played.steps.filter((s) => sided.some((b) => s.reply.text.includes(b)));
      expect(said.length, `seed ${seed}`).toBeGreaterThanOrEqual(2);
    }
  });
});
