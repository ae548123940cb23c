import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { playScript } from "./index";

describe("a put-down said as a sentence about them", () => {
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
