import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Content, loadContent } from "../content";
import type { Scenario } from "../content/scenario.schema";
import { parseScript, playScript } from "./index";

/**
 * The persona checks of issue 5, offline, for every shipped scenario: the good script resolves with
 * a reveal, the poor one escalates or shuts down with none, and the engine is deterministic.
 */
const ROOT = resolve(import.meta.dirname, "../..");
let content: Content;
let scenarios: Scenario[];
beforeAll(async () => {
  const loaded = await loadContent(ROOT);
  expect(loaded.problems).toEqual([]);
  content = loaded.content;
  scenarios = [...content.scenarios.values()];
});

const script = (id: string, kind: "good" | "poor") =>
  parseScript(readFileSync(resolve(ROOT, `eval/personas/${id}.${kind}.txt`), "utf8"));

/** Lines a manager might add to keep a session going; all moves, no outcome forced. */
const FILLER = [
  "What else is on your mind?",
  "Tell me more about that.",
  "How is the team doing?",
  "What does your workload look like this week?",
  "How do you feel about the deadlines?",
  "Okay.",
  "What would you change about the process?",
  "How are you doing, honestly?",
  "Right.",
  "What do you think about your career here?",
  "Is there anything you want to ask me?",
  "Hmm.",
  "What's going well?",
  "What would make next week better?",
  "I see.",
  "What feedback do you have for me?",
  "Go on.",
  "How did the incident feel?",
  "What are your goals for the quarter?",
  "Anything else?",
];

const SHIPPED = [
  "architecture-mediation",
  "burnout-signals",
  "career-goals-exploration",
  "celebrating-a-win",
  "compensation-disappointment",
  "dismissive-code-reviews",
  "first-one-on-one-after-attrition",
  "lateral-move-request",
  "missed-sprint-commitments",
  "pip-kickoff",
  "promotion-not-yet",
  "resisting-feedback",
];

describe("persona scripts, offline", () => {
  it("covers every shipped scenario", () => {
    expect(scenarios.map((s) => s.id).sort()).toEqual(SHIPPED);
  });

  it.each(SHIPPED)("%s: the good script resolves with a concern revealed", (id) => {
    const s = content.scenarios.get(id) as Scenario;
    const played = playScript(s, content, script(id, "good"));
    expect(played.outcome).toBe("resolved");
    expect(played.revealed.length).toBeGreaterThanOrEqual(1);
  });

  it.each(SHIPPED)("%s: the poor script escalates or shuts down with nothing revealed", (id) => {
    const s = content.scenarios.get(id) as Scenario;
    const played = playScript(s, content, script(id, "poor"));
    expect(["escalated", "shut_down"]).toContain(played.outcome);
    expect(played.revealed).toEqual([]);
  });

  it.each(SHIPPED)("%s: no line repeats within a 20-turn session", (id) => {
    const s = content.scenarios.get(id) as Scenario;
    for (const kind of ["good", "poor"] as const) {
      const lines = [...script(id, kind), ...FILLER].slice(0, 20);
      const played = playScript({ ...s, turnLimit: 60 }, content, lines, {
        continuePastOutcome: true,
      });
      const replies = played.turns.filter((t) => t.speaker === "employee").map((t) => t.text);
      expect(replies).toHaveLength(20);
      expect(new Set(replies).size).toBe(replies.length);
      expect(new Set(played.state.usedLines).size).toBe(played.state.usedLines.length);
    }
  });

  it.each(SHIPPED)("%s: the same seed and script give byte-identical transcripts", (id) => {
    const s = content.scenarios.get(id) as Scenario;
    const lines = script(id, "good");
    const a = JSON.stringify(playScript(s, content, lines, { seed: 99 }));
    const b = JSON.stringify(playScript(s, content, lines, { seed: 99 }));
    expect(a).toBe(b);
  });

  it("a different seed gives different words, not a different story", () => {
    const s = content.scenarios.get("missed-sprint-commitments") as Scenario;
    const lines = script(s.id, "good");
    const texts = (seed: number) =>
      playScript(s, content, lines, { seed })
        .turns.filter((t) => t.speaker === "employee")
        .map((t) => t.text)
        .join("\n");
    const seeds = [1, 2, 3, 4, 5].map(texts);
    expect(new Set(seeds).size).toBeGreaterThan(1);
    for (const seed of [1, 2, 3, 4, 5]) {
      expect(playScript(s, content, lines, { seed }).outcome).toBe("resolved");
    }
  });

  it("replies stay within four sentences", () => {
    for (const s of scenarios) {
      for (const kind of ["good", "poor"] as const) {
        for (const t of playScript(s, content, script(s.id, kind)).turns) {
          if (t.speaker !== "employee") continue;
          // Fragments such as "Alone." or "For a year." are voice, not sentences.
          const sentences = t.text
            .split(/(?<=[.!?])\s+/)
            .filter((x) => x.split(/\s+/).length >= 3).length;
          expect(sentences, `${s.id}: ${t.text}`).toBeLessThanOrEqual(4);
        }
      }
    }
  });
});
