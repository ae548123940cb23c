import { describe, expect, it } from "vitest";
import { alternating, patternOf, shippedContent } from "../../tests/support/shipped-content";
import { sidesTaken } from "../sim/sides";
import { scoreTranscript } from "./index";

/**
 * The scorecard's "Taking a side" reads a turn as the persona engine does (one reader,
 * server/sim/sides.ts): a short verdict with no move in it ("Elena's right.") was felt by the other
 * persona as their view dismissed and went unflagged.
 */
const content = await shippedContent();
const mediation = patternOf(content, "conflict-mediation-opening");
const CAST = [
  { id: "tomas", name: "Tomás Herrera" },
  { id: "elena", name: "Elena Voss" },
];
const OPENING = "Thanks for making the time. I want us to agree how we'll decide on RFC-112.";
const REPLY = "I'm the one on call for the checkout service.";
const flagsOf = (line: string) =>
  scoreTranscript(alternating(OPENING, REPLY, line), mediation).antiPatterns.filter(
    (f) => f.id === "taking-sides",
  );

describe("a side taken with no move in it is flagged", () => {
  it.each([
    "Elena's right.",
    "I'm with Tomás.",
    "Go with Elena's design.",
    "Tomás is right.",
    "I side with Elena.",
    "Okay, Elena wins this one.",
    "Fine, Tomás's way it is.",
    "I think that Elena is right.",
    "I agree with Tomás, but if we do this we need a rollback.",
    "You both have a point, but Elena is right.",
  ])("%s", (line) => {
    const flags = flagsOf(line);
    expect(flags.map((f) => f.turn)).toEqual([2]);
    expect(flags[0]?.trigger).toBe("side_taken");
    expect(flags[0]?.quote).toBe(line);
  });

  it("on the sentence that takes it, beside other sentences", () => {
    const line = "Thanks, both. Honestly, Elena's right. Let's talk about next steps.";
    const [flag] = flagsOf(line);
    expect(flag?.quote).toBe("Honestly, Elena's right.");
  });

  it.each([
    "You're both right.",
    "You're both right about parts of this.",
    "Is Elena right?",
    "If Tomás is right, we should see it in the page counts.",
    "Tomás thinks Elena is wrong.",
    "Right now I want to hear from each of you.",
    "That's right.",
    "Nobody is wrong here.",
    "Neither Elena nor Tomás is wrong to care about this.",
    "Maybe Elena is right, maybe not; that's what we're here to find out.",
    "Elena is right here with us, so let's hear from her.",
    "I agree with having a written review.",
    "I'm with you on wanting a decision by Friday.",
    "Elena is right. Tomás is right too.",
    "Everyone wins if we decide by Friday.",
  ])("not %s", (line) => {
    expect(flagsOf(line)).toEqual([]);
  });
});

describe("one reading for the scorecard and the people in the room", () => {
  // Every turn the persona engine reads as a side taken (sides.test.ts and more) is flagged here.
  it.each([
    "Tomás, Elena is right, the RFC wasn't ready.",
    "Let's just go with Elena's call.",
    "Honestly, I'm with Tomás on this.",
    "I agree with Elena. The broker is too risky.",
    "Tomas's design is clearly the better one.",
    "Elena is wrong about the broker.",
    "We're going with Tomás's proposal, and that's final.",
    "I'm on Elena's side here.",
    "Elena, you're wrong about the retries.",
    "We'll do it Tomás's way.",
    "Elena's right.",
    "I'm with Tomás.",
    "Go with Elena's design.",
  ])("%s", (line) => {
    expect(sidesTaken(line, CAST)).not.toEqual([]);
    expect(flagsOf(line)).toHaveLength(1);
  });

  it("a sentence that takes a side states no neutral purpose", () => {
    for (const line of [
      "We're here to agree a process, and honestly Elena's right about the broker.",
      "The goal today is to decide together, and I'm with Tomás on the pages.",
    ]) {
      const card = scoreTranscript(alternating(line, REPLY), mediation);
      expect(card.steps.find((s) => s.id === "purpose")?.status, line).toBe("missed");
    }
  });
});

describe("review 8b #4: the scorecard, with no cast", () => {
  const rulingOf = (line: string) =>
    scoreTranscript(alternating(OPENING, REPLY, line), mediation).antiPatterns.filter(
      (f) => f.id === "ruling-early",
    );
  it.each([
    // A verdict on one person's conduct, in front of the other.
    'Elena honestly "not happening" was pretty rude, you cant close someones RFC in 4 minutes',
    "Elena, closing it with 'not happening' was out of line.",
    "Tomás, the way you went after her in the channel was unprofessional.",
    // One side's work praised.
    "Tomás I think your RFC was good, I read it, the kafka idea makes sense to me",
    "Honestly the RFC was solid, I read all twelve pages.",
    "I think the event-driven design is the better option.",
  ])("takes a side: %s", (line) => {
    expect(flagsOf(line).map((f) => f.turn)).toEqual([2]);
  });

  it.each([
    "Nobody was rude on purpose, it was a long day for everyone.",
    "I don't want to argue about whether the review was rude.",
    "Your idea of agreeing the criteria first makes sense to me.",
    "That makes sense, thanks for explaining.",
    "It's not okay to interrupt each other in here, for either of you.",
  ])("takes no side: %s", (line) => {
    expect(flagsOf(line)).toEqual([]);
  });

  it.each([
    "fine. I'll decide it then. we go with kafka, Elena you'll review it",
    "OK, we're going with the outbox, end of discussion.",
    "I've decided: Kafka, starting next sprint.",
    "You should both just go with the simpler design.",
  ])("rules on the question: %s", (line) => {
    expect(rulingOf(line).map((f) => f.turn)).toEqual([2]);
  });

  it.each([
    "look I just need you two to get along, the juniors are watching",
    "Let's go with that.",
    "How would you two like to decide this?",
    "If you can't agree by Friday, we take it to the architecture council.",
    "Let's go with a written decision record, drafted by both of you.",
  ])("rules on nothing: %s", (line) => {
    expect(rulingOf(line)).toEqual([]);
  });
});
