import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTranscript } from "../../server/rubric";
import { SessionRecordSchema } from "../../server/sessions/record.schema";
import { type ApiClient, signedInClients } from "../support/api-client";
import { browserAvailable, type ProductInBrowser, startProductInBrowser } from "../support/browser";
import { type ChatRequestBody, type FakeOpenAI, startFakeOpenAI } from "../support/fake-openai";
import { addAccountByCli, type ServerProcess } from "../support/processes";
import { poll, signedInPage } from "../support/web-pages";

/**
 * The model's second opinion where the mentor reads (the review page), in Chromium: the same
 * agreement line and per-step verdicts as the manager's debrief (components/debrief/SecondOpinion),
 * "Asking the model…" while it is asked, and the Markdown export he downloads has a line under each
 * step the model rated, which `flightdeck score` reads past.
 */

const PASSWORD = "judge review passphrase 1";
const LEAD = { email: "lee@example.com", password: PASSWORD };
const MENTOR = { email: "felix@example.com", password: PASSWORD };
const SCENARIO = "missed-sprint-commitments";
const LINES = [
  "How have the last few sprints felt from your side?",
  "The last two sprints closed with about half the committed work done. What got in the way?",
];
/** Screenshots to look at, kept out of the repo. */
const SHOTS = process.env.JUDGE_REVIEW_SHOTS;

/** Holds the judge's answer until the test has seen the page wait for it. */
let judgeMayAnswer: Promise<void> = Promise.resolve();

/** The judge answers every step "partial" at the manager's turn 2, once it may. */
async function judgeReply(request: ChatRequestBody) {
  const ids = [...String(request.messages[1]?.content).matchAll(/^- id: (\S+)$/gm)].map(
    (m) => m[1],
  );
  await judgeMayAnswer;
  return {
    content: JSON.stringify({
      steps: ids.map((id) => ({
        id,
        status: "partial",
        turns: [2],
        reason: `Turn 2 half does ${id}.`,
      })),
      summary: "Asked, then named it.",
    }),
  };
}

describe.runIf(browserAvailable())(
  "the model's second opinion on the review page (Chromium)",
  () => {
    let product: ProductInBrowser;
    let server: ServerProcess;
    let browser: Browser;
    let fake: FakeOpenAI;
    const contexts: BrowserContext[] = [];
    const errors: string[] = [];
    const api: Record<"lead" | "mentor", ApiClient> = {} as never;

    beforeAll(async () => {
      fake = await startFakeOpenAI({
        handler: (request) =>
          request.response_format ? judgeReply(request) : "Honestly, it has been a lot lately.",
      });
      product = await startProductInBrowser({
        env: {
          AUTH_MODE: "password",
          LLM_BASE_URL: fake.url,
          LLM_API_KEY: "test",
          LLM_MODEL: "fake-model",
        },
        prepare: async (env) => {
          await addAccountByCli(env, LEAD, ["manager"]);
          await addAccountByCli(env, MENTOR, ["mentor"]);
        },
      });
      ({ server, browser } = product);
      Object.assign(api, await signedInClients(server.url, { lead: LEAD, mentor: MENTOR }));
    }, 240_000);
    afterAll(async () => {
      for (const c of contexts) await c.close();
      await product?.close();
      await fake?.close();
    });

    const person = (who: { email: string; password: string }, path: string, width = 1280) =>
      signedInPage(browser, server.url, who, path, { width, contexts, errors });
    const download = async (page: Page, name: string) => {
      const [file] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name, exact: true }).click(),
      ]);
      return readFileSync((await file.path()) as string, "utf8");
    };

    it("waits for it, then shows the agreement and each step's verdict, and the export says it", async () => {
      let release!: () => void;
      judgeMayAnswer = new Promise((resolve) => {
        release = resolve;
      });
      const id = await api.lead.flyAttempt(SCENARIO, LINES);
      await api.lead.json("POST", `/api/sessions/${id}/shares`, { email: MENTOR.email });
      const mentor = await person(MENTOR, `/sessions/${id}/review`);
      await mentor.getByText("Asking the model for a second opinion on each step…").waitFor();
      release();

      // The page reads the session again until the opinion is there: no reload.
      const agreement = mentor.locator(".second-opinion");
      await poll(() => agreement.textContent()).toContain("The model's second opinion agrees on");
      const record = SessionRecordSchema.parse(await api.mentor.json("GET", `/api/sessions/${id}`));
      const card = record.scorecards[0];
      if (!card?.judge) throw new Error("no opinion on the record");
      const partly = card.steps.filter((s) => s.status === "partial").length;
      expect(await agreement.textContent()).toBe(
        `The model's second opinion agrees on ${partly} of ${card.steps.length} steps; the score is the rule score.`,
      );
      // One verdict per step, in the manager's numbering, beside the machine's status and the forms.
      const steps = mentor.locator(".review-steps > li");
      await expect.poll(() => steps.count()).toBe(card.steps.length);
      for (const [i, step] of card.steps.entries()) {
        const li = steps.nth(i);
        expect(await li.locator(".step-opinion").textContent()).toBe(
          `Second opinion: Partly (turn 2), ${step.status === "partial" ? "agrees" : "differs"} · Turn 2 half does ${step.id}.`,
        );
        // Under the machine's evidence, above the reviewer's Adjust.
        const order = await li.evaluate((el) =>
          [...el.querySelectorAll(".machine-value, .step-opinion, .rv-adjustments")].map(
            (n) => n.className.split(" ")[0],
          ),
        );
        expect(order).toEqual(["machine-value", "step-opinion", "rv-adjustments"]);
      }
      if (SHOTS)
        await mentor.screenshot({ path: `${SHOTS}/review-judge-1280.png`, fullPage: true });

      // His Markdown export: the agreement, and a line under each step, which score reads past.
      const md = await download(mentor, "Markdown");
      expect(md).toContain(
        `The model's second opinion (fake-model) agrees on ${partly} of ${card.steps.length} steps; the score is the rule score.`,
      );
      const opinions = md
        .split("\n")
        .filter((l) => l.startsWith("  - Second opinion (fake-model): "));
      expect(opinions).toHaveLength(card.steps.length);
      expect(opinions[0]).toMatch(
        /^ {2}- Second opinion \(fake-model\): Partly, turn 2, (agrees|differs) · Turn 2 half does /,
      );
      const parsed = parseTranscript(md);
      if (!parsed.ok) throw new Error(parsed.problems.join("; "));
      expect(
        parsed.transcript.turns.filter((t) => t.speaker === "manager").map((t) => t.text),
      ).toEqual(LINES);
      const json = JSON.parse(await download(mentor, "JSON"));
      expect(json.scorecards[0].judge).toEqual(card.judge);

      await mentor.setViewportSize({ width: 390, height: 844 });
      if (SHOTS) {
        await mentor.screenshot({ path: `${SHOTS}/review-judge-390.png`, fullPage: true });
        await mentor.locator(".second-opinion").scrollIntoViewIfNeeded();
        await mentor.screenshot({ path: `${SHOTS}/review-judge-390-steps.png` });
      }
      expect(errors).toEqual([]);
    }, 180_000);
  },
);
