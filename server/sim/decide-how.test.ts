import { beforeAll, describe, expect, it } from "vitest";
import { ROSA_MEDIATION, ROSA_MEDIATION_ASK_HOW } from "../../tests/support/review-lines";
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
  ROSA_MEDIATION_ASK_HOW,
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
    for (const ask of ASKS.slice(0, 3))
      for (const seed of [1, 2, 3, 4, 5, 6]) {
        const played = playScript(
          scenarioOf(content, "architecture-mediation"),
          content,
          [...ROSA_MEDIATION, ask],
          { seed, continuePastOutcome: true },
        );
        const last = played.steps.at(-1);
        expect(last?.intent, `seed ${seed}: ${ask} → ${last?.reply.text}`).toBe("propose");
        expect(last?.reveals, `seed ${seed}`).toEqual([]);
        expect(last?.reply.text, `seed ${seed}`).not.toMatch(/\bnine\b|same failure|\bpaged\b/i);
      }
  });
});
