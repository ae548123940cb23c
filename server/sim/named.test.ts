import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { playScript } from "./index";
import { namedConcern } from "./named";
import { extraBanks } from "./voice-extra";

let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});

const PIP_SKILLED = [
  "Jun, thanks for meeting. I want to be straightforward: today we're starting a six-week performance improvement plan, and I have the written plan here to go through with you.",
  "Over the last quarter you missed 2 of the last 3 committed dates on the pricing page rebuild, GROW-418 and GROW-431 caused production bugs, and five code reviews sat untouched for over a week.",
  "The impact is the Growth team couldn't plan around the rebuild and customers saw broken prices, and others were blocked on those reviews.",
  "I know that's a lot to hear. How are you taking this?",
  "That makes sense, it's hard to hear it put together like that.",
  "I want this plan to be something you can actually succeed at. Is there anything going on, at work or outside it, that's making this harder? You don't have to share details.",
];

describe("namedConcern", () => {
  it("hears a hidden concern named in the manager's own words, not a work word", () => {
    const jun = content.personas.get("jun");
    const marcus = content.personas.get("marcus");
    if (!jun || !marcus) throw new Error("personas");
    for (const text of [
      "That's a lot to be carrying alone, caring for a parent while doing all this.",
      "Is your mum unwell? You don't have to say.",
      "I heard your father has been in and out of hospital.",
    ])
      expect(namedConcern(jun.concerns, [], text, "", {})?.id, text).toBe("caring-for-parent");
    expect(
      namedConcern(jun.concerns, ["caring-for-parent"], "How's your mum?", "", {}),
    ).toBeUndefined();
    for (const text of [
      "What if you mentored one of the new engineers and led the design review?",
      "How has the last month been for you?",
    ])
      expect(namedConcern(marcus.concerns, [], text, "", {}), text).toBeUndefined();
  });
});

describe("pip-kickoff: a hidden fact the manager names (review 2: #16)", () => {
  const scenario = () => scenarioOf(content, "pip-kickoff");
  it("is met with surprise when trust is low, never with a shrug", () => {
    for (const seed of [1, 2, 3]) {
      const played = playScript(
        scenario(),
        content,
        [
          "Jun, we're starting a performance plan today.",
          "Is it because you're caring for a parent?",
        ],
        { seed, continuePastOutcome: true },
      );
      const last = played.steps.at(-1);
      expect(extraBanks(content.personas.get("jun") ?? {}).named).toContain(last?.reply.text);
      expect(last?.reveals).toEqual([]);
    }
  });

  it("is the invitation it is once trust nearly allows, so a skilled manager reaches it in ten turns", () => {
    for (const seed of [1, 2, 3]) {
      const played = playScript(
        scenario(),
        content,
        [
          ...PIP_SKILLED,
          "Thank you for telling me. That's a lot to be carrying alone, caring for a parent while doing all this.",
        ],
        { seed, continuePastOutcome: true },
      );
      expect(played.revealed, `seed ${seed}`).toContain("caring-for-parent");
    }
  });
});

describe("a commitment beside the manager's own action (review 2: #13)", () => {
  it("says back the step asked of them, not the manager's", () => {
    const played = playScript(
      scenarioOf(content, "pip-kickoff"),
      content,
      [
        ...PIP_SKILLED,
        "Thank you for telling me. That's a lot to be carrying alone, caring for a parent while doing all this.",
        "What support would help you most? We could look at flexible hours on Tuesdays and Thursdays, formally.",
        "Can you take the plan home, and come back with one change you'd make to the review goals? I'll set up the flexible hours with HR this week.",
      ],
      { seed: 1, continuePastOutcome: true },
    );
    const last = played.steps.at(-1);
    expect(last?.intent).toBe("commit");
    expect(last?.reply.text).toMatch(/take the plan home/);
  });
});

describe("jun's withdrawn replies (review 2: #17)", () => {
  it("vary across sessions: more than the six lines every session was made of", () => {
    const replies = new Set<string>();
    for (let seed = 1; seed <= 6; seed++)
      for (const step of playScript(
        scenarioOf(content, "pip-kickoff"),
        content,
        PIP_SKILLED.slice(0, 5),
        {
          seed,
          continuePastOutcome: true,
        },
      ).steps)
        if (step.intent === "go_quiet") replies.add(step.reply.text);
    expect(replies.size).toBeGreaterThan(6);
  });
});
