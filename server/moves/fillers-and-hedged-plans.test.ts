import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import type { MoveKind } from "./move.schema";

/**
 * Review 8b (28 November), findings 2 and 9. "so um." alone was read as a reflection (a summing-up
 * "so" with nothing after it) and earned "Acknowledge the disappointment"; "ok. lets talk next week
 * maybe" was read as a next step and a follow-up, so the plan and check-in steps were Done on a
 * hedged "maybe next week" that names no day and no content. A filler with no content is no move;
 * a time hedged ("next week maybe", "maybe next week", "next week or something") books nothing.
 */
const moves = (text: string, employee?: string): MoveKind[] =>
  detectMoves(
    text,
    employee === undefined ? undefined : { previous: [{ speaker: "employee", text: employee }] },
  ).map((m) => m.move);

describe("a filler with no content is no move", () => {
  it.each([
    "so um.",
    "So, um, yeah.",
    // paraphrases
    "Yeah, so, um.",
    "ok so um, yeah",
    "Um, so, like...",
  ])("%s", (line) => {
    expect(moves(line, "Busy. Search never sleeps.")).toEqual([]);
    expect(moves(line)).toEqual([]);
  });

  it("the sentence after the filler is read as before", () => {
    const found = moves(
      "so um. I wanted to talk about the promo thing.",
      "Busy. Search never sleeps.",
    );
    expect(found).not.toContain("reflection");
    expect(found).toContain("information");
  });

  it.each([
    // a summing-up "so" with content after the filler still says back what was heard
    ["I got paged three times in one night.", "So, um, three pages in one night."],
    ["I've been on call every night this week.", "so um you've been on call every night"],
  ])("%s / %s", (employee, line) => {
    expect(moves(line, employee)).toContain("reflection");
  });
});

describe("a hedged time books no next step and no follow-up", () => {
  it.each([
    "ok. lets talk next week maybe",
    // paraphrases
    "we can catch up next week or something.",
    "Let's chat again, maybe next week.",
    "let's pick this up next week maybe",
  ])("%s", (line) => {
    const found = moves(line, "I just don't know how else to get there.");
    expect(found).not.toContain("next_step");
    expect(found).not.toContain("follow_up");
  });

  it.each([
    // a real plan: a day, and what the meeting is for
    ["let's meet Thursday at 10 to go through the plan", "follow_up"],
    [
      "Let's talk again on Friday, just to see how the first week off the pager feels.",
      "follow_up",
    ],
    // a hedge on a named day still names the day
    ["ok, let's talk again next week, maybe Tuesday, about the gap list", "follow_up"],
    ["I'll send you the gap list by Friday.", "next_step"],
    ["Let's check in next week.", "follow_up"],
  ] as const)("%s", (line, kind) => {
    expect(moves(line, "I just don't know how else to get there.")).toContain(kind);
  });
});

/**
 * Review 8b, finding 5: the speaker's own plan for the talk, listed after "So I am going to …", was
 * read as a summary, and an order softened by "honestly" ("And honestly, take your time, …") as a
 * reflection, so "Reflect what you heard" was Done while the saying-back metric said "never".
 */
describe("the speaker's own plan, or a softened order, is not a say-back", () => {
  it.each([
    "So I am going to stop talking in a second, but before I do: I want to be clear that I value your work, the migration you led in the spring was excellent, and I want to get to a place where the commitments we make are ones you actually believe in.",
    // paraphrases
    "So we are going to keep this short: the board, your estimates, and the launch dates.",
    "So I am going to go through three things, the sprint, the reviews, and the on-call.",
  ])("%s", (line) => {
    expect(moves(line, "Understood.")).not.toContain("summary");
  });

  it.each([
    "And honestly, take your time, there is no wrong answer here, I just want the real picture, including the parts that might be about me, my planning, or how I run the sprint reviews, because if I am part of the problem I would rather hear it now than in your exit interview.",
    // paraphrases
    "Honestly, take your time with your answer.",
    "Seriously, don't rush your reply, I'd rather hear your real view.",
  ])("%s", (line) => {
    const found = moves(line, "Understood.");
    expect(found).not.toContain("reflection");
    expect(found).not.toContain("summary");
  });

  it("the sprint board in a say-back is not hearsay; a board of people still is", () => {
    const employee =
      "Payout queries come to me because I wrote half that system. Eight, ten a day. None of it is on the board.";
    expect(
      moves(
        "So a real chunk of your day goes to payout questions nobody planned for, and then the board says you're behind on work you never had the hours for.",
        employee,
      ),
    ).toContain("reflection");
    expect(
      moves("So the queries eat your day, and the board shows you behind anyway.", employee),
    ).toContain("reflection");
    expect(moves("The board felt you weren't ready for the role.", employee)).not.toContain(
      "reflection",
    );
  });

  it("a list said back after a summing-up 'so' is still a summary", () => {
    expect(
      moves(
        "So, the volume is huge, you're brought in late, and short comments are how you keep up.",
        "The volume is huge and I'm brought in late, so I keep comments short.",
      ),
    ).toContain("summary");
  });
});
