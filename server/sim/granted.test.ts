import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { playScript } from "./index";
import { grantedBank } from "./voice-extra";

// Review 9a #14: Jun asks for weekly 1-on-1s; Dev grants it and Jun answered another topic.
let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});

const DEV = [
  "hey jun, im dev. this is ur time, not mine. what would u like to talk about today?",
  "hows things been since aisha leo and marta left?",
  "that sounds like a lot. what has it been like being the last one from the original team?",
  "so it went quiet overnight, and nobody even said their names after. that sounds lonely",
  "what would make this team feel stable for u?",
  "what would help most from me in the next month?",
];
const GRANT =
  "so weekly, protected, and me actually showing up. tuesdays 11am, 30 mins, starting next tuesday. ill send the invite today. does that work for u?";
const play = (lines: readonly string[], seed: number) =>
  playScript(scenarioOf(content, "first-one-on-one-after-attrition"), content, [...lines], {
    seed,
    continuePastOutcome: true,
  });

describe("a request of theirs, granted", () => {
  it.each([1, 2])("is taken up first (seed %i)", (seed) => {
    const played = play([...DEV, "sure, every week it is. what else is on your mind?"], seed);
    const replies = played.steps.map((s) => s.reply.text);
    expect(replies.slice(-3).join(" "), "the setup: he asked for it").toMatch(/every week/);
    const last = replies.at(-1) ?? "";
    expect(grantedBank().some((l) => last.startsWith(l))).toBe(true);
  });
  it.each([1, 2])("granted as a plan with a slot, he agrees to it (seed %i)", (seed) => {
    // Dev's own line: read as a follow-up with its slot ("tuesdays 11am, 30 mins"), so the reply
    // is his agreement, which resolves the conversation, not another topic.
    const played = play([...DEV, GRANT], seed);
    expect(played.steps.at(-1)?.intent).toBe("commit");
    expect(played.state.outcome).toBe("resolved");
  });
  it.each([1, 2])("not a turn that does not take it up (seed %i)", (seed) => {
    const played = play([...DEV, "what else is on your mind?"], seed);
    const last = played.steps.at(-1)?.reply.text ?? "";
    expect(grantedBank().some((l) => last.startsWith(l))).toBe(false);
  });
});
