import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import type { MoveKind } from "./move.schema";
import { MOVE_INFO } from "./move-info";
import { withoutKindnessInPutDowns } from "./put-downs";

// What the employee said just before, so that sentences about "you" may read as reflections.
const previous = [{ speaker: "employee" as const, text: "I've been doing what I can, honestly." }];
const KIND: ReadonlySet<MoveKind> = new Set(["reflection", "summary", "validation"]);
const judging = (text: string) =>
  detectMoves(text, { previous }).filter((m) => MOVE_INFO[m.move].polarity === "negative");

describe("put-downs", () => {
  it.each([
    "Honestly you're nowhere near Staff. You only care about your own stuff.",
    "Everyone knows you ignore other teams.",
    "So what's your excuse, how do you see it?",
    "Honestly it looks like you've checked out.",
    "You barely say anything in stand-up, it looks like you don't care.",
    "Honestly it feels like you're abandoning the team.",
    "Tomás, you're being stubborn about Kafka, drop it.",
    "You're just not a reliable engineer right now.",
    "You come across as arrogant in design reviews.",
    "Wei had to pick up your slack again.",
    "The whole team is watching you two act like children.",
    "And you need to stop fighting with Elena about Kafka, everyone's sick of it.",
    "I'm sick of hearing about the pager.",
    "Just drop it.",
  ])("are judging moves, and leave no kind-sounding move on their words: %s", (text) => {
    const moves = detectMoves(text, { previous });
    expect(judging(text).length).toBeGreaterThan(0);
    const kept = withoutKindnessInPutDowns(moves, KIND);
    expect(kept.filter((m) => KIND.has(m.move))).toEqual([]);
  });

  it.each([
    "It sounds like you've been carrying the rotation more than anyone can see.",
    "This must be difficult for you.",
    "You felt ignored in planning.",
    "You never get a break from the pager.",
    "What's the problem from your side?",
    "I'm not saying you're careless, I want to understand what happened.",
    "I don't think you're lazy.",
    "Overall you're a huge asset.",
    "Everything lands on you.",
    "You don't care for the new process, is that fair?",
    "I'm tired of it too, honestly.",
    "Can you drop it off at my desk?",
  ])("are not heard in: %s", (text) => {
    expect(judging(text)).toEqual([]);
  });

  it("keeps a reflection in another sentence of the same turn", () => {
    const moves = detectMoves("You felt ignored in planning. You're careless, though.", {
      previous,
    });
    const kept = withoutKindnessInPutDowns(moves, KIND);
    expect(kept.some((m) => m.move === "reflection")).toBe(true);
    expect(kept.some((m) => m.move === "character_label")).toBe(true);
  });
});
