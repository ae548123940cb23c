import { describe, expect, it } from "vitest";
import { alternating, patternOf, shippedContent } from "../../tests/support/shipped-content";
import { scoreTranscript } from "./index";

/**
 * Review 8b (28 November), finding 5: "Reflect what you heard ✓ Done" on the same page as "Saying
 * back what you heard: never". The step quoted the manager's own plan for the talk ("So I am going
 * to stop talking …, and …") as a summary, an order to take their time as a reflection, and "i get
 * that its been a lot lately" (an acknowledgement) as reflecting. None says back anything Dana
 * said: the step follows the metric.
 */
const content = await shippedContent();
const feedback = patternOf(content, "delivering-difficult-feedback");

const LONG_TURN =
  "ok so let me give you the full picture because I think context matters here and I dont " +
  "want you to feel blindsided. Over the last three sprints the team committed to 34, 31 " +
  "and 29 points and we delivered 22, 19 and 17, and most of the gap sits with the tickets " +
  "assigned to you, specifically the payment retry work, the ledger export and the webhook " +
  "signing changes, which slipped twice each. I know the on-call rotation has been heavy, I " +
  "know the incident on the 3rd ate most of a week, and I know Zo\u00eb and Jos\u00e9 were both out " +
  "for part of that time so you picked up their reviews as well. I am not saying any of " +
  "this to pile on. What I am trying to say is that the product team is now planning the Q1 " +
  "launch around dates we have not been able to hit, and when we miss, they find out from " +
  "the burndown chart rather than from us, which makes it look like we are hiding things " +
  "even though we are not. I would much rather we flag risk early, even if it is " +
  "uncomfortable, than keep promising numbers that we both suspect are optimistic. I also " +
  "want to understand what is actually going on from your side, because I have a theory but " +
  "theories are cheap and I have been wrong before, for example last quarter when I thought " +
  "the estimation problem was about story splitting and it turned out to be about the flaky " +
  "staging environment. So I am going to stop talking in a second, but before I do: I want " +
  "to be clear that I value your work, the migration you led in the spring was excellent, " +
  "and I want to get to a place where the commitments we make are ones you actually believe " +
  "in. What do you think is going on? And honestly, take your time, there is no wrong " +
  "answer here, I just want the real picture, including the parts that might be about me, " +
  "my planning, or how I run the sprint reviews, because if I am part of the problem I " +
  "would rather hear it now than in your exit interview.";

const step = (card: ReturnType<typeof scoreTranscript>, id: string) =>
  card.steps.find((s) => s.id === id);

describe("the listening step and the saying-back metric agree", () => {
  it("Oskar's turns 12 and 13: neither the step nor the metric counts them", () => {
    const card = scoreTranscript(
      alternating(
        "we need to talk about the sprint commitments",
        "Understood.",
        LONG_TURN,
        "I'll hit a date I set. I won't promise to hit one someone else invented. Three of those tickets were blocked on the schema migration. That's in the ticket comments.",
        "i get that its been a lot lately i just want to understand whats going on with the sprint stuff from ur side",
        "Fine. Since the duplicate-payout incident on 3 March, every ledger alert comes to me, rotation or not. I logged it: eleven hours last sprint that never touched the board.",
      ),
      feedback,
    );
    expect(card.metrics.reflectionToQuestion.note).toMatch(/said back what you heard in 0 turns/);
    expect(step(card, "listen")?.status).toBe("missed");
  });

  it.each([
    // an acknowledgement, in the reviewer's words and two of mine
    "i get that its been a lot lately i just want to understand whats going on with the sprint stuff from ur side",
    "I get that it's been a rough few weeks.",
    "That makes sense, it has been a lot.",
  ])("an acknowledgement is not reflecting what you heard: %s", (line) => {
    const card = scoreTranscript(
      alternating(
        "What's your view of what happened in the sprint?",
        "Three of those tickets were blocked on the schema migration.",
        line,
        "Right.",
      ),
      feedback,
    );
    expect(step(card, "listen")?.status).toBe("missed");
  });

  it("saying back what they said still counts, in the step and the metric", () => {
    const card = scoreTranscript(
      alternating(
        "What's your view of what happened in the sprint?",
        "Three of those tickets were blocked on the schema migration, and every ledger alert comes to me.",
        "So the schema migration held you up, and the ledger alerts keep landing on you.",
        "Yes. Exactly.",
      ),
      feedback,
    );
    expect(step(card, "listen")?.status).toBe("hit");
    expect(card.metrics.reflectionToQuestion.note).toMatch(/said back what you heard in 1 turn\b/);
  });
});

/**
 * Review 8b, finding 3: in the promotion pattern, praise of the work with a number ("your latency
 * work was amazing, 900 to 240ms, nobody else did that") was "Give specific reasons", while the
 * reasons passed on as vague and disowned ("they said something about cross team leadership and
 * mentoring but honestly thats vague, I dont really know what they want either") went unflagged.
 * Praise of work done is not the reason for a "not yet"; reasons passed on vaguely are vague reasons.
 */
describe("promotion: the reasons for a not-yet", () => {
  const promotion = patternOf(content, "promotion-readiness-conversation");
  const DECISION = "The committee decided not to promote you to Staff this cycle.";

  it.each([
    "your latency work was amazing, 900 to 240ms, nobody else did that",
    // paraphrases
    "The rate limiter you built took errors from 4% to 0.1%, which was brilliant.",
    "Your search rebuild cut p99 from 900 to 240ms and nobody else shipped anything like it, it was outstanding.",
  ])("praise of the work is not a reason: %s", (line) => {
    const card = scoreTranscript(alternating(DECISION, "Okay.", line, "Right."), promotion);
    expect(step(card, "reasons")?.status).toBe("missed");
  });

  it.each([
    "Your packet shows one design review outside Search in the last year.",
    "Your delivery is strong, but the packet shows one design review outside Search in the last year.",
    "Their reasoning: your delivery is clearly at the level, but the packet shows little cross-team technical leadership.",
  ])("the committee's evidence is a reason: %s", (line) => {
    const card = scoreTranscript(alternating(DECISION, "Okay.", line, "Right."), promotion);
    expect(step(card, "reasons")?.status).toBe("hit");
    expect(card.antiPatterns.map((f) => f.id)).not.toContain("vague-reasons");
  });

  it.each([
    "they said something about cross team leadership and mentoring but honestly thats vague, I dont really know what they want either",
    // paraphrases
    "They mentioned something about scope, but I'm not sure what they want.",
    "Honestly the feedback was fuzzy, something about influence, no idea what they're looking for.",
  ])("reasons passed on vaguely are flagged: %s", (line) => {
    const card = scoreTranscript(alternating(DECISION, "Okay.", line, "Right."), promotion);
    const flag = card.antiPatterns.find((f) => f.id === "vague-reasons");
    expect(flag?.turn).toBe(2);
    expect(step(card, "reasons")?.status).toBe("missed");
  });

  it("Rosa's fearful flight: no reasons credited from the praise, and the vague reasons flagged", () => {
    const card = scoreTranscript(
      alternating(
        "hi marcus, thanks for coming, how are you doing?",
        "Busy. Search never sleeps.",
        "ok so the answer is not this cycle. I'm sorry. I'm really sorry. it's not my decision",
        "What did the committee actually say, word for word?",
        "I know, I know. honestly I think they got it wrong. your latency work was amazing, 900 to 240ms, nobody else did that",
        "Right.",
        "they said something about cross team leadership and mentoring but honestly thats vague, I dont really know what they want either",
        "What would you need to see by the H1 promotion cycle to put me forward?",
      ),
      promotion,
    );
    expect(step(card, "reasons")?.status).toBe("missed");
    expect(card.antiPatterns.map((f) => f.id)).toContain("vague-reasons");
  });
});
