import { describe, expect, it } from "vitest";
import { scoreTranscript } from "../server/rubric";
import { alternating, patternOf, shippedContent } from "./support/shipped-content";

/**
 * Review 3 (27 November), at the level of a step: lines in several voices of each class the review
 * found credited or missed wrongly, scored against the shipped patterns.
 */
const content = await shippedContent();
const pattern = (id: string) => patternOf(content, id);
const status = (p: string, id: string, ...lines: string[]) =>
  scoreTranscript(alternating(...lines), pattern(p)).steps.find((s) => s.id === id)?.status;

const OPEN = "How are things, honestly?";
const REPLY = "Tired. The pager has been rough and I'm behind on the upgrade.";

describe("an invitation that leaves the asking to them does not ask what would help", () => {
  for (const p of ["supporting-a-struggling-report", "weekly-one-on-one"]) {
    const step = p === "weekly-one-on-one" ? "support" : "ask-what-helps";
    it.each([
      "Tell me if you need anything from me.",
      "let me know if u need anything from my side",
      "Please just tell me if there is anything you need.",
      "If you need anything at all from me, just shout.",
      "ping me if you need anything this week",
    ])(`${p}: %s`, (line) => {
      expect(status(p, step, OPEN, REPLY, line, "Okay.")).toBe("missed");
    });

    it.each([
      "What would help most this week?",
      "Tell me what you need from me this week.",
      "Let me know if you need anything and I'll take Friday's pager myself.",
    ])(`${p}, still asks: %s`, (line) => {
      expect(status(p, step, OPEN, REPLY, line, "Okay.")).not.toBe("missed");
    });
  }
});

describe("a meeting to talk again is not a change to the load", () => {
  it.each([
    "Let's talk again next week.",
    "lets chat again on friday",
    "We will meet again next Tuesday to see how it is going.",
  ])("%s", (line) => {
    expect(
      status("supporting-a-struggling-report", "reduce-load", OPEN, REPLY, line, "Okay."),
    ).toBe("missed");
  });

  it("a change named with a date still is", () => {
    const line = "From Monday Sam takes your on-call shifts for the next two weeks.";
    expect(
      status("supporting-a-struggling-report", "reduce-load", OPEN, REPLY, line, "Okay."),
    ).not.toBe("missed");
  });
});

describe("ground rules asked for are agreed", () => {
  it.each([
    "Could we agree a couple of ground rules for the next forty minutes — one person speaks at a time?",
    "can we agree one person talks at a time",
    "Shall we agree some rules for this meeting, like no interrupting?",
  ])("%s", (line) => {
    expect(status("conflict-mediation-opening", "ground-rules", line, "Fine.")).toBe("hit");
  });
});

describe("pip-kickoff: the plan said plainly, not an awkward or hedged opening", () => {
  it.each([
    "Hi Jun, so, this is a bit awkward.",
    "It's kind of a plan, to help you improve. Nothing to worry about too much.",
    "HR and I have been talking and we want to put some structure around your work.",
    "so basically its just a small plan thing, no big deal",
  ])("not plain: %s", (line) => {
    expect(status("pip-kickoff", "frame", line, "Okay.")).toBe("missed");
  });

  it.each([
    "Jun, as of today you're on a formal performance improvement plan.",
    "We're starting a formal six-week plan today.",
    "this is a performance improvement plan and it is formal",
  ])("plain: %s", (line) => {
    expect(status("pip-kickoff", "frame", line, "Okay.")).toBe("hit");
  });

  it("flags the plan made light of", () => {
    const card = scoreTranscript(
      alternating("Nothing to worry about too much.", "Okay."),
      pattern("pip-kickoff"),
    );
    expect(card.antiPatterns.map((f) => f.id)).toContain("brush-off");
  });
});
