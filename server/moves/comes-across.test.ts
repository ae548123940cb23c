import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";

/**
 * Review 9b #5: "Basically your comments come across as a bit harsh sometimes.", said after the
 * employee asked "Have you read the PRs in question…?", was credited as saying back what was heard.
 * A manner judged with no instance is vague feedback in the plural ("your comments come across …")
 * as in the singular ("it comes across …"), and a judgement is not a reflection.
 */
const ASKED = {
  previous: [
    {
      speaker: "employee" as const,
      text: "Have you read the PRs in question, or the complaints about them?",
    },
  ],
};
const kinds = (text: string) => detectMoves(text, ASKED).map((m) => m.move);

describe("a manner judged: '… come across as harsh'", () => {
  it.each([
    "Basically your comments come across as a bit harsh sometimes.",
    "Your comments come across as harsh.",
    "Your reviews sometimes come across as dismissive.",
    "Honestly the notes come across as really cold.",
    "You come across as harsh in reviews.",
  ])("is vague feedback, and no reflection: %s", (text) => {
    expect(kinds(text)).toContain("vague_feedback");
    expect(kinds(text)).not.toContain("reflection");
  });

  it.each([
    "Do you think your comments come across as harsh?",
    "Does it come across as harsh?",
    "I don't want to come across as harsh.",
    "How do your comments come across to new people?",
  ])("not a question about it, nor the speaker's own manner: %s", (text) => {
    expect(kinds(text)).not.toContain("vague_feedback");
  });

  it("an instance named is an observation, not vague", () => {
    const text = "Your comments on PR 2214 last week come across as harsh.";
    expect(kinds(text)).toContain("specific_observation");
    expect(kinds(text)).not.toContain("vague_feedback");
  });
});
