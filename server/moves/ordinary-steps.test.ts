import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import type { MoveKind } from "./move.schema";

/**
 * Review 3 (27 November): skilled managers failed on ordinary wordings of a required step. Each
 * class is read from its shape: a proposal with content and a time is a next step whatever sits
 * between "how about" and its subject; a question asking what options there are or what would make
 * the time worth it invites a way forward; "can I ask what …" asks an open question; "could we
 * agree …" puts a working agreement to them; the decision said as "X didn't happen" is stated;
 * what someone else did or will do because of it is impact.
 */
const moves = (text: string): MoveKind[] => detectMoves(text).map((m) => m.move);

describe("a proposal with content and a time is a next step", () => {
  it.each([
    "how about for thursday's planning we add an interrupts column and you size the ledger work with that in mind?",
    "What if we try this: for the next month, every blocking comment says why and links an example.",
    "how about from monday u take first pass on reviews and i do second",
    "What if for the next sprint you are doing the pairing with Sana on the migration?",
    "How about, starting next week, we trial a rota where you and Dev alternate the pager?",
    "Reviewing two designs from other teams a month sounds like a good first goal.",
    "Two design reviews a month would be a solid goal for you, I reckon.",
  ])("%s", (line) => {
    expect(moves(line)).toContain("next_step");
  });

  it.each([
    "How about that demo on Thursday, eh?",
    "What if the vendor slips next month?",
    "That sounds like a good goal for the team.",
    "What was your goal for last quarter?",
  ])("not a next step: %s", (line) => {
    expect(moves(line)).not.toContain("next_step");
  });
});

describe("asking what options there are invites a way forward", () => {
  it.each([
    "What options would feel meaningful to you between now and June?",
    "what options do u see for the next half",
    "Which options seem realistic for you before the next cycle?",
    "What alternatives might be worth looking at, from your side?",
  ])("%s", (line) => {
    expect(moves(line)).toContain("solution_collab");
  });

  it.each(["What options did you tick on the form?", "Options are limited this year."])(
    "not an invitation: %s",
    (line) => {
      expect(moves(line)).not.toContain("solution_collab");
    },
  );
});

describe("asking what would make the time worth it asks what would help", () => {
  it.each([
    "What would make these 1-on-1s worth your time?",
    "what would make our 1:1s more useful",
    "What would make this meeting more valuable for you, do you think?",
    "What would make the catch-ups worth having, from your side?",
  ])("%s", (line) => {
    expect(moves(line)).toContain("support_offer");
  });

  it.each(["What would make you say that?", "What would make the build faster, caching?"])(
    "not an offer: %s",
    (line) => {
      expect(moves(line)).not.toContain("support_offer");
    },
  );
});

describe("'can I ask what …' asks an open question", () => {
  it.each([
    "Before we talk about Staff, can I ask what you actually want your work to look like in two or three years?",
    "could i ask how you see the next year going?",
    "Do you mind if I ask why you want to move?",
    "May I ask, what made you apply for the DevEx role?",
  ])("%s", (line) => {
    expect(moves(line)).toContain("open_question");
  });

  it.each(["Can I ask a quick question?", "Can I ask if you're free on Friday?"])(
    "still closed: %s",
    (line) => {
      expect(moves(line)).not.toContain("open_question");
    },
  );
});

describe("'could we agree …' puts a working agreement to them", () => {
  it.each([
    "Could we agree a couple of ground rules for the next forty minutes — one person speaks at a time?",
    "can we agree one person talks at a time",
    "Shall we agree some rules for this meeting, like no interrupting?",
    "Can we both agree to talk about the design, not each other?",
  ])("%s", (line) => {
    expect(moves(line)).toContain("permission_ask");
  });

  it.each(["Can we agree with the vendor's estimate, do you think?"])("not: %s", (line) => {
    expect(moves(line)).not.toContain("permission_ask");
  });
});

describe("the decision said as what did not happen is stated", () => {
  it.each([
    "Marcus, promotion didn't happen.",
    "the promo didnt happen this cycle",
    "Your promotion is not happening this time, I'm sorry.",
    "I'm afraid the raise didn't go through.",
    "Jun, as of today you're on a formal improvement plan, six weeks long.",
    "from today u are on a pip",
  ])("%s", (line) => {
    expect(moves(line)).toContain("information");
  });
});

describe("what someone else did or will do because of it is impact", () => {
  it.each([
    "Afterwards Wei asked me to move him off the payouts retry service.",
    "And I worry the others in that room will think twice before speaking in the next postmortem.",
    "after that review sana asked to be moved to another team",
    "I am worried the juniors will stop asking questions in the channel.",
    "Frankly I fear people may hold back in retros now.",
  ])("%s", (line) => {
    expect(moves(line)).toContain("impact_statement");
  });

  it.each([
    "Wei asked me about the payouts retry service.",
    "I worry the build will break again.",
    "Sana asked to move the meeting to Friday.",
  ])("not impact: %s", (line) => {
    expect(moves(line)).not.toContain("impact_statement");
  });
});
