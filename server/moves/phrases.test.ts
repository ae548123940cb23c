import { describe, expect, it } from "vitest";
import { phrases } from "./phrases";

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
