import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { playScript } from "./index";
import { readTurn } from "./turn-kind";
import { extraBanks } from "./voice-extra";

/**
 * Review 5 #10 (firstrun #10 came back): "Thanks for making time, Dana. I'd like to talk about the
 * last few sprints. Is now still a good time?" got "Who raised this?" or "What exactly are you
 * measuring me against?"; in burnout-signals "What would help most right now?" got a sleep
 * disclosure that did not say what would help. A question asked is answered first.
 */
let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const play = (id: string, lines: readonly string[], seed: number) =>
  playScript(scenarioOf(content, id), content, lines, { seed, continuePastOutcome: true });

describe("is now a good time?", () => {
  it.each([
    "Thanks for making time, Dana. I'd like to talk about the last few sprints. Is now still a good time?",
    "Is this still a good time for you?",
    "Hi Priya. Are you still free for a few minutes?",
    "Is now a bad time?",
  ])("alone, or after an agenda, is leave to talk: %s", (line) => {
    expect(readTurn(line)).toMatchObject({ leave: true, leaveAsked: true });
  });

  it.each([
    "In 3 of the last 4 sprints work has carried over. Is now a good time to talk about it?",
    "I saw the carry-over in Sprint 42. Is this still a good time for you?",
  ])("beside something of substance, it is still asked: %s", (line) => {
    expect(readTurn(line)).toMatchObject({ leave: false, leaveAsked: true });
  });

  it.each([
    "Is the migration still a good idea?",
    "Does that work for you?",
    "Is it still a good time to ship the migration on Friday?",
  ])("not %s", (line) => {
    expect(readTurn(line).leaveAsked).toBe(false);
  });

  const dana = () => extraBanks(content.personas.get("dana") ?? {}).leave;

  it("the reviewer's opener gets a short yes, not a grievance", () => {
    const opener =
      "Thanks for making time, Dana. I'd like to talk about the last few sprints. Is now still a good time?";
    for (const seed of SEEDS) {
      const reply = play("missed-sprint-commitments", [opener], seed).turns.at(-1)?.text ?? "";
      expect(dana(), `seed ${seed}: ${reply}`).toContain(reply);
      // The topic was given: not "Okay. What is it?".
      expect(reply).not.toContain("?");
    }
  });

  it("beside an observation, the yes comes first, then her answer to the rest", () => {
    const line =
      "In 3 of the last 4 sprints work has carried over. Is now a good time to talk about it?";
    const yeses = dana().filter((l) => !l.includes("?"));
    for (const seed of SEEDS) {
      const reply = play("missed-sprint-commitments", [line], seed).turns.at(-1)?.text ?? "";
      const yes = yeses.find((l) => reply.startsWith(l));
      expect(yes, `seed ${seed}: ${reply}`).toBeDefined();
      expect(reply.length).toBeGreaterThan((yes ?? "").length + 10);
    }
  });
});

describe("what would help? is answered by what would help", () => {
  const BURNOUT = [
    "Hi Priya, how are you doing this week?",
    "I've noticed you've been online late most nights recently, and you seemed quieter in standup. How are things really?",
    "That sounds like a lot. It sounds like the pager has been landing on you more than anyone.",
  ];
  const priya = () => content.personas.get("priya")?.phrases.propose ?? [];
  it.each(["What would help most right now?", "What would make the biggest difference for you?"])(
    "%s",
    (ask) => {
      for (const seed of SEEDS) {
        const step = play("burnout-signals", [...BURNOUT, ask], seed).steps.at(-1);
        const reply = step?.reply.text ?? "";
        if (step?.intent !== "reveal") continue;
        // Their idea of what would help leads (slots filled), then the truth.
        const ideas = priya().map((l) => l.split("{")[0] ?? l);
        expect(
          ideas.some((l) => reply.startsWith(l)),
          `seed ${seed}: ${reply}`,
        ).toBe(true);
        expect(reply).toMatch(/slept/);
      }
    },
  );
});
