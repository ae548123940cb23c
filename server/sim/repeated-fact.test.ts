import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { playScript } from "./index";

/**
 * Review 8b #10: Tomás said "nine pages" in three of five replies, by different lines (the line
 * ids differ, so the no-repeat rule passed). A fact said is not said again within a few turns.
 */
let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});

const words = (text: string) =>
  new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []).map((w) => w.slice(0, 6)));

/** Sentences of a reply that repeat most of a sentence said in the last `window` replies. */
function repeats(replies: readonly string[], window = 4): string[] {
  const out: string[] = [];
  const sentences = replies.map((r) => r.split(/(?<=[.!?])\s+/).filter((s) => words(s).size >= 4));
  sentences.forEach((now, i) => {
    for (const before of sentences.slice(Math.max(0, i - window), i).flat())
      for (const s of now) {
        const a = words(s);
        const b = words(before);
        const shared = [...a].filter((w) => b.has(w)).length;
        if (shared >= 4 && shared * 2 >= a.size) out.push(`${s} ~ ${before}`);
      }
  });
  return out;
}

describe("a fact said is not said again a few turns later", () => {
  const M2 = [
    "Thanks both for making the time. I'm not here to pick a winner on RFC-112. I want us to leave with an agreed way to decide it, and a date.",
    "Two ground rules, if you're ok with them: each of you finishes without being interrupted, and we criticise designs, not people. Can we agree to that?",
    "Tomás, you first. what's your view of where things stand and what you need from this?",
    "So for you this is about the pages, checkout paged nine times last month and the sync path is the bottleneck. Did I get that right?",
    "Elena, same question to you. What's your view of the risks, and what would you need to see?",
    "So your concern isn't events as such, it's who ends up maintaining the kafka client in the shared libs, and that it lands on you. Is that fair?",
    "Sounds like you both want checkout to stop paging people at night, and neither of you wants to own something fragile alone. is that a fair summary?",
    "How would you two like to decide this? what criteria would you both accept?",
    "ok so: Elena lists her objections by friday, Tomás adds a failure section, and we meet on the 10th to score it against those criteria. Does that work for both of you?",
    "Thank you both. I know this was uncomfortable, I appreciate it.",
  ];
  it("the reviewer's good mediation, over eight seeds", () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const played = playScript(scenarioOf(content, "architecture-mediation"), content, M2, {
        seed,
        continuePastOutcome: true,
      });
      for (const id of ["tomas", "elena"]) {
        const own = played.steps.filter((s) => s.speakerId === id).map((s) => s.reply.text);
        expect(repeats(own), `seed ${seed}, ${id}`).toEqual([]);
      }
    }
  });
});
