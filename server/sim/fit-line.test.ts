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

describe("a point the manager granted is not argued again (review 3: #8)", () => {
  let content: Content;
  beforeAll(async () => {
    content = await shippedContent();
  });
  const opening = [
    "Elena, I want to talk about something specific in your code reviews today, if that's ok.",
    "On the Growth team's PRs this month, your comments included 'No.' and 'Read the docs.'",
  ];
  it("Elena does not insist her comments were correct once the manager said so", () => {
    for (const grant of [
      "Every one I checked was technically right, that's not my point. The impact is that people stop asking.",
      "I'm not saying the comments were wrong. The problem is how they land with juniors.",
      "you were right on the substance, no argument there. its the tone",
      "They were all factually correct, I grant you that entirely; what concerns me is the effect on the team.",
    ])
      for (const seed of [1, 2, 3, 4, 5, 6]) {
        const played = playScript(
          scenarioOf(content, "dismissive-code-reviews"),
          content,
          [...opening, grant, "What do you make of that?"],
          { seed, continuePastOutcome: true },
        );
        for (const step of played.steps.slice(2))
          expect(step.reply.text, `${grant} (seed ${seed})`).not.toMatch(
            /comments was correct|check the diffs/i,
          );
      }
  });
});
