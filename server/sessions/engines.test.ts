import { describe, expect, it } from "vitest";
import { piecesOf } from "./engines";

describe("piecesOf", () => {
  it.each([
    "If interrupts were tickets, this wouldn't be happening. I don't like it... It bothers me!",
    "...fine.",
    "One clause only",
    "",
    "Wait — what? No; not again.",
  ])("splits %j into pieces that add up to it exactly", (text) => {
    expect(piecesOf(text).join("")).toBe(text);
  });

  it("breaks at clause punctuation", () => {
    expect(piecesOf("Sure, I can. Tomorrow?")).toEqual(["Sure, ", "I can. ", "Tomorrow?"]);
  });
});
