import { beforeAll, describe, expect, it } from "vitest";
import { ROSA_MEDIATION_OPENER, ROSA_MEDIATION_RULES } from "../../tests/support/review-lines";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { playScript } from "./index";
import { extraBanks } from "./voice-extra";

/**
 * Review 8b #8: a ground rule put up for agreement got "Technically, I said nothing of the kind.
 * No. Page counts alone don't justify a new broker." It gets a reaction to the proposal (take it,
 * hedge, refuse), no correction of a reflection nobody made, and no point nobody raised.
 */
let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});

const OPENER = ROSA_MEDIATION_OPENER;

describe("a ground rule put to both of them", () => {
  it.each([
    ROSA_MEDIATION_RULES,
    "Before we start, one rule if you're both fine with it: each of you gets to finish without the other jumping in. Would that work for you both?",
    "A couple of ground rules, if that works for you: nobody interrupts, and we talk about the designs, not about each other. Agreed?",
  ])("%s", (line) => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const played = playScript(
        scenarioOf(content, "architecture-mediation"),
        content,
        [OPENER, line],
        {
          seed,
          continuePastOutcome: true,
        },
      );
      const step = played.steps[1];
      if (!step) throw new Error("two steps");
      const persona = content.personas.get(step.speakerId) as never;
      const banks = extraBanks(persona);
      const reply = step.reply.text;
      expect(
        banks.correct.some((c) => reply.includes(c)),
        `seed ${seed}: ${reply}`,
      ).toBe(false);
      expect(reply, `seed ${seed}`).not.toMatch(/page counts|nine pages/i);
      const reacts = [...banks.accept, ...banks.hedge, ...banks.reject];
      expect(
        reacts.some((c) => reply.includes(c)),
        `seed ${seed}: ${reply}`,
      ).toBe(true);
    }
  });
});
