import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ARTIFACTS,
  browserAvailable,
  type ProductInBrowser,
  startProductInBrowser,
} from "../support/browser";
import type { ServerProcess } from "../support/processes";
import { poll, shot } from "../support/web-pages";

describe.runIf(browserAvailable())("the built product in Chromium", () => {
  let product: ProductInBrowser;
  let server: ServerProcess;
  let browser: Browser;
  beforeAll(async () => {
    product = await startProductInBrowser();
    ({ server, browser } = product);
  });
  afterAll(() => product?.close());

  it("loads the library, navigates to About and back without a page load", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on("pageerror", (err) => errors.push(err.message));
    // Nothing the page asks for may fail (a missing favicon shows as an error in every console).
    const failed: string[] = [];
    page.on("response", (res) => {
      if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`);
    });
    await page.goto(server.url);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("Scenario library");
    await page.getByRole("link", { name: "About" }).click();
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("About Flightdeck");
    expect(page.url()).toBe(`${server.url}/about`);
    await page.goBack();
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("Scenario library");
    await page.screenshot({ path: `${ARTIFACTS}/shell-1280.png` });
    expect(errors).toEqual([]);
    expect(failed).toEqual([]);
    const icon = await page.locator('link[rel="icon"]').getAttribute("href");
    const served = await fetch(`${server.url}${icon}`);
    expect(served.headers.get("content-type")).toContain("image/svg+xml");
    await page.close();
  });

  it("sends the built client compressed, and lets browsers keep the hashed assets", async () => {
    const index = await fetch(server.url, { headers: { "accept-encoding": "br, gzip" } });
    expect(index.headers.get("cache-control")).toBe("no-cache");
    const entry = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(await index.text())?.[1];
    expect(entry).toBeDefined();
    // fetch decompresses what it is sent, so the bytes compare with the plain file's.
    const plain = await fetch(`${server.url}${entry}`, {
      headers: { "accept-encoding": "identity" },
    });
    expect(plain.headers.get("content-encoding")).toBeNull();
    const body = await plain.text();
    for (const encoding of ["br", "gzip"]) {
      const sent = await fetch(`${server.url}${entry}`, {
        headers: { "accept-encoding": encoding },
      });
      expect(sent.headers.get("content-encoding")).toBe(encoding);
      expect(sent.headers.get("content-type")).toContain("javascript");
      expect(sent.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(sent.headers.get("vary")).toContain("accept-encoding");
      expect(await sent.text()).toBe(body);
    }
  });

  it("tells a newcomer where to start and who plays the employee (no model here), at 1280 and 390 px", async () => {
    for (const width of [1280, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 844 } });
      await page.goto(server.url);
      const note = page.locator(".first-run");
      await expect.poll(() => note.locator(".engine-note").count()).toBe(1);
      const words = (await note.textContent()) ?? "";
      expect(words).toMatch(/^New here\? Start with any scenario/);
      expect(words).toContain("you can go back to any line and say it differently");
      expect(words).toContain(
        "Here the employee is played by Flightdeck's built-in offline engine, not a language model.",
      );
      expect(words).toContain("less varied than a real person");
      // Above the cards, and the page still fits the phone.
      const [noteBottom, firstCard] = await page.evaluate(() => [
        document.querySelector(".first-run")?.getBoundingClientRect().bottom ?? 0,
        document.querySelector(".card")?.getBoundingClientRect().top ?? 0,
      ]);
      expect(noteBottom).toBeLessThan(firstCard);
      // On a phone the filters but the search fold away, so the first screen reaches the
      // scenarios; on a wide screen they all show, with no toggle.
      const toggle = page.getByRole("button", { name: /^(More|Fewer) filters/ });
      const level = page.getByRole("group", { name: "Level" });
      if (width === 390) {
        expect(await page.getByLabel("Search").isVisible()).toBe(true);
        expect(await level.isVisible()).toBe(false);
        // The introduction is folded to its first line, and the whole first card is on the first
        // screen (review 5, wish 25: the open box pushed it below).
        const summary = page.locator(".first-run > summary");
        expect(await note.getAttribute("open")).toBeNull();
        const summaryBox = await summary.boundingBox();
        expect(summaryBox?.height ?? 99).toBeLessThan(30);
        const cardBottom = await page.evaluate(
          () => document.querySelector(".card")?.getBoundingClientRect().bottom ?? 9999,
        );
        expect(cardBottom).toBeLessThan(844);
        expect(await toggle.getAttribute("aria-expanded")).toBe("false");
        await shot(page, `library-first-screen-${width}`);
        await toggle.click();
        await expect.poll(() => level.isVisible()).toBe(true);
        expect(await page.getByLabel("Person").isVisible()).toBe(true);
        await page.getByRole("checkbox", { name: /^L2/ }).check();
        await page.getByLabel("Track").selectOption("manager");
        await page.getByRole("button", { name: "Fewer filters" }).click();
        expect(await toggle.textContent()).toBe("More filters (2 on)");
        expect(await page.locator(".result-count").textContent()).toMatch(/ of 12 scenarios$/);
        await page.getByRole("button", { name: "Clear filters" }).first().click();
      } else {
        expect(await level.isVisible()).toBe(true);
        expect(await toggle.isVisible()).toBe(false);
        expect(await note.getAttribute("open")).toBe("");
      }
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
      ).toBe(true);
      await shot(page, `library-first-run-${width}`);

      // Put away for good by someone who has read it (this browser remembers); About keeps it.
      if (width === 390) {
        await page.locator(".first-run > summary").click();
        await expect.poll(() => note.getAttribute("open")).toBe("");
        await shot(page, "library-first-run-open-390", false);
      }
      await page.getByRole("button", { name: "Hide this introduction (About keeps it)" }).click();
      await expect.poll(() => note.count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("library-title");
      await page.reload();
      await page.locator(".card").first().waitFor();
      expect(await note.count()).toBe(0);

      // About says it too.
      await page.getByRole("link", { name: "About" }).click();
      await expect
        .poll(() => page.locator(".prose .engine-note").textContent())
        .toMatch(/^Here the employee is played by Flightdeck's built-in offline engine/);
      await shot(page, `about-engine-${width}`);
      await page.close();
    }
  });

  it("finds a situation in a manager's own words, best match first, and offers the gentlest when nothing matches", async () => {
    for (const width of [1280, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 844 } });
      await page.goto(server.url);
      const titles = page.locator(".card-grid .card-title");
      await poll(() => titles.count()).toBe(12);
      const search = page.getByLabel("Search");
      await search.fill("missed deadlines");
      await poll(() => titles.first().textContent()).toBe("Three missed sprint commitments");
      expect(await page.locator(".result-count").textContent()).toMatch(
        /^\d+ of 12 scenarios, best match first$/,
      );
      await shot(page, `library-search-deadlines-${width}`, false);
      await search.fill("underperforming");
      await poll(() => titles.allTextContents()).toEqual(
        expect.arrayContaining([
          "Three missed sprint commitments",
          "Starting a performance improvement plan",
        ]),
      );
      await search.fill("xylophone");
      await poll(() => page.getByRole("heading", { name: "No scenario matches" }).count()).toBe(1);
      const gentlest = page
        .getByRole("list", { name: "The gentlest scenarios" })
        .locator(".card-title");
      expect(await gentlest.count()).toBe(3);
      await shot(page, `library-search-nothing-${width}`);
      await page.close();
    }
  });

  it("says the same of a conversation that is not there, live or debrief, and where to look", async () => {
    for (const width of [1280, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 844 } });
      for (const path of [
        "/sessions/00000000-0000-4000-8000-000000000000",
        "/sessions/00000000-0000-4000-8000-000000000000/debrief",
        "/sessions/not-an-id",
      ]) {
        await page.goto(`${server.url}${path}`);
        const alert = page.getByRole("alert");
        await expect
          .poll(() => alert.locator("h2").textContent(), { timeout: 15_000 })
          .toBe("This conversation could not be opened");
        expect(await alert.locator("p").first().textContent()).toBe(
          "It may have been deleted, or the link is mistyped.",
        );
        expect(await alert.getByRole("link").allTextContents()).toEqual([
          "Your conversations in History",
          "The scenario library",
        ]);
      }
      await shot(page, `conversation-not-found-${width}`);
      await page.getByRole("link", { name: "Your conversations in History" }).click();
      await expect.poll(() => page.url()).toBe(`${server.url}/history`);
      await page.close();
    }
  });

  it("opens a client route directly (SPA fallback) at phone width", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/about`);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("About Flightdeck");
    await page.screenshot({ path: `${ARTIFACTS}/about-390.png` });
    await page.close();
  });
});
