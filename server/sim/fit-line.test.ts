import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { lineFit } from "./fit-line";
import { playScript } from "./index";

describe("a withdrawn reply fits what was said (review 3: #11)", () => {
  it("scores a line by the kind of turn it answers", () => {
    const best = (turn: string, hurt = false) => {
      const lines = [
        "Okay. Noted, I guess.",
        "Sure.",
        "...",
        "I don't know. Hard to say.",
        "If you want.",
        "Tired, I guess.",
      ];
      const scored = lines.map((l) => ({ l, s: lineFit(l, turn, hurt) }));
      const top = Math.max(...scored.map((x) => x.s));
      return scored.filter((x) => x.s === top).map((x) => x.l);
    };
    // a statement of facts is taken in
    expect(best("Two of the last three dates slipped and GROW-418 reached production.")).toContain(
      "Okay. Noted, I guess.",
    );
    expect(best("the impact is the team couldnt plan around it")).toContain(
      "Okay. Noted, I guess.",
    );
    // an open question gets a (guarded) answer, not "noted"
    expect(best("What's been going on for you?")).toContain("I don't know. Hard to say.");
    expect(best("How are you feeling about all this, honestly?")).toContain("Tired, I guess.");
    // a plan gets a yes of sorts
    expect(best("We'll meet every Tuesday. Is that fine for you?")).not.toContain("...");
    expect(best("Let's pair you with Wei for the reviews.")).toContain("If you want.");
    // a hurt gets silence, not a polite receipt
    expect(best("Frankly you're lazy about quality.", true)).toEqual(["..."]);
  });
});

describe("Jun's replies differ with what the manager said (review 3: #11)", () => {
  let content: Content;
  beforeAll(async () => {
    content = await shippedContent();
  });
  it("three managers: no two hear the same replies after the opening", () => {
    const scripts = [
      [
        "Jun, I'm starting a formal six-week improvement plan today. Here's the written plan.",
        "Two of the last three dates slipped, and GROW-418 reached production.",
        "How has it been for you, honestly?",
      ],
      [
        "hi jun, so this is a bit awkward, HR wants some structure around your work",
        "its kind of a plan to help you. nothing to worry about",
        "we'll meet weekly, ok?",
      ],
      [
        "Jun, straight to it: PIP, six weeks.",
        "Frankly you're lazy about quality.",
        "And leaving at 4 twice a week doesn't help.",
      ],
    ];
    for (const seed of [1, 2, 3]) {
      const replies = scripts.map((lines) =>
        playScript(scenarioOf(content, "pip-kickoff"), content, lines, {
          seed,
          continuePastOutcome: true,
        }).steps.map((s) => s.reply.text),
      );
      const after = replies.map((r) => r.slice(1).join(" / "));
      expect(new Set(after).size, `seed ${seed}: ${after.join(" | ")}`).toBe(3);
      // the one who was called lazy does not answer with a polite receipt
      expect(replies[2]?.[1], `seed ${seed}`).not.toMatch(/\b(?:noted|sure|cool|thanks)\b/i);
    }
  });
});
