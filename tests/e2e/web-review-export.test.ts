import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTranscript } from "../../server/rubric";
import { type ApiClient, signedInClients } from "../support/api-client";
import { browserAvailable, type ProductInBrowser, startProductInBrowser } from "../support/browser";
import { addAccountByCli, type ServerProcess } from "../support/processes";
import { main, poll, signedInPage } from "../support/web-pages";

/**
 * A mentor exports the session he reviews from the review page (review 9b, #8), in Chromium: the
 * review page has **Export: Markdown · JSON**, as the debrief has, and the file is written for him
 * (his comment "**You** (reviewer)", the manager's reply by her name, the verdict "as you counted
 * it"); the manager's download from the debrief stays in the second person. Both read back to the
 * same conversation.
 */

const PASSWORD = "review export passphrase 1";
const LEAD = { email: "lee@example.com", password: PASSWORD };
const MENTOR = { email: "felix@example.com", password: PASSWORD };
const SCENARIO = "missed-sprint-commitments";
const LINES = [
  "Thanks for making time, Dana. I'd like to talk about the last few sprints. Is now still a good time?",
  "In 3 of the last 4 sprints work has carried over; in Sprint 42, 21 story points rolled. How does it look from your side?",
  "Could we agree on one change for the next sprint?",
];
/** Screenshots to look at, kept out of the repo. */
const SHOTS = process.env.REVEXPORT_SHOTS;

describe.runIf(browserAvailable())("a mentor exports the session he reviews (Chromium)", () => {
  let product: ProductInBrowser;
  let server: ServerProcess;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  const api: Record<"lead" | "mentor", ApiClient> = {} as never;
  let sessionId = "";

  beforeAll(async () => {
    product = await startProductInBrowser({
      env: { AUTH_MODE: "password" },
      prepare: async (env) => {
        await addAccountByCli(env, LEAD, ["manager"]);
        await addAccountByCli(env, MENTOR, ["mentor"]);
      },
    });
    ({ server, browser } = product);
    Object.assign(api, await signedInClients(server.url, { lead: LEAD, mentor: MENTOR }));
    sessionId = await api.lead.flyAttempt(SCENARIO, LINES);
    await api.lead.json("POST", `/api/sessions/${sessionId}/shares`, { email: MENTOR.email });
    const { turns, scorecards } = await api.mentor.json<{
      turns: { id: string; text: string }[];
      scorecards: { patternId: string; overall: number }[];
    }>("GET", `/api/sessions/${sessionId}`);
    const line = turns.find((t) => t.text.startsWith("Could we agree"));
    const comment = await api.mentor.json<{ id: string }>(
      "POST",
      `/api/sessions/${sessionId}/comments`,
      { turnId: line?.id, text: "Ask what change she would pick." },
    );
    await api.lead.json("POST", `/api/comments/${comment.id}/replies`, { text: "Next time." });
    const card = scorecards[0] as { patternId: string; overall: number };
    await api.mentor.json("POST", `/api/sessions/${sessionId}/adjustments`, {
      patternId: card.patternId,
      score: Math.max(0, card.overall - 5),
      reason: "A question, not yet a plan.",
    });
    await api.mentor.json("PUT", `/api/sessions/${sessionId}/review`, { done: true });
  }, 240_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await product?.close();
  });

  const person = (who: { email: string; password: string }, path: string, width = 1280) =>
    signedInPage(browser, server.url, who, path, { width, contexts, errors });
  const text = async (page: Page) => ((await main(page)) ?? "").replace(/\s+/g, " ");
  /** Clicks a download link and reads the file it saves. */
  const download = async (page: Page, name: string) => {
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name, exact: true }).click(),
    ]);
    return readFileSync((await file.path()) as string, "utf8");
  };

  it("has Export links on the review page, and the file is written for the mentor", async () => {
    const mentor = await person(MENTOR, `/sessions/${sessionId}/review`);
    await poll(() => text(mentor)).toContain("Pattern steps");
    expect((await mentor.locator(".export-links").textContent())?.replace(/\s+/g, " ")).toBe(
      "Export: Markdown · JSON",
    );
    if (SHOTS) await mentor.screenshot({ path: `${SHOTS}/review-1280.png` });
    const md = await download(mentor, "Markdown");
    expect(md).toContain("Outcome: Ended by lee");
    expect(md).toContain("> 💬 **You** (reviewer) commented: Ask what change she would pick.");
    expect(md).toContain("> 💬 **lee** (manager) replied: Next time.");
    expect(md).toMatch(
      /^Score \([a-z-]+\): \d+\/100 — [a-z ]+, as you counted it \(the machine: /m,
    );
    expect(md).toMatch(/^\*\*You\*\* \(reviewer\) scored it \d+/m);
    expect(md).not.toMatch(/\b[Yy]our (reviewer|mentor|turn)\b|\*\*You\*\* replied/);
    const json = JSON.parse(await download(mentor, "JSON"));
    expect(json.review).toMatchObject({
      reviewedBy: ["felix"],
      comments: [
        {
          on: "lee's turn 3",
          author: "You (reviewer)",
          replies: [{ author: "lee (manager)", text: "Next time." }],
        },
      ],
    });

    // The manager's download from the debrief stays hers, and reads back to the same conversation.
    const lead = await person(LEAD, `/sessions/${sessionId}/debrief`);
    await poll(() => text(lead)).toContain("Export:");
    const hers = await download(lead, "Markdown");
    expect(hers).toContain("> 💬 **felix** (reviewer) commented: Ask what change she would pick.");
    expect(hers).toContain("> 💬 **You** replied: Next time.");
    expect(hers).toContain("as your reviewer counted it");
    const read = (file: string) => {
      const parsed = parseTranscript(file);
      return parsed.ok ? parsed : parsed.problems;
    };
    expect(read(md)).toEqual(read(hers));
    if (errors.length) throw new Error(errors.join("\n"));
  }, 120_000);

  it("keeps the links in reach on a phone", async () => {
    const mentor = await person(MENTOR, `/sessions/${sessionId}/review`, 390);
    await poll(() => text(mentor)).toContain("Pattern steps");
    const links = mentor.locator(".export-links a");
    expect(await links.count()).toBe(2);
    for (const box of await Promise.all([0, 1].map((i) => links.nth(i).boundingBox())))
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
    if (SHOTS) await mentor.screenshot({ path: `${SHOTS}/review-390.png` });
    if (errors.length) throw new Error(errors.join("\n"));
  }, 120_000);
});
