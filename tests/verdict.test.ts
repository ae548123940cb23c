import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASES } from "./support/databases";
import { type VerdictCard, verdictFixture } from "./support/verdict-fixture";

/**
 * One score and one verdict on every screen (review 5, items 2–4): a reviewer who marks a missed
 * required step done lifts the verdict, and the debrief's record, History, the grid, its CSV and the
 * reviewer's inbox all say so; after a rewind the machine's new score counts everywhere, the review
 * is said to be of an earlier version, and the reviewer has it waiting again.
 */

/** Good lines, but no next step is ever proposed: the required step "agree a next step" is missed. */
const NO_NEXT_STEP = [
  "Thanks for making time, Dana. I'd like to talk about the last few sprints. Is now still a good time?",
  "In 3 of the last 4 sprints work has carried over; in Sprint 42, 21 story points rolled, most of it on the ledger reconciliation rewrite.",
  "The impact is that our forecast to Product keeps slipping, and they've asked me twice why. Before I jump to conclusions, how does it look from your side?",
  "It sounds like a lot of what you do never makes it onto the board. What's been taking your time?",
  "Thanks for explaining all of that, Dana.",
];

type Card = VerdictCard;

describe.each(DATABASES)("the counted verdict on %s", (kind) => {
  const fixture = verdictFixture(kind, { lines: NO_NEXT_STEP, cohortName: "Verdicts" });
  const { as, record, listed, cell, csvLine, inboxed, waiting } = fixture;
  let sessionId = "";
  let card: Card;

  beforeAll(async () => {
    await fixture.start();
    ({ sessionId, card } = fixture);
  }, 120_000);
  afterAll(() => fixture.close());

  it("fails on the machine's word alone: not passed everywhere, and the grid is not done", async () => {
    // The premise: only missed required steps fail it (no critical anti-pattern).
    expect(card.passed).toBe(false);
    expect(card.failReasons.every((r) => r.startsWith("Required step"))).toBe(true);
    expect((await record()).counted).toMatchObject({
      passed: false,
      verdictByReviewer: false,
      failReasons: card.failReasons,
    });
    expect((await listed())?.counted).toMatchObject({ passed: false });
    // The score clears the target of 20, yet an attempt that did not pass is not done.
    expect(card.overall).toBeGreaterThanOrEqual(20);
    expect(await cell()).toMatchObject({ status: "in_progress", bestPassed: false });
    expect(await csvLine()).toMatchObject({ status: "in_progress", passed: "false" });
  });

  it("passes once a finished review marks the missed required steps done, on every screen", async () => {
    for (const step of card.steps.filter((s) => s.required && s.status === "missed"))
      await as.mentor.json("POST", `/api/sessions/${sessionId}/adjustments`, {
        patternId: card.patternId,
        stepId: step.id,
        status: "hit",
        reason: "Turn 5 closes it well enough",
      });
    await as.mentor.json("POST", `/api/sessions/${sessionId}/adjustments`, {
      patternId: card.patternId,
      score: 84,
      reason: "A solid conversation",
    });
    // A review still open is a draft: nothing changes.
    expect((await record()).counted).toMatchObject({ passed: false, reviewedOverall: null });
    await as.mentor.json("PUT", `/api/sessions/${sessionId}/review`, { done: true });

    const counted = (await record()).counted;
    expect(counted).toMatchObject({
      overall: 84,
      passed: true,
      machinePassed: false,
      verdictByReviewer: true,
      failReasons: [],
      staleReview: null,
    });
    expect(counted?.changedSteps.length).toBeGreaterThan(0);
    expect(await listed()).toMatchObject({
      reviewedOverall: 84,
      counted: { overall: 84, passed: true },
    });
    expect(await cell()).toMatchObject({
      status: "done",
      bestScore: 84,
      bestReviewed: true,
      bestPassed: true,
      bestPassedByReviewer: true,
    });
    expect(await csvLine()).toMatchObject({ status: "done", best_score: "84", passed: "true" });
    expect(await inboxed()).toMatchObject({
      reviewedOverall: 84,
      counted: { passed: true },
      changedSinceReview: false,
    });
    expect(await waiting()).toBe(0);
  });

  it("after a rewind counts the machine's new score everywhere, and has the review waiting again", async () => {
    const socket = await as.lead.socket();
    socket.send({ type: "resume", sessionId, lastSeq: 0 });
    await socket.until((f) => f.type === "resumed");
    // The fourth line (turn index 6) said differently.
    socket.send({ type: "rewind", toTurn: 6 });
    await socket.until((f) => f.type === "branch_started");
    socket.send({
      type: "say",
      turnId: "r1",
      text: "What has been taking your time, beyond what's on the board?",
    });
    await socket.until((f) => f.type === "reply_done");
    socket.send({ type: "end" });
    await socket.until((f) => f.type === "scorecard_ready");
    socket.close();

    const { counted, scorecards } = await record();
    const machine = scorecards[0] as Card;
    expect(counted).toMatchObject({
      overall: machine.overall,
      passed: machine.passed,
      reviewedOverall: null,
      verdictByReviewer: false,
      staleReview: { overall: 84 },
    });
    expect(await listed()).toMatchObject({
      overall: machine.overall,
      reviewedOverall: null,
      counted: { overall: machine.overall, passed: machine.passed },
    });
    // The branch being flown counts, not the best of the session's branches.
    expect(await cell()).toMatchObject({
      bestScore: machine.overall,
      bestReviewed: false,
      bestPassed: machine.passed,
    });
    expect(await csvLine()).toMatchObject({ best_score: String(machine.overall) });
    expect(await inboxed()).toMatchObject({
      overall: machine.overall,
      reviewedOverall: null,
      changedSinceReview: true,
    });
    expect(await waiting()).toBe(1);

    // The reviewer looks again and finishes: their word counts again, and nothing waits.
    await as.mentor.json("PUT", `/api/sessions/${sessionId}/review`, { done: false });
    await as.mentor.json("PUT", `/api/sessions/${sessionId}/review`, { done: true });
    expect((await record()).counted).toMatchObject({ overall: 84, staleReview: null });
    expect(await inboxed()).toMatchObject({ reviewedOverall: 84, changedSinceReview: false });
    expect(await waiting()).toBe(0);
  });
});
