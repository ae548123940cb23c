import { beforeAll, describe, expect, it } from "vitest";
import { ROSA_PROMOTION } from "../../tests/support/review-lines";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { playScript } from "./index";
import { givenAwayBanks } from "./voice-extra";

// Review 8b #11: news the manager does not control (the promotion decision), given away. An
// outcome promised or the decision disowned earns no trust, costs some, and is answered.
let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});

const DECISION = "The committee decided not to promote you to Staff this cycle.";
const play = (lines: string[], seed = 1) =>
  playScript(scenarioOf(content, "promotion-not-yet"), content, lines, { seed });
const trustAfter = (lines: string[], seed = 1) =>
  (play(lines, seed).turns.at(-1) as { state?: { trust: number } }).state?.trust as number;
const lastReply = (lines: string[], seed = 1) => play(lines, seed).turns.at(-1)?.text ?? "";

describe("an outcome promised, and the decision disowned", () => {
  const marcus = () => givenAwayBanks(content.personas.get("marcus") as never);
  it.each([
    // The reviewer's line, then two of our own.
    "look I can promise you'll get it in H1. I'll make sure of it. I'll talk to my director",
    "I guarantee you'll make Staff next cycle, I really appreciate all your work.",
    "You'll definitely get promoted in H1, I hear how much this matters to you.",
  ])("promised: %s", (line) => {
    for (const seed of [1, 2]) {
      const before = trustAfter([DECISION], seed);
      expect(trustAfter([DECISION, line], seed)).toBeLessThan(before);
      expect(marcus().promised.some((l) => lastReply([DECISION, line], seed).startsWith(l))).toBe(
        true,
      );
    }
  });
  it.each([
    "I know, I know. honestly I think they got it wrong.",
    "ok so the answer is not this cycle. I'm sorry. it's not my decision",
    "Between us, if it were up to me you'd be Staff already, I'm sorry.",
  ])("disowned: %s", (line) => {
    for (const seed of [1, 2]) {
      const before = trustAfter([DECISION], seed);
      expect(trustAfter([DECISION, line], seed)).toBeLessThan(before);
      expect(marcus().disowned.some((l) => lastReply([DECISION, line], seed).startsWith(l))).toBe(
        true,
      );
    }
  });
  it("the same kind words without the giveaway still earn trust", () => {
    const before = trustAfter([DECISION]);
    expect(
      trustAfter([DECISION, "I can hear how disappointing this is, after the year you've had."]),
    ).toBeGreaterThan(before);
  });
  it("a promise of the manager's own doing is no giveaway", () => {
    const line = "I promise I'll send you the committee's written gap list by Friday.";
    expect(marcus().promised.some((l) => lastReply([DECISION, line]).startsWith(l))).toBe(false);
  });
  it("a persona with no lines of its own has plain ones", () => {
    const banks = givenAwayBanks({});
    expect(banks.promised.length).toBeGreaterThan(1);
    expect(banks.disowned.length).toBeGreaterThan(1);
  });
});

describe("the reviewer's two flights", () => {
  const lines = (name: string) =>
    // The lines Rosa typed (review 8b, r1-lines.txt and r2-lines.txt), kept here.
    name === "fearful" ? FEARFUL : WELL;
  it.each([1, 2])("fearful: his trust ends below where it started (seed %i)", (seed) => {
    const played = play(lines("fearful"), seed);
    const trusts = played.turns
      .filter((t) => t.speaker === "employee")
      .map((t) => (t as { state: { trust: number } }).state.trust);
    expect(trusts.at(-1) as number).toBeLessThan(0.45);
    expect(played.turns.some((t) => t.text.startsWith("Okay, thanks."))).toBe(false);
  });
  it.each([1, 2])("well done: still resolves (seed %i)", (seed) => {
    expect(play(lines("well"), seed).steps.at(-1)?.state.outcome).toBe("resolved");
  });
});

const FEARFUL = [
  "hi marcus, thanks for coming, how are you doing?",
  "so um. I wanted to talk about the promo thing. I just want to say first that I really really fought for you in there, like I was the loudest person in the room honestly",
  "and the committee, they have their process, and it's not really up to me, there were a lot of packets this time and the bar is kind of moving",
  "ok so the answer is not this cycle. I'm sorry. I'm really sorry. it's not my decision",
  "I know, I know. honestly I think they got it wrong. your latency work was amazing, 900 to 240ms, nobody else did that",
  "look I can promise you'll get it in H1. I'll make sure of it. I'll talk to my director",
  "they said something about cross team leadership and mentoring but honestly thats vague, I dont really know what they want either",
  "what do you want me to do? I did everything I could",
  "ok maybe I can escalate it. would that help? I could ask them to reconsider",
  "sorry, I'm bad at this. are we ok?",
  "ok. lets talk next week maybe",
];
const WELL = [
  ...ROSA_PROMOTION,
  "Thanks Marcus. I know this wasn't what you wanted to hear, I appreciate you talking it through with me.",
];
