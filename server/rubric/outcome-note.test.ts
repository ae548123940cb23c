import { describe, expect, it } from "vitest";
import { outcomeNote } from "./outcome-note";
import type { AntiPatternFlag, StepResult } from "./scorecard.schema";

const step = (title: string, status: StepResult["status"], required = true): StepResult => ({
  id: title,
  title,
  status,
  required,
  evidence: [],
  orderOk: true,
  note: "",
});
const flag = (title: string, critical: boolean, sameSentenceAs?: string): AntiPatternFlag => ({
  id: title,
  title,
  turn: 0,
  start: 0,
  end: 1,
  quote: "x",
  trigger: "threat",
  critical,
  why: "",
  better: "",
  ...(sameSentenceAs ? { sameSentenceAs } : {}),
});

describe("outcomeNote: the outcome and the pass, when they disagree (review 2: #3, #16)", () => {
  it("explains a resolved conversation that did not pass, naming every reason", () => {
    const card = {
      passed: false,
      steps: [
        step("State a specific observation", "hit"),
        step("Agree a specific next step", "missed"),
        step("Schedule a follow-up", "missed", false),
      ],
      antiPatterns: [],
    };
    expect(outcomeNote("resolved", card)).toBe(
      'The conversation got what it needed (resolved), but the attempt did not pass: required step "Agree a specific next step" was missed. The outcome is how they responded; passing is whether you followed the practice.',
    );
    const worse = {
      ...card,
      antiPatterns: [flag("Threat", true), flag("Blame", true, "Threat"), flag("Vague", false)],
    };
    expect(outcomeNote("resolved", worse)).toContain(
      'required step "Agree a specific next step" was missed and "Threat" was flagged as critical.',
    );
  });

  it.each([
    ["ended", "it was ended before they came round"],
    ["out_of_turns", "the turns ran out before they came round"],
    ["escalated", "it escalated"],
    ["shut_down", "they shut down"],
  ])("explains a pass whose conversation was %s", (outcome, how) => {
    const card = { passed: true, steps: [step("Observe", "hit")], antiPatterns: [] };
    expect(outcomeNote(outcome, card)).toBe(
      `The attempt passed, but the conversation did not get what it needed: ${how}. Passing is whether you followed the practice; the outcome is how they responded.`,
    );
  });

  it("names who had agreed and who had not, when the card knows (a mediation)", () => {
    const agreed = {
      ...step("Agree how and when to decide", "partial"),
      agreement: { agreed: ["Elena"], waiting: ["Tomás"] },
    };
    const card = { passed: true, steps: [step("Observe", "hit"), agreed], antiPatterns: [] };
    expect(outcomeNote("ended", card)).toContain(
      "did not get what it needed: it was ended before Tomás came round (Elena agreed).",
    );
    expect(outcomeNote("escalated", card)).toContain("did not get what it needed: it escalated.");
  });

  it.each([
    ["resolved", true],
    ["ended", false],
    ["escalated", false],
    [null, true],
    [undefined, false],
  ])("says nothing when they agree or there is no outcome (%s, passed %s)", (outcome, passed) => {
    expect(outcomeNote(outcome, { passed, steps: [], antiPatterns: [] })).toBeUndefined();
  });
});
