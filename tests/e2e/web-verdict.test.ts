import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiClient, signedInClients } from "../support/api-client";
import { browserAvailable, type ProductInBrowser, startProductInBrowser } from "../support/browser";
import { addAccountByCli, type ServerProcess } from "../support/processes";
import { main, poll, shot, signedInPage } from "../support/web-pages";

/**
 * Review 5, items 2–4, in Chromium: a mentor marks a missed required step done and finishes the
 * review; the manager's debrief and History, the facilitator's grid and the mentor's inbox all show
 * the same counted verdict, saying the reviewer changed it. After a rewind the debrief says the review
 * was of an earlier version, and the mentor has it back among those waiting.
 */

const PASSWORD = "verdict passphrase 1";
const LEAD = { email: "lee@example.com", password: PASSWORD };
const MENTOR = { email: "maya@example.com", password: PASSWORD };
const FAC = { email: "fran@example.com", password: PASSWORD };
const SCENARIO = "missed-sprint-commitments";
/** Good lines, but no next step is proposed: the required step "agree a next step" is missed. */
const LINES = [
  "Thanks for making time, Dana. I'd like to talk about the last few sprints. Is now still a good time?",
  "In 3 of the last 4 sprints work has carried over; in Sprint 42, 21 story points rolled, most of it on the ledger reconciliation rewrite.",
  "The impact is that our forecast to Product keeps slipping, and they've asked me twice why. Before I jump to conclusions, how does it look from your side?",
  "It sounds like a lot of what you do never makes it onto the board. What's been taking your time?",
  "Thanks for explaining all of that, Dana.",
];

describe.runIf(browserAvailable())("one verdict on every screen (Chromium)", () => {
  let product: ProductInBrowser;
  let server: ServerProcess;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  const api: Record<"lead" | "mentor" | "fac", ApiClient> = {} as never;
  let sessionId = "";
  let cohortId = "";
  let missedStep = "";

  beforeAll(async () => {
    product = await startProductInBrowser({
      env: { AUTH_MODE: "password" },
      prepare: async (env) => {
        await addAccountByCli(env, LEAD, ["manager"]);
        await addAccountByCli(env, MENTOR, ["mentor"]);
        await addAccountByCli(env, FAC, ["facilitator", "admin"]);
      },
    });
    ({ server, browser } = product);
    Object.assign(api, await signedInClients(server.url, { lead: LEAD, mentor: MENTOR, fac: FAC }));
    cohortId = (await api.fac.json<{ id: string }>("POST", "/api/cohorts", { name: "Verdicts" }))
      .id;
    await api.fac.json("POST", `/api/cohorts/${cohortId}/members`, { email: LEAD.email });
    await api.fac.json("POST", `/api/cohorts/${cohortId}/assignments`, {
      scenarioId: SCENARIO,
      targetScore: 20,
    });
    sessionId = await api.lead.flyAttempt(SCENARIO, LINES);
    await api.lead.json("POST", `/api/sessions/${sessionId}/shares`, { email: MENTOR.email });
  }, 240_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await product?.close();
  });

  const person = (who: { email: string; password: string }, path: string, width = 1280) =>
    signedInPage(browser, server.url, who, path, { width, contexts, errors });
  const text = async (page: Page) => ((await main(page)) ?? "").replace(/\s+/g, " ");

  it("the reviewer's form says what a required step's status does; finishing the review passes the attempt everywhere", async () => {
    const mentor = await person(MENTOR, `/sessions/${sessionId}/review`);
    await poll(() => text(mentor)).toContain("Pattern steps");
    const card = (
      await api.mentor.json<{
        scorecards: {
          patternId: string;
          steps: { id: string; title: string; status: string; required: boolean }[];
        }[];
      }>("GET", `/api/sessions/${sessionId}`)
    ).scorecards[0];
    const step = card?.steps.find((s) => s.required && s.status === "missed");
    expect(step).toBeDefined();
    missedStep = step?.title ?? "";
    // The form for that step, opened in the page: it says what the status now does.
    const item = mentor.locator(".review-steps > li", { hasText: missedStep });
    await item
      .getByRole("button", { name: /Adjust/ })
      .first()
      .click();
    await poll(() => item.textContent()).toContain(
      "your status counts in place of the machine's for whether the attempt passed",
    );
    await shot(mentor, "verdict-review-step-form-1280");
    await item.getByLabel("Your status").selectOption("hit");
    await item.getByLabel(/Reason/).fill("Turn 5 closes it, in her words");
    await item.getByRole("button", { name: /Save/ }).click();
    await poll(() => item.textContent()).toContain("Turn 5 closes it");
    // Every other required step the machine missed, marked Done too (by the API, as the form would).
    for (const other of card?.steps.filter(
      (s) => s.required && s.status === "missed" && s.id !== step?.id,
    ) ?? [])
      await api.mentor.json("POST", `/api/sessions/${sessionId}/adjustments`, {
        patternId: card?.patternId,
        stepId: other.id,
        status: "hit",
        reason: "Said plainly enough",
      });
    await api.mentor.json("POST", `/api/sessions/${sessionId}/adjustments`, {
      patternId: card?.patternId,
      score: 84,
      reason: "A solid conversation",
    });
    await mentor.getByRole("button", { name: "Mark review done" }).click();
    await poll(() => text(mentor)).toContain("Your review: Reviewed");

    for (const width of [1280, 390]) {
      const lead = await person(LEAD, `/sessions/${sessionId}/debrief`, width);
      await poll(() => text(lead)).toContain("Passed by your reviewer");
      const page = await text(lead);
      expect(page).toContain(
        `Your reviewer marked "${missedStep}" Done; the machine had it Missed.`,
      );
      expect(page).not.toContain("Not passed yet");
      expect(page).not.toContain("was missed.");
      await shot(lead, `verdict-debrief-reviewed-${width}`, false);
      await lead.goto(`${server.url}/history`);
      await poll(() => text(lead)).toContain("84 passed, by your reviewer (machine");
      await shot(lead, `verdict-history-reviewed-${width}`, false);

      const fac = await person(FAC, `/cohorts/${cohortId}`, width);
      const cell = fac.locator("td.grid-cell").first();
      await poll(() => cell.textContent()).toContain("Best 84 (reviewer's), passed by a reviewer");
      expect(await cell.textContent()).toContain("Done");
      expect(await cell.locator(".visually-hidden").textContent()).toContain(
        "best 84 of 20, given by a reviewer, passed by a reviewer",
      );
      await shot(fac, `verdict-grid-reviewed-${width}`, false);
    }
  }, 180_000);

  it("after a rewind the debrief says the review was of an earlier version, and the mentor has it waiting again", async () => {
    const socket = await api.lead.socket();
    socket.send({ type: "resume", sessionId, lastSeq: 0 });
    await socket.until((f) => f.type === "resumed");
    socket.send({ type: "rewind", toTurn: 6 });
    await socket.until((f) => f.type === "branch_started");
    socket.send({
      type: "say",
      turnId: "r1",
      text: "What has been taking your time, beyond what's on the board?",
    });
    await socket.until((f) => f.type === "reply_done");
    socket.send({ type: "end" });
    await socket.until((f) => f.type === "scorecard_ready");
    socket.close();
    const { counted } = await api.lead.json<{ counted: { overall: number } }>(
      "GET",
      `/api/sessions/${sessionId}`,
    );

    for (const width of [1280, 390]) {
      const lead = await person(LEAD, `/sessions/${sessionId}/debrief`, width);
      await poll(() => text(lead)).toContain(
        `Your reviewer's 84 was for an earlier version of this conversation, before you rewound it. This version is scored ${counted.overall} by the machine, and that counts until the review is marked done again`,
      );
      expect(await text(lead)).not.toContain("that score counts for this attempt");
      await shot(lead, `verdict-debrief-rewound-${width}`, false);
      await lead.goto(`${server.url}/history`);
      await poll(() => text(lead)).toContain("the review was of an earlier version");

      const fac = await person(FAC, `/cohorts/${cohortId}`, width);
      await poll(() => fac.locator("td.grid-cell").first().textContent()).toContain(
        `Best ${counted.overall}`,
      );
      await shot(fac, `verdict-grid-rewound-${width}`, false);

      const mentor = await person(MENTOR, "/reviews", width);
      await poll(() => text(mentor)).toContain("Changed since your review");
      expect(await text(mentor)).toContain("1 awaiting review");
      // Nothing of the row is cut off or scrolls sideways, at 390 px too.
      expect(
        await mentor.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>(".table-wrap, html")].every(
            (el) => el.scrollWidth <= el.clientWidth + 1,
          ),
        ),
      ).toBe(true);
      await shot(mentor, `verdict-inbox-rewound-${width}`, false);
    }
    const mentor = await person(MENTOR, `/sessions/${sessionId}/review`);
    await poll(() => text(mentor)).toContain("Your review: Changed since your review");
    await shot(mentor, "verdict-review-rewound-1280", false);
    await mentor.getByRole("button", { name: "Mark review done again" }).click();
    await poll(() => text(mentor)).toContain("Your review: Reviewed");
    expect(errors).toEqual([]);
  }, 180_000);
});
