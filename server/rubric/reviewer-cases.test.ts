import { describe, expect, it } from "vitest";
import { alternating, patternOf, shippedContent } from "../../tests/support/shipped-content";
import { scoreTranscript } from "./index";

/**
 * The reviewer's cases (24 scored practice conversations, 27 November): each line scored against the
 * shipped pattern it was practised with. They fail on the rubrics and rules before that review.
 */
const content = await shippedContent();
const pattern = (id: string) => patternOf(content, id);

const step = (card: ReturnType<typeof scoreTranscript>, id: string) =>
  card.steps.find((s) => s.id === id);

describe("recognising-a-win", () => {
  const win = pattern("recognising-a-win");

  it("flags praise followed by 'but' as praise-as-a-wrapper, not as more work", () => {
    const card = scoreTranscript(
      alternating("Nice work, but honestly you should have shipped it two weeks earlier."),
      win,
    );
    expect(card.antiPatterns.map((f) => f.id)).toEqual(["praise-but"]);
  });

  it("counts suggesting they share the win as agreeing how to share it, not as more work", () => {
    const line = "What if you and Noor did a short write-up for the eng all-hands?";
    const card = scoreTranscript(alternating(line, "Sure, we can do that."), win);
    expect(card.antiPatterns).toEqual([]);
    expect(step(card, "amplify")?.status).toBe("hit");
    expect(step(card, "amplify")?.evidence[0]?.quote).toBe(line);
    const more = scoreTranscript(
      alternating("Now you should take the on-call for the new provider too."),
      win,
    );
    expect(more.antiPatterns.map((f) => f.id)).toEqual(["next-ask"]);
  });

  it("names an order to stop a behaviour a reprimand, not more work (review 2: #19, win-poor)", () => {
    for (const line of [
      "And you need to stop fighting with Elena about Kafka in the channel.",
      "You should quit arguing in design reviews.",
      "You have to stop picking fights in the architecture channel.",
    ]) {
      const card = scoreTranscript(alternating(line), win);
      expect(
        card.antiPatterns.map((f) => f.title),
        line,
      ).toEqual(["Turning the thanks into a reprimand"]);
    }
    // The reviewer's line is a brush-off too, but of the quarrel, not of the win: one flag, a
    // reprimand, neither "more work" nor "downplaying the win".
    const card = scoreTranscript(
      alternating("And you need to stop fighting with Elena about Kafka, everyone's sick of it."),
      win,
    );
    expect(card.antiPatterns.map((f) => f.id)).toEqual(["reprimand"]);
    // The win made small is still downplaying it.
    const small = scoreTranscript(
      alternating("It was only a provider switch, let's not make a big deal of it."),
      win,
    );
    expect(small.antiPatterns.map((f) => f.id)).toEqual(["downplay"]);
    // More work is still more work; sharing the win is not a reprimand.
    for (const line of [
      "Now you should take the on-call for the new provider too.",
      "Next, you should pick up the fraud migration and stop by my desk on Monday to plan it.",
    ]) {
      const more = scoreTranscript(alternating(line), win);
      expect(
        more.antiPatterns.map((f) => f.id),
        line,
      ).toEqual(["next-ask"]);
    }
  });

  it("does not take generic praise or a goodbye as specific, or as recognising contributors", () => {
    const card = scoreTranscript(
      alternating("Good job on the cutover.", "Thanks.", "OK, that's all, thanks.", "Okay."),
      win,
    );
    expect(step(card, "specific")?.status).toBe("missed");
    expect(step(card, "others")?.status).toBe("missed");
  });

  it("quotes the turn that credits a named colleague for the contributors, not a question", () => {
    const credit =
      "Noor built the replay harness that caught both the currency bugs before launch, and I want her to hear that from me.";
    const card = scoreTranscript(
      alternating(
        "You ran the cutover with zero failed payments across 184,000 orders.",
        "Thanks.",
        "How does it feel, now it's done?",
        "Relieved. Noor's replay harness saved us twice.",
        credit,
        "She'd like that.",
      ),
      win,
    );
    expect(step(card, "specific")?.status).toBe("hit");
    expect(step(card, "others")?.status).toBe("hit");
    expect(step(card, "others")?.evidence.map((e) => e.quote)).toEqual([credit]);
  });
});

describe("supporting-a-struggling-report", () => {
  const support = pattern("supporting-a-struggling-report");

  it("shows vague feedback under its own title, not as blame", () => {
    const card = scoreTranscript(alternating("I've noticed you seem a bit off lately."), support);
    const flags = card.antiPatterns.filter((f) => f.trigger === "vague_feedback");
    expect(flags.map((f) => f.id)).toEqual(["vague"]);
    expect(flags[0]?.title).not.toMatch(/blame/i);
  });

  it("penalises a dismissal with advice in one sentence once, as the critical dismissal", () => {
    const card = scoreTranscript(
      alternating("Everyone's tired, you should just push through.", "Right."),
      support,
    );
    expect(card.antiPatterns.map((f) => [f.id, f.sameSentenceAs])).toEqual([
      ["brush-off", undefined],
      ["fixing", "brush-off"],
    ]);
    expect(card.explanation).toContain("= −15;");
  });
});

describe("conflict-mediation-opening", () => {
  const mediation = pattern("conflict-mediation-opening");

  it("does not take a line that judges one side, or the conflict, as a neutral purpose", () => {
    const bad = scoreTranscript(
      alternating(
        "Thanks for coming, both of you. This has gone on way too long.",
        "Fine.",
        "Elena, 'not happening' in the review thread was out of line.",
        "I was frustrated.",
      ),
      mediation,
    );
    expect(step(bad, "purpose")?.status).toBe("missed");
    expect(step(bad, "purpose")?.note).toContain("of the kind this step counts");
    const good = scoreTranscript(
      alternating(
        "Thanks for coming. The goal today is to agree how we'll decide the Kafka question, not to pick a winner.",
      ),
      mediation,
    );
    expect(step(good, "purpose")?.status).toBe("hit");
  });
});

/**
 * The UX review of 27 November (evening): conversations a new manager flew in the browser, and
 * what their debrief said.
 */
describe("the UX review's conversations", () => {
  const opening =
    "Marcus, thanks for meeting. I want to talk about the promotion decision. It's not yet, and I want to explain why and what would get you there.";
  const marcus =
    "The H1 promotion cycle is my target. I'd like to know now if that's realistic. I just don't know how else to get there.";

  it("gives no credit for acknowledging to a put-down, and flags it", () => {
    const card = scoreTranscript(
      alternating(
        opening,
        marcus,
        "You're just not ready, honestly. Everyone can see it.",
        "Right.",
      ),
      pattern("promotion-readiness-conversation"),
    );
    expect(step(card, "acknowledge")?.status).toBe("missed");
    expect(card.antiPatterns.map((f) => [f.id, f.turn])).toEqual([["vague-reasons", 2]]);
    // Near-miss: an acknowledgement of the same disappointment still counts.
    const kind = scoreTranscript(
      alternating(
        opening,
        marcus,
        "That's a real disappointment after the year you've had.",
        "It is.",
      ),
      pattern("promotion-readiness-conversation"),
    );
    expect(step(kind, "acknowledge")?.status).toBe("hit");
    expect(kind.antiPatterns).toEqual([]);
  });

  it("quotes the decision itself for 'Share the decision', not the sentence naming the subject", () => {
    const card = scoreTranscript(alternating(opening), pattern("promotion-readiness-conversation"));
    expect(step(card, "decision-first")?.evidence.map((e) => e.quote)).toEqual([
      "It's not yet, and I want to explain why and what would get you there.",
    ]);
    // Naming the subject alone does not share the decision; naming it with the decision does.
    const subjectOnly = scoreTranscript(
      alternating("I want to talk about the promotion decision."),
      pattern("promotion-readiness-conversation"),
    );
    expect(step(subjectOnly, "decision-first")?.status).toBe("missed");
    const both = scoreTranscript(
      alternating("I want to talk about the promotion decision: the committee decided not yet."),
      pattern("promotion-readiness-conversation"),
    );
    expect(step(both, "decision-first")?.status).toBe("hit");
  });

  it("quotes the observation for 'State a specific observation', and the impact for the impact", () => {
    const first =
      "I'd like to talk about sprint commitments: in 3 of the last 4 sprints work has carried over, including 21 story points from Sprint 42 on the ledger reconciliation rewrite.";
    const impact =
      "The impact has been that Product has asked me twice why the Payments forecast keeps slipping, and Wei picked up one of your tickets at planning.";
    const card = scoreTranscript(
      alternating(
        `Thanks for making time, Dana. ${first}`,
        "I know what the board says.",
        `${impact} What's your read on it?`,
      ),
      pattern("delivering-difficult-feedback"),
    );
    expect(step(card, "observe")?.evidence.map((e) => e.quote)).toEqual([first]);
    expect(step(card, "impact")?.evidence.map((e) => e.quote)).toEqual([impact]);
  });

  it("flags a label in the opening of a burnout check-in, as the linter and the persona read it", () => {
    const card = scoreTranscript(
      alternating(
        "Hey Priya, quick one. You've been kind of slow lately and honestly everyone on the team has noticed.",
        "Okay.",
      ),
      pattern("supporting-a-struggling-report"),
    );
    expect(card.antiPatterns.map((f) => [f.id, f.turn, f.critical])).toContainEqual([
      "label",
      0,
      true,
    ]);
    expect(card.failReasons).toContain('Critical anti-pattern "Labelling the person" on turn 1.');
    // Near-miss: what was noticed, without a verdict, is the step, not a flag.
    const noticed = scoreTranscript(
      alternating("I've noticed you've been quieter in stand-ups since March.", "Yeah."),
      pattern("supporting-a-struggling-report"),
    );
    expect(noticed.antiPatterns).toEqual([]);
    expect(step(noticed, "notice")?.status).toBe("hit");
  });
});

/**
 * A flag's note sits under the manager's own words. A `why` that quotes another sentence
 * ("'Everyone's tired' tells …" under "You need to work harder") explains words they did not say.
 */
describe("flag notes", () => {
  it.each(
    [...content.patterns.values()].flatMap((p) => p.antiPatterns.map((a) => [p.id, a.id, a.why])),
  )("%s / %s: the why quotes no sentence", (_p, _a, why) => {
    expect(why).not.toMatch(/["“][^"”]*\s[^"”]*["”]/);
  });
});

describe("promotion-readiness-conversation: a flag's title fits its line (review 2: #19)", () => {
  const promo = pattern("promotion-readiness-conversation");
  it.each([
    "Stop asking about timing every 1-on-1, it's getting annoying.",
    "It's just a title, honestly.",
  ])("names %s a brush-off of the outcome or their questions", (line) => {
    const card = scoreTranscript(alternating(line), promo);
    expect(card.antiPatterns.map((f) => f.title)).toEqual([
      "Brushing off the outcome or their questions",
    ]);
  });
});
