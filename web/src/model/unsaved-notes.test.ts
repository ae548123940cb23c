import { describe, expect, it } from "vitest";
import {
  isUnsaved,
  leaveQuestion,
  markDoneAdvice,
  markDoneBlockedText,
  unsavedNotesText,
} from "./unsaved-notes";

describe("isUnsaved", () => {
  it.each([
    ["", "", false],
    ["   ", "", false],
    ["Worth rewinding here.", "", true],
    // An edit is unsaved only once it differs from what was saved.
    ["A quote, not a label.", "A quote, not a label.", false],
    ["A quote, not a label. ", "A quote, not a label.", false],
    ["A quote of the client.", "A quote, not a label.", true],
    // Emptied: nothing to save (an empty note is refused), so nothing is lost either.
    ["", "A quote, not a label.", false],
  ])("%j (saved %j) → %s", (text, saved, unsaved) => {
    expect(isUnsaved(text, saved)).toBe(unsaved);
  });
});

describe("unsaved notes in words", () => {
  const one = ["your comment on turn 3"];
  const two = [
    "your reason to set aside “Labelling the person” on turn 2",
    "your comment on Elena Voss's reply to turn 3",
  ];
  const three = [...two, "your reply to Tom Becker's comment on turn 5"];
  it("names each note, one or several", () => {
    expect(unsavedNotesText(one)).toBe("You have an unsaved note: your comment on turn 3.");
    expect(unsavedNotesText(two)).toBe(
      "You have 2 unsaved notes: your reason to set aside “Labelling the person” on turn 2 and your comment on Elena Voss's reply to turn 3.",
    );
    expect(unsavedNotesText(three)).toContain(
      "You have 3 unsaved notes: your reason to set aside “Labelling the person” on turn 2, your comment on Elena Voss's reply to turn 3 and your reply to Tom Becker's comment on turn 5.",
    );
  });
  it("says what to do before marking the review done, and asks before leaving", () => {
    expect(markDoneBlockedText(one)).toContain("Save it or cancel it first");
    expect(markDoneBlockedText(two)).toContain("Save them or cancel them first");
    // The alert sets the lead sentence apart: the advice follows it, without repeating it.
    expect(markDoneAdvice(one)).toMatch(/^Save it or cancel it first: /);
    expect(markDoneBlockedText(two)).toBe(`${unsavedNotesText(two)} ${markDoneAdvice(two)}`);
    expect(leaveQuestion(one)).toBe(
      "You have an unsaved note: your comment on turn 3. Leave this page and lose it?",
    );
    expect(leaveQuestion(two)).toMatch(
      /^You have 2 unsaved notes: .* Leave this page and lose them\?$/,
    );
  });
  it("says nothing, and asks nothing, when every note is saved", () => {
    expect(unsavedNotesText([])).toBe("");
    expect(markDoneBlockedText([])).toBe("");
    expect(markDoneAdvice([])).toBe("");
    expect(leaveQuestion([])).toBeNull();
  });
});
