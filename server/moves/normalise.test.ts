import { describe, expect, it } from "vitest";
import { detectMoves, detectMovesOf } from "./detect-moves";
import type { MoveKind } from "./move.schema";
import { normaliseChat, originalSpan } from "./normalise";

/**
 * Chat spelling read in standard spelling (normalise.ts): managers type "ur", "u", "wud", "pls",
 * "tmrw", "b/c", contractions without apostrophes. The detectors read the standard spelling, and
 * every move's span still quotes what the manager typed.
 */
const spelled = (text: string) => normaliseChat(text).text;
const movesOf = (text: string): MoveKind[] => detectMoves(text).map((m) => m.move);

describe("chat spellings become standard spelling", () => {
  it.each([
    ["how r u", "how are you"],
    ["ur doing great tbh", "you're doing great to be honest"],
    ["thx for ur notes", "thanks for your notes"],
    ["ur stressed about it", "you're stressed about it"],
    ["ur updated doc", "your updated doc"],
    ["wud u, cud u, shud we", "would you, could you, should we"],
    ["pls send it tmrw", "please send it tomorrow"],
    ["idk, b/c the ppl in the convo", "i don't know, because the people in the conversation"],
    ["w/ the team & w/o the pager", "with the team and without the pager"],
    ["abt the retro bc it slipped", "about the retro because it slipped"],
    ["k, lets move on", "ok, let's move on"],
    ["dont, youre, im, cant, wont, whats", "don't, you're, i'm, can't, won't, what's"],
    ["ill send it friday", "i'll send it friday"],
    ["ok well talk friday", "ok we'll talk friday"],
    ["its been a long week, its fine", "it's been a long week, it's fine"],
    ["id like to hear more", "i'd like to hear more"],
    ["U did great", "You did great"],
    ["Thx, Dana", "Thanks, Dana"],
    ["R u ok? r we good?", "Are you ok? are we good?"],
    // "your" typed for "you're", where "your" cannot be meant.
    ["your welcome!", "you're welcome!"],
    ["your right, it slipped", "you're right, it slipped"],
    ["your not wrong and your going to love it", "you're not wrong and you're going to love it"],
    ["your doing great", "you're doing great"],
  ])("%s → %s", (chat, standard) => {
    expect(spelled(chat)).toBe(standard);
  });

  it.each([
    // Words that are also English, where the context says they are the word.
    "I was ill last week.",
    "She had to visit her ill mother.",
    "Ill health kept him out.",
    "Well done on the launch.",
    "Well, do you want to talk about it?",
    "You handled it well and the team saw it as well.",
    "It lets you deploy on Fridays.",
    "The service and its own queue.",
    "The team and its on-call rota.",
    "Your welcome email went out and your right to appeal stands.",
    "It was your doing, and your going-away party is on Friday.",
    "He was wont to complain.",
    // Letters that are not chat: abbreviations, list markers, units, names.
    "The U.S. team owns it.",
    "Options: (a) hire, (u) wait.",
    "A U-turn on the plan.",
    "We saved 5k on hosting.",
    "We use R for the stats.",
    "R&D and Q&A are on Friday.",
    "Send it to Ty before BC.",
    "We can go with plan B/C if the vendor slips.",
    "The `u` flag and cos(x) in the script.",
    "The ATM is broken.",
    // Standard text is returned as it is.
    "Thanks for making time today. How has the on-call week been for you?",
  ])("leaves %s alone", (text) => {
    const n = normaliseChat(text);
    expect(n.text).toBe(text);
    expect(n.edits).toBeUndefined();
  });

  it("maps every span of the rewritten text back to the typed text", () => {
    const typed = "thx! ur PR is gr8, pls merge it tmrw";
    const n = normaliseChat(typed);
    expect(n.text).toBe("thanks! your PR is great, please merge it tomorrow");
    const span = (word: string) => {
      const at = n.text.indexOf(word);
      const { start, end } = originalSpan(n, at, at + word.length);
      return typed.slice(start, end);
    };
    expect(span("thanks")).toBe("thx");
    expect(span("your PR")).toBe("ur PR");
    expect(span("please merge it tomorrow")).toBe("pls merge it tmrw");
    expect(span("great, please")).toBe("gr8, pls");
    expect(originalSpan(n, 0, n.text.length)).toEqual({ start: 0, end: typed.length });
  });
});

describe("chat lines read as their standard spelling does", () => {
  it.each<[string, MoveKind]>([
    ["ill send u the notes by friday", "support_offer"],
    ["wud u be open to running the retro next sprint?", "next_step"],
    ["how r u finding the new team?", "perspective_ask"],
    ["ur code reviews r really thorough, thx", "appreciation"],
    ["can u walk me thru what happened w/ the deploy?", "open_question"],
    ["what wud make this easier for u?", "support_offer"],
    ["ur always late to standup", "blame_absolute"],
    ["shud we pair on it this week?", "solution_collab"],
    ["i cud take the vendor meeting off ur plate", "support_offer"],
    ["u shud talk to Wei before the retro", "advice"],
  ])("%s has %s", (line, move) => {
    expect(movesOf(line)).toContain(move);
  });

  it("quotes every move's evidence as the manager typed it", () => {
    const typed =
      "thx for coming in. how r u finding the on-call? tbh i really appreciate ur reviews. ill take the pager this week, ok?";
    const moves = detectMoves(typed);
    expect(moves.length).toBeGreaterThan(3);
    const quoted = new Set(moves.map((m) => typed.slice(m.start, m.end)));
    expect(quoted).toEqual(
      new Set([
        "thx for coming in.",
        "how r u finding the on-call?",
        "tbh i really appreciate ur reviews.",
        "ill take the pager this week, ok?",
      ]),
    );
  });

  it("reads chat the same in detectMovesOf as in detectMoves", () => {
    const typed = "ok. ill send u the notes by friday";
    const all = detectMoves(typed).filter((m) => m.move === "next_step");
    expect(detectMovesOf(typed, ["next_step"])).toEqual(all);
    expect(typed.slice(all[0]?.start, all[0]?.end)).toBe("ill send u the notes by friday");
  });
});
