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
