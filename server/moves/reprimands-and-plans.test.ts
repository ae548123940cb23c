import { describe, expect, it } from "vitest";
import { detectMoves, detectMovesOf } from "./detect-moves";
import type { MoveKind } from "./move.schema";

/**
 * Review 6 (27 November), item 4: after the engineer said only "Okay.", "You can't talk to people
 * like that" was credited as a reflection (the listening step "Partly", "Saying back" "Fair"), and
 * the manager's own plan listed back ("So to make it concrete: you pick a second codeowner by
 * Friday, I get it approved, and you draft the review guide by end of next week.") as a summary.
 * A prohibition says nothing back, and a plan gathers nothing they said: it is a next step.
 */
const movesAfter = (employee: string, text: string): MoveKind[] =>
  detectMoves(text, { previous: [{ speaker: "employee", text: employee }] }).map((m) => m.move);

const SAYING_BACK: readonly MoveKind[] = ["reflection", "summary", "validation"];

describe("a prohibition or a reprimand is not a say-back", () => {
  it.each([
    "Your reviews are rude. Like 'Read the docs'?? come on. You can't talk to people like that",
    "You can't talk to people like that.",
    "Honestly, you can't treat the team that way.",
    "You don't get to speak to her like this.",
    "Elena, you cannot keep commenting like that on people's PRs.",
    "You can't snap at people in code review.",
    "You can't belittle your reviewers.",
    "You can't just do that.",
    "You can't talk to people like that?",
  ])("%s", (line) => {
    const moves = movesAfter("Okay.", line);
    for (const kind of SAYING_BACK) expect(moves).not.toContain(kind);
  });

  it.each([
    // a limit they told, said back
    ["I can't switch off at night, the pager gets me.", "So you can't switch off at night."],
    ["Product decides and I can't say no to them.", "You can't say no to product."],
    ["Pushing back in planning cost me last time.", "You feel you can't push back in planning."],
    [
      "The pager goes off every hour.",
      "It sounds like you can't get anything done with the pager going off.",
    ],
  ])("still a say-back after %j: %s", (employee, line) => {
    expect(movesAfter(employee, line)).toContain("reflection");
  });
});

describe("the speaker's own plan listed back is a next step, not a summary", () => {
  const EMPLOYEE = "I'd need a second codeowner. I can't keep reviewing everything myself.";
  it.each([
    "So to make it concrete: you pick a second codeowner by Friday, I get it approved, and you draft the review guide by end of next week. Does that work for you?",
    "So you pick a second codeowner by Friday, I get it approved, and you draft the review guide by end of next week.",
    "To recap: you draft the options, I review them by Monday.",
    "Just so we're clear — you take the pager rota to Sam on Tuesday, and I block your Thursdays from next week.",
  ])("%s", (line) => {
    const moves = movesAfter(EMPLOYEE, line);
    expect(moves).toContain("next_step");
    for (const kind of SAYING_BACK) expect(moves).not.toContain(kind);
  });

  it.each([
    // what they said, gathered: still a summary or a reflection
    "So, the volume is huge, you're brought in late, and short comments are how you keep up.",
    "What I'm hearing: you review everything yourself, you can't keep doing it, and nobody else is a codeowner.",
  ])("still said back: %s", (line) => {
    const moves = movesAfter(EMPLOYEE, line);
    expect(moves.some((k) => k === "summary" || k === "reflection")).toBe(true);
    expect(moves).not.toContain("next_step");
  });

  it("'I get it' is still understanding; 'I get it approved' is the speaker's part", () => {
    expect(movesAfter(EMPLOYEE, "I get it, that's a lot to carry.")).toContain("validation");
    expect(movesAfter(EMPLOYEE, "I get it approved and you start on Monday.")).not.toContain(
      "validation",
    );
  });

  it("detectMovesOf reads the plan with a lead-in as detectMoves does", () => {
    const line =
      "So to make it concrete: you pick a second codeowner by Friday, I get it approved, and you draft the review guide by end of next week.";
    const kinds: MoveKind[] = ["next_step", "summary"];
    expect(detectMovesOf(line, kinds)).toEqual(
      detectMoves(line).filter((m) => kinds.includes(m.move)),
    );
  });
});
