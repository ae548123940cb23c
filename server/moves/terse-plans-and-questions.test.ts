import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import type { MoveKind } from "./move.schema";
import { normaliseChat } from "./normalise";

/**
 * Review 9a, findings 2, 3 and 5a. A plan typed as a note ("tuesdays 11am, 30 mins, starting next
 * tuesday. ill send the invite today.") or with a day cut short ("we meet thurs 2pm") was no next
 * step, while "we can talk about it again next year maybe" was a follow-up. Fast lowercase
 * questions with no "?" or with "wht" ("whats been hardest since they left") were information, an
 * observation, or a reflection; and "Before I explain anything: what went through your mind?" was
 * closed. The lines each person typed are the first rows; the others are paraphrases and near
 * misses that must keep their reading.
 */
const moves = (text: string, employee?: string): MoveKind[] =>
  detectMoves(
    text,
    employee === undefined ? undefined : { previous: [{ speaker: "employee", text: employee }] },
  ).map((m) => m.move);

const EMPLOYEE = "Could we do 1-on-1s every week instead of skipping them when it's busy?";

describe("a plan written as a note is a follow-up or a next step", () => {
  it.each<[string, MoveKind]>([
    ["tuesdays 11am, 30 mins, starting next tuesday. ill send the invite today.", "follow_up"],
    [
      "ok so next step: i talk to the devex lead this week and we meet thurs 2pm to decide together. works?",
      "next_step",
    ],
    [
      "ok so next step: i talk to the devex lead this week and we meet thurs 2pm to decide together. works?",
      "follow_up",
    ],
    // paraphrases
    ["mondays 9:30, 45 mins, from next week.", "follow_up"],
    ["every thursday at 2pm, 30 mins.", "follow_up"],
    ["fridays 10am, half an hour, starting this friday.", "follow_up"],
    ["i'll send you an invite tomorrow.", "follow_up"],
    ["let's meet thurs at 2 to go through it", "follow_up"],
    ["ok so we sync weds 10am", "follow_up"],
    ["by tues pls send the draft", "next_step"],
    ["next step: you send me the doc by friday", "next_step"],
  ])("%s has %s", (line, kind) => {
    expect(moves(line, EMPLOYEE)).toContain(kind);
  });

  it.each([
    // a day and a time alone, or a slot that is no meeting, books nothing
    "on tuesday at 11am the build broke.",
    "tuesdays 11am are busy for me.",
    "I sat on it for a week.",
  ])("%s books no meeting", (line) => {
    expect(moves(line, EMPLOYEE)).not.toContain("follow_up");
  });
});

describe("a farther time hedged is no plan (the mechanism of review 8b #9)", () => {
  it.each([
    "Ok well we can talk about it again next year maybe.",
    // paraphrases
    "maybe we revisit this in the new year.",
    "let's go over it again next quarter perhaps.",
    "we can pick it up later this year, i guess.",
  ])("%s", (line) => {
    const found = moves(line, "3% after the year I had. I don't get it.");
    expect(found).not.toContain("follow_up");
    expect(found).not.toContain("next_step");
  });

  it("the same time said plainly is still a follow-up", () => {
    expect(moves("We'll talk about it again next year.")).toContain("follow_up");
  });
});

describe("days cut short are read as days, where they can only be days", () => {
  it.each([
    ["we meet thurs 2pm", "we meet thursday 2pm"],
    ["by tues, or thu at the latest", "by tuesday, or thursday at the latest"],
    ["Fri works", "Friday works"],
    ["on sat or next sun", "on saturday or next sunday"],
    ["wed 2pm? or mon morning", "wednesday 2pm? or monday morning"],
  ])("%s → %s", (typed, standard) => {
    expect(normaliseChat(typed).text).toBe(standard);
  });

  it.each([
    "I sat down with him.",
    "The sun was out all week.",
    "c'mon, they were wed in June.",
    "Mon ami, it's fine.",
  ])("leaves %s alone", (text) => {
    expect(normaliseChat(text).text).toBe(text);
  });
});

describe("a fast lowercase wh-question is a question, with or without its mark", () => {
  it.each([
    "hows things been since aisha leo and marta left",
    "how's the team been",
    "whats been hardest since they left",
    "wht has it been like being the last one from the orig team",
    "wht would make this team feel stable for u",
    "hey priya, saw the invite. before anything, wht's behind the ask to move to devex",
    // paraphrases
    "hows the on-call been this week",
    "wht made u pick devex",
    "wat do u need from me",
    "Sorry for the wait, what went wrong with the deploy?",
    "Before anything, how has the week been?",
  ])("%s", (line) => {
    expect(moves(line)).toContain("open_question");
  });

  it("a question is never a reflection, after a short reply", () => {
    const found = moves("whats been drawing u there", "Right. Noted.");
    expect(found).toContain("open_question");
    expect(found).not.toContain("reflection");
  });

  it.each([
    "whatever you decide is fine",
    "how it went matters less",
    "what's done is done.",
    "what's been hard is the turnover.",
    "what's more, the team is tired.",
    "I know, which is great.",
    "hey dana, how are you",
    "So after the reorg, what the team did was split the rota?",
  ])("%s is no question", (line) => {
    const found = moves(line);
    expect(found).not.toContain("open_question");
    expect(found).not.toContain("closed_question");
  });
});

describe("a lead-in before an open question leaves it open", () => {
  it.each([
    "Before I explain anything: what went through your mind?",
    "Before I explain anything, what went through your mind when you opened it?",
    // paraphrases
    "First things first: how did the letter land?",
    "Before we get into numbers, what was your first reaction?",
    "Looking back on the cutover, which part makes you proudest?",
  ])("%s", (line) => {
    const found = moves(line);
    expect(found).toContain("open_question");
    expect(found).not.toContain("closed_question");
  });

  it("a yes/no question after the lead-in stays closed", () => {
    expect(moves("Before I explain anything, did you read the letter?")).toContain(
      "closed_question",
    );
  });
});

describe("a question asked through its frame, mark or not (review 9a #3, Dev's paragraph)", () => {
  it.each([
    "so i guess what im asking is whats been the hardest part of the last couple months for u",
    "What I'm really asking is, how do you want the handover to go?",
    "My question is, what would make this team feel stable for you",
  ])("%s", (line) => {
    const found = moves(line);
    expect(found).toContain("open_question");
    expect(found).not.toContain("closed_question");
  });

  it("found at the end of the paragraph it closes", () => {
    const paragraph =
      "ok so let me be straight w u. i dont want to pretend i can fix that in 30 mins. so i guess what im asking is whats been the hardest part of the last couple months for u";
    expect(moves(paragraph)).toContain("open_question");
  });

  it.each(["what i'm asking is that you write it down", "My question is simple."])(
    "not a frame with no question after it: %s",
    (line) => {
      expect(moves(line)).not.toContain("open_question");
    },
  );
});
