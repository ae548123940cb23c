import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import type { MoveKind } from "./move.schema";
import { normaliseText, splitSentences } from "./segment";

/**
 * Lines a review of practice runs found read as the wrong move (27 November): statements about the
 * listener that say nothing back, plain-words moves that were missed, and non-commitments read as
 * steps. Written for these rules, each beside a near-miss that must keep its reading.
 */
const EMPLOYEE =
  "Honestly, I'm worn out. The pager went off four times this week and I keep covering Raj's shifts.";
const movesOf = (text: string): MoveKind[] =>
  detectMoves(text, { previous: [{ speaker: "employee", text: EMPLOYEE }] }).map((m) => m.move);

describe("statements about the listener that say nothing back", () => {
  it.each([
    // An order, or the topic closed.
    "Anyway, just keep doing what you're doing and we'll revisit it in spring.",
    // A condition.
    "If the title matters that much to you, maybe you should think about your options.",
    // Hearsay and others' verdicts.
    "You've been pretty quiet in standups, which matches what I'd heard about you.",
    "The panel thought you needed more visible cross-team work.",
    // A decision about them.
    "The panel met on Tuesday and you're not getting the senior title this round.",
    // An order.
    "You need to update the board every day.",
    // Their work judged.
    "Your estimates have been a real problem this quarter.",
    "You've had carry-over in most sprints, and it's turning into a pattern.",
    // A shrug (review 8b).
    "Your guess is as good as mine.",
    "Honestly? Your guess is as good as mine.",
    "Beats me.",
  ])("%s is not a reflection", (line) => {
    expect(movesOf(line)).not.toContain("reflection");
  });

  it.each([
    "You'd rather hand the pager over than keep covering for Raj.",
    "You've been carrying Raj's shifts on top of your own.",
    "It sounds like you're running on empty.",
  ])("%s still says back what was heard", (line) => {
    expect(movesOf(line)).toContain("reflection");
  });

  it("reads a decision about the listener as telling them something", () => {
    expect(
      movesOf("The panel met on Tuesday and you're not getting the senior title this round."),
    ).toContain("information");
  });
});

describe("plain-words moves", () => {
  it.each<[string, MoveKind]>([
    ["What would really help this week?", "support_offer"],
    ["I know this is disappointing.", "validation"],
    ["I realise it's not the answer you hoped for.", "validation"],
    ["What do you want to see change before the next cycle?", "solution_collab"],
    [
      "Let's list the two goals together by Monday, and then check in every week until March.",
      "follow_up",
    ],
    [
      "Let's list the two goals together by Monday, and then check in every week until March.",
      "next_step",
    ],
    ["Your code reviews have been really condescending.", "character_label"],
    ["Some of the team find you hard to deal with.", "character_label"],
    ["Two people said you come across a little arrogant in planning.", "character_label"],
    ["You never answer the pager, which doesn't help anyone.", "blame_absolute"],
    ["I don't want to rehash the whole discussion again.", "dismissal"],
    ["Perhaps this isn't the team for you.", "threat"],
    // A plan announced with a colon, with a period and a check-in on a named day.
    [
      "So the plan: you hand the rota to Ana for three weeks and we check in Friday at standup.",
      "next_step",
    ],
    [
      "So the plan: you hand the rota to Ana for three weeks and we check in Friday at standup.",
      "follow_up",
    ],
    ["You might want to think about whether this is the right company for you.", "threat"],
  ])("%s → %s", (line, move) => {
    expect(movesOf(line)).toContain(move);
  });

  it.each<[string, MoveKind]>([
    ["That remark in the standup was out of line.", "blame_absolute"],
    ["You skipped the retro again.", "blame_absolute"],
    ["Your specs are slapdash.", "character_label"],
    ["The launch went out early, so the on-call team had a quiet weekend.", "impact_statement"],
    ["If you miss another review, we'll discuss whether this is the right team for you.", "threat"],
    ["If you skip another handover, you'll be off the rota.", "threat"],
    ["You were completely out of line with Sam.", "blame_absolute"],
    [
      "You fixed the flaky test on Monday, which saved the release team an evening.",
      "impact_statement",
    ],
    ["The new hires told me later it finally clicked for them.", "impact_statement"],
    ["Reviewers are getting wary of opening PRs against your service.", "impact_statement"],
    ["I reviewed your PR on Monday and you merged it before I finished.", "specific_observation"],
    ["Two people now wait for your holidays to merge anything.", "impact_statement"],
  ])("%s → %s", (line, move) => {
    expect(movesOf(line)).toContain(move);
  });

  it.each<[string, MoveKind]>([
    // A prompt to go on, a discourse "look", a request for a look: no advice.
    ["Go on.", "advice"],
    ["Look, the rota is not fair on you.", "advice"],
    ["Could you take another look at the migration plan?", "advice"],
    // The speaker's own doing is no observation of them.
    ["I left three comments on your design doc on Tuesday.", "specific_observation"],
    // Praise that says "again".
    ["You beat your own record again!", "blame_absolute"],
    // Hard to reach is not a trait.
    ["You were difficult to reach during the incident.", "character_label"],
    // The manager's own verdict, with no acknowledgement.
    ["That's disappointing, to be honest.", "validation"],
    // Praise, and help that is real.
    ["The team finds your reviews thorough.", "character_label"],
    ["You always help the new joiners settle in.", "blame_absolute"],
    // Choosing a structure is not showing them the door.
    ["Let's think about whether this is the right team for the migration.", "threat"],
  ])("%s is not %s", (line, move) => {
    expect(movesOf(line)).not.toContain(move);
  });
});

describe("non-commitments", () => {
  it.each(["Let's see how next week goes.", "Let's just see how things pan out this sprint."])(
    "%s is no next step and no shared solution",
    (line) => {
      const moves = movesOf(line);
      expect(moves).not.toContain("next_step");
      expect(moves).not.toContain("solution_collab");
    },
  );

  it("reads a check-in in the past as no follow-up, and the plan as no reflection", () => {
    expect(movesOf("We checked in on Thursday and it was fine.")).not.toContain("follow_up");
    expect(
      movesOf("So the plan: you hand the rota to Ana for three weeks and we check in Friday."),
    ).not.toContain("reflection");
  });

  it("keeps a real plan made together", () => {
    expect(movesOf("Let's see how we can split the on-call between the three of you.")).toContain(
      "solution_collab",
    );
    expect(movesOf("We can look at it again at the mid-year review.")).not.toContain(
      "solution_collab",
    );
  });
});

describe("a quotation's own full stop", () => {
  it("does not end the sentence when it goes on in lower case", () => {
    const text = "In Tuesday's PR your whole review was 'Nope.' which left Sam stuck for a day.";
    const moves = detectMoves(text);
    const impact = moves.find((m) => m.move === "impact_statement");
    expect(impact).toMatchObject({ start: 0, end: text.length });
  });
  it("still ends it before a capital", () => {
    const sentences = splitSentences(
      normaliseText('He said "fine." Then he left.'),
      'He said "fine." Then he left.',
    );
    expect(sentences).toHaveLength(2);
  });
});

/**
 * Lines a manager typed in a UX review of the product (27 November, evening): a put-down read as a
 * reflection, a decision and an observation read as nothing or as information, an impact read as
 * the observation. Each beside a near-miss that keeps its reading.
 */
describe("the UX review's lines", () => {
  const afterMarcus = (text: string): MoveKind[] =>
    detectMoves(text, {
      previous: [
        {
          speaker: "employee",
          text: "The H1 cycle is my target. I'd like to know now if that's realistic.",
        },
      ],
    }).map((m) => m.move);

  it("reads a bare 'not ready' as a verdict, not as saying back what they said", () => {
    const moves = afterMarcus("You're just not ready, honestly.");
    expect(moves).toContain("vague_feedback");
    expect(moves).not.toContain("reflection");
    expect(afterMarcus("You're not ready for Staff.")).toContain("vague_feedback");
    // Near-misses: readiness said back, and a reason given.
    expect(afterMarcus("You're not ready to talk about it yet, and that's fine.")).toEqual([
      "reflection",
    ]);
    expect(
      afterMarcus(
        "You're not ready for Staff, because the packet shows one review outside Search.",
      ),
    ).not.toContain("vague_feedback");
  });

  it.each([
    "Everyone can see it.",
    "You've been kind of slow lately and honestly everyone on the team has noticed.",
    "Everybody on the team has noticed it by now.",
  ])("reads the crowd's verdict in %s as vague feedback", (line) => {
    expect(movesOf(line)).toContain("vague_feedback");
  });

  it.each([
    "Everyone has noticed how much calmer on-call has been since your runbook.",
    "The latency work was incredible and everybody knows it.",
    "Everyone can see the dashboard now, so the standup can be shorter.",
    // The crowd is not who judges: what people could see.
    "You've been holding a lot on your own, and the deadlines were the part people could see.",
  ])("keeps praise and plain facts in %s out of it", (line) => {
    expect(movesOf(line)).not.toContain("vague_feedback");
  });

  it("reads the decision said as an answer as information", () => {
    const text =
      "Marcus, thanks for meeting. I want to talk about the promotion decision. It's not yet, and I want to explain why and what would get you there.";
    const decision = detectMoves(text).filter((m) => m.move === "information");
    expect(decision.map((m) => text.slice(m.start, m.end))).toContain(
      "It's not yet, and I want to explain why and what would get you there.",
    );
    expect(movesOf("It's not yet clear to me what you want from the role.")).not.toContain(
      "information",
    );
  });

  it("reads an observation after a preface that names the subject", () => {
    expect(
      detectMoves(
        "I'd like to talk about sprint commitments: in 3 of the last 4 sprints work has carried over, including 21 points from Sprint 42.",
      ).map((m) => m.move),
    ).toContain("specific_observation");
    // Near-miss: a request of theirs that mentions past sprints is no observation.
    expect(
      detectMoves(
        "I'd like you to split the tickets by Friday, like we did in the last two sprints.",
      ).map((m) => m.move),
    ).not.toContain("specific_observation");
  });

  it("reads a sentence that says it is the impact as the impact, not as the observation", () => {
    const moves = movesOf(
      "The impact has been that Product has asked me twice why the forecast keeps slipping.",
    );
    expect(moves).toContain("impact_statement");
    expect(moves).not.toContain("specific_observation");
    // Near-miss: the same event told as what happened stays an observation.
    expect(movesOf("Product has asked me twice why the forecast keeps slipping.")).toContain(
      "specific_observation",
    );
  });
});
