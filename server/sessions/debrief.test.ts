import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import type { TurnRow } from "../store/sessions-repo";
import { hiddenTruthOf } from "./debrief";

let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});

const row = (idx: number, speaker: TurnRow["speaker"], text: string, trust?: number): TurnRow => ({
  id: `t${idx}`,
  session_id: "s",
  branch_id: "b",
  seq: idx + 2,
  idx,
  speaker,
  text,
  status: "complete",
  client_turn_id: null,
  moves: null,
  state: trust === undefined ? null : { sim: { personas: [{ id: "elena", trust }] } },
  created_at: idx,
  lease_owner: null,
  lease_until: null,
});

describe("hiddenTruthOf", () => {
  // Review 6 #14: the debrief listed Elena's review load as not told, though Priya said it on turn 3.
  const turns = [
    row(0, "manager", "Your reviews are rude. You can't talk to people like that."),
    row(1, "employee", "Okay.", 0.3),
    row(2, "manager", "How has the review work been for you lately?"),
    row(3, "employee", "Busy.", 0.5),
    row(
      4,
      "manager",
      "So you're doing triage on 40% of all PRs, mostly at night, and the one-liners are what fits in that time. Did I get that right?",
    ),
    row(5, "employee", "What do you want the outcome to be?", 0.63),
  ];

  it("says where the manager named a concern not told, and their trust after the reply", () => {
    const scenario = scenarioOf(content, "dismissive-code-reviews");
    const truths = hiddenTruthOf(scenario, content, new Set(), turns);
    const load = truths.find((t) => t.concernId === "review-load");
    expect(load).toMatchObject({ revealed: false, namedAt: { turn: 4, trust: 0.63 } });
    // Nothing the manager said named the others.
    for (const t of truths.filter((x) => x.concernId !== "review-load"))
      expect(t, t.concernId).not.toHaveProperty("namedAt");
  });

  it("leaves it out of a concern they told, and when the line had no reply", () => {
    const scenario = scenarioOf(content, "dismissive-code-reviews");
    const told = hiddenTruthOf(scenario, content, new Set(["review-load"]), turns);
    expect(told.find((t) => t.concernId === "review-load")).not.toHaveProperty("namedAt");
    const unanswered = hiddenTruthOf(scenario, content, new Set(), turns.slice(0, 5));
    expect(unanswered.find((t) => t.concernId === "review-load")?.namedAt).toEqual({
      turn: 4,
      trust: null,
    });
  });
});

describe("hiddenTruthOf: naming a concern takes its point, not its topic words (review 8b #6)", () => {
  const flown = (personaId: string, lines: readonly string[]): TurnRow[] =>
    lines.flatMap((text, i) => [
      row(2 * i, "manager", text),
      {
        ...row(2 * i + 1, "employee", "Okay.", 0.5),
        state: { sim: { personas: [{ id: personaId, trust: 0.5 }] } },
      },
    ]);
  const namedOf = (scenarioId: string, personaId: string, concernId: string, line: string) =>
    hiddenTruthOf(
      scenarioOf(content, scenarioId),
      content,
      new Set(),
      flown(personaId, [line]),
    ).find((t) => t.concernId === concernId)?.namedAt;

  it("a plan that asks him to mentor does not name his dread of mentoring", () => {
    for (const line of [
      // The reviewer's line (Rosa, turn 8).
      "ok so concretely: you lead one design review outside Search this quarter, and you mentor the two new hires through on-call. I write up the gap list with you by friday.",
      "Let's close the gap: you review two designs from other teams and mentor one of the new hires.",
      "What if you ran the design reviews for the platform group next quarter?",
    ])
      expect(
        namedOf("promotion-not-yet", "marcus", "avoids-mentoring", line),
        line,
      ).toBeUndefined();
    for (const line of [
      "I get the sense mentoring drains you, and you avoid it when you can.",
      "Maybe reviewing other people's designs is draining for you, so you've been avoiding it?",
    ])
      expect(namedOf("promotion-not-yet", "marcus", "avoids-mentoring", line), line).toEqual({
        turn: 0,
        trust: 0.5,
      });
  });

  it("product planning and an on-call rota do not name her cut estimates", () => {
    for (const line of [
      // The reviewer's line (Oskar, turn 12): it said "on-call" and "sprint reviews".
      "ok so let me give you the full picture because I think context matters here and I dont want you to feel blindsided. Over the last three sprints the team committed to 34, 31 and 29 points and we delivered 22, 19 and 17, and most of the gap sits with the tickets assigned to you, specifically the payment retry work, the ledger export and the webhook signing changes, which slipped twice each. I know the on-call rotation has been heavy, I know the incident on the 3rd ate most of a week, and I know Zo\u00eb and Jos\u00e9 were both out for part of that time so you picked up their reviews as well. I am not saying any of this to pile on. What I am trying to say is that the product team is now planning the Q1 launch around dates we have not been able to hit, and when we miss, they find out from the burndown chart rather than from us, which makes it look like we are hiding things even though we are not. I would much rather we flag risk early, even if it is uncomfortable, than keep promising numbers that we both suspect are optimistic. I also want to understand what is actually going on from your side, because I have a theory but theories are cheap and I have been wrong before, for example last quarter when I thought the estimation problem was about story splitting and it turned out to be about the flaky staging environment. So I am going to stop talking in a second, but before I do: I want to be clear that I value your work, the migration you led in the spring was excellent, and I want to get to a place where the commitments we make are ones you actually believe in. What do you think is going on? And honestly, take your time, there is no wrong answer here, I just want the real picture, including the parts that might be about me, my planning, or how I run the sprint reviews, because if I am part of the problem I would rather hear it now than in your exit interview.",
      "The product team is planning the Q1 launch around our dates, and your last review called you essential.",
      "Who is on call this week, and when is the next sprint review?",
    ])
      expect(
        namedOf("missed-sprint-commitments", "dana", "estimates-overridden", line),
        line.slice(0, 60),
      ).toBeUndefined();
    for (const line of [
      "Did product cut your estimates in planning, and you stayed quiet?",
      "Were your numbers cut by product, and you kept quiet because of what your review said?",
    ])
      expect(
        namedOf("missed-sprint-commitments", "dana", "estimates-overridden", line),
        line,
      ).toEqual({ turn: 0, trust: 0.5 });
  });
});
