import { beforeAll, describe, expect, it } from "vitest";
import { ROSA_PROMOTION as ROSA } from "../../tests/support/review-lines";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { castOf } from "../content";
import { playScript } from "./index";
import { leftUnanswered } from "./loose-ends";

let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});

function notesAfter(closing: readonly string[], seed: number) {
  const scenario = scenarioOf(content, "promotion-not-yet");
  const played = playScript(scenario, content, [...ROSA, ...closing], {
    seed,
    continuePastOutcome: true,
  });
  const steps = played.steps.map((s, i) => ({
    managerText: [...ROSA, ...closing][i] ?? "",
    sim: s.state,
  }));
  return {
    outcome: played.steps.at(-1)?.state.outcome ?? null,
    replies: played.steps.map((s) => s.reply.text),
    notes: leftUnanswered(
      steps,
      scenario,
      castOf(scenario, content),
      (id) => content.personas.get(id)?.name ?? id,
      played.steps.at(-1)?.state.outcome ?? null,
    ),
  };
}

describe("leftUnanswered: a risk raised at the close and passed over (review 8b #15)", () => {
  // Seed 6 plays what the reviewer saw: the recruiter told on turn 8, raised again at the check-in.
  const SEED = 6;

  it("a resolved flight says he raised it again and heard nothing back", () => {
    for (const closing of [
      // Rosa's line.
      [
        "Thanks Marcus. I know this wasn't what you wanted to hear, I appreciate you talking it through with me.",
      ],
      ["It makes sense that this is frustrating. Thanks for talking it through, Marcus."],
      ["That makes sense. Thank you for today, Marcus."],
    ]) {
      const { outcome, replies, notes } = notesAfter(closing, SEED);
      expect(replies[8], "the setup: he raises it again").toMatch(/recruiter|before we/i);
      expect(outcome).toBe("resolved");
      expect(notes, closing[0]).toEqual([
        "Marcus Lindqvist raised the recruiter again as you closed, and heard nothing back about it",
      ]);
    }
  });

  it("not once the manager answers it, in their own words", () => {
    for (const closing of [
      [
        "Thanks Marcus. And the recruiter: I'd rather you didn't decide on that offer before we talk on the 1st. What would help you decide?",
      ],
      ["Before we stop: the recruiter. What would you need from me to stay?"],
      ["About the offer from the other company: what would help you decide?"],
    ]) {
      const { notes } = notesAfter(closing, SEED);
      expect(notes, closing[0]).toEqual([]);
    }
  });

  it("leaves it to 'still needed' while the conversation has not resolved", () => {
    const { outcome, notes } = notesAfter(["Great. Talk on the 1st then, thanks for today."], SEED);
    expect(outcome).toBeNull();
    expect(notes).toEqual([]);
  });

  it("says nothing of a flight where nothing was raised again", () => {
    const { notes, replies } = notesAfter(["Thanks Marcus."], 1);
    expect(replies.join(" ")).not.toMatch(/before we (?:wrap|close)/i);
    expect(notes).toEqual([]);
  });
});
