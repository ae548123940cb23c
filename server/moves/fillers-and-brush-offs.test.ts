import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import type { MoveKind } from "./move.schema";
import { detectSandwich } from "./sandwich";
import { normaliseText, splitSentences } from "./segment";

/**
 * Review 9a (28 November), findings 5b, 6, 7 and 11. A summing-up "so" followed by fillers and the
 * speaker's own framing ("So, um, this is a bit awkward.") was read as a reflection or a summary;
 * "I hear you, but it's really not up to me" as a validation and a reflection; "Well, I don't
 * think that's fair." as a validation; an agenda line after a filler ("Um, so, there's something
 * we need to go over today.") as a specific observation and as the criticism of a sandwich; and a
 * defensive "I did raise it with you in our 1-on-1s, so you can't say …" as a follow-up and an
 * impact statement.
 */
const moves = (text: string, employee?: string): MoveKind[] =>
  detectMoves(
    text,
    employee === undefined ? undefined : { previous: [{ speaker: "employee", text: employee }] },
  ).map((m) => m.move);

const SAYING_BACK: readonly MoveKind[] = ["reflection", "summary"];
const saysBack = (found: readonly MoveKind[]) => found.some((m) => SAYING_BACK.includes(m));

describe('a "so" and fillers before the speaker\'s own framing say nothing back (#7)', () => {
  it.each([
    "So, um, this is a bit awkward.",
    "so um, yeah, HR wants us to do a plan.",
    "So, um, this is a bit awkward, and I want to say up front that it's nothing to worry about really, it's kind of a formality that HR wants us to do.",
    // paraphrases
    "So this is a bit awkward.",
    "so uh, there's something we need to talk about.",
    "Ok so um, leadership asked me to go over your goals.",
    "So, like, this is kind of uncomfortable, I know.",
    // and without the "so", about them: the speaker's framing still
    "HR wants us to go over your plan.",
  ])("%s", (line) => {
    expect(saysBack(moves(line))).toBe(false);
    expect(saysBack(moves(line, "...Yeah."))).toBe(false);
  });

  it.each([
    // what they said, after the filler: still a say-back
    ["It's always me who gets paged.", "So, um, the pager keeps landing on you."],
    ["Nobody asked us before they decided.", "so basically you feel left out of the decision"],
    ["I got paged three times in one night.", "So, um, three pages in one night."],
    ["It's a lot, honestly.", "So this is a lot for you."],
    [
      "It's the volume and being brought in late.",
      "So, um, the volume is huge, you're brought in late, and short comments are how you keep up.",
    ],
  ])("does not drop %s / %s", (employee, line) => {
    expect(saysBack(moves(line, employee))).toBe(true);
  });
});

describe('"I hear you, but" the decision disowned is no acknowledgement (#5b)', () => {
  it.each([
    "I hear you, but it's really not up to me, HR and the budget decided this.",
    // paraphrases
    "I hear you, but honestly it's out of my hands.",
    "I understand, but there's nothing I can do.",
    "I get it, but it's not my call, finance set it.",
    "I understand, but honestly my hands are tied.",
  ])("%s", (line) => {
    const found = moves(line, "3%? After the year I had?");
    expect(found).not.toContain("validation");
    expect(found).not.toContain("reflection");
  });

  it.each([
    "I hear you, it's been a rough month.",
    "I hear you, and it's not your fault.",
    "I understand, that's a lot to take in.",
    "I hear you, but I'd like to understand what felt unfair about it.",
  ])("does not drop the acknowledgement in %s", (line) => {
    expect(moves(line, "3%? After the year I had?")).toContain("validation");
  });
});

describe("a view rejected is no validation (#6)", () => {
  it.each([
    "Well, I don't think that's fair.",
    "I don't really think it's fair to say that.",
    "I wouldn't say that's reasonable.",
  ])("%s", (line) => {
    expect(moves(line)).not.toContain("validation");
  });

  it.each(["That's fair.", "I think that's completely understandable.", "Honestly, that's fair."])(
    "does not drop %s",
    (line) => {
      expect(moves(line)).toContain("validation");
    },
  );
});

describe("an agenda line after a filler is no observation (#6)", () => {
  it.each([
    "Um, so, there's something we need to go over today.",
    "There's something I need to talk to you about today.",
    "We need to go through a few things this week.",
  ])("%s", (line) => {
    expect(moves(line)).not.toContain("specific_observation");
  });

  it.each([
    "You needed three reminders to update the ticket last week.",
    "The deploy failed twice this week.",
    "You skipped the retro on Tuesday.",
  ])("does not drop %s", (line) => {
    expect(moves(line)).toContain("specific_observation");
  });
});

describe('a defensive "I did raise it, so you can\'t say …" schedules nothing and is no impact (#6)', () => {
  const line =
    "I did raise the dates with you in our 1-on-1s, more than once, so you can't say this is coming out of nowhere.";
  it.each([
    line,
    // paraphrases
    "I mentioned the bugs in our 1-on-1s, so you can't claim you didn't know.",
    "We discussed this in our 1-on-1s, so you can't pretend it's news.",
  ])("%s", (text) => {
    const found = moves(text, "Ok. I didn't know it was this serious.");
    expect(found).not.toContain("follow_up");
    expect(found).not.toContain("impact_statement");
  });

  it.each([
    ["We'll look at it in our weekly 1-on-1s.", "follow_up"],
    ["Let's keep going over it in our 1-on-1s.", "follow_up"],
    ["The build broke, so the team can't ship.", "impact_statement"],
    ["When the dates slipped, so the sales team couldn't plan the launch.", "impact_statement"],
  ] as const)("does not drop %s", (text, move) => {
    expect(moves(text)).toContain(move);
  });
});

describe("an agenda line is not the criticism of a sandwich (#11)", () => {
  const sandwich = (text: string) => {
    const lower = normaliseText(text);
    const sentences = splitSentences(lower, text, false);
    return detectSandwich(sentences, detectMoves(text));
  };
  it.each([
    "Thanks for making time. Um, so, there's something we need to go over today. You've been great in a lot of ways.",
    "Great to see you. I need to talk to you about the roadmap. I really appreciate your work on it.",
  ])("%s", (text) => {
    expect(sandwich(text)).toBeNull();
  });

  it.each([
    "Great work on the launch. We need to talk about the missed deadlines, though. You're still one of our best.",
    "Thanks for the demo. You need to test before merging. But honestly, you're great.",
  ])("does not drop %s", (text) => {
    expect(sandwich(text)).not.toBeNull();
  });
});
