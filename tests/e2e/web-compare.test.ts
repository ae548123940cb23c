import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiClient, signedInClients } from "../support/api-client";
import { browserAvailable, type ProductInBrowser, startProductInBrowser } from "../support/browser";
import { addAccountByCli, type ServerProcess } from "../support/processes";
import { h1, main, poll, shot, signedInPage } from "../support/web-pages";

/**
 * Comparing two attempts (two conversations) of one scenario, in Chromium: the manager chooses
 * attempts 1 and 3 on History and sees what changed, step by step; a mentor reads the same link for
 * attempts shared with them, and not for one that was not.
 */

const PASSWORD = "compare passphrase 1";
const LEAD = { email: "lee@example.com", password: PASSWORD };
const MENTOR = { email: "maya@example.com", password: PASSWORD };
const SCENARIO = { id: "missed-sprint-commitments", title: "Three missed sprint commitments" };
/** Attempts 1 and 2: blunt, no question; only the follow-up is there, and a blaming flag. */
const BLUNT = [
  "We need to talk about your sprints. You keep missing your commitments.",
  "This has to stop. Just commit to less and deliver it.",
  "OK. Let's check again in two weeks.",
];
/** Attempt 3: an observation, the impact, their view asked on the third line, a reflection. */
const CURIOUS = [
  "Thanks for making time, Dana. I'd like to talk about the last few sprints. Is now still a good time?",
  "In 3 of the last 4 sprints work has carried over; in Sprint 42, 21 story points rolled, most of it on the ledger reconciliation rewrite.",
  "The impact is that our forecast to Product keeps slipping, and they've asked me twice why. Before I jump to conclusions, how does it look from your side?",
  "It sounds like a lot of what you do never makes it onto the board. What's been taking your time?",
  "Thanks for explaining all of that, Dana.",
];

describe.runIf(browserAvailable())("compare two attempts of a scenario (Chromium)", () => {
  let product: ProductInBrowser;
  let server: ServerProcess;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  const api: Record<"lead" | "mentor", ApiClient> = {} as never;
  const ids: string[] = [];

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
    // Three attempts, one after the other, each flown to its end with the same seed.
    for (const lines of [BLUNT, BLUNT, CURIOUS])
      ids.push(await api.lead.flyAttempt(SCENARIO.id, lines));
    // The mentor may read attempts 1 and 3, not 2.
    for (const id of [ids[0], ids[2]])
      await api.lead.json("POST", `/api/sessions/${id}/shares`, { email: MENTOR.email });
  }, 240_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await product?.close();
  });

  const person = (who: { email: string; password: string }, path: string, width = 1280) =>
    signedInPage(browser, server.url, who, path, { width, contexts, errors });
  const text = async (page: Page) => ((await main(page)) ?? "").replace(/\s+/g, " ");
  const noSideScroll = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  it("History offers attempts 1 and 3; the comparison says which step changed, with the quote", async () => {
    const page = await person(LEAD, "/history");
    const scenario = page.getByRole("region", { name: SCENARIO.title });
    await scenario.getByLabel("Compare").waitFor();
    // Each row says its attempt's number, as the chart and the pickers count them; newest first.
    expect(
      (await scenario.locator("tbody td[data-label='When']").allTextContents()).map(
        (t) => t.split(" · ")[0],
      ),
    ).toEqual(["Attempt 3", "Attempt 2", "Attempt 1"]);
    // The first and the latest to begin with; any two can be chosen.
    await scenario.getByLabel("with").selectOption({ index: 1 });
    await scenario.getByRole("link", { name: /^Compare attempt 1 with attempt 2/ }).waitFor();
    await scenario.getByLabel("with").selectOption({ index: 2 });
    const go = scenario.getByRole("link", { name: /^Compare attempt 1 with attempt 3/ });
    await shot(page, "compare-history-1280");
    expect(await go.getAttribute("href")).toBe(`/compare?a=${ids[0]}&b=${ids[2]}`);
    // An ordinary link, followed from the keyboard.
    await go.focus();
    await page.keyboard.press("Enter");
    await poll(() => h1(page)).toBe("Compare attempts");
    // The heading has focus after the in-app navigation.
    await poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Compare attempts",
    );
    await poll(() => text(page)).toContain("Pattern steps");

    // What changed, in sentences: the step now done, with its turn, and what was lost.
    const better = await page.locator(".changes-list").first().allTextContents();
    expect(better.join(" ")).toContain(
      "You now ask for their perspective (turn 3) — missed in attempt 1.",
    );
    const changed = await text(page);
    expect(changed).toMatch(/Score \d+ → \d+ \(\+\d+\)\./);
    expect(changed).toContain(
      "No “Absolute or blaming language” flag this time — flagged in attempt 1 (turn 1).",
    );
    expect(changed).toMatch(
      /You did not schedule a follow-up this time — done in attempt 1 \(turn \d\)\./,
    );

    // What she was holding back, told only in attempt 3.
    expect(changed).toMatch(
      /Dana Okafor told you what they were holding back \(“.+”\) — kept back in attempt 1\./,
    );
    // The steps table: a real table with headers; the row of the step that changed.
    const steps = page.getByRole("table", { name: "Each step of the pattern in both attempts" });
    expect(await steps.getByRole("columnheader").allTextContents()).toEqual([
      "Step",
      expect.stringMatching(/^Attempt 1/),
      expect.stringMatching(/^Attempt 3/),
      "Change",
    ]);
    const row = steps.getByRole("row", { name: /Ask for their perspective/ });
    const cells = (await row.getByRole("cell").allTextContents()).map((t) =>
      t.replace(/\s+/g, " ").trim(),
    );
    expect(cells[0]).toContain("Missed");
    expect(cells[1]).toContain("Done");
    expect(cells[1]).toContain("how does it look from your side?");
    expect(cells[2]).toBe("▲ Better");
    // Metrics side by side, each value with its band in words.
    const metrics = page.getByRole("table", { name: /How you listened/ });
    expect(await metrics.getByRole("row").count()).toBeGreaterThan(5);
    await shot(page, "compare-attempts-1280");
    expect(errors).toEqual([]);
  });

  it("reads on a phone without sideways scrolling: History's chooser and the comparison", async () => {
    const page = await person(LEAD, "/history", 390);
    await page.getByRole("region", { name: SCENARIO.title }).getByLabel("Compare").waitFor();
    expect(await noSideScroll(page)).toBe(true);
    await shot(page, "compare-history-390");
    await page.goto(`${server.url}/compare?a=${ids[2]}&b=${ids[0]}`);
    // Either order in the link: the earlier attempt comes first.
    await poll(() => text(page)).toContain("You now ask for their perspective (turn 3)");
    expect(await noSideScroll(page)).toBe(true);
    await shot(page, "compare-attempts-390");
  });

  it("the debrief links to the comparison with the previous attempt, near the score", async () => {
    for (const width of [1280, 390]) {
      const page = await person(LEAD, `/sessions/${ids[2]}/debrief`, width);
      const link = page.getByRole("link", { name: "Compare with attempt 2" });
      await link.waitFor();
      expect(await noSideScroll(page)).toBe(true);
      await link.scrollIntoViewIfNeeded();
      await shot(page, `compare-from-debrief-${width}`, false);
      await link.click();
      await poll(() => new URL(page.url()).search).toBe(`?a=${ids[1]}&b=${ids[2]}`);
    }
    // The first attempt offers the next one.
    const first = await person(LEAD, `/sessions/${ids[0]}/debrief`);
    await first.getByRole("link", { name: "Compare with attempt 2" }).waitFor();
    expect(errors).toEqual([]);
  });

  it("a mentor compares two attempts shared with them, and cannot open one that was not", async () => {
    const page = await person(MENTOR, `/compare?a=${ids[0]}&b=${ids[2]}`);
    // Numbered as the mentor's Reviews number them ("Attempt 1 of 3"), not "the earlier attempt".
    await poll(() => text(page)).toContain(
      "You now ask for their perspective (turn 3) — missed in attempt 1.",
    );
    expect(await text(page)).toContain("Review of attempt 1 · Review of attempt 3");
    expect(await text(page)).not.toContain("earlier attempt");
    expect(await page.locator(".breadcrumb").textContent()).toMatch(/^Reviews · /);
    await shot(page, "compare-attempts-mentor-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await noSideScroll(page)).toBe(true);
    await shot(page, "compare-attempts-mentor-390", false);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/compare?a=${ids[0]}&b=${ids[1]}`);
    await poll(() => text(page)).toContain("One of the attempts could not be opened");
    // Back to where a mentor chooses what to read: their reviews, not a History they do not have.
    expect(await page.getByRole("link", { name: "Go to Reviews" }).count()).toBe(1);
    await shot(page, "compare-attempts-not-shared-1280", false);
    expect(errors).toEqual([]);
  });
  it("a flag the reviewer set aside is struck with the reason, and not counted as gone", async () => {
    // Review 6 #3: compare still listed a set-aside flag as standing and "gone this time".
    const record = await api.mentor.json<{
      scorecards: {
        patternId: string;
        antiPatterns: { id: string; title: string; turn: number }[];
      }[];
    }>("GET", `/api/sessions/${ids[0]}`);
    const card = record.scorecards[0];
    const blame = card?.antiPatterns.find((f) => f.title === "Absolute or blaming language");
    expect(blame).toBeDefined();
    const reason = "“You keep missing” names a pattern of sprints, not the person.";
    await api.mentor.json("POST", `/api/sessions/${ids[0]}/flag-set-asides`, {
      patternId: card?.patternId,
      flagId: blame?.id,
      turn: blame?.turn,
      reason,
    });
    await api.mentor.json("PUT", `/api/sessions/${ids[0]}/review`, { done: true });
    for (const width of [1280, 390]) {
      const page = await person(LEAD, `/compare?a=${ids[0]}&b=${ids[2]}`, width);
      await poll(() => text(page)).toContain("Pattern steps");
      const changed = await text(page);
      expect(changed).not.toContain("No “Absolute or blaming language” flag this time");
      const flags = page.getByRole("table", { name: "Anti-pattern flags in both attempts" });
      const row = flags.getByRole("row", { name: /Absolute or blaming language/ });
      const cells = (await row.getByRole("cell").allTextContents()).map((t) =>
        t.replace(/\s+/g, " ").trim(),
      );
      expect(cells[0]).toContain(`Set aside by your reviewer: ${reason}`);
      expect(cells[2]).toBe("Set aside");
      expect(await row.locator(".struck").count()).toBe(1);
      expect(await noSideScroll(page)).toBe(true);
      await row.scrollIntoViewIfNeeded();
      await shot(page, `compare-set-aside-${width}`, false);
    }
    expect(errors).toEqual([]);
  });
});
