import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import type { MoveKind } from "./move.schema";

/**
 * Review 3 (27 November) found "you …" verdicts and orders still read as reflections, because a
 * statement about the listener with no other move was taken as a say-back. A sentence's shape
 * tells most of them apart: "you are a/the …" names who they are (a verdict, praise or a label),
 * a bare verb first gives an order, and a list of what they did wrong is a charge. A sentence that
 * echoes what they just said is still a reflection whatever its shape.
 */
const EMPLOYEE =
  "I don't know. It's been a lot lately, the pager and everything, and I logged eleven hours of interrupts.";
const inContext = (text: string): MoveKind[] =>
  detectMoves(text, { previous: [{ speaker: "employee", text: EMPLOYEE }] }).map((m) => m.move);

describe("who they are, said by the manager, is a verdict, not a reflection", () => {
  it.each([
    // The reviewer's lines.
    "You're a heads-down coder, that's just who you are, and Staff is a different job.",
    "You're the most senior person here and you're basically silent. That's not leadership.",
    "Elena, you are a brilliant engineer and everyone respects your technical depth.",
    "You're the backbone of Platform.",
    // Terse chat, no apostrophes.
    "youre a solid coder but thats just who you are",
    // Non-native English.
    "You are the most quiet person in the team and this is not leadership.",
    // Long-winded British.
    "Honestly, you're rather the sort of engineer who needs a spec for everything, that's simply how you are.",
    // Blunt American.
    "Look, you're the weakest link on this team right now.",
  ])("%s", (line) => {
    expect(inContext(line)).not.toContain("reflection");
  });
});

describe("an order is not a reflection", () => {
  it.each([
    "Turn your camera on, show up to stand-up.",
    "pls update your tickets before standup",
    "Priya, answer your pings within the hour from now on.",
    "Kindly share your screen during the meetings, it is expected.",
    "Just get your PRs reviewed before Friday, mate, there's a good chap.",
  ])("%s", (line) => {
    expect(inContext(line)).not.toContain("reflection");
  });
});

describe("a list of what they did wrong is a charge, not a reflection", () => {
  it.each([
    "You've missed deadlines, shipped bugs, and ignored code reviews.",
    "you skipped the retro and didnt update the board",
    "You have forgotten the handover two times and broke the build in last week.",
    "I'm afraid you've rather dropped the ball on the migration, and you missed the review as well.",
  ])("%s", (line) => {
    expect(inContext(line)).not.toContain("reflection");
  });
});

describe("near-misses: how they were heard stays a reflection", () => {
  it.each([
    "You're exhausted and the pager never stops.",
    "So you're worried the pager will never end.",
    "You're a bit worried about the interrupts.",
    "You've been carrying a lot with the pager.",
    "You'd rather hand over the pager.",
    "You're the one carrying the pager every weekend.",
    "You logged eleven hours of interrupts on top of everything.",
    "youre tired of the pager and the interrupts",
    "You're in a tough spot with all these interrupts.",
  ])("%s", (line) => {
    expect(inContext(line)).toContain("reflection");
  });
});

describe("praise given as the consolation for a level denied acknowledges nothing", () => {
  it.each([
    "You're not a Staff engineer, you're a very good Senior, and that's fine.",
    "You are not a tech lead, you are a really solid engineer.",
    "Honestly you're not a manager, you're a great individual contributor.",
  ])("%s", (line) => {
    expect(inContext(line)).not.toContain("validation");
  });

  it.each([
    "You're a really strong engineer.",
    "You're not alone in this, you're a valued member of the team.",
  ])("still praise: %s", (line) => {
    expect(inContext(line)).toContain("validation");
  });
});
