import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SessionRecordSchema } from "../../server/sessions/record.schema";
import { ApiClient } from "../support/api-client";
import { browserAvailable, type ProductInBrowser, startProductInBrowser } from "../support/browser";
import { type ChatRequestBody, type FakeOpenAI, startFakeOpenAI } from "../support/fake-openai";
import type { ServerProcess } from "../support/processes";
import { poll, shot } from "../support/web-pages";

const SCENARIO = "missed-sprint-commitments";
const LINES = [
  "How have the last few sprints felt from your side?",
  "The last two sprints closed with about half the committed work done. What got in the way?",
];

/** Holds the judge's answer until the test has seen the page wait for it. */
let judgeMayAnswer: Promise<void> = Promise.resolve();

/** The judge answers every step "hit" at the manager's turn 2, once it may. */
async function judgeReply(request: ChatRequestBody) {
  const ids = [...String(request.messages[1]?.content).matchAll(/^- id: (\S+)$/gm)].map(
    (m) => m[1],
  );
  await judgeMayAnswer;
  return {
    content: JSON.stringify({
      steps: ids.map((id) => ({ id, status: "hit", turns: [2], reason: `Turn 2 does ${id}.` })),
      summary: "Asked, then named it.",
    }),
  };
}

describe.runIf(browserAvailable())("the debrief with the model's second opinion", () => {
  let product: ProductInBrowser;
  let server: ServerProcess;
  let browser: Browser;
  let fake: FakeOpenAI;
  beforeAll(async () => {
    fake = await startFakeOpenAI({
      handler: (request) =>
        request.response_format ? judgeReply(request) : "Honestly, it has been a lot lately.",
    });
    product = await startProductInBrowser({
      env: { LLM_BASE_URL: fake.url, LLM_API_KEY: "test", LLM_MODEL: "fake-model" },
    });
    ({ server, browser } = product);
  }, 180_000);
  afterAll(async () => {
    await product?.close();
    await fake?.close();
  });

  it("says it is asking, then shows the agreement and each step's verdict beside the rules'", async () => {
    let release!: () => void;
    judgeMayAnswer = new Promise((resolve) => {
      release = resolve;
    });
    const api = new ApiClient(server.url);
    const id = await api.flyAttempt(SCENARIO, LINES);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (err) => errors.push(err.message));
    await page.goto(`${server.url}/sessions/${id}/debrief`);
    await page.getByText("Asking the model for a second opinion on each step…").waitFor();
    await shot(page, "debrief-judge-asking-1280");
    release();

    // The page reads the session again until the opinion is there: no reload.
    const agreement = page.locator(".second-opinion");
    await poll(() => agreement.textContent()).toContain("The model's second opinion agrees on");
    const record = SessionRecordSchema.parse(await api.json("GET", `/api/sessions/${id}`));
    const card = record.scorecards[0];
    const hits = card?.steps.filter((s) => s.status === "hit").length ?? 0;
    expect(await agreement.textContent()).toBe(
      `The model's second opinion agrees on ${hits} of ${card?.steps.length} steps; the score is the rule score.`,
    );
    // One verdict per step, in the manager's numbering, saying whether it agrees with the rules.
    const verdicts = page.locator(".step-opinion");
    await expect.poll(() => verdicts.count()).toBe(card?.steps.length);
    const first = card?.steps[0];
    expect(await verdicts.first().textContent()).toBe(
      `Second opinion: Done (turn 2), ${first?.status === "hit" ? "agrees" : "differs"} · Turn 2 does ${first?.id}.`,
    );
    expect(await page.locator(".step-opinion.differs").count()).toBe(
      (card?.steps.length ?? 0) - hits,
    );
    await shot(page, "debrief-judge-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, "debrief-judge-390");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says in one line when the second opinion could not be had", async () => {
    const api = new ApiClient(server.url);
    // Every judge request of this attempt fails (the client retries once).
    fake.script((request) =>
      request.response_format
        ? { fault: { kind: "server_error", status: 503 } }
        : "Honestly, it has been a lot lately.",
    );
    const id = await api.flyAttempt(SCENARIO, LINES);
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/sessions/${id}/debrief`);
    const line = page.locator(".second-opinion");
    await poll(() => line.textContent()).toMatch(
      /^The second opinion could not be had: the judge model did not answer \(503 .*\)\.$/,
    );
    // The debrief is whole: the rule score and its steps are there, with no verdicts beside them.
    await expect.poll(() => page.locator(".step").count()).toBeGreaterThan(0);
    expect(await page.locator(".step-opinion").count()).toBe(0);
    await shot(page, "debrief-judge-failed-390");
    await page.close();
  });
});
