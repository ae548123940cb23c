import { describe, expect, it } from "vitest";
import { alternating, patternOf, shippedContent } from "../../tests/support/shipped-content";
import { scoreTranscript } from "./index";

/**
 * Scoring defects a newcomer found playing whole conversations (first run, 27 November, report
 * items 8, 13, 14, 15, 16), each with other sentences of its class and innocent near-misses.
 */
const content = await shippedContent();
const pattern = (id: string) => patternOf(content, id);
const step = (card: ReturnType<typeof scoreTranscript>, id: string) =>
  card.steps.find((s) => s.id === id);

describe("conflict-mediation-opening: taking a side (#16)", () => {
  const mediation = pattern("conflict-mediation-opening");
  const REPLY = "I'm the one on call for the checkout service.";

  it.each([
    "Tomás, Elena is right, the RFC wasn't ready.",
    "Let's just go with Elena's call.",
    "Honestly, Tomás is right about this one.",
    "I'm with Elena on this, the rollback matters more.",
    "I agree with Tomás, Kafka is the better fit for checkout.",
    "Elena's design is clearly better, so let's use it.",
    "Elena, you're wrong about the retries.",
  ])("%s is not a neutral purpose, and is flagged", (line) => {
    // After an opening and a reply, as in a conversation: a line read alone may carry no move.
    const card = scoreTranscript(
      alternating("Thanks for making the time.", REPLY, line),
      mediation,
    );
    expect(step(card, "purpose")?.status, line).toBe("missed");
    expect(
      card.antiPatterns.map((f) => f.id),
      line,
    ).toContain("taking-sides");
  });

  it.each([
    "The goal today is to agree how we'll decide, not who is right.",
    "I'm not here to pick a winner; I want us to agree how we'll decide on the event bus.",
    "Nobody is wrong here; we're here to agree how the checkout decision gets made.",
  ])("%s is a neutral purpose", (line) => {
    const card = scoreTranscript(alternating(line, REPLY), mediation);
    expect(step(card, "purpose")?.status, line).toBe("hit");
    expect(card.antiPatterns.map((f) => f.id)).not.toContain("taking-sides");
  });

  it.each([
    "Neither of you is wrong to care about this.",
    "You're both right that the pages are a real problem.",
    "That's right, and I'd like us to decide by Friday.",
    "The timing is wrong for a big migration before the holidays.",
    "I agree with both of you that the checkout path needs to change.",
    "Is Elena right that the rollback isn't in the document?",
    "So, Elena, your worry is that nobody else would maintain the client, is that right?",
    "Tell me if I've got any of that wrong.",
  ])("%s takes no side", (line) => {
    const card = scoreTranscript(
      alternating("Thanks for making the time.", REPLY, line),
      mediation,
    );
    expect(card.antiPatterns.map((f) => f.id)).not.toContain("taking-sides");
  });

  it("reads the reviewer's poor mediation as it is (med-poor)", () => {
    const card = scoreTranscript(
      alternating(
        "OK, I don't have much time. Tomás, Elena is right, the RFC wasn't ready.",
        REPLY,
        "Tomás, you need to stop taking it personally. Everyone gets their RFCs closed.",
        "That's not a compromise, that's my design losing politely.",
        "Elena, honestly you could be a bit nicer, but whatever. Let's just go with Elena's call.",
        "If architecture review had a real process, none of this would be in a channel.",
        "Can we wrap this up?",
      ),
      mediation,
    );
    expect(step(card, "purpose")?.status).toBe("missed");
    // An instruction is not a reflection of what they said.
    expect(step(card, "reflect")?.status).toBe("missed");
    const flagged = card.antiPatterns.map((f) => `${f.turn}:${f.id}`);
    expect(flagged).toEqual(
      expect.arrayContaining([
        "0:taking-sides",
        "2:brush-off",
        "4:vague-verdict",
        "4:taking-sides",
      ]),
    );
    expect(card.overall).toBe(0);
  });
});
