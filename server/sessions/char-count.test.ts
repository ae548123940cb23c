import { describe, expect, it } from "vitest";
import { countChars } from "./char-count";

describe("countChars", () => {
  it("counts an emoji as one, whatever it is made of", () => {
    expect(countChars("👍🏽👨‍👩‍👧")).toBe(2);
    expect(countChars("🇳🇱")).toBe(1);
    expect(countChars("e\u0301")).toBe(1);
  });
  it("counts plain text, RTL text and CJK by letter", () => {
    expect(countChars("Hi Dana")).toBe(7);
    expect(countChars("שלום")).toBe(4);
    expect(countChars("你好")).toBe(2);
    expect(countChars("")).toBe(0);
  });
});
