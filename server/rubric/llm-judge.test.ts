import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "../../tests/support/fake-openai";
import { type Pattern, PatternSchema } from "../content/pattern.schema";
import type { Transcript } from "../moves";
import { type ChatClient, judgeScorecard, scoreTranscript } from "./index";
import { ScorecardSchema } from "./scorecard.schema";

const PATTERN: Pattern = PatternSchema.parse({
  id: "judge-test",
  title: "Judge test",
  level: "L1",
  version: 3,
  context: "A test.",
  problem: "Hear them out, then agree what happens next.",
  steps: [
    { id: "ask", title: "Ask their view", evidencedBy: ["perspective_ask"], required: true },
    { id: "next", title: "Agree a next step", evidencedBy: ["next_step"], required: true },
  ],
  antiPatterns: [
    { id: "threat", title: "Threat", moves: ["threat"], critical: true, why: "w", better: "b" },
  ],
  examples: {
    good: ["a", "b", "c", "d"].map((text) => ({ text, moves: ["open_question"] })),
    bad: ["a", "b", "c", "d"].map((text) => ({ text, moves: ["advice"] })),
  },
  snippet: "…",
});
const TRANSCRIPT: Transcript = {
  turns: [
    { speaker: "manager", text: "What do you think happened with the release?" },
    { speaker: "employee", text: "The estimates were set before I saw the tickets." },
    { speaker: "manager", text: "Okay, thanks." },
  ],
};
const RULES = scoreTranscript(TRANSCRIPT, PATTERN);

const verdicts = (next: string, turns: number[] = []) =>
  JSON.stringify({
    steps: [
      {
        id: "ask",
        status: "hit",
        turns: [1],
        reason: 'Turn 1 asked "What do you think happened".',
      },
      { id: "next", status: next, turns, reason: "No next step was agreed." },
    ],
    summary: "Listened, but left without a plan.",
  });

let fake: FakeOpenAI;
let client: OpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  client = new OpenAI({ baseURL: fake.url, apiKey: "test", maxRetries: 0 });
});
afterAll(async () => {
  await fake.close();
});

describe("judgeScorecard", () => {
  it("checks its own test transcript: the rules hit ask and miss next", () => {
    expect(RULES.steps.map((s) => s.status)).toEqual(["hit", "missed"]);
  });

  it("adds the model's verdicts beside the rule score, with full agreement", async () => {
    fake.script(verdicts("missed"));
    const outcome = await judgeScorecard(client, TRANSCRIPT, PATTERN, RULES, { model: "judge-1" });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const card = ScorecardSchema.parse(outcome.scorecard);
    expect(card.judge).toEqual({
      model: "judge-1",
      agreement: 1,
      summary: "Listened, but left without a plan.",
      steps: [
        {
          id: "ask",
          status: "hit",
          // The model's "turn 1" (the manager's first line) is transcript position 0.
          turns: [0],
          reason: 'Turn 1 asked "What do you think happened".',
          agrees: true,
        },
        {
          id: "next",
          status: "missed",
          turns: [],
          reason: "No next step was agreed.",
          agrees: true,
        },
      ],
    });
    const { judge: _, ...rest } = card;
    expect(rest).toEqual(RULES);
  });

  it("shows disagreement and never changes the rule score or the pass", async () => {
    fake.script(verdicts("partial", [2]));
    const outcome = await judgeScorecard(client, TRANSCRIPT, PATTERN, RULES, { model: "judge-1" });
    if (!outcome.ok) throw new Error(outcome.problem);
    expect(outcome.scorecard.judge?.agreement).toBe(0.5);
    // The manager's turn 2 is the transcript's third line.
    expect(outcome.scorecard.judge?.steps[1]?.turns).toEqual([2]);
    expect(outcome.scorecard.judge?.steps.map((s) => s.agrees)).toEqual([true, false]);
    expect(outcome.scorecard.steps.find((s) => s.id === "next")?.status).toBe("missed");
    expect(outcome.scorecard.overall).toBe(RULES.overall);
    expect(outcome.scorecard.passed).toBe(RULES.passed);
  });

  it("asks for structured output with the steps and the numbered transcript", async () => {
    fake.script(verdicts("missed"));
    const before = fake.requests.length;
    await judgeScorecard(client, TRANSCRIPT, PATTERN, RULES, { model: "judge-1" });
    const request = fake.requests[before];
    expect(request?.model).toBe("judge-1");
    expect(request?.temperature).toBe(0);
    const format = request?.response_format as { type: string; json_schema: { schema: object } };
    expect(format.type).toBe("json_schema");
    expect(format.json_schema.schema).toMatchObject({ required: ["steps", "summary"] });
    const user = String(request?.messages[1]?.content);
    expect(user).toContain("- id: next");
    // Numbered as the debrief numbers them: the manager's lines, from 1; the employee's unnumbered.
    expect(user).toContain("Turn 1, Manager: What do you think happened with the release?");
    expect(user).toContain("Employee: The estimates were set before I saw the tickets.");
    expect(user).toContain("Turn 2, Manager: Okay, thanks.");
    expect(user).not.toMatch(/\[\d+\]|Turn 0/);
    expect(user).not.toContain("missed");
  });

  it("uses JSON mode when asked and accepts a fenced answer", async () => {
    fake.script(`\`\`\`json\n${verdicts("missed")}\n\`\`\``);
    const before = fake.requests.length;
    const outcome = await judgeScorecard(client, TRANSCRIPT, PATTERN, RULES, {
      model: "judge-1",
      responseFormat: "json_object",
    });
    expect(fake.requests[before]?.response_format).toEqual({ type: "json_object" });
    expect(outcome.ok).toBe(true);
  });

  it.each([
    ["not JSON", "I think they did well.", /not JSON/],
    [
      "the wrong shape",
      JSON.stringify({ steps: [{ id: "ask" }], summary: "" }),
      /does not fit: steps\.0\.status/,
    ],
    [
      "a step left out",
      JSON.stringify({ steps: [{ id: "ask", status: "hit", turns: [], reason: "" }], summary: "" }),
      /left out steps: next/,
    ],
    ["an unknown step", verdicts("missed").replace('"next"', '"nope"'), /unknown steps: nope/],
    ["a turn past the end", verdicts("hit", [3]), /step next: the manager has no turn 3/],
    ["a turn 0", verdicts("hit", [0]), /does not fit: steps\.1\.turns\.0/],
    ["an empty answer", "", /no content/],
  ])("returns a problem for %s", async (_, reply, problem) => {
    fake.script(reply);
    const outcome = await judgeScorecard(client, TRANSCRIPT, PATTERN, RULES, { model: "judge-1" });
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? "" : outcome.problem).toMatch(problem);
  });

  it("returns a problem when the server fails, without throwing", async () => {
    fake.script({ fault: { kind: "server_error", status: 503 } });
    const outcome = await judgeScorecard(client, TRANSCRIPT, PATTERN, RULES, { model: "judge-1" });
    expect(outcome).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/did not answer \(503/),
    });
  });

  it("accepts an OpenAI client as its ChatClient", () => {
    const typed: ChatClient = client;
    expect(typed).toBe(client);
  });
});
