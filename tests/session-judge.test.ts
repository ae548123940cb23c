import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Scorecard } from "../server/rubric/scorecard.schema";
import { SessionRecordSchema } from "../server/sessions/record.schema";
import { ApiClient } from "./support/api-client";
import { DATABASES } from "./support/databases";
import {
  type ChatRequestBody,
  type FakeOpenAI,
  type FakeReply,
  startFakeOpenAI,
} from "./support/fake-openai";
import { startTestServer, type TestServer } from "./support/servers";

const SCENARIO = "missed-sprint-commitments";
const LINES = [
  "How have the last few sprints felt from your side?",
  "The last two sprints closed with about half the committed work done, and the release slipped a week. What got in the way?",
];
const PERSONA_REPLY = "Honestly, it has been a lot. Wei was out and the work kept growing.";

/** A judge request asks for structured output; a persona reply never does. */
const isJudge = (request: ChatRequestBody) => request.response_format !== undefined;

/** The step ids the judge prompt lists, in order. */
const stepIdsOf = (request: ChatRequestBody) =>
  [...String(request.messages[1]?.content).matchAll(/^- id: (\S+)$/gm)].map((m) => m[1] as string);

type Card = Scorecard;

function useJudgeServer(kind: "pglite" | "postgres", env: Record<string, string> = {}) {
  const m = {} as { fake: FakeOpenAI; server: TestServer; api: ApiClient };
  beforeAll(async () => {
    m.fake = await startFakeOpenAI();
    m.server = await startTestServer(kind, {
      LLM_BASE_URL: m.fake.url,
      LLM_MODEL: "fake-model",
      LLM_API_KEY: "k",
      LLM_JUDGE: "on",
      ...env,
    });
    m.api = new ApiClient(m.server.url);
  });
  afterAll(async () => {
    await m.server?.stop();
    await m.fake?.close();
  });
  return m;
}

/** Persona requests get a plain reply; judge requests what `judge` answers (it may wait). */
function answerJudgeWith(
  fake: FakeOpenAI,
  judge: (request: ChatRequestBody) => Promise<FakeReply>,
) {
  fake.script((request) => (isJudge(request) ? judge(request) : PERSONA_REPLY));
}

async function record(api: ApiClient, sessionId: string) {
  return SessionRecordSchema.parse(await api.json("GET", `/api/sessions/${sessionId}`));
}

/** Reads the session until its first scorecard carries what `done` waits for (a second opinion). */
async function readUntil(api: ApiClient, sessionId: string, done: (card: Card) => boolean) {
  for (let i = 0; i < 100; i++) {
    const card = (await record(api, sessionId)).scorecards[0] as Card;
    if (done(card)) return card;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the second opinion never arrived");
}

describe.each(DATABASES)("the LLM judge's second opinion on a session (%s)", (kind) => {
  const m = useJudgeServer(kind);

  it("is asked after the scorecard, is shown as asked meanwhile, and agrees", async () => {
    let release!: (statuses: Record<string, string>) => void;
    const verdicts = new Promise<Record<string, string>>((resolve) => {
      release = resolve;
    });
    const asked: ChatRequestBody[] = [];
    answerJudgeWith(m.fake, async (request) => {
      asked.push(request);
      const statuses = await verdicts;
      return JSON.stringify({
        steps: stepIdsOf(request).map((id) => ({
          id,
          status: statuses[id],
          turns: statuses[id] === "hit" ? [2] : [],
          reason: `Turn 2 shows it for ${id}.`,
        })),
        summary: "Asked, then named what happened.",
      });
    });
    const sessionId = await m.api.flyAttempt(SCENARIO, LINES);
    // The scorecard is there while the model has not answered: the debrief never waits for it.
    const waiting = (await record(m.api, sessionId)).scorecards[0] as Card;
    expect(waiting.judge).toBeUndefined();
    expect(waiting.judgeStatus).toEqual({ status: "asked", model: "fake-model" });
    expect(asked).toHaveLength(1);
    // The prompt numbers the manager's lines as the debrief does, and never shows the rule score.
    const prompt = String(asked[0]?.messages[1]?.content);
    expect(prompt).toContain(`Turn 1, Manager: ${LINES[0]}`);
    expect(prompt).toContain(`Turn 2, Manager: ${LINES[1]}`);
    expect(prompt).toContain(`Employee: ${PERSONA_REPLY}`);

    release(Object.fromEntries(waiting.steps.map((s) => [s.id, s.status])));
    const card = await readUntil(m.api, sessionId, (c) => c.judge !== undefined);
    expect(card.judgeStatus).toBeUndefined();
    expect(card.judge?.model).toBe("fake-model");
    expect(card.judge?.agreement).toBe(1);
    expect(card.judge?.steps.map((s) => s.id)).toEqual(waiting.steps.map((s) => s.id));
    // The model's turn 2 is the manager's second line: transcript position 2.
    const hit = card.judge?.steps.find((s) => s.status === "hit");
    if (hit) expect(hit.turns).toEqual([2]);
    const { judge: _, judgeStatus: __, ...rules } = card;
    const { judge: ___, judgeStatus: ____, ...rulesBefore } = waiting;
    expect(rules).toEqual(rulesBefore);
  });

  it("disagrees on a step without touching the rule score or the pass", async () => {
    let flipped = "";
    answerJudgeWith(m.fake, async (request) => {
      const ids = stepIdsOf(request);
      flipped = ids[0] as string;
      return JSON.stringify({
        steps: ids.map((id, i) => ({
          id,
          // The first step the opposite of what the rules say, the rest missed.
          status: i === 0 ? "not_applicable" : "missed",
          turns: [],
          reason: "Not seen.",
        })),
        summary: "Little of the pattern.",
      });
    });
    const sessionId = await m.api.flyAttempt(SCENARIO, LINES);
    const card = await readUntil(m.api, sessionId, (c) => c.judge !== undefined);
    const first = card.judge?.steps[0];
    expect(first).toMatchObject({ id: flipped, status: "not_applicable", agrees: false });
    const agreeing = card.steps.filter((s, i) => i > 0 && s.status === "missed").length;
    expect(card.judge?.agreement).toBeCloseTo(agreeing / card.steps.length);
    // The rule score stands: the first step keeps the rules' status.
    expect(card.steps[0]?.status).not.toBe("not_applicable");
    const summary = (
      await m.api.json<{ sessions: { id: string; overall: number }[] }>("GET", "/api/sessions")
    ).sessions.find((s) => s.id === sessionId);
    expect(summary?.overall).toBe(card.overall);
  });

  it.each([
    [
      "fails",
      { fault: { kind: "server_error", status: 503 } } as FakeReply,
      /did not answer \(503/,
    ],
    ["answers with no JSON", "I think they did rather well." as FakeReply, /answer is not JSON/],
  ])(
    "when the model %s, the failure is stored and the rule score stands",
    async (_, reply, problem) => {
      answerJudgeWith(m.fake, async () => reply);
      const sessionId = await m.api.flyAttempt(SCENARIO, LINES);
      const card = await readUntil(m.api, sessionId, (c) => c.judgeStatus?.status === "failed");
      expect(card.judge).toBeUndefined();
      expect(card.judgeStatus?.model).toBe("fake-model");
      expect(card.judgeStatus?.problem).toMatch(problem);
      expect(card.steps.length).toBeGreaterThan(0);
    },
  );
});

describe("LLM_JUDGE=off", () => {
  const m = useJudgeServer("pglite", { LLM_JUDGE: "off" });

  it("asks the model for no second opinion, and the scorecard says none was asked", async () => {
    m.fake.script(() => PERSONA_REPLY);
    const sessionId = await m.api.flyAttempt(SCENARIO, LINES);
    await new Promise((r) => setTimeout(r, 300));
    expect(m.fake.requests.filter(isJudge)).toEqual([]);
    expect(m.fake.requests.length).toBeGreaterThan(0);
    const card = (await record(m.api, sessionId)).scorecards[0] as Card;
    expect(card.judge).toBeUndefined();
    expect(card.judgeStatus).toBeUndefined();
  });
});
