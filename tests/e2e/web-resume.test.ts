import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, type ProductInBrowser, startProductInBrowser } from "../support/browser";
import { type FakeOpenAI, startFakeOpenAI } from "../support/fake-openai";
import type { ServerProcess } from "../support/processes";
import { dropSocket, poll, shot, spyOnSockets, waitForReply } from "../support/web-pages";

const SLOW_REPLY =
  "Honestly, the sprint felt impossible from the start. The on-call rotation ate most of my week, and nobody adjusted the plan when the pager went off three nights running.";
// Long enough (about 16 s at 12 tokens/s) to still be streaming after a reload on a loaded machine.
const LONG_REPLY = `${SLOW_REPLY} I kept thinking I could catch up at the weekend, but the weekend went to the incident review, and by Monday the sprint board was already a week behind. Then the ledger rewrite turned out to touch three services nobody had mapped, and every estimate I gave in planning was for a job that kept getting bigger while I was still on call. I did say so in the retro, but it went into the notes and nowhere else.`;
const HOSTILE_REPLY =
  'Fine. <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> ![pixel](http://192.0.2.1/pixel.png) [click](javascript:window.__pwned=3)';

/** The streaming reply's text so far ("" when none is streaming). */
const streamedText = (page: Page) =>
  page.evaluate(
    () => document.querySelector(".turn-streaming .turn-text:not(.typing)")?.textContent ?? "",
  );

/** Waits until the streaming reply shows at least `chars` characters. */
const waitForStreamed = (page: Page, chars: number, timeout = 20_000) =>
  page.waitForFunction(
    (min) =>
      (document.querySelector(".turn-streaming .turn-text:not(.typing)")?.textContent ?? "")
        .length >= min,
    chars,
    { timeout },
  );

describe.runIf(browserAvailable())("the live session with a streaming model", () => {
  let product: ProductInBrowser;
  let server: ServerProcess;
  let browser: Browser;
  let fake: FakeOpenAI;
  let nextReply = SLOW_REPLY;
  /** How long the model waits before its first byte, for the next replies. */
  let firstByteMs = 0;
  beforeAll(async () => {
    fake = await startFakeOpenAI({
      tokensPerSecond: 12,
      handler: () => ({ content: nextReply, delayMs: firstByteMs }),
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

  /** A page with the scenario started and its socket connected; page errors are collected. */
  async function startLive(prepare: (page: Page) => Promise<void> = async () => {}) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (err) => errors.push(err.message));
    await prepare(page);
    await page.goto(`${server.url}/scenarios/missed-sprint-commitments`);
    await page.getByRole("button", { name: "Start" }).click();
    const box = page.getByLabel("Your message");
    await box.waitFor();
    await expect.poll(() => page.locator(".connection").textContent()).toContain("Connected");
    return { page, box, errors };
  }

  it("resumes after the socket drops mid-reply, without losing or repeating a word", async () => {
    const { page, box, errors } = await startLive(spyOnSockets);

    nextReply = SLOW_REPLY;
    await box.fill("What has been getting in the way of the sprint work, from your side?");
    await box.press("Enter");
    await waitForStreamed(page, 12);
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

  it("reloaded mid-reply, the page shows the text so far and streams the rest", async () => {
    const { page, box, errors } = await startLive();

    nextReply = LONG_REPLY;
    await box.fill("What has been getting in the way of the sprint work, from your side?");
    await box.press("Enter");
    await waitForStreamed(page, 40);
    const before = await streamedText(page);
    expect(LONG_REPLY.startsWith(before)).toBe(true);
    const sessionUrl = page.url();
    // A next line typed while they answer, not yet sent: the reload keeps it in the box.
    await box.fill("And what would help?");

    await page.reload();
    expect(page.url()).toBe(sessionUrl);
    expect(await page.getByLabel("Your message").inputValue()).toBe("And what would help?");
    // Straight after the reload: the reply is still streaming, and it starts with all that was shown.
    await waitForStreamed(page, before.length);
    const after = await streamedText(page);
    expect(LONG_REPLY.startsWith(after)).toBe(true);
    expect(after.length).toBeLessThan(LONG_REPLY.length);
    await shot(page, "live-reloaded-mid-reply-1280", false);

    await waitForReply(page);
    expect(await page.locator(".transcript .turn-employee .turn-text").last().textContent()).toBe(
      LONG_REPLY,
    );
    // The manager's line once, the reply once: the reload neither resent nor repeated anything.
    expect(await page.locator(".transcript .turn").count()).toBe(2);
    expect(errors).toEqual([]);
    nextReply = SLOW_REPLY;
    await page.close();
  });

  it("offline before the reply's first word, the bubble stays and says the reply will arrive (review 7 #6)", async () => {
    const { page, box, errors } = await startLive();
    nextReply = SLOW_REPLY;
    // The model is slow to start: the line has reached them, and no word has come back yet.
    firstByteMs = 6_000;
    try {
      await box.fill("What has been getting in the way of the sprint work, from your side?");
      await box.press("Enter");
      await page.locator(".turn-streaming .typing").waitFor();
      // The line has reached them (accepted, no longer "Sending…") before the network goes.
      await page.waitForFunction(() => document.querySelector(".turn-pending") === null);
      await page.context().setOffline(true);
      await page.evaluate(() => window.dispatchEvent(new Event("offline")));
      await poll(() => page.locator(".connection").textContent()).toContain("Offline");
      const bubble = page.locator(".transcript .turn-streaming");
      expect(await bubble.count()).toBe(1);
      expect(await bubble.locator(".turn-who").textContent()).toBe("Dana Okafor");
      expect(await bubble.locator(".reply-held").textContent()).toBe(
        "Dana Okafor's reply will arrive when you're back online.",
      );
      // Still, not typing: nothing is arriving while offline.
      expect(await bubble.locator(".typing").count()).toBe(0);
      await shot(page, "live-offline-before-reply-1280", false);
      await page.setViewportSize({ width: 390, height: 844 });
      await shot(page, "live-offline-before-reply-390", false);
      await page.setViewportSize({ width: 1280, height: 900 });

      await page.context().setOffline(false);
      await page.evaluate(() => window.dispatchEvent(new Event("online")));
      await waitForReply(page);
      expect(await page.locator(".transcript .turn-employee .turn-text").last().textContent()).toBe(
        SLOW_REPLY,
      );
      expect(await page.locator(".transcript .turn").count()).toBe(2);
      expect(await page.locator(".reply-held").count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      firstByteMs = 0;
      await page.close();
    }
  });

  it("a line still Sending… when the page is reloaded is sent after the reload, once", async () => {
    const { page, box, errors } = await startLive(spyOnSockets);
    // The server cannot be reached: every new socket is closed at once.
    let reachable = false;
    await page.routeWebSocket(/\/ws$/, (ws) => {
      if (reachable) ws.connectToServer();
      else ws.close({ code: 1006, reason: "test: unreachable" });
    });
    await dropSocket(page);
    await page.waitForFunction(() => document.querySelector(".connection-reconnecting") !== null);
    nextReply = SLOW_REPLY;
    const line = "What has been getting in the way of the sprint work, from your side?";
    await box.fill(line);
    await box.press("Enter");
    await page.locator(".turn-pending").waitFor();
    expect(await box.inputValue()).toBe("");

    // Reloaded before the line could go (the server back, but not yet reconnected to).
    reachable = true;
    await page.reload();
    await waitForReply(page);
    const turns = page.locator(".transcript .turn");
    expect(await turns.count()).toBe(2);
    expect(await turns.first().locator(".turn-text").textContent()).toBe(line);
    expect(await page.getByLabel("Your message").inputValue()).toBe("");
    // Nothing left to send: another reload sends nothing twice.
    await page.reload();
    await page.locator(".transcript .turn-employee").waitFor();
    expect(await page.locator(".transcript .turn").count()).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("renders a model's markup as text: nothing executes and nothing loads from outside", async () => {
    const outside: string[] = [];
    const { page, box } = await startLive(async (page) => {
      page.on("request", (r) => {
        if (!r.url().startsWith(server.url) && !r.url().startsWith("data:")) outside.push(r.url());
      });
    });
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
