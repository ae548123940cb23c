import { describe, expect, it } from "vitest";
import { alternating, patternOf, shippedContent } from "../../tests/support/shipped-content";
import { lintDraft, scoreTranscript } from "./index";

/**
 * Scoring defects a newcomer found playing whole conversations (first run, 27 November, report
 * items 8, 13, 14, 15, 16), each with other sentences of its class and innocent near-misses.
 */
const content = await shippedContent();
const pattern = (id: string) => patternOf(content, id);
const step = (card: ReturnType<typeof scoreTranscript>, id: string) =>
  card.steps.find((s) => s.id === id);

describe("conflict-mediation-opening: taking a side (#16)", () => {
  const mediation = pattern("conflict-mediation-opening");
  const REPLY = "I'm the one on call for the checkout service.";

  it.each([
    "Tomás, Elena is right, the RFC wasn't ready.",
    "Let's just go with Elena's call.",
    "Honestly, Tomás is right about this one.",
    "I'm with Elena on this, the rollback matters more.",
    "I agree with Tomás, Kafka is the better fit for checkout.",
    "Elena's design is clearly better, so let's use it.",
    "Elena, you're wrong about the retries.",
  ])("%s is not a neutral purpose, and is flagged", (line) => {
    // After an opening and a reply, as in a conversation: a line read alone may carry no move.
    const card = scoreTranscript(
      alternating("Thanks for making the time.", REPLY, line),
      mediation,
    );
    expect(step(card, "purpose")?.status, line).toBe("missed");
    expect(
      card.antiPatterns.map((f) => f.id),
      line,
    ).toContain("taking-sides");
  });

  it.each([
    "The goal today is to agree how we'll decide, not who is right.",
    "I'm not here to pick a winner; I want us to agree how we'll decide on the event bus.",
    "Nobody is wrong here; we're here to agree how the checkout decision gets made.",
  ])("%s is a neutral purpose", (line) => {
    const card = scoreTranscript(alternating(line, REPLY), mediation);
    expect(step(card, "purpose")?.status, line).toBe("hit");
    expect(card.antiPatterns.map((f) => f.id)).not.toContain("taking-sides");
  });

  it.each([
    "Neither of you is wrong to care about this.",
    "You're both right that the pages are a real problem.",
    "That's right, and I'd like us to decide by Friday.",
    "The timing is wrong for a big migration before the holidays.",
    "I agree with both of you that the checkout path needs to change.",
    "Is Elena right that the rollback isn't in the document?",
    "So, Elena, your worry is that nobody else would maintain the client, is that right?",
    "Tell me if I've got any of that wrong.",
  ])("%s takes no side", (line) => {
    const card = scoreTranscript(
      alternating("Thanks for making the time.", REPLY, line),
      mediation,
    );
    expect(card.antiPatterns.map((f) => f.id)).not.toContain("taking-sides");
  });

  it("reads the reviewer's poor mediation as it is (med-poor)", () => {
    const card = scoreTranscript(
      alternating(
        "OK, I don't have much time. Tomás, Elena is right, the RFC wasn't ready.",
        REPLY,
        "Tomás, you need to stop taking it personally. Everyone gets their RFCs closed.",
        "That's not a compromise, that's my design losing politely.",
        "Elena, honestly you could be a bit nicer, but whatever. Let's just go with Elena's call.",
        "If architecture review had a real process, none of this would be in a channel.",
        "Can we wrap this up?",
      ),
      mediation,
    );
    expect(step(card, "purpose")?.status).toBe("missed");
    // An instruction is not a reflection of what they said.
    expect(step(card, "reflect")?.status).toBe("missed");
    const flagged = card.antiPatterns.map((f) => `${f.turn}:${f.id}`);
    expect(flagged).toEqual(
      expect.arrayContaining([
        "0:taking-sides",
        "2:brush-off",
        "4:vague-verdict",
        "4:taking-sides",
      ]),
    );
    expect(card.overall).toBe(0);
  });
});

describe("promotion-readiness-conversation: the committee's reasons reported (#8)", () => {
  const promotion = pattern("promotion-readiness-conversation");
  const DECISION =
    "Marcus, I wanted you to hear this from me first: the committee decided not to promote you to Staff this cycle.";
  const REPLY = "Okay. I didn't expect that.";

  it.each([
    "Their reasoning: your delivery is clearly at Staff level, but the packet shows little cross-team technical leadership and not much mentoring.",
    "The committee's feedback was that your design work is strong, but there isn't enough evidence yet of leading across teams.",
    "The panel's view is that you're close, but the packet has no examples of you mentoring anyone.",
    "The main reason is that they wanted more evidence of technical leadership beyond your own team.",
    "The gap is cross-team technical leadership; the packet has no design you led outside Search.",
  ])("%s gives specific reasons and acknowledges nothing", (line) => {
    const card = scoreTranscript(alternating(DECISION, REPLY, line), promotion);
    expect(step(card, "reasons")?.status, line).toBe("hit");
    expect(step(card, "reasons")?.evidence[0]?.quote).toBe(line);
    // Someone else's reasoning is not a say-back of what they said.
    expect(step(card, "acknowledge")?.status, line).toBe("missed");
  });

  it.each([
    "There were simply more strong candidates than slots this cycle.",
    "The reason is complicated, and I'll be honest that I don't fully agree with it.",
    "It just wasn't your time, and I think the committee will see it next cycle.",
    "I'll go through their reasons with you in a minute.",
  ])("%s names no reason in their work", (line) => {
    const card = scoreTranscript(alternating(DECISION, REPLY, line), promotion);
    expect(step(card, "reasons")?.status, line).toBe("missed");
  });

  it.each([
    "Marcus, the committee met on the 14th and decided not to promote you to Staff this cycle.",
    "On Tuesday the panel said you won't be promoted this round.",
  ])("the decision told with its date still shares it: %s", (line) => {
    const card = scoreTranscript(alternating(line, REPLY), promotion);
    expect(step(card, "decision-first")?.status, line).toBe("hit");
  });

  it("a dated meeting that says no decision does not share it", () => {
    const line = "The committee met on the 14th and spent two hours on the Staff packets.";
    const card = scoreTranscript(alternating(line, REPLY), promotion);
    expect(step(card, "decision-first")?.status).toBe("missed");
  });

  it("passes the reviewer's skilled run (promo-good)", () => {
    const card = scoreTranscript(
      alternating(
        DECISION,
        REPLY,
        "Their reasoning: your delivery is clearly at Staff level, but the packet shows little cross-team technical leadership and not much mentoring.",
        "I don't understand. I did the search latency work.",
        "I argued for you with the search latency work, and I lost that argument. I know this is disappointing. How does it land for you?",
        "It feels like the goalposts moved. Someone else got promoted for less.",
        "It sounds like it feels like the goalposts moved, especially after watching someone else get promoted.",
        "Yes.",
        "What's your view on what the committee said?",
        "I guess I haven't done much outside my team.",
        "How could we build a plan together toward the next cycle?",
        "Maybe I could lead a design review.",
        "Let's agree: you lead one cross-team design review by the end of the month, and we check in on it at our 1-on-1 next week. Does that work?",
        "Okay.",
      ),
      promotion,
    );
    expect(card.failReasons).toEqual([]);
    expect(step(card, "reasons")?.status).toBe("hit");
    expect(step(card, "plan")?.status).toBe("hit");
    expect(step(card, "acknowledge")?.evidence.map((e) => e.turn)).not.toContain(2);
  });
});

describe("supporting-a-struggling-report: a performance opener is not a noticing (#13)", () => {
  const support = pattern("supporting-a-struggling-report");
  const REPLY = "All good, just busy.";

  it.each([
    "Priya, we need to talk about the upgrade. It's two weeks behind and you missed two stand-ups.",
    "The migration slipped again last week, and you weren't at Thursday's planning.",
    "You missed the deadline on the billing export twice this month.",
    "The upgrade has fallen behind since you took the pager in March.",
  ])("%s", (line) => {
    const card = scoreTranscript(alternating(line, REPLY), support);
    expect(step(card, "notice")?.status, line).toBe("missed");
  });

  it.each([
    "I noticed you've been on call for nine of the last thirteen weeks.",
    "You've missed the last two stand-ups, and your messages have been landing after midnight.",
    "Your last two PRs took a week each, which isn't like you.",
    "I saw you were online at 2am three nights last week.",
  ])("%s is still a noticing", (line) => {
    const card = scoreTranscript(alternating(line, REPLY), support);
    expect(step(card, "notice")?.status, line).toBe("hit");
  });

  it("flags 'You always say \"all good\"' as an absolute (burn-poor)", () => {
    const card = scoreTranscript(
      alternating(
        "How are things?",
        "All good.",
        'You always say "all good" and clearly it isn\'t. You need to be more engaged.',
      ),
      support,
    );
    expect(card.antiPatterns.map((f) => `${f.turn}:${f.id}`)).toContain("2:blame");
  });
});

describe("the linter on praise that cushions criticism and on the crowd after it (#14)", () => {
  const rules = [...content.lintRules.values()];
  const rulesOf = (text: string) => new Set(lintDraft(text, rules).flags.map((f) => f.rule));

  it("flags both in the reviewer's draft", () => {
    const found = rulesOf(
      "Hi Jun, great job on the release, but you were late again to stand-up and honestly everyone has noticed…",
    );
    expect(found.has("praise-before-but")).toBe(true);
    expect(found.has("appeal-to-the-crowd")).toBe(true);
  });

  it.each([
    "Thanks for the update, but the estimates were off again and everybody can see it.",
    "Nice demo, though the tests were thin and people have noticed.",
    "Good sprint overall, but you skipped the retro again and the whole team has noticed.",
  ])("the crowd after praise turned by a 'but': %s", (text) => {
    expect(rulesOf(text).has("appeal-to-the-crowd")).toBe(true);
  });

  it.each([
    "The latency work was incredible and everybody knows it.",
    "Not a bad sprint, but honestly everyone has noticed how much calmer on-call has been.",
    "Everyone can see the dashboard now, so stand-up can be shorter.",
  ])("not the crowd's praise: %s", (text) => {
    expect(rulesOf(text).has("appeal-to-the-crowd")).toBe(false);
  });

  it.each([
    "Nice work, but the tests were thin.",
    "Really good effort on the migration, though the runbook is still missing.",
    "Well done on the demo \u2014 but next time please check the slides with me first.",
    "Great work on the payments service, however the alerts are still noisy.",
  ])("generic praise before a 'but': %s", (text) => {
    expect(rulesOf(text).has("praise-before-but")).toBe(true);
  });

  it.each([
    "Great job cutting p95 from 900 to 240 ms, but let's also write it up for the all-hands.",
    "Great demo. The tests were thin.",
    "Thanks for the update, but I still need the estimate by Friday.",
    "Good work is hard to see from outside, but your write-up made the migration visible.",
  ])("not %s", (text) => {
    expect(rulesOf(text).has("praise-before-but")).toBe(false);
  });
});

describe("saying back per question, as counted (#15)", () => {
  const support = pattern("supporting-a-struggling-report");

  it("counts reflections against question turns, as MITI does, and says so in the note", () => {
    const card = scoreTranscript(
      alternating(
        "Hi Priya, thanks for making time. How has this week been for you?",
        "Busy. The pager has been a lot.",
        "That sounds exhausting. It sounds like you've been carrying the rotation more than anyone can see.",
        "Yeah. Nobody else seems to notice.",
        "What's been the hardest part of it for you?",
        "Never being off, really.",
        "That makes complete sense. Anyone would be worn down by that.",
        "Thanks.",
        "What would help most right now?",
        "Being off the rota for a bit.",
      ),
      support,
    );
    const rq = card.metrics.reflectionToQuestion;
    // Three question turns, one turn saying back; "That makes complete sense" validates.
    expect(rq.value).toBe(0.33);
    expect(rq.note).toBe(
      'you said back what you heard in 1 turn and asked something in 3 turns; saying it makes sense ("That makes sense") does not count here',
    );
  });
});
