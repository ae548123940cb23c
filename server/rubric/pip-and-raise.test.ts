import { describe, expect, it } from "vitest";
import { alternating, patternOf, shippedContent } from "../../tests/support/shipped-content";
import { lintDraft, scoreTranscript } from "./index";

// Review 9a: Priya's PIP and her raise conversation, scored.
const content = await shippedContent();
const pip = patternOf(content, "pip-kickoff");
const raise = patternOf(content, "sharing-a-hard-decision");
const REPLY = "Okay.";
const card = (pattern: typeof pip, ...lines: string[]) =>
  scoreTranscript(alternating(...lines.flatMap((l) => [l, REPLY])), pattern);
const step = (pattern: typeof pip, id: string, ...lines: string[]) =>
  card(pattern, ...lines).steps.find((s) => s.id === id);

const FRAME =
  "Today we're starting a formal six-week performance improvement plan, and I want to walk you through it.";
const EXPECTATIONS =
  "The expectations for the plan are: every review assigned to you gets a first response within two working days, and you flag any committed date at risk at least three days ahead, in writing.";
const SUPPORT =
  "Here's the support I'll put in place: I'll set up protected flexible hours with HR this week so Tuesday and Thursday afternoons stay yours, and I'll pair you with a reviewer for every front-end change during the plan.";

describe("#4 the expectations of the plan, as the pattern's template words them", () => {
  it("are the evidence for 'Set clear, measurable expectations'", () => {
    const s = step(pip, "expectations", FRAME, SUPPORT, EXPECTATIONS);
    expect(s?.status).toBe("hit");
    expect(s?.evidence.map((e) => e.turn)).toEqual([4]);
  });
  it("the support behind a lead-in is not an expectation of them", () => {
    expect(step(pip, "expectations", FRAME, SUPPORT)?.status).toBe("missed");
  });
  it("a written-down list of what the plan asks counts", () => {
    const line =
      "Written down: dates met or flagged three working days ahead, and reviews answered within two working days.";
    expect(step(pip, "expectations", FRAME, line)?.status).toBe("hit");
  });
  it("a step of theirs with a deadline still counts", () => {
    const s = step(
      pip,
      "expectations",
      FRAME,
      "Over the six weeks, you'll need to hit every committed date on the pricing page, or tell me three days before that it's at risk.",
    );
    expect(s?.status).toBe("hit");
  });
  it("naming the expectations with nothing measurable does not", () => {
    expect(
      step(
        pip,
        "expectations",
        FRAME,
        "Before I go through the expectations: what's going on from your side?",
      )?.status,
    ).toBe("missed");
  });
});

describe("#5c 'Let them react first' after a lecture", () => {
  const LECTURE = [
    "Look, before you say anything, I want to explain how the comp process works this year.",
    "The org's budget averaged 3.5%, and people at the top of the band received less of it, because the bands are set by the market data.",
    "So the number was set by the band position, the budget and the calibration ratings together.",
  ];
  const ASK = "What went through your mind when you opened the letter?";
  it("is Partly when the question comes on turn 4, after a lecture, saying so", () => {
    const s = step(raise, "listen-first", ...LECTURE, ASK);
    expect(s?.status).toBe("partial");
    expect(s?.note).toMatch(/^Done only on turn 7 .*after 3 turns without it/);
  });
  it("is done when asked after a greeting", () => {
    expect(step(raise, "listen-first", "Hi Marcus, thanks for making time.", ASK)?.status).toBe(
      "hit",
    );
  });
});

describe("#10 hiding behind HR or the budget, and promising the outcome", () => {
  const flags = (pattern: typeof pip, line: string) =>
    card(pattern, line).antiPatterns.map((f) => f.id);
  it.each([
    "Basically HR has asked me to put together a sort of plan for you, it's not my idea honestly, my hands are a bit tied here.",
    "Honestly, if it were up to me we wouldn't even be having this conversation.",
  ])("PIP, disowned: %s", (line) => {
    expect(flags(pip, line)).toContain("disowned-decision");
  });
  it("PIP, promised: I promise you'll get through this", () => {
    expect(
      flags(pip, "Look, I'm sure it'll be fine. I promise you'll get through this."),
    ).toContain("promised-outcome");
  });
  it("raise: it's really not up to me, there's nothing I can do", () => {
    const line =
      "I hear you, but it's really not up to me, HR and the budget decided this. There's nothing I can do.";
    expect(flags(raise, line)).toContain("disowned-decision");
  });
  it.each([
    "I'll set up the flexible hours with HR this week.",
    "There's nothing I can do about the number this year, but here's what I can do: a review in June.",
    "I can't promise how it ends. I can promise the support, and an honest read every Tuesday.",
  ])("not: %s", (line) => {
    const all = [...flags(pip, line), ...flags(raise, line)];
    expect(all).not.toContain("disowned-decision");
    expect(all).not.toContain("promised-outcome");
  });
});

describe("#10 the linter: a promise of the outcome is not advice", () => {
  const rules = [...content.lintRules.values()];
  it("flags it as an outcome promised, with the tip to promise what you control", () => {
    const flags = lintDraft(
      "Look, I'm sure it'll be fine. I promise you'll get through this, and honestly if it were up to me we wouldn't even be having this conversation.",
      rules,
    ).flags.map((f) => f.rule);
    expect(flags).toContain("promised-outcome");
    expect(flags).not.toContain("advice-without-asking");
  });
});
