import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, type ProductInBrowser, startProductInBrowser } from "../support/browser";
import { type FakeOpenAI, startFakeOpenAI } from "../support/fake-openai";
import type { ServerProcess } from "../support/processes";
import { dropSocket, shot, spyOnSockets, waitForReply } from "../support/web-pages";

const SLOW_REPLY =
  "Honestly, the sprint felt impossible from the start. The on-call rotation ate most of my week, and nobody adjusted the plan when the pager went off three nights running.";
const HOSTILE_REPLY =
  'Fine. <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> ![pixel](http://192.0.2.1/pixel.png) [click](javascript:window.__pwned=3)';

describe.runIf(browserAvailable())("the live session with a streaming model", () => {
  let product: ProductInBrowser;
  let server: ServerProcess;
  let browser: Browser;
  let fake: FakeOpenAI;
  let nextReply = SLOW_REPLY;
  beforeAll(async () => {
    fake = await startFakeOpenAI({ tokensPerSecond: 12, handler: () => ({ content: nextReply }) });
    product = await startProductInBrowser({
      env: { LLM_BASE_URL: fake.url, LLM_API_KEY: "test", LLM_MODEL: "fake-model" },
    });
    ({ server, browser } = product);
  }, 180_000);
  afterAll(async () => {
    await product?.close();
    await fake?.close();
  });

  it("resumes after the socket drops mid-reply, without losing or repeating a word", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (err) => errors.push(err.message));
    await spyOnSockets(page);
    await page.goto(`${server.url}/scenarios/missed-sprint-commitments`);
    await page.getByRole("button", { name: "Start" }).click();
    const box = page.getByLabel("Your message");
    await box.waitFor();
    await expect.poll(() => page.locator(".connection").textContent()).toContain("Connected");

    nextReply = SLOW_REPLY;
    await box.fill("What has been getting in the way of the sprint work, from your side?");
    await box.press("Enter");
    await page.waitForFunction(
      () =>
        (document.querySelector(".turn-streaming .turn-text:not(.typing)")?.textContent ?? "")
          .length >= 12,
      null,
      { timeout: 20_000 },
    );
    const before = await page.locator(".turn-streaming .turn-text").textContent();
    expect(SLOW_REPLY.startsWith(before ?? "")).toBe(true);
    expect(before?.length ?? 0).toBeLessThan(SLOW_REPLY.length);
    await dropSocket(page);
    await page.waitForFunction(
      () => document.querySelector(".connection-reconnecting") !== null,
      null,
      {
        timeout: 5_000,
      },
    );
    await shot(page, "live-reconnecting-1280", false);

    await waitForReply(page);
    await expect.poll(() => page.locator(".connection").textContent()).toContain("Connected");
    const reply = await page.locator(".transcript .turn-employee .turn-text").last().textContent();
    expect(reply).toBe(SLOW_REPLY);
    expect(
      await page.evaluate(() => (window as unknown as { __sockets: unknown[] }).__sockets.length),
    ).toBeGreaterThanOrEqual(2);
    // One manager turn and one reply: the resume neither resent nor duplicated anything.
    expect(await page.locator(".transcript .turn").count()).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("renders a model's markup as text: nothing executes and nothing loads from outside", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const outside: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith("data:")) outside.push(r.url());
    });
    await page.goto(`${server.url}/scenarios/missed-sprint-commitments`);
    await page.getByRole("button", { name: "Start" }).click();
    const box = page.getByLabel("Your message");
    await box.waitFor();
    nextReply = HOSTILE_REPLY;
    await box.fill("Tell me what happened.");
    await box.press("Enter");
    await waitForReply(page);
    const reply = await page.locator(".transcript .turn-employee .turn-text").last().textContent();
    expect(reply?.length ?? 0).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await page.locator("main img, main script, main a[href^='javascript']").count()).toBe(0);
    expect(outside).toEqual([]);
    await page.close();
  });
});
