import { describe, expect, it } from "vitest";
import { phrases, phrasesByFirstLetter } from "./phrases";

describe("phrases", () => {
  it("matches a phrase at a word start and before the next word or punctuation", () => {
    const r = phrases(/that meant/, /the team (?:had to|lost)/);
    expect(r.test("so that meant the support team waited")).toBe(true);
    expect(r.test("the team had to redo it.")).toBe(true);
    expect(r.test("that meantime")).toBe(false);
    expect(r.test("bathe team had to")).toBe(false);
  });

  it.each([
    /(?:meant|means) (?:that |the )/,
    /it helps (?:to|when) /,
    /helps (?:me )?/,
    /you(?:'re)?\s+/,
    /a tip\s/,
    /just a (?!little\b)/,
  ])("refuses %s, which ends in a space and so could never match before a word", (part) => {
    expect(() => phrases(/fine/, part)).toThrow(/ends in a space/);
  });
});

describe("phrasesByFirstLetter: phrases grouped by first letter match as phrases() does", () => {
  // Phrases of each shape the grouping rewrites or leaves alone: a plain start, a leading group of
  // words (spelled out), a repeated leading group, a lookbehind, a group read from a later word.
  const parts = [
    /thin ice/,
    /(?:i'll|i will) have to (?:escalate|involve hr)/,
    /(?:just )?get over it/,
    /s?he's (?:lazy|rude)/,
    /again(?<=\bif .{0,20}?\bagain),? you're out/,
    /(?:different|harder) (?:kind of )?conversation(?<=\bnext .{0,20}?conversation)/,
    /[0-9]+ strikes/,
    /(?:paged|woke|pinged) (?:us|the team)/,
  ];
  const plain = phrases(...parts);
  const grouped = phrasesByFirstLetter(...parts);
  it.each([
    "You're on thin ice.",
    "Thin icing on the cake.",
    "I'll have to escalate.",
    "I will have to involve HR.",
    "I'll have to think.",
    "Just get over it.",
    "Get over it already.",
    "He's lazy.",
    "She's rude.",
    "The's lazy.",
    "If it happens again, you're out.",
    "Again, you're out.",
    "Next time it'll be a harder conversation.",
    "A different kind of conversation.",
    "That's 3 strikes.",
    "It paged us twice.",
    "It pinged the team.",
    "It woke us up.",
    "It wpinged us.",
  ])("reads %s the same way", (text) => {
    const lower = text.toLowerCase();
    expect(grouped.test(lower)).toBe(plain.test(lower));
  });
  it("groups phrases by letter", () => {
    expect(grouped.source).toContain("t(?:hin ice");
    expect(grouped.source).toContain("i(?:(?:'ll| will) have to");
  });
  it("copies a phrase once per first letter of its leading words, not once per word", () => {
    expect(grouped.source).toContain("p(?:(?:aged|inged) (?:us|the team)");
    expect(grouped.source.split("(?:us|the team)")).toHaveLength(3);
  });
});
