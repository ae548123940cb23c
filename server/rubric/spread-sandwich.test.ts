import { describe, expect, it } from "vitest";
import { alternating, patternOf, shippedContent } from "../../tests/support/shipped-content";
import { scoreTranscript } from "./index";

/**
 * The feedback sandwich spread over two or three manager turns, with the employee's short replies
 * in between, is the same anti-pattern as the one-turn sandwich: flagged on the turn that closes
 * it, with the praise and the criticism before it quoted (`across`).
 */
const content = await shippedContent();
const sandwiches = (patternId: string, ...lines: string[]) =>
  scoreTranscript(alternating(...lines), patternOf(content, patternId)).antiPatterns.filter(
    (f) => f.trigger === "sandwich",
  );
const flagged = (...lines: string[]) => sandwiches("delivering-difficult-feedback", ...lines);

describe("a sandwich spread over turns", () => {
  it("is flagged on the turn that closes it, quoting every part", () => {
    const flags = flagged(
      "Great work on the launch.",
      "ok thanks",
      "One thing: the tests were skipped.",
      "…",
      "But honestly, you're one of our best.",
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      id: "sandwich",
      turn: 4,
      quote: "But honestly, you're one of our best.",
      across: [
        { turn: 0, quote: "Great work on the launch." },
        { turn: 2, quote: "One thing: the tests were skipped." },
      ],
    });
  });

  it.each([
    // Two turns: praise, then criticism and praise.
    [
      "Your docs for the migration were excellent.",
      "Thanks.",
      "I did notice the PRs sat unreviewed for days, though. Still, you're a real asset to this team.",
    ],
    // Two turns: praise and criticism, then praise.
    [
      "You've really stepped up this quarter. A couple of the estimates were way off.",
      "I know.",
      "But I'm really pleased with you overall.",
    ],
    // Chat, three turns.
    [
      "love the energy u bring to standups",
      "thx",
      "the tickets need better descriptions tho",
      "ok will do",
      "ur smashing it otherwise!",
    ],
  ])("flags %s … %s", (...lines) => {
    const flags = flagged(...lines);
    expect(flags).toHaveLength(1);
    expect(flags[0]?.across).toHaveLength(2);
  });

  it("flags it when the manager goes on without a reply in between", () => {
    const manager = (text: string) => ({ speaker: "manager" as const, text });
    const card = scoreTranscript(
      {
        turns: [
          manager("Really solid quarter."),
          { speaker: "employee", text: "Yeah." },
          manager("The review comments upset two people."),
          manager("Still, you're a star."),
        ],
      },
      patternOf(content, "delivering-difficult-feedback"),
    );
    expect(card.antiPatterns.filter((f) => f.id === "sandwich").map((f) => f.turn)).toEqual([3]);
  });

  it("is the same anti-pattern as the one-turn sandwich in every pattern that flags one", () => {
    const lines = [
      "Great work on the launch.",
      "ok thanks",
      "One thing: the tests were skipped.",
      "sure",
      "But honestly, you're one of our best.",
    ];
    expect(sandwiches("pip-kickoff", ...lines).map((f) => f.id)).toEqual(["sandwich"]);
    expect(sandwiches("recognising-a-win", ...lines).map((f) => f.id)).toEqual(["praise-but"]);
  });

  it("a sandwich within one turn is flagged once, as before, with nothing across", () => {
    const flags = flagged(
      "How has the week been?",
      "Busy.",
      "Great demo on Friday. The test coverage isn't ideal. But really happy with your work.",
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]?.across).toBeUndefined();
  });
});

describe("not a spread sandwich", () => {
  // Review 9a #11: a greeting's thanks and an agenda line after a filler were read as the praise
  // and the criticism, and "you've been great" two turns later closed a sandwich on them.
  it.each([
    [
      "Hi Jun, thanks for making time. Um, so, there's something we need to go over today.",
      "...Yeah.",
      "Basically HR has asked me to put together a sort of plan for you, it's not my idea honestly.",
      "Okay.",
      "I mean you've been great in a lot of ways, really.",
    ],
    // paraphrases
    [
      "Hey Sam, thank you for making the time. I need to talk to you about something today.",
      "ok",
      "It's about the roadmap.",
      "sure",
      "And you've been brilliant this quarter, honestly.",
    ],
  ])("a greeting's thanks and an agenda line: %s …", (...lines) => {
    expect(sandwiches("pip-kickoff", ...lines)).toEqual([]);
  });

  it("does not drop one whose criticism comes after the agenda line", () => {
    const flags = sandwiches(
      "pip-kickoff",
      "Great work on the launch. We need to talk about the missed deadlines, though.",
      "ok",
      "But honestly, you're one of our best.",
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]?.across?.map((p) => p.turn)).toEqual([0, 0]);
  });

  it.each([
    // The criticism is followed by a question: a discussion.
    [
      "Great work on the launch.",
      "ok thanks",
      "One thing: the tests were skipped. What happened there?",
      "We ran out of time.",
      "Makes sense. You're one of our best.",
    ],
    // They answer the criticism with their side, at length.
    [
      "Great work on the launch.",
      "ok thanks",
      "One thing: the tests were skipped.",
      "We ran out of time because the release date moved up and nobody told us until the Monday before.",
      "Fair. You're still one of our best.",
    ],
    // They ask about it.
    [
      "Great work on the launch.",
      "thanks",
      "The tests were skipped, though.",
      "Which tests?",
      "The payments ones. But you're one of our best.",
    ],
    // Separate topics: a new item announced, or topics that share nothing.
    [
      "Thanks for covering on-call last week, it was great.",
      "no worries",
      "Separately, the release notes were late again.",
      "yeah",
      "Great job on the demo though.",
    ],
    [
      "Thanks for covering on-call last week, it was great.",
      "no worries",
      "The Q3 estimates slipped again.",
      "yeah",
      "Great job on the demo though.",
    ],
    // No criticism between the praise.
    [
      "Great work on the launch.",
      "thanks!",
      "Your code reviews have been really thorough too.",
      "glad it helps",
      "And honestly, you're one of our best.",
    ],
    // Courtesy and a reply to what they said are not praise wrapped around criticism.
    [
      "Thanks for coming. You cut Wei off three times in the postmortem.",
      "I know. It was wrong.",
      "I appreciate that. It worried two people enough that they stopped speaking.",
    ],
    // Praise, criticism and praise too far apart: more than three manager turns.
    [
      "Great work on the launch.",
      "thanks",
      "How is the on-call going?",
      "fine",
      "And the migration?",
      "ok",
      "The tests were skipped.",
      "yeah",
      "You're one of our best.",
    ],
  ])("%s …", (...lines) => {
    expect(flagged(...lines)).toEqual([]);
  });
});
