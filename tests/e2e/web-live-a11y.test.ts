import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, type ProductInBrowser, startProductInBrowser } from "../support/browser";
import type { ServerProcess } from "../support/processes";
import { say, shot } from "../support/web-pages";

/**
 * What a screen reader and a keyboard get on the live session, history and linter pages, read from
 * the DOM: which live regions exist before their words arrive, what is added to them (a
 * MutationObserver), accessible names, and where focus goes when the control that had it goes.
 */

const LINES = [
  "Hi Dana, thanks for making the time. How are things going for you this week?",
  "What has been getting in the way of the sprint work, from your side?",
];

interface Announced {
  /** The live region's class (or role): where the words were added. */
  region: string;
  text: string;
}

/** Records every piece of text added to a live region from now on (window.__announced). */
async function watchLiveRegions(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: { region: string; text: string }[] = [];
    (window as unknown as { __announced: typeof seen }).__announced = seen;
    const regionOf = (node: Node | null) => {
      const el = node instanceof Element ? node : node?.parentElement;
      return el?.closest("[aria-live], [role=status], [role=alert], [role=log]") ?? null;
    };
    new MutationObserver((records) => {
      for (const r of records) {
        const region = regionOf(r.target);
        if (!region) continue;
        const name = region.className || region.getAttribute("role") || "";
        if (r.type === "characterData")
          seen.push({ region: name, text: r.target.textContent ?? "" });
        for (const node of r.addedNodes) {
          const text = node.textContent?.trim() ?? "";
          if (text) seen.push({ region: name, text });
        }
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

const announced = (page: Page): Promise<Announced[]> =>
  page.evaluate(() => (window as unknown as { __announced: Announced[] }).__announced);
const forget = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { __announced: Announced[] }).__announced.length = 0;
  });
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}#${el.id}` : "";
  });

async function startSession(page: Page, origin: string, scenarioId = "missed-sprint-commitments") {
  await page.goto(`${origin}/scenarios/${scenarioId}`);
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel("Your message").waitFor();
  await expect.poll(() => page.locator(".connection").textContent()).toContain("Connected");
}

describe.runIf(browserAvailable())("screen reader and keyboard on the live pages", () => {
  let product: ProductInBrowser;
  let server: ServerProcess;
  let browser: Browser;
  beforeAll(async () => {
    product = await startProductInBrowser();
    ({ server, browser } = product);
  }, 180_000);
  afterAll(() => product?.close());

  it("announces each reply once, not the manager's own line; hints and notices land in regions that were there first (the end's too); Undo and Dismiss keep focus", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (err) => errors.push(err.message));
    await startSession(page, server.url);

    // Every live region is there, empty, before anything is said in it.
    const regions = await page.evaluate(() =>
      [".hint-slot", ".notice-slot", ".ended-slot", ".reply-announcer"].map((sel) => {
        const el = document.querySelector(sel);
        return {
          sel,
          live: el?.getAttribute("aria-live") ?? el?.getAttribute("role") ?? null,
          text: el?.textContent ?? null,
        };
      }),
    );
    expect(regions).toEqual([
      { sel: ".hint-slot", live: "polite", text: "" },
      { sel: ".notice-slot", live: "status", text: "" },
      { sel: ".ended-slot", live: "status", text: "" },
      { sel: ".reply-announcer", live: "polite", text: "" },
    ]);
    // The transcript itself is not live: its additions (the line being sent, then sent) are not read.
    expect(await page.locator("ol.transcript").getAttribute("aria-live")).toBeNull();

    await watchLiveRegions(page);
    await say(page, LINES[0] as string);
    const reply =
      (await page.locator(".transcript .turn-employee .turn-text").last().textContent()) ?? "";
    expect(reply.length).toBeGreaterThan(0);
    const afterFirst = await announced(page);
    // The reply, once and whole, named; the manager's own words nowhere in a live region.
    expect(afterFirst.filter((a) => a.region.includes("reply-announcer"))).toEqual([
      { region: "visually-hidden reply-announcer", text: `Dana Okafor: ${reply}` },
    ]);
    expect(afterFirst.filter((a) => a.text.includes(LINES[0] as string))).toEqual([]);

    // Coach hint: announced; asked again for the same line, announced again and says it repeats.
    await forget(page);
    const hintButton = page.locator(".composer").getByRole("button", { name: "Coach hint" });
    await hintButton.click();
    await page.locator(".hint").waitFor();
    const hint = (await page.locator(".hint").textContent()) ?? "";
    await expect
      .poll(async () => (await announced(page)).filter((a) => a.region === "hint-slot").length)
      .toBe(1);
    // Hints are a second apart (so the button cannot flood the socket): this one may wait for it.
    await hintButton.click();
    await expect
      .poll(async () => (await announced(page)).filter((a) => a.region === "hint-slot").length, {
        timeout: 4_000,
      })
      .toBe(2);
    const second = (await page.locator(".hint").textContent()) ?? "";
    // The offline engine's hint for this line is the same both times: the box says so.
    expect(second).toBe(
      `${hint}The same hint as before: hints follow your lines, so say another for a new one.`,
    );
    expect(await page.locator(".hint").count()).toBe(1);

    await say(page, LINES[1] as string);
    // Each "Try this line differently" says which turn it is.
    expect(
      await page
        .getByRole("button", { name: "Try this line differently (turn 2)", exact: true })
        .count(),
    ).toBe(1);
    expect(
      await page
        .getByRole("button", { name: "Try this line differently (turn 1)", exact: true })
        .count(),
    ).toBe(1);

    // A rewind: the notice is announced in its region; the lines it takes away announce nothing.
    await forget(page);
    await page.getByRole("button", { name: "Try this line differently (turn 2)" }).click();
    await expect.poll(() => page.locator(".transcript .turn-manager").count()).toBe(1);
    await expect
      .poll(async () =>
        (await announced(page))
          .filter((a) => a.region === "notice-slot")
          .map((a) => a.text)
          .join(" "),
      )
      .toMatch(/You went back to turn 2/);
    expect(await focused(page)).toBe("textarea#message");
    // Undo and Dismiss are two targets, apart.
    const gap = await page.evaluate(() => {
      const [undo, dismiss] = [
        ...document.querySelectorAll(".notice-slot .inline-actions button"),
      ].map((b) => b.getBoundingClientRect());
      return undo && dismiss ? dismiss.left - undo.right : -1;
    });
    expect(gap).toBeGreaterThanOrEqual(12);

    // Undo from the keyboard: focus goes to the message box, not the page, and stays there when
    // the conversation comes back; the lines it brings back are not announced again.
    await forget(page);
    await page.getByRole("button", { name: "Undo" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".transcript .turn-manager").count()).toBe(2);
    await expect
      .poll(() => page.locator(".notice-slot").textContent())
      .toContain("Back where you were");
    expect(await focused(page)).toBe("textarea#message");
    const afterUndo = await announced(page);
    expect(afterUndo.filter((a) => a.region.includes("reply-announcer"))).toEqual([]);
    expect(
      afterUndo.some((a) => a.region === "notice-slot" && a.text.includes("Back where you were")),
    ).toBe(true);

    // Dismiss from the keyboard: the same.
    await page.getByRole("button", { name: "Dismiss" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".notice-slot").textContent()).toBe("");
    expect(await focused(page)).toBe("textarea#message");

    // The end: the banner's words are added to the status region that was there all along.
    await forget(page);
    await page.getByRole("button", { name: "End conversation" }).click();
    await page.getByRole("heading", { name: "Debrief", level: 1 }).waitFor({ timeout: 30_000 });
    // The debrief's rewind buttons say their turn too (the transcript comes after the heading).
    await expect
      .poll(() =>
        page
          .getByRole("button", { name: "Try this line differently (turn 2)", exact: true })
          .count(),
      )
      .toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps Undo and Dismiss apart on a phone (390 px), with no sideways scroll", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await startSession(page, server.url);
    await say(page, LINES[0] as string);
    await say(page, LINES[1] as string);
    await page.getByRole("button", { name: "Try this line differently (turn 2)" }).click();
    await page.getByRole("button", { name: "Undo" }).waitFor();
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll(".notice-slot .inline-actions button")].map((b) => {
        const r = b.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
    expect(boxes).toHaveLength(2);
    const [undo, dismiss] = boxes as [(typeof boxes)[0], (typeof boxes)[0]];
    const apart = dismiss.left - undo.right >= 12 || dismiss.top - undo.bottom >= 4;
    expect(apart).toBe(true);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
    ).toBe(true);
    await shot(page, "live-rewound-390", false);
    await page.close();
  });

  it("history: Delete names the attempt and its scenario, says it deleted it, and puts focus on the next row", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // One attempt on another scenario, so two scenarios' rows sit side by side.
    await startSession(page, server.url, "burnout-signals");
    await say(page, "Hi Priya, thanks for making time. How has this week been for you?");
    await page.goto(`${server.url}/history`);
    const rows = page.locator(".attempts tbody tr");
    await rows.first().waitFor();
    expect(await page.getByRole("status").filter({ hasText: "Deleted" }).count()).toBe(0);

    // Every Delete, Markdown, JSON and Debrief/Continue has a name of its own.
    const names = await page.evaluate(() =>
      [...document.querySelectorAll(".attempts button, .attempts a")].map(
        (el) => el.textContent?.trim() ?? "",
      ),
    );
    expect(names.length).toBeGreaterThan(4);
    expect(new Set(names).size).toBe(names.length);
    expect(names.some((n) => /^Delete attempt 1 of Burnout signals.* \(.+\)$/.test(n))).toBe(true);
    expect(
      names.some((n) =>
        /^Markdown export of attempt 2 of Three missed sprint commitments \(.+\)$/.test(n),
      ),
    ).toBe(true);

    // Delete the newest missed-sprint attempt: its row below (an older one) gets focus.
    const sprint = page.locator(".scenario-history", {
      hasText: "Three missed sprint commitments",
    });
    const sprintRows = sprint.locator(".attempts tbody tr");
    const before = await sprintRows.count();
    expect(before).toBeGreaterThanOrEqual(2);
    const nextId = await sprintRows.nth(1).locator("button").getAttribute("id");
    let asked = "";
    page.once("dialog", (dialog) => {
      asked = dialog.message();
      void dialog.accept();
    });
    await sprintRows
      .first()
      .getByRole("button", { name: /^Delete attempt / })
      .focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => sprintRows.count()).toBe(before - 1);
    expect(asked).toMatch(
      /^Delete attempt \d+ of Three missed sprint commitments \(.+\)\? Its transcript and its scores go with it, /,
    );
    await expect.poll(() => focused(page)).toBe(`button#${nextId}`);
    await expect
      .poll(() => page.locator("p[role=status]").textContent())
      .toMatch(/^Deleted attempt \d+ of Three missed sprint commitments \(.+\)\.$/);

    // The only burnout attempt: its scenario goes, focus goes to the list's heading.
    const burnout = page.locator(".scenario-history", { hasText: "Burnout signals" });
    page.once("dialog", (dialog) => void dialog.accept());
    await burnout.getByRole("button", { name: /^Delete attempt / }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => burnout.count()).toBe(0);
    await expect.poll(() => focused(page)).toBe("h2#attempts-title");
    expect(await page.locator("p[role=status]").textContent()).toMatch(
      /^Deleted attempt 1 of Burnout signals/,
    );
    await page.close();
  });

  it("history: a session with nothing said is listed as not started, neither numbered nor counted as an attempt, with Continue and Delete", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Start pressed and left, twice: once beside earlier attempts, once on a scenario of its own.
    await startSession(page, server.url, "missed-sprint-commitments");
    await startSession(page, server.url, "celebrating-a-win");
    await page.goto(`${server.url}/history`);
    const sprint = page.locator(".scenario-history", {
      hasText: "Three missed sprint commitments",
    });
    const win = page.locator(".scenario-history", {
      hasText: "Recognising a zero-downtime cutover",
    });
    await win.locator(".attempts tbody tr").first().waitFor();

    // Alone on its scenario: listed, so it can be continued or deleted, but no attempt.
    expect(await win.locator(".scenario-history-head p").textContent()).toMatch(
      /^No attempts yet · 1 not started · Brief again$/,
    );
    const winRow = win.locator(".attempts tbody tr");
    expect(await winRow.count()).toBe(1);
    expect(await winRow.locator("td[data-label=Outcome]").textContent()).toBe(
      "Not started · not an attempt",
    );
    expect(await winRow.locator("td[data-label=Score]").textContent()).toBe("—");
    expect(await winRow.getByRole("link").allTextContents()).toEqual([
      expect.stringMatching(
        /^Continue empty conversation of Recognising a zero-downtime cutover \(.+\)$/,
      ),
    ]);

    // Beside attempts: the attempts keep their count and numbers; the empty one is not among them.
    const sprintRows = sprint.locator(".attempts tbody tr");
    const attempts = (await sprintRows.count()) - 1;
    expect(attempts).toBeGreaterThanOrEqual(1);
    expect(await sprint.locator(".scenario-history-head p").textContent()).toMatch(
      new RegExp(`^${attempts} attempts? · 1 not started`),
    );
    expect(await sprintRows.first().locator("td[data-label=Outcome]").textContent()).toBe(
      "Not started · not an attempt",
    );
    expect(await sprintRows.nth(1).locator("button").textContent()).toMatch(
      new RegExp(`^Delete attempt ${attempts} of Three missed sprint commitments`),
    );
    await shot(page, "history-not-started-1280");

    await page.setViewportSize({ width: 390, height: 844 });
    await expect
      .poll(() =>
        page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
      )
      .toBe(true);
    await shot(page, "history-not-started-390");

    // Delete asks in its own words, says it deleted it, and focus goes to the list's heading.
    let asked = "";
    page.once("dialog", (dialog) => {
      asked = dialog.message();
      void dialog.accept();
    });
    await winRow.getByRole("button", { name: /^Delete empty conversation of / }).click();
    await expect.poll(() => win.count()).toBe(0);
    expect(asked).toMatch(
      /^Delete empty conversation of Recognising a zero-downtime cutover \(.+\)\? You said nothing in it, so it is not an attempt\./,
    );
    await expect.poll(() => focused(page)).toBe("h2#attempts-title");
    expect(await page.locator("p[role=status]").textContent()).toMatch(
      /^Deleted empty conversation of Recognising a zero-downtime cutover \(.+\)\.$/,
    );
    await page.close();
  });

  it("linter: the result's status is there before the first check and is said again on a second check; library search ignores accents", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/lint`);
    await page.getByLabel("Draft message").waitFor();
    const status = page.locator(".lint p[role=status]");
    expect(await status.count()).toBe(1);
    expect(await status.textContent()).toBe("");
    await watchLiveRegions(page);
    await page
      .getByLabel("Draft message")
      .fill("You always miss your deadlines and it's your fault.");
    for (let i = 1; i <= 2; i++) {
      await page.getByRole("button", { name: "Check draft" }).click();
      await expect
        .poll(async () => (await announced(page)).filter((a) => /flags? found/.test(a.text)).length)
        .toBe(i);
    }
    // The draft edited, or emptied, after a check: the result says it is of the earlier words.
    const heading = page.locator("#lint-result-title");
    expect(await heading.textContent()).toMatch(/^\d+ flags?$/);
    expect(await page.locator(".lint-earlier-note").count()).toBe(0);
    for (const edited of ["You missed the deadline on Friday.", ""]) {
      await page.getByLabel("Draft message").fill(edited);
      await expect
        .poll(() => heading.textContent())
        .toMatch(/^\d+ flags? in the draft as you last checked it$/);
      expect(await page.locator(".lint-earlier-note").textContent()).toBe(
        "You have changed the draft since: these flags are of the words below. Check draft for the new ones.",
      );
    }
    await shot(page, "lint-earlier-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, "lint-earlier-390");
    await page.setViewportSize({ width: 1280, height: 900 });
    // Checked again: the result is of the words in the box, and says nothing more.
    await page.getByLabel("Draft message").fill("You missed the deadline on Friday.");
    await page.getByRole("button", { name: "Check draft" }).click();
    await expect.poll(() => page.locator(".lint-earlier-note").count()).toBe(0);
    expect(await heading.textContent()).not.toContain("as you last checked it");

    await page.goto(server.url);
    await page.getByLabel("Search").fill("Tomás");
    await expect.poll(() => page.locator(".card").count()).toBeGreaterThan(0);
    const found = await page.locator(".card").count();
    await page.getByLabel("Search").fill("tomas");
    await expect
      .poll(() => page.locator(".result-count").textContent())
      .toMatch(new RegExp(`^${found} of \\d+ scenarios(, best match first)?$`));
    await page.close();
  });
});
