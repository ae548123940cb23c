import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { playScript } from "./index";
import { putDowns } from "./put-down";

describe("putDowns", () => {
  it.each([
    "Honestly you're nowhere near Staff. You only care about your own stuff.",
    "Everyone knows you ignore other teams.",
    "So what's your excuse, how do you see it?",
    "Honestly it looks like you've checked out.",
    "You barely say anything in stand-up, it looks like you don't care.",
    "Honestly it feels like you're abandoning the team.",
    "Tomás, you're being stubborn about Kafka, drop it.",
    "You're just not a reliable engineer right now.",
    // Same class, other words.
    "You come across as arrogant in design reviews.",
    "Wei had to pick up your slack again.",
    "The whole team is watching you two act like children.",
  ])("hears a put-down: %s", (text) => {
    expect(putDowns(text).length).toBeGreaterThan(0);
  });

  it.each([
    "It sounds like you've been carrying the rotation more than anyone can see.",
    "This must be difficult for you.",
    "You felt ignored in planning.",
    "You never get a break from the pager.",
    "What's the problem from your side?",
    "I'm not saying you're careless, I want to understand what happened.",
    "Overall you're a huge asset.",
    "Everything lands on you.",
    "You don't care for the new process, is that fair?",
  ])("does not hear one in: %s", (text) => {
    expect(putDowns(text)).toEqual([]);
  });
});

describe("a put-down the detectors read as a reflection", () => {
  let content: Content;
  beforeAll(async () => {
    content = await shippedContent();
  });

  it("unlocks nothing and costs trust (career-goals-exploration)", () => {
    for (const seed of [1, 2, 3]) {
      const played = playScript(
        scenarioOf(content, "career-goals-exploration"),
        content,
        [
          "Hi Marcus, what's on your mind about your career?",
          "What would you like to be doing in two years?",
          "Honestly you're nowhere near Staff. You only care about your own stuff.",
          "Everyone knows you ignore other teams.",
        ],
        { seed, continuePastOutcome: true },
      );
      const [, before, insult, again] = played.steps;
      expect(insult?.reveals).toEqual([]);
      expect(again?.reveals).toEqual([]);
      const trust = (s: typeof before) => s?.state.personas[0]?.trust ?? 0;
      expect(trust(insult)).toBeLessThan(trust(before));
      expect(insult?.reply.text).not.toMatch(/talking properly|actually listening/i);
    }
  });
});
