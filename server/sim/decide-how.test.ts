import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { playScript } from "./index";
import { readTurn } from "./turn-kind";

/**
 * Review 8b #10, second half: "How would you two like to decide this? what criteria would you both
 * accept?" asks what they would want: a way to decide, a criterion. On seeds 3–6 Tomás answered
 * with the pages again.
 */
let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});

const ASKS = [
  "How would you two like to decide this? what criteria would you both accept?",
  "What would you both accept as a fair way to settle it?",
  "How do you two want to decide this?",
  "Which criteria could you all live with?",
];

describe("a question to both about how to decide asks what they want", () => {
  it("reads as a 'wants' question, with 'you two', 'you both', 'you all'", () => {
    for (const t of ASKS) expect(readTurn(t).wants, t).toBe(true);
  });
  it("not a question about what happened", () => {
    for (const t of [
      "How did you two end up here?",
      "What would you both say happened on the thread?",
      "What did you decide last time?",
    ])
      expect(readTurn(t).wants, t).toBe(false);
  });
  it("the reviewer's mediation gets a way to decide on seeds 1–6, not the pages", () => {
    const lines = [
      "Thanks both for making the time. I'm not here to pick a winner on RFC-112. I want us to leave with an agreed way to decide it, and a date.",
      "Two ground rules, if you're ok with them: each of you finishes without being interrupted, and we criticise designs, not people. Can we agree to that?",
      "Tomás, you first. what's your view of where things stand and what you need from this?",
      "So for you this is about the pages, checkout paged nine times last month and the sync path is the bottleneck. Did I get that right?",
      "Elena, same question to you. What's your view of the risks, and what would you need to see?",
      "So your concern isn't events as such, it's who ends up maintaining the kafka client in the shared libs, and that it lands on you. Is that fair?",
      "Sounds like you both want checkout to stop paging people at night, and neither of you wants to own something fragile alone. is that a fair summary?",
    ];
    for (const ask of ASKS.slice(0, 3))
      for (const seed of [1, 2, 3, 4, 5, 6]) {
        const played = playScript(
          scenarioOf(content, "architecture-mediation"),
          content,
          [...lines, ask],
          { seed, continuePastOutcome: true },
        );
        const last = played.steps.at(-1);
        expect(last?.intent, `seed ${seed}: ${ask} → ${last?.reply.text}`).toBe("propose");
        expect(last?.reveals, `seed ${seed}`).toEqual([]);
        expect(last?.reply.text, `seed ${seed}`).not.toMatch(/\bnine\b|same failure|\bpaged\b/i);
      }
  });
});
