import { describe, expect, it } from "vitest";
import { MAX_NAME_CHARS, nameCount, nameProblem } from "./names";

describe("names", () => {
  it("says a name is too long, and by how much, instead of cutting it", () => {
    const long = `${"Équipe plateforme et infrastructure ".repeat(3)}hiver`;
    expect(long.length).toBeGreaterThan(MAX_NAME_CHARS);
    expect(nameProblem(long, "cohort name")).toBe(
      `A cohort name has at most 100 characters; this one has ${long.length}. Shorten it by ${long.length - 100}.`,
    );
    expect(nameCount(long)).toBe(`${long.length} of 100 characters: ${long.length - 100} too many`);
  });

  it("counts as the server does: trimmed, an emoji as its UTF-16 units", () => {
    expect(nameProblem(`  ${"a".repeat(100)}  `)).toBeNull();
    expect(nameProblem(`${"a".repeat(99)}👩🏽‍💻`)).toMatch(/this one has 106\. Shorten it by 6\./);
  });

  it("asks for a name when there is none, and counts only near the limit", () => {
    expect(nameProblem("   ")).toBe("Enter a name.");
    expect(nameCount("Spring leads")).toBe("");
    expect(nameCount("a".repeat(90))).toBe("90 of 100 characters");
  });
});
