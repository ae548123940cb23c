import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Content, loadContent } from "../../server/content";
import type { Move } from "../../server/moves";
import { LabelledConversationSchema, LabelledLineSchema } from "./data.schema";
import { evaluateConversations, evaluateLines } from "./evaluate";

const line = (item: unknown) => LabelledLineSchema.parse(item);

describe("evaluateLines", () => {
  it("counts labelled moves found and missed, and near-misses detected anyway", () => {
    // A detector that reads every line as an open question, whatever it says.
    const detect = (text: string): Move[] => [
      { move: "open_question", start: 0, end: text.length },
    ];
    const report = evaluateLines(
      [
        line({ id: "a", text: "What got in the way?", moves: ["open_question"] }),
        line({
          id: "b",
          text: "Let's meet Tuesday.",
          moves: ["follow_up"],
          not: ["open_question"],
        }),
        line({ id: "c", text: "How was the weekend?", not: ["perspective_ask"] }),
      ],
      detect,
    );
    expect(report.allRight).toBe(2);
    expect(report.perMove.open_question).toEqual({
      expected: 1,
      found: 1,
      forbidden: 1,
      falseAlarms: 1,
    });
    expect(report.perMove.follow_up).toEqual({
      expected: 1,
      found: 0,
      forbidden: 0,
      falseAlarms: 0,
    });
    expect(report.misses).toEqual([
      {
        id: "b",
        text: "Let's meet Tuesday.",
        missing: ["follow_up"],
        unwanted: ["open_question"],
        detected: ["open_question"],
      },
    ]);
  });

  it("gives the detectors the employee's previous line, so a reflection can be read", () => {
    const report = evaluateLines([
      line({
        id: "r",
        previous: "I've been covering the pager alone since March and nobody noticed.",
        text: "So you've been carrying the pager on your own since March.",
        moves: ["reflection"],
      }),
    ]);
    expect(report.perMove.reflection).toMatchObject({ expected: 1, found: 1 });
  });
});

describe("evaluateConversations", () => {
  let content: Content;
  beforeAll(async () => {
    ({ content } = await loadContent(resolve(import.meta.dirname, "../..")));
  });

  const conversation = (turns: string[], expect: unknown) =>
    LabelledConversationSchema.parse({
      id: "c1",
      scenario: "missed-sprint-commitments",
      pattern: "delivering-difficult-feedback",
      expect,
      turns: turns.map((text, i) => ({ speaker: i % 2 === 0 ? "manager" : "employee", text })),
    });

  it("agrees when a threat fails the attempt, and reports the step statuses that differ", () => {
    const c = conversation(
      [
        "If the sprints slip again, I'll have to take this to HR.",
        "Right.",
        "Let's check in on this at our 1-on-1 next Tuesday.",
        "Fine.",
      ],
      { passed: false, steps: { observe: "missed", "follow-up": "missed" }, flags: ["threat"] },
    );
    const report = evaluateConversations([c], content.patterns);
    expect(report.passAgreed).toBe(1);
    expect(report.flawedFailed).toBe(1);
    expect(report.flags).toMatchObject({ expected: 1, found: 1 });
    // The follow-up was scheduled, so the scorer says hit where the label said missed.
    expect(report.steps).toEqual({ labelled: 2, exact: 1, sameCredit: 1 });
    expect(report.rows[0]?.steps).toEqual([{ id: "follow-up", expected: "missed", got: "hit" }]);
  });

  it("names a conversation whose pattern does not exist", () => {
    const c = { ...conversation(["Hello."], { passed: true }), pattern: "no-such-pattern" };
    expect(() => evaluateConversations([c], content.patterns)).toThrow(
      /c1: no pattern "no-such-pattern"/,
    );
  });
});
