import { describe, expect, it } from "vitest";
import { normaliseText } from "../segment";
import { textFeatures, words } from "./features";

const features = (text: string, previous?: ReadonlySet<string>) =>
  new Set(textFeatures(normaliseText(text), [], previous));

describe("learned reader features", () => {
  it("reads chat spellings as the words they stand for", () => {
    expect(words("can u send it tmrw w/ the numbers & the chart pls")).toEqual(
      words("can you send it tomorrow with the numbers and the chart please"),
    );
    expect(words("ur 1:1 is moved")).toEqual(["your", "oneonone", "is", "moved"]);
    expect(words("see you at our 1-on-1")).toContain("oneonone");
    // Not a chat spelling: ordinary words stay as they are.
    expect(words("we use rust for the ledger")).toEqual([
      "we",
      "use",
      "rust",
      "for",
      "the",
      "ledger",
    ]);
  });

  it("gives the same features to a chat line and its spelled-out twin", () => {
    expect(features("thx for staying late tmrw, can u own the rollback?")).toEqual(
      features("thanks for staying late tomorrow, can you own the rollback?"),
    );
  });

  it("marks a day, a date or a time ahead, and not words that only start like a month", () => {
    for (const t of [
      "Send it by Friday",
      "let's check in on the 10th",
      "we'll look again in two weeks",
      "by EOD please",
      "next sprint I'll pair with you",
      "at 3pm",
    ])
      expect(features(t).has("time"), t).toBe(true);
    for (const t of [
      "The marketing decision was junior work",
      "I mean it",
      "that was a good octave",
    ])
      expect(features(t).has("time"), t).toBe(false);
  });

  it("marks numbers, ticket ids, questions, negation, modals and the subject", () => {
    const f = features("You didn't close PAY-2291 — could we look at it?");
    for (const name of [
      "number",
      "ticket",
      "question",
      "ends-question",
      "negation",
      "modal",
      "subject:you",
    ])
      expect(f.has(name), name).toBe(true);
    const g = features("I noticed the build went green.");
    expect(g.has("subject:i")).toBe(true);
    expect(g.has("question") || g.has("negation") || g.has("ticket")).toBe(false);
  });

  it("says how much of the employee's words the line echoes, and the rules' moves", () => {
    expect(features("Okay.").has("echo:noprev")).toBe(true);
    const prev = new Set(["pager", "weekend", "exhaust"]);
    expect(features("The pager every weekend, that sounds rough", prev).has("echo:mid")).toBe(true);
    expect(features("Let's talk about the roadmap", prev).has("echo:0")).toBe(true);
    expect(new Set(textFeatures("ok", ["next_step"], undefined)).has("rule:next_step")).toBe(true);
  });
});
