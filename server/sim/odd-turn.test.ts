import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { playScript } from "./index";
import { oddAsk, repeatsLine } from "./odd-turn";
import { extraBanks } from "./voice-extra";

let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});

describe("oddAsk (review 8b #13)", () => {
  it("reads a question about what they are as odd", () => {
    for (const text of [
      // Oskar's lines.
      "are you a bot?",
      "seriously, are you an AI? what model are you",
      // In other words.
      "wait, am I talking to a real person right now?",
      "r u a bot lol",
      "is this ChatGPT?",
      "You're an AI, aren't you.",
    ])
      expect(oddAsk(text), text).toBe("odd");
  });

  it("reads a request for their advice in the manager's place as one to turn back", () => {
    for (const text of [
      "what would you do in my place?",
      "If you were me, what would you do?",
      "honestly, how would you handle this in my shoes?",
    ])
      expect(oddAsk(text), text).toBe("turnBack");
  });

  it("leaves questions about the work alone", () => {
    for (const text of [
      "Are you really sure about the estimate?",
      "Are you on call this week?",
      "Are you real about leaving, or was that frustration?",
      "The AI team wants the ledger data by Friday.",
      "What model did you use for the forecast?",
      "What would you do about the ledger alerts?",
      "What would help you most?",
      "In my position I have to report the dates up. What do you think is realistic?",
      "What's the bot that posts the alerts called?",
    ])
      expect(oddAsk(text), text).toBeNull();
  });
});

describe("repeatsLine (review 8b #13)", () => {
  const earlier = ["Hi Dana.", "we need to talk about the sprint commitments", "Thanks."];
  it("hears the same line said again, in any case or punctuation", () => {
    for (const text of [
      "we need to talk about the sprint commitments",
      "We need to talk about the sprint commitments.",
      "we really need to talk about the sprint commitments!!",
    ])
      expect(repeatsLine(text, earlier), text).toBe(true);
  });
  it("not a new line on the same subject, nor thanks or a prompt said twice", () => {
    for (const text of [
      "we need to talk about the sprint planning",
      "the sprint commitments keep slipping",
      "Thanks.",
      "Anything else?",
      "Hi Dana.",
    ])
      expect(repeatsLine(text, earlier), text).toBe(false);
  });
});

describe("the offline persona notices an odd question and a line said again (review 8b #13)", () => {
  const replies = (scenarioId: string, lines: readonly string[], seed: number) =>
    playScript(scenarioOf(content, scenarioId), content, lines, {
      seed,
      continuePastOutcome: true,
    }).steps.map((s) => s.reply.text);

  it("Oskar's lines to Dana: an odd question, his part turned back, the same line three times", () => {
    const dana = extraBanks(content.personas.get("dana") ?? {});
    for (const seed of [1, 2, 3]) {
      const [, bot, ai, place] = replies(
        "missed-sprint-commitments",
        [
          "Hi Dana, thanks for making time.",
          "are you a bot?",
          "seriously, are you an AI? what model are you",
          "what would you do in my place?",
        ],
        seed,
      );
      expect(dana.odd, `seed ${seed}`).toContain(bot);
      expect(dana.odd, `seed ${seed}`).toContain(ai);
      expect(dana.turnBack, `seed ${seed}`).toContain(place);
      const said = replies(
        "missed-sprint-commitments",
        [
          "we need to talk about the sprint commitments",
          "we need to talk about the sprint commitments",
          "We need to talk about the sprint commitments.",
        ],
        seed,
      );
      expect(dana.repeated, `seed ${seed}: ${said[0]}`).not.toContain(said[0]);
      for (const reply of said.slice(1)) expect(dana.repeated, `seed ${seed}`).toContain(reply);
    }
  });

  it("any persona, in other words: Marcus is asked if he is real, and a question said twice is answered", () => {
    const marcus = extraBanks(content.personas.get("marcus") ?? {});
    for (const seed of [1, 2]) {
      const said = replies(
        "promotion-not-yet",
        [
          "Hi Marcus, am I talking to a real person right now?",
          "If you were me, what would you do?",
          "How have the last few weeks been for you?",
          "How have the last few weeks been for you?",
        ],
        seed,
      );
      expect(marcus.odd, `seed ${seed}`).toContain(said[0]);
      expect(marcus.turnBack, `seed ${seed}`).toContain(said[1]);
      // Said again: noticed first (no "What about it?" to a question), then answered.
      const again = said[3] ?? "";
      const lead = marcus.repeated.find((l) => again.startsWith(l));
      expect(lead, `seed ${seed}: ${again}`).toBeDefined();
      expect(lead).not.toContain("?");
      expect(again.length, again).toBeGreaterThan((lead ?? "").length);
    }
  });
});
