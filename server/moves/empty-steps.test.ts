import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import type { MoveKind } from "./move.schema";

/**
 * Review 3 (27 November): steps credited on lines that do nothing, and minimising left unseen. A
 * meeting to talk again is a follow-up, not a step; a bare claim of understanding says nothing of
 * what was understood; "I'll get straight to it" helps no one; "don't worry, you'll get it next
 * time", "nothing to worry about" and a figure called reasonable make the outcome small.
 */
const EMPLOYEE = "I didn't get it. Again. I don't know what else they want from me.";
const moves = (text: string): MoveKind[] =>
  detectMoves(text, { previous: [{ speaker: "employee", text: EMPLOYEE }] }).map((m) => m.move);

describe("a meeting to talk again is a follow-up, not a step", () => {
  it.each([
    "Let's talk again next week.",
    "lets chat again on friday",
    "We will meet again next Tuesday to see how it is going.",
    "Right, well, let's speak again in a fortnight, shall we?",
  ])("%s", (line) => {
    const found = moves(line);
    expect(found).toContain("follow_up");
    expect(found).not.toContain("next_step");
  });

  it.each([
    "I'll take you off the rota from Monday and we'll check in on Friday.",
    "From next week Sam covers your on-call, and let's talk again in two weeks.",
  ])("still a step when joined to one: %s", (line) => {
    expect(moves(line)).toContain("next_step");
  });
});

describe("a bare claim of understanding validates nothing", () => {
  it.each([
    "Okay. I understand.",
    "I understand.",
    "ok i understand",
    "Yes yes, I really understand.",
  ])("%s", (line) => {
    expect(moves(line)).not.toContain("validation");
  });

  it.each([
    "I understand why that stings.",
    "I totally understand, it's been a brutal month.",
    "That makes sense.",
    "I can relate.",
  ])("still validation: %s", (line) => {
    expect(moves(line)).toContain("validation");
  });
});

describe("getting on with it is not support", () => {
  it.each([
    "Jun, I'll get straight to it.",
    "ok ill get to the point",
    "I will get right to the matter, if that's fine.",
    "Right, I'll get started then.",
  ])("%s", (line) => {
    expect(moves(line)).not.toContain("support_offer");
  });

  it.each(["I'll get you a mentor from the platform team.", "I'll get the budget for the course."])(
    "still support: %s",
    (line) => {
      expect(moves(line)).toContain("support_offer");
    },
  );
});

describe("the outcome made small is a dismissal", () => {
  it.each([
    "Don't worry too much, next cycle you'll definitely get it.",
    "dont worry u will get it next time for sure",
    "Do not worry, surely you will be promoted in the next round.",
    "Nothing to worry about too much.",
    "It's honestly nothing to worry about, mate.",
    "3% is actually reasonable.",
    "A 3% raise is perfectly fine in this market.",
    "Honestly, 2.5 percent is not bad at all.",
  ])("%s", (line) => {
    expect(moves(line)).toContain("dismissal");
  });

  it.each([
    "Don't worry, I'll cover the pager this weekend.",
    "3% is below what you expected, I know.",
    "There's nothing to worry about with the build, it's green.",
  ])("not a dismissal: %s", (line) => {
    expect(moves(line)).not.toContain("dismissal");
  });
});

describe("'you were really close' is not said back", () => {
  it.each([
    "But you were really close!",
    "you were sooo close tho",
    "You were very near to the bar, honestly.",
    "You came really close this time.",
  ])("%s", (line) => {
    expect(moves(line)).not.toContain("reflection");
    expect(moves(line)).not.toContain("validation");
  });
});

describe("the credit given away from the win is a dismissal", () => {
  it.each([
    "Honestly the migration went fine mostly because the provider did the heavy lifting.",
    "it went well but tbh it was mostly luck",
    "To be fair, the vendor did most of the hard work on this one.",
    "Let's be honest, the tooling did the heavy lifting here.",
  ])("%s", (line) => {
    expect(moves(line)).toContain("dismissal");
  });

  it.each([
    "You did the heavy lifting on the cutover, and it showed.",
    "Noor did most of the hard work on the rollback plan, so let's thank her too.",
  ])("not: %s", (line) => {
    expect(moves(line)).not.toContain("dismissal");
  });
});
