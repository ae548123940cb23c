import { describe, expect, it } from "vitest";
import { TICKET_KEY, TIME_OR_COUNT_ANCHOR } from "./anchors";

describe("TIME_OR_COUNT_ANCHOR: ticket keys", () => {
  it.each([
    ["see abc-123 for the details", true],
    ["ab-7 again", true],
    ["a-1 is one letter", false],
    ["a digit before the dash: abc1-23.", false],
    ["the x-ray was fine", false],
    ["pay-as-you-go", false],
  ])("%s: %s", (text, found) => {
    expect(TIME_OR_COUNT_ANCHOR.test(text)).toBe(found);
  });

  it("finds a key exactly where the plain form, opened on its letters, does", () => {
    const plain = /\b[a-z]{2,}-\d+\b/;
    const key = new RegExp(`\\b(?:${TICKET_KEY})\\b`);
    // Every string of up to 7 characters over letters, digits, "-", " " and "_".
    const alphabet = ["a", "b", "1", "2", "-", " ", "_"];
    let strings = [""];
    let found = 0;
    const differ: string[] = [];
    for (let length = 1; length <= 7; length++) {
      strings = strings.flatMap((s) => alphabet.map((c) => s + c));
      for (const s of strings) {
        const expected = plain.test(s);
        if (expected) found++;
        if (key.test(s) !== expected) differ.push(s);
      }
    }
    expect(differ).toEqual([]);
    expect(found).toBeGreaterThan(4_000);
  });
});
