import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import type { MoveKind } from "./move.schema";

/**
 * Review "lint2" (27 November): a sarcastic recast read as listening, a warning's condition read
 * as blame, and a fault never committed read as blame. Each class is read from its shape, with the
 * reviewer's line, others of the same class, and near-misses that must keep their reading.
 */
const EMPLOYEE =
  "The estimate slipped because two of us were pulled onto the incident rota and the API contract changed twice.";
const moves = (text: string): MoveKind[] =>
  detectMoves(text, { previous: [{ speaker: "employee", text: EMPLOYEE }] }).map((m) => m.move);

describe("a recast that puts a blaming absolute in their mouth is blame, not a reflection", () => {
  it.each([
    "So you're saying it's everyone's fault but yours.",
    "So what you're saying is nothing is ever your fault.",
    "So what you're telling me is that it's never your fault.",
    "In other words, the rules don't apply to you.",
    "So you think you're above code review?",
    "So you're saying you're too good for code reviews.",
    "So you're saying you can do no wrong.",
    "So basically it's everybody else's fault.",
    "Right, so it's always someone else's problem.",
    "So you're basically saying nobody else can do anything right.",
    "So according to you, the whole team is incompetent.",
    "Let me get this straight: it's never your fault.",
    "So it's everyone's fault except yours, got it.",
    // Without the frame, the same payload is still blame.
    "It's always somebody else's fault with you, isn't it.",
    "Nothing is ever your fault, is it?",
  ])("%s", (line) => {
    const found = moves(line);
    expect(found).toContain("blame_absolute");
    expect(found).not.toContain("reflection");
  });

  it.each([
    "So you're saying the estimates slipped because of the on-call load?",
    "So you're saying it feels like nobody ever asks you before the dates are set.",
    "So you're saying you never get a say in the estimates.",
    // A grievance said back: what they may well have said.
    "So you're saying you're the only one who picks up the pager.",
    "So you're saying you're too busy to review PRs this sprint.",
    "So you're saying it's not your fault, the spec changed twice.",
    "So you're carrying everyone else's problems on top of your own.",
  ])("still a reflection: %s", (line) => {
    const found = moves(line);
    expect(found).toContain("reflection");
    expect(found).not.toContain("blame_absolute");
  });
});

describe("blame denied is reassurance", () => {
  it.each(["None of this is on you.", "None of that is your fault, the spec changed twice."])(
    "%s",
    (line) => {
      expect(moves(line)).not.toContain("blame_absolute");
    },
  );
  it("the charge itself is still blame", () => {
    expect(moves("This is on you.")).toContain("blame_absolute");
  });
});

describe('a subjectless "must be nice" is a jab that brushes their situation off', () => {
  it.each([
    "Must be nice to leave at four every day.",
    "Well, must be nice.",
    "So you get to leave at four every day, must be nice.",
  ])("%s", (line) => {
    const found = moves(line);
    expect(found).toContain("dismissal");
    expect(found).not.toContain("reflection");
  });

  it.each([
    "That must be nice after the launch crunch.",
    "It must be nice to finally have the migration behind you.",
  ])("said and meant: %s", (line) => {
    expect(moves(line)).not.toContain("dismissal");
  });
});

describe("the condition of a warning is a supposition, not a charge: a threat, not also blame", () => {
  it.each([
    "If you keep pushing it'll backfire in calibration.",
    "If you keep interrupting people, it won't do your promotion case any favours.",
    "If you never update the board, don't expect a good rating.",
    "If you keep arguing in design reviews, it'll backfire at promo time.",
  ])("%s", (line) => {
    const found = moves(line);
    expect(found).toContain("threat");
    expect(found).not.toContain("blame_absolute");
  });

  it.each([
    "You keep interrupting Wei in stand-up.",
    "I've noticed you keep skipping the retro.",
    "You never update the board.",
    "You're always late to planning.",
  ])("a habit charged is still blame: %s", (line) => {
    expect(moves(line)).toContain("blame_absolute");
  });

  it("a supposition with no loss in it is neither", () => {
    const found = moves("If you keep the runbook updated, the handover will be easy.");
    expect(found).not.toContain("blame_absolute");
    expect(found).not.toContain("threat");
  });
});

describe("a fault never committed is a record, not blame", () => {
  it.each([
    "You never miss a deadline.",
    "You've never once missed a deadline this year.",
    "You never once broke the build on a Friday.",
    "You've never let the team down on a handover.",
    "Not once did you miss a stand-up this quarter.",
  ])("%s", (line) => {
    expect(moves(line)).not.toContain("blame_absolute");
  });

  it("a record is not a say-back either", () => {
    expect(moves("Not once did you miss a stand-up this quarter.")).not.toContain("reflection");
  });

  it.each([
    "You never miss a deadline but you always skip the retro.",
    "You never miss a chance to argue, and you never update the board.",
    "You never once replied to the review comments.",
    "You've never once updated the board without being asked.",
    "Not once have you updated the board.",
  ])("still blame: %s", (line) => {
    expect(moves(line)).toContain("blame_absolute");
  });
});

describe("something they should have done and never did is a charge, whatever praise word names it", () => {
  it.each([
    "You never once asked for help.",
    "Not once did you ask for help when the migration stalled.",
    "You never once reached out for support, even when the pager was on fire.",
    "You've never once said thank you to the people who covered your on-call.",
    "You never bring it up in stand-up.",
    "You never once told me.",
    "You've never once flagged a risk.",
    "Not once did you say anything.",
  ])("%s", (line) => {
    expect(moves(line)).toContain("blame_absolute");
  });

  it.each([
    // a fault never committed is praise, in every tense
    "You've never once broken the build.",
    "You've never once forgotten a handover.",
    "You've never once been late to a stand-up.",
    // praise in a clause of its own, after the denial
    "You never complain, and you're always so helpful.",
    "You never once missed a deadline, and you always help the new hires.",
    // what they never had, or never needed
    "You never got the help you needed on the migration.",
    "You never have to ask for help with the rota now.",
    "You always bring great ideas to planning.",
  ])("not blame: %s", (line) => {
    expect(moves(line)).not.toContain("blame_absolute");
  });
});

describe("a denial with 'once' at its end is the same charge as 'never once' (lint4)", () => {
  it.each([
    "You didn't ask for help once.",
    "You didn't once ask for help.",
    "You haven't once updated the board this sprint.",
    "You didn't update the ticket a single time, and the release slipped.",
    "You did not reply to the review comments once.",
  ])("%s", (line) => {
    expect(moves(line)).toContain("blame_absolute");
  });

  it.each([
    // a fault never committed is a record
    "You didn't miss a stand-up once this quarter.",
    "You haven't broken the build once since the migration.",
    "You didn't complain once, even with the pager going off at 3am.",
    // what happens to them, or a supposition
    "You haven't had a break once since the launch.",
    "If you didn't ask for help once, that's on me: I never made it easy.",
    // "once" that counts a time, not "not once"
    "You didn't reply, so I asked Wei once more.",
  ])("not blame: %s", (line) => {
    expect(moves(line)).not.toContain("blame_absolute");
  });
});
