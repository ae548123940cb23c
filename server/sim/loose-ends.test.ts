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

describe("leftUnanswered: the people who left, answered by name (review 9a #8)", () => {
  // Priya's well flight: Jun raises the people who left again after turn 8; on turn 11 she names
  // them ("And about Aisha, Leo and Marta: …"). The replay diverges from the web session before
  // that, so the raise is put into the states of a real flight of her lines.
  const LINES = [
    "Jun, thanks for coming in. I'll be direct because you deserve that: today we're starting a formal six-week performance improvement plan, and I want to walk you through it and hear from you.",
    "Over the last quarter, two of the last three committed dates on the pricing page rebuild slipped, GROW-418 and GROW-431 reached production, and five code reviews assigned to you sat for more than a week.",
    "Before I go through the expectations: what's going on from your side?",
    "You leave at four on Tuesdays and Thursdays and you've never said why, and you don't have to. But if something is making the afternoons hard, I'd like to know so the plan fits.",
    "Here's the support I'll put in place: I'll set up protected flexible hours with HR this week so Tuesday and Thursday afternoons stay yours.",
    "The expectations for the plan are: every review assigned to you gets a first response within two working days.",
    "What else would help you succeed at this?",
    "Yes, weekly, and they won't be skipped.",
    "And about Aisha, Leo and Marta: losing the people you worked with every day, and hearing it by email, that's a real loss, and I'm sorry nobody asked.",
    "We'll meet every Tuesday at ten to review progress against the plan; the first is next Tuesday at 10:00.",
    "Thanks Jun. I want you to succeed at this, and I think you can. See you Tuesday at ten.",
  ];
  const RAISED_AT = 7;
  function notes(lines: readonly string[], raisedAt = RAISED_AT) {
    const scenario = scenarioOf(content, "pip-kickoff");
    const played = playScript(scenario, content, [...lines], {
      seed: 1,
      continuePastOutcome: true,
    });
    const steps = played.steps.map((s, i) => ({
      managerText: lines[i] ?? "",
      sim: {
        ...s.state,
        personas: s.state.personas.map((p) => ({
          ...p,
          unheard: i === raisedAt ? ["lost-his-team"] : [],
          memory: { ...p.memory, raisedAgain: i >= raisedAt ? 1 : 0 },
        })),
      },
    }));
    return leftUnanswered(
      steps,
      scenario,
      castOf(scenario, content),
      (id) => content.personas.get(id)?.name ?? id,
      "resolved",
    );
  }

  it("naming the people who left answers it", () => {
    expect(notes(LINES)).toEqual([]);
  });
  it("unanswered, the note says when it was raised, not 'as you closed'", () => {
    const without = LINES.filter((_, i) => i !== 8);
    expect(notes(without)).toEqual([
      "Jun Park raised the people who left again after your turn 8, and heard nothing back about it",
    ]);
  });
  it("raised at the close, it says so", () => {
    const without = LINES.filter((_, i) => i !== 8);
    expect(notes(without, without.length - 1)).toEqual([
      "Jun Park raised the people who left again as you closed, and heard nothing back about it",
    ]);
  });
  it("a line about something else does not answer it", () => {
    const without = LINES.filter((_, i) => i !== 8);
    without.splice(8, 0, "The pricing page rebuild is what the plan is about.");
    expect(notes(without)[0]).toMatch(
      /^Jun Park raised the people who left again after your turn 8/,
    );
  });
});
