import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { detectMoves, MOVE_INFO } from "../moves";
import type { TranscriptTurn } from "../moves/move.schema";
import { concedes, invites } from "./heard";
import { playScript } from "./index";

const UNLOCKING = [
  "open_question",
  "closed_question",
  "perspective_ask",
  "reflection",
  "summary",
  "validation",
  "support_offer",
  "self_disclosure",
];
/** What the persona hears: the detectors' moves, the one reader of hurts (rules-judging.ts). */
const kindsOf = (text: string) => detectMoves(text).map((m) => m.move);
const hurts = (text: string) => kindsOf(text).some((k) => MOVE_INFO[k].polarity === "negative");

describe("hurts the persona hears, read by the detectors", () => {
  it("a conditional loss of standing is a threat, whatever the verb and the voice", () => {
    for (const line of [
      "It would be a shame if people started to see you as someone who leaves when things get hard.",
      "It would be a shame if this came up in your review.",
      "If you keep pushing on this, it won't help your case for Staff.",
      "If you're not happy here, nobody is forcing you to stay.",
      "keep this up and ppl will start to think of you as difficult tbh",
      "If you continue like this, I am afraid it will count against you in calibration.",
      "I'd hate for this to reflect badly on you at review time, if you take my meaning.",
    ])
      expect(kindsOf(line), line).toContain("threat");
  });

  it("reassurance and plans about a review are not threats", () => {
    for (const line of [
      "If you need more time, it won't hurt your review.",
      "If this goes well, it will help your case for Staff.",
      "It would be a shame if we lost you. What would make you stay?",
      "I'd like this to show up in your review as a win.",
      "If you want, we can go through your review together.",
    ])
      expect(kindsOf(line), line).not.toContain("threat");
  });

  it("a pejorative word for the person, a fixed trait or a verdict on their conduct hurts", () => {
    for (const line of [
      "Leaving now would be pretty selfish given the upgrade isn't done.",
      "You've always been the one who complains about on-call.",
      "You're a heads-down coder, that's just who you are, and Staff is a different job.",
      "you're being a bit dramatic about this tbh",
      "Honestly it comes across as quite entitled, if I'm frank.",
      "You are the most senior person here and you're basically silent. That's not leadership.",
      "your PRs have been kinda sloppy lately",
    ])
      expect(hurts(line), line).toBe(true);
    // A verdict on their conduct by the standard of a role names no behaviour: vague feedback.
    expect(kindsOf("That's not leadership.")).toContain("vague_feedback");
    expect(kindsOf("You're a heads-down coder, that's just who you are.")).toContain(
      "character_label",
    );
  });

  it("a hard word about a thing, or about the manager, is not a label of them", () => {
    for (const line of [
      "The rota has been selfish to the people with kids, and that's on me.",
      "I was careless with the estimate, not you.",
      "Who complains about on-call the most, do you think, and why?",
      "What would leadership look like for you?",
      "That's just who we hired you to be: the person who asks hard questions.",
    ])
      expect(kindsOf(line), line).not.toContain("character_label");
  });

  it("their grievance made small, or closed, is a dismissal", () => {
    for (const line of [
      "So basically the budget was 3.5% and you're already high in the band, so 3% is actually reasonable.",
      "It's not personal, it's the same process for everyone.",
      "Everyone wants to go to DevEx, it's the shiny team. That's not a reason.",
      "the number is pretty standard tbh, everybody got the same",
      "Honestly the migration went fine mostly because the provider did the heavy lifting.",
      "I'm afraid that is simply how the process works, there is nothing personal in it.",
    ])
      expect(kindsOf(line), line).toContain("dismissal");
  });

  it("agreeing with their view is not a dismissal", () => {
    for (const line of [
      "Your reaction is completely reasonable.",
      "That's fair, and I'd feel the same.",
      "It's personal for you, and it should be.",
      "Is 3% reasonable, in your view?",
      "The process is the same for everyone, and I think it failed you here.",
    ])
      expect(kindsOf(line), line).not.toContain("dismissal");
  });
});

describe("what invites a concern", () => {
  const history = (...replies: string[]): TranscriptTurn[] =>
    replies.flatMap((text) => [
      { speaker: "manager" as const, text: "Hi." },
      { speaker: "employee" as const, text },
    ]);
  const invited = (text: string, h: TranscriptTurn[] = []) =>
    invites(text, detectMoves(text, h.length ? { previous: h } : undefined), h);

  it("fillers and bare acknowledgements invite nothing", () => {
    for (const line of [
      "Okay. I understand.",
      "I hear you.",
      "ok got it",
      "I see. I understand, yes.",
      "Right, right. I understand you.",
      "I understand. I can't change anything until June anyway.",
      "Tell me if you need anything from me.",
      "let me know if u need anything",
      "My door is always open, you know that.",
    ])
      expect(
        invited(line, history("It's been a long quarter.")).filter((k) => UNLOCKING.includes(k)),
        line,
      ).toEqual([]);
  });

  it("the manager's own statements invite nothing, whatever the detectors call them", () => {
    const h = history("It's fine.");
    for (const line of [
      "So, the committee met last week. There was a lot of good discussion about your packet.",
      "You have carried over quite a lot of work lately.",
      "You've been here four years now.",
      "For Staff you need more cross-team influence.",
      "u need to be more visible tbh",
      "So the deep technical work on search is what lights you up, and the meetings that go nowhere wear you out.",
    ])
      expect(invited(line, h), line).not.toContain("reflection");
  });

  it("questions about them, reflections of their words or feelings, and concrete help invite", () => {
    const h = history("I've been covering nights since the failover. I'm exhausted.");
    const cases: Array<[string, string]> = [
      ["How are you doing with all of this, honestly?", "open_question"],
      ["What's been hardest for you since the failover?", "open_question"],
      ["So you've been covering nights since the failover.", "reflection"],
      ["It sounds like you're running on empty.", "reflection"],
      ["That sounds exhausting, and it makes sense you're worn down.", "validation"],
      ["I can take you off the rota for the next two weeks.", "support_offer"],
    ];
    for (const [line, kind] of cases) expect(invited(line, h), line).toContain(kind);
  });
});

describe("a concession must be earned", () => {
  it("is not made to a statement of the manager's position", () => {
    for (const text of [
      "They want to see a bit more leadership, I think.",
      "You have carried over quite a lot of work lately.",
      "The budget was fixed in March.",
    ])
      expect(concedes(text, detectMoves(text), { trust: 0.7, guard: 0.2 }), text).toBe(false);
  });
  it("is made to a plan or to being understood, when trust allows", () => {
    for (const text of [
      "What if you led the design review for the search rewrite?",
      "Let's write the gap list together by Friday.",
    ])
      expect(concedes(text, detectMoves(text), { trust: 0.7, guard: 0.2 }), text).toBe(true);
    const text = "What if you led the design review?";
    expect(concedes(text, detectMoves(text), { trust: 0.3, guard: 0.6 })).toBe(false);
  });
});

describe("in a session (persona state)", () => {
  let content: Content;
  beforeAll(async () => {
    content = await shippedContent();
  });
  const trustOf = (s: { state: { personas: Array<{ trust: number }> } } | undefined) =>
    s?.state.personas[0]?.trust ?? 0;

  it("a veiled threat or a pejorative word never raises trust, in any voice", () => {
    const opener = "Priya, thanks for the invite. What's behind the request?";
    for (const hurt of [
      "tbh moving now would be kinda selfish, the upgrade isnt done",
      "You have always been the one who complains about the rota, no?",
      "Should you keep pressing on this, I fear it would reflect rather badly on you come review time.",
      "If you're unhappy here, the door is right there.",
    ]) {
      const [first, second] = playScript(
        scenarioOf(content, "lateral-move-request"),
        content,
        [opener, hurt],
        { seed: 1, continuePastOutcome: true },
      ).steps;
      expect(trustOf(second), hurt).toBeLessThan(trustOf(first));
      expect(second?.reveals, hurt).toEqual([]);
      expect(second?.reply.text, hurt).not.toMatch(/\b(?:agreed|that's fair|i'll take that)\b/i);
    }
  });

  it("a filler after warm turns brings out nothing; the same turns with a question about them do", () => {
    const warmUp = [
      "Hi Priya, how are you doing this week, honestly?",
      "What's been the hardest part of the rota for you lately?",
      "That sounds exhausting. Covering for people with kids on top of your own weeks is a lot.",
    ];
    for (const filler of ["Okay. I understand.", "ok got it", "I see. Right.", "Mm, I hear you."]) {
      const played = playScript(scenarioOf(content, "burnout-signals"), content, [
        ...warmUp,
        filler,
      ]);
      expect(played.steps.at(-1)?.reveals, filler).toEqual([]);
    }
  });

  it("no concession to a statement of the manager's position", () => {
    for (const position of [
      "The budget was 3.5% and you're high in the band, so that's where it landed.",
      "Calibration wants more leadership, that's the feedback.",
      "well the committee felt the packet was thin on mentoring",
    ]) {
      for (const seed of [1, 2, 3]) {
        const step = playScript(
          scenarioOf(content, "compensation-disappointment"),
          content,
          ["Marcus, I know the letter wasn't what you hoped for.", position],
          { seed },
        ).steps.at(-1);
        expect(step?.reply.text, `${position} (seed ${seed})`).not.toMatch(
          /\b(?:agreed|that's fair|i'll take that|i hadn't thought of it)\b/i,
        );
      }
    }
  });
});
