import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiClient, signedInClients } from "../support/api-client";
import { browserAvailable, type ProductInBrowser, startProductInBrowser } from "../support/browser";
import { addAccountByCli, type ServerProcess } from "../support/processes";
import { main, poll, shot, signedInPage } from "../support/web-pages";

/**
 * Review 9b #2, in Chromium: a mentor comments on three lines and finishes the review; the manager
 * rewinds to a turn before two of them and goes on. The comments on the lines rewound away stay on
 * the debrief and on the mentor's review page, under a folded "Version 1 (first try)" with those
 * lines, and "You will find …" counts them where they are. The mentee replies there; the mentor
 * edits and deletes his comments there.
 */

const PASSWORD = "version notes passphrase 1";
const LEAD = { email: "lee@example.com", password: PASSWORD };
const MENTOR = { email: "maya@example.com", password: PASSWORD };
const SCENARIO = "missed-sprint-commitments";
const LINES = [
  "Thanks for making time, Dana. I'd like to talk about the last few sprints. Is now still a good time?",
  "In 3 of the last 4 sprints work has carried over; in Sprint 42, 21 story points rolled, most of it on the ledger reconciliation rewrite.",
  "The impact is that our forecast to Product keeps slipping, and they've asked me twice why. Before I jump to conclusions, how does it look from your side?",
  "Honestly, you're just lazy about estimates.",
];
const NEW_LINE =
  "I've seen work carry over in three of the last four sprints. What's getting in the way, from where you sit?";
const ON_SHARED = "Good opening: you asked whether now works before starting.";
const ON_TURN_3 = "Here you asked for her side before judging: keep that.";
const ON_REPLY_4 = "Notice how she closes up after the label.";

interface Turn {
  id: string;
  index: number;
  speaker: string;
}

describe.runIf(browserAvailable())("comments on a version rewound away (Chromium)", () => {
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
    for (const [name, client] of Object.entries(api))
      await client.json("PATCH", "/api/me", { displayName: name === "lead" ? "Lee" : "Maya" });
    sessionId = await api.lead.flyAttempt(SCENARIO, LINES);
    await api.lead.json("POST", `/api/sessions/${sessionId}/shares`, { email: MENTOR.email });
    const { turns } = await api.mentor.json<{ turns: Turn[] }>("GET", `/api/sessions/${sessionId}`);
    const mine = turns.filter((t) => t.speaker === "manager");
    const [first, second, third, fourth] = mine as [Turn, Turn, Turn, Turn];
    const replyTo4 = turns.find((t) => t.index === fourth.index + 1) as Turn;
    for (const [turn, text] of [
      [first, ON_SHARED],
      [third, ON_TURN_3],
      [replyTo4, ON_REPLY_4],
    ] as const)
      await api.mentor.json("POST", `/api/sessions/${sessionId}/comments`, {
        turnId: turn.id,
        text,
      });
    await api.mentor.json("PUT", `/api/sessions/${sessionId}/review`, { done: true });

    // Lee tries turn 2 differently and ends: turns 3 and 4 (and their comments) are Version 1's.
    const socket = await api.lead.socket();
    socket.send({ type: "resume", sessionId, lastSeq: 0 });
    await socket.until((f) => f.type === "resumed");
    socket.send({ type: "rewind", toTurn: second.index });
    await socket.until((f) => f.type === "branch_started");
    socket.send({ type: "say", turnId: "r1", text: NEW_LINE });
    await socket.until((f) => f.type === "reply_done");
    socket.send({ type: "end" });
    await socket.until((f) => f.type === "scorecard_ready");
    socket.close();
  }, 240_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await product?.close();
  });

  const person = (who: { email: string; password: string }, path: string, width = 1280) =>
    signedInPage(browser, server.url, who, path, { width, contexts, errors });
  const text = async (page: Page) => ((await main(page)) ?? "").replace(/\s+/g, " ");
  const version1 = (page: Page) => page.locator("details.other-version", { hasText: "Version 1" });

  it("the debrief counts the comments where they are and shows the rewound ones under Version 1, where the manager can answer them", async () => {
    for (const width of [1280, 390]) {
      const lead = await person(LEAD, `/sessions/${sessionId}/debrief`, width);
      await poll(() => text(lead)).toContain("Your mentor's review");
      expect(await text(lead)).toContain(
        "You will find 1 comment beside your lines (2 more on Version 1, which you rewound).",
      );
      const folded = version1(lead);
      expect(await folded.locator("summary").textContent()).toMatch(
        /^Version 1 \(first try\) · from your turn 2 · .+ · 2 comments$/,
      );
      // Folded: the version's lines wait for a click.
      expect(await folded.getByText(ON_TURN_3).isVisible()).toBe(false);
      await folded.locator("summary").click();
      await poll(() => folded.getByText(ON_TURN_3).isVisible()).toBe(true);
      expect(await folded.getByText(ON_REPLY_4).isVisible()).toBe(true);
      expect(await folded.textContent()).toContain("Honestly, you're just lazy about estimates.");
      // The shared line's comment is beside the flown transcript, once.
      expect(await folded.textContent()).not.toContain(ON_SHARED);
      expect(await lead.getByText(ON_SHARED).count()).toBe(1);
      // Lines apart from the flown ones: no anchor twice on the page.
      expect(
        await lead.evaluate(() => {
          const ids = [...document.querySelectorAll("[id]")].map((el) => el.id);
          return ids.length - new Set(ids).size;
        }),
      ).toBe(0);
      expect(
        await lead.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
      await lead.locator(".review-summary").scrollIntoViewIfNeeded();
      await shot(lead, `version-notes-debrief-summary-${width}`, false);
      await folded.evaluate((el) => el.scrollIntoView({ block: "start" }));
      await shot(lead, `version-notes-debrief-${width}`, false);
      if (width === 1280) {
        await folded
          .getByRole("button", { name: "Reply to Maya's comment on turn 3 of Version 1" })
          .click();
        await folded
          .getByLabel("Your reply to Maya's comment on turn 3 of Version 1")
          .fill("Thanks, I will keep asking first.");
        await folded.getByRole("button", { name: "Reply", exact: true }).click();
        await poll(() => folded.textContent()).toContain("Thanks, I will keep asking first.");
      }
    }
  }, 180_000);

  it("the mentor reads, edits and deletes his comments on Version 1 on the review page", async () => {
    for (const width of [390, 1280]) {
      const mentor = await person(MENTOR, `/sessions/${sessionId}/review`, width);
      await poll(() => text(mentor)).toContain("Other versions");
      const folded = version1(mentor);
      await folded.locator("summary").click();
      await poll(() => folded.getByText(ON_TURN_3).isVisible()).toBe(true);
      expect(await folded.textContent()).toContain("Thanks, I will keep asking first.");
      expect(await folded.locator("summary").textContent()).toMatch(
        /^Version 1 \(first try\) · from Lee's turn 2 · .+ · 2 comments$/,
      );
      // Read-only for new comments: the lines were rewound away.
      expect(await folded.getByRole("button", { name: /^Comment on/ }).count()).toBe(0);
      await folded.evaluate((el) => el.scrollIntoView({ block: "start" }));
      await shot(mentor, `version-notes-review-${width}`, false);
    }
    const mentor = await person(MENTOR, `/sessions/${sessionId}/review`);
    const folded = version1(mentor);
    await folded.locator("summary").click();
    await folded
      .getByRole("button", {
        name: "Edit your comment on Dana Okafor's reply to turn 4 of Version 1",
      })
      .click();
    const box = folded.getByLabel(
      "Edit your comment on Dana Okafor's reply to turn 4 of Version 1",
    );
    await box.fill("Notice how she closes up after the label: that is the cost.");
    await folded.getByRole("button", { name: "Save" }).click();
    await poll(() => folded.textContent()).toContain("that is the cost.");
    mentor.once("dialog", (d) => void d.accept());
    await folded
      .getByRole("button", { name: "Delete your comment on turn 3 of Version 1" })
      .click();
    await poll(() => folded.getByText(ON_TURN_3).count()).toBe(0);
    const notes = await api.mentor.json<{ comments: { text: string }[] }>(
      "GET",
      `/api/sessions/${sessionId}/notes`,
    );
    expect(notes.comments.map((c) => c.text).sort()).toEqual(
      [ON_SHARED, "Notice how she closes up after the label: that is the cost."].sort(),
    );

    // The manager's count follows.
    const lead = await person(LEAD, `/sessions/${sessionId}/debrief`);
    await poll(() => text(lead)).toContain(
      "You will find 1 comment beside your lines (1 more on Version 1, which you rewound).",
    );
    expect(errors).toEqual([]);
  }, 180_000);
});
