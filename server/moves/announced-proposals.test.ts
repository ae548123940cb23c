import { describe, expect, it } from "vitest";
import { detectMoves, detectMovesOf } from "./detect-moves";
import type { MoveKind } from "./move.schema";

/**
 * Review 5 (27 November), item 1: a proposal stated as a sentence after an announcer ("How about
 * this:", "Here's an idea:", "My proposal is …"), or stated and then checked ("Would that work for
 * you?"), was read as a reflection of what the employee said, and the required next step was
 * missed. A step put to them to weigh works the way forward out with them (solution_collab), is a
 * next step when it has a time, and is never a say-back. Sentences written for these rules, in
 * several voices, with near-misses that must keep their reading.
 */
const EMPLOYEE =
  "Half my week goes on alerts nobody sees. I'd rather re-estimate the migration with that load visible.";
const movesOf = (text: string): MoveKind[] =>
  detectMoves(text, { previous: [{ speaker: "employee", text: EMPLOYEE }] }).map((m) => m.move);

describe("a proposal announced, then stated with its time, is a next step", () => {
  it.each([
    "Here's an idea: you pair with Wei on the migration next sprint and I take your on-call shifts.",
    "What I'd suggest: from Monday you own the release checklist and I go through it with you each Friday.",
    "My proposal is that we move the design review to Wednesdays, starting next week.",
    "So here's what I'm thinking — before the retro you write up the two options and we pick one together.",
    "Okay, how about this: at Tuesday's planning we put the alert hours on the board and you size the migration against them. Would that work for you?",
    // The announcer alone, the proposal in the next sentence.
    "Here's a thought. You take the first pass at the estimate and I check it before Thursday's planning.",
    "How about this? We pair on the migration for the next two sprints.",
  ])("%s", (line) => {
    const moves = movesOf(line);
    expect(moves).toContain("next_step");
    expect(moves).toContain("solution_collab");
    expect(moves).not.toContain("reflection");
  });
});

describe("a step stated and then checked is a proposal", () => {
  it.each([
    "We move the ledger alerts onto the rotation from Monday and you keep the migration. Would that work for you?",
    "You hold the pager for the next two weeks and Sam covers the weekends. Could you live with that?",
    "We try the new review format at the next retro. How does that sound?",
    "We split the alerts between you and Priya from Monday. Does that sound fair?",
  ])("%s", (line) => {
    const moves = movesOf(line);
    expect(moves).toContain("next_step");
    expect(moves).toContain("solution_collab");
    expect(moves).not.toContain("reflection");
  });
});

describe("without a time it is worked out with them, not yet a step, and not a say-back", () => {
  it.each([
    "How about this: you take the first pass at the estimate and I review it.",
    "Here's an idea: we split the ledger work between you and Priya.",
    "You take the alerts off the board and I explain the gap to Product. Would that work for you?",
    // A plan said, then put to them.
    "So here's the plan: we move the alerts onto the rotation and you keep the migration. Could you live with that?",
  ])("%s", (line) => {
    const moves = movesOf(line);
    expect(moves).toContain("solution_collab");
    expect(moves).not.toContain("next_step");
    expect(moves).not.toContain("reflection");
  });
});

describe("near-misses: no proposal", () => {
  it.each([
    // A state said after the announcer, not a step.
    "Here's a thought: you were right about the estimates.",
    "How about this weather?",
    // A say-back checked, not a proposal: "fair" asks whether they were heard right.
    "You carry every alert yourself. Does that sound fair?",
    // What happened, then a check.
    "You've been carrying every alert on your own. Would that work for you?",
    // The speaker's wish and leave asked: a permission ask, not a step.
    "I'd like to ask you more about the on-call load. Would that be okay?",
    "I also wanted to ask you to think about the risks. What do you think?",
    // No announcer: "my idea of" names a view.
    "My idea of a good sprint is one where nothing rolls over.",
  ])("%s", (line) => {
    expect(movesOf(line)).not.toContain("solution_collab");
    expect(movesOf(line)).not.toContain("next_step");
  });

  it("a say-back checked is still a reflection", () => {
    expect(movesOf("You carry every alert yourself. Does that sound fair?")).toContain(
      "reflection",
    );
  });
});

describe("detectMovesOf reads a proposal across sentences as detectMoves does", () => {
  it.each([
    "Here's a thought. You take the first pass at the estimate and I check it before Thursday's planning.",
    "We try the new review format at the next retro. How does that sound?",
    "You carry every alert yourself. Does that sound fair?",
  ])("%s", (line) => {
    for (const kinds of [["next_step"], ["solution_collab"]] as MoveKind[][]) {
      expect(detectMovesOf(line, kinds)).toEqual(
        detectMoves(line).filter((m) => kinds.includes(m.move)),
      );
    }
  });
});

describe("a plan said as who does what, each of them, with its time, is a next step (lint4)", () => {
  it.each([
    "Okay, so you re-estimate it and we plan against that on Thursday.",
    "So you'll re-estimate it and we'll plan against that on Thursday.",
    "You draft the options, then I take them to Tuesday's planning.",
    "So I move the alerts onto the rota from Monday and you keep the migration.",
  ])("%s", (line) => {
    const moves = movesOf(line);
    expect(moves).toContain("next_step");
    expect(moves).not.toContain("reflection");
  });

  it.each([
    // what happened, or what they do as a habit: said back
    "So you re-estimated it and we planned against that on Thursday.",
    "So you carry the pager every week and I see the tickets.",
    "So you feel the estimate was never yours and we planned against it anyway.",
  ])("still a say-back: %s", (line) => {
    const moves = movesOf(line);
    expect(moves).toContain("reflection");
    expect(moves).not.toContain("next_step");
  });
});
