import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTranscript } from "../server/rubric";
import { DATABASES } from "./support/databases";
import { type VerdictCard, verdictFixture } from "./support/verdict-fixture";

/**
 * A machine flag a reviewer sets aside, over HTTP on both databases: with the missed steps read as
 * done, a label said once (critical) alone fails the attempt; set aside in a finished review, the
 * attempt passes on the debrief's record, History, the grid and its CSV, the inbox and both exports,
 * which keep the flag, struck, with the reason; restored, or after a rewind, it fails again.
 */

/**
 * The fourth line labels Dana: a critical flag. (It used to quote a client's email; a label passed
 * on from someone else now reads as vague feedback, not critical.)
 */
const QUOTED_LABEL = [
  "Thanks for making time, Dana. I'd like to talk about the last few sprints. Is now still a good time?",
  "In 3 of the last 4 sprints work has carried over; in Sprint 42, 21 story points rolled, most of it on the ledger reconciliation rewrite.",
  "The impact is that our forecast to Product keeps slipping, and they've asked me twice why. Before I jump to conclusions, how does it look from your side?",
  "Honestly, you're just lazy about estimates.",
  "It sounds like a lot of what you do never makes it onto the board. What's been taking your time?",
];
const REASON = "Said once in frustration and taken back in the next line";

type Card = VerdictCard;

describe.each(DATABASES)("a flag set aside by a reviewer, on %s", (kind) => {
  const fixture = verdictFixture(kind, { lines: QUOTED_LABEL, cohortName: "Set asides" });
  const { as, record, listed, cell, csvLine, inboxed, waiting } = fixture;
  let sessionId = "";
  let card: Card;

  beforeAll(async () => {
    await fixture.start();
    ({ sessionId, card } = fixture);
  }, 120_000);
  afterAll(() => fixture.close());

  const exported = async (format: "md" | "json") =>
    (await as.lead.req("GET", `/api/sessions/${sessionId}/export?format=${format}`)).text();

  it("fails on the label alone, even with the steps read as done", async () => {
    const flag = card.antiPatterns.find((f) => f.critical);
    expect(flag, "the label draws a critical flag").toBeDefined();
    for (const step of card.steps.filter((s) => s.required && s.status === "missed"))
      await as.mentor.json("POST", `/api/sessions/${sessionId}/adjustments`, {
        patternId: card.patternId,
        stepId: step.id,
        status: "hit",
        reason: "Said plainly enough",
      });
    await as.mentor.json("PUT", `/api/sessions/${sessionId}/review`, { done: true });
    expect((await record()).counted).toMatchObject({
      passed: false,
      failReasons: [`Critical anti-pattern "${flag?.title}" on turn 7.`],
    });
    expect(await cell()).toMatchObject({ bestPassed: false });
  });

  it("passes once the finished review sets the flag aside, on every screen and in both exports", async () => {
    const flag = card.antiPatterns.find((f) => f.critical) as Card["antiPatterns"][number];
    const refused = await as.lead.req("POST", `/api/sessions/${sessionId}/flag-set-asides`, {
      patternId: card.patternId,
      flagId: flag.id,
      turn: flag.turn,
      reason: REASON,
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("FD_FORBIDDEN");
    const aside = await as.mentor.json<{ id: string }>(
      "POST",
      `/api/sessions/${sessionId}/flag-set-asides`,
      { patternId: card.patternId, flagId: flag.id, turn: flag.turn, reason: REASON },
    );
    const counted = (await record()).counted;
    expect(counted).toMatchObject({
      passed: true,
      machinePassed: false,
      verdictByReviewer: true,
      failReasons: [],
      setAsideFlags: [{ id: flag.id, turn: flag.turn, reason: REASON }],
    });
    expect((await listed())?.counted).toMatchObject({ passed: true, verdictByReviewer: true });
    expect(await cell()).toMatchObject({
      status: "done",
      bestPassed: true,
      bestPassedByReviewer: true,
    });
    expect(await csvLine()).toMatchObject({ status: "done", passed: "true" });
    expect((await inboxed())?.counted).toMatchObject({ passed: true });
    const md = await exported("md");
    expect(md).toContain("passed, as your reviewer counted it");
    expect(md).toContain(`~~${flag.title}~~`);
    expect(md).toContain(`Set aside by your reviewer: ${REASON}`);
    // The steps the review read as done say so, beside the machine's status, with the reason.
    const redone = card.steps.filter((s) => s.required && s.status === "missed");
    expect(redone.length).toBeGreaterThan(0);
    for (const step of redone)
      expect(md).toMatch(
        new RegExp(
          `- ✓ Done: ${step.title} \\(required\\)\\. Your reviewer marked it Done; the machine had it Missed[^\\n]*Why \\([^)]+\\): Said plainly enough`,
        ),
      );
    const json = JSON.parse(await exported("json"));
    expect(json.counted).toMatchObject({
      passed: true,
      setAsideFlags: [{ id: flag.id, reason: REASON }],
    });
    expect(json.review).toMatchObject({
      setAsides: [{ flagId: flag.id, reason: REASON, counts: true }],
    });
    // Restored: it fails again.
    await as.mentor.req("DELETE", `/api/flag-set-asides/${aside.id}`);
    expect((await record()).counted).toMatchObject({ passed: false, setAsideFlags: [] });
    expect(await csvLine()).toMatchObject({ passed: "false" });
    await as.mentor.json("POST", `/api/sessions/${sessionId}/flag-set-asides`, {
      patternId: card.patternId,
      flagId: flag.id,
      turn: flag.turn,
      reason: REASON,
    });
    expect((await record()).counted).toMatchObject({ passed: true });
  });

  it("after a rewind the review counts for nothing, and waits for the reviewer again", async () => {
    const socket = await as.lead.socket();
    socket.send({ type: "resume", sessionId, lastSeq: 0 });
    await socket.until((f) => f.type === "resumed");
    socket.send({ type: "rewind", toTurn: 8 });
    await socket.until((f) => f.type === "branch_started");
    socket.send({ type: "say", turnId: "r1", text: "What has been taking your time?" });
    await socket.until((f) => f.type === "reply_done");
    socket.send({ type: "end" });
    await socket.until((f) => f.type === "scorecard_ready");
    socket.close();
    expect((await record()).counted).toMatchObject({
      passed: false,
      verdictByReviewer: false,
      setAsideFlags: [],
    });
    expect(await cell()).toMatchObject({ bestPassed: false });
    expect((await inboxed())?.changedSinceReview).toBe(true);
    expect(await waiting()).toBe(1);
    // Finished again, the set-aside of the same words on the same line counts again.
    await as.mentor.json("PUT", `/api/sessions/${sessionId}/review`, { done: true });
    expect((await record()).counted).toMatchObject({ passed: true });
    expect(await waiting()).toBe(0);
  });

  it("exports a comment and the manager's reply under the line they are on; score reads past them", async () => {
    const md = await exported("md");
    const { turns } = await as.lead.json<{ turns: { id: string; text: string }[] }>(
      "GET",
      `/api/sessions/${sessionId}`,
    );
    const line = turns[6] as { id: string; text: string };
    const comment = await as.mentor.json<{ id: string }>(
      "POST",
      `/api/sessions/${sessionId}/comments`,
      { turnId: line.id, text: "Worth rewinding here." },
    );
    await as.lead.json("POST", `/api/comments/${comment.id}/replies`, { text: "Will do." });
    const commented = await exported("md");
    const transcript = commented.slice(commented.indexOf("## Transcript"));
    const under = transcript.slice(transcript.indexOf(line.text.split("\n")[0] as string));
    expect(under).toMatch(/^> 💬 \*\*[^*]+\*\* \(reviewer\) commented: Worth rewinding here\.$/m);
    expect(under).toContain("> 💬 **You** replied: Will do.");
    const read = (text: string) => {
      const parsed = parseTranscript(text);
      return parsed.ok ? parsed.transcript : parsed.problems;
    };
    expect(read(commented)).toEqual(read(md));
    expect((await exported("json").then(JSON.parse)).review).toMatchObject({
      comments: [{ text: "Worth rewinding here.", replies: [{ author: "You", text: "Will do." }] }],
    });
    // The mentor's download of it is written for him (review 9b, #8): his comment his, hers by name.
    const forMentor = await (
      await as.mentor.req("GET", `/api/sessions/${sessionId}/export?format=md`)
    ).text();
    const hisUnder = forMentor.slice(forMentor.indexOf("## Transcript"));
    expect(hisUnder).toContain("> 💬 **You** (reviewer) commented: Worth rewinding here.");
    expect(hisUnder).toContain("> 💬 **lead** (manager) replied: Will do.");
    expect(forMentor).not.toMatch(/\b[Yy]our (reviewer|mentor|turn)\b|as your/);
    expect(read(forMentor)).toEqual(read(md));
    const mentorJson = await (
      await as.mentor.req("GET", `/api/sessions/${sessionId}/export?format=json`)
    ).json();
    expect(mentorJson.review).toMatchObject({
      comments: [
        {
          on: "lead's turn 4",
          author: "You (reviewer)",
          replies: [{ author: "lead (manager)", text: "Will do." }],
        },
      ],
    });
  });
});
