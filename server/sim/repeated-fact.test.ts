import { beforeAll, describe, expect, it } from "vitest";
import {
  ROSA_MEDIATION,
  ROSA_MEDIATION_ASK_HOW,
  ROSA_MEDIATION_PLAN,
  ROSA_MEDIATION_THANKS,
} from "../../tests/support/review-lines";
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
    ...ROSA_MEDIATION,
    ROSA_MEDIATION_ASK_HOW,
    `${ROSA_MEDIATION_PLAN} Does that work for both of you?`,
    ROSA_MEDIATION_THANKS,
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
