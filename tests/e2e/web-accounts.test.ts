import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { browserAvailable, type ProductInBrowser, startProductInBrowser } from "../support/browser";
import { addAccountByCli, type ServerProcess } from "../support/processes";
import { h1, main, poll, say, shot } from "../support/web-pages";

/**
 * An admin's Accounts page in Chromium, password mode: the list under its heading, found by a
 * search, and an account disabled (the person, signed in elsewhere, is sent to the sign-in page
 * with the reason, and cannot sign in) and enabled again. And the menu's counts: a mentor sees how
 * many shared sessions wait for their review, a manager that a review of theirs is new, in the menu
 * and in History, until they open it.
 */

const ADMIN = { email: "admin@example.com", password: "admin password 1" };
const MIA = { email: "mia@example.com", password: "manager passphrase", name: "Mia Manager" };
const ZOE = { email: "zoe@example.com", password: "manager passphrase 2", name: "Zoë Quinn" };
const MO = { email: "mo@example.com", password: "mentor passphrase", name: "Mo Mentor" };
const SCENARIO = "missed-sprint-commitments";

describe.runIf(browserAvailable())("accounts (password mode)", () => {
  let product: ProductInBrowser;
  let server: ServerProcess;
  let browser: Browser;
  let admin: ApiClient;
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    product = await startProductInBrowser({
      env: { AUTH_MODE: "password" },
      prepare: (env) => addAccountByCli(env, ADMIN, ["admin", "facilitator"]),
    });
    ({ server, browser } = product);
    admin = new ApiClient(server.url);
    await admin.signIn(ADMIN.email, ADMIN.password);
    for (const [who, role] of [
      [MIA, "manager"],
      [ZOE, "manager"],
      [MO, "mentor"],
    ] as const) {
      const { path } = await admin.json<{ path: string }>("POST", "/api/invitations", {
        email: who.email,
        roles: [role],
      });
      const accepted = await new ApiClient(server.url).req("POST", "/api/invitations/accept", {
        token: path.split("#")[1],
        displayName: who.name,
        password: who.password,
      });
      expect(accepted.status).toBe(201);
    }
  }, 180_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await product?.close();
  });

  async function person(width = 1280): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on("pageerror", (err) => errors.push(err.message));
    // Every confirm() is accepted; its question is kept to check.
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.accept();
    });
    return page;
  }
  const dialogs: string[] = [];

  async function signIn(page: Page, who: { email: string; password: string }, path: string) {
    await page.goto(`${server.url}${path}`);
    await poll(() => h1(page)).toBe("Sign in");
    await page.getByLabel("Email").fill(who.email);
    await page.getByLabel("Password").fill(who.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await poll(() => new URL(page.url()).pathname).toBe(path);
  }

  it("finds people by name or email under a heading, disables an account and enables it again", async () => {
    // Mia is in the middle of a conversation when it happens.
    const mia = await person();
    await signIn(mia, MIA, `/scenarios/${SCENARIO}`);
    await mia.getByRole("button", { name: "Start" }).click();
    await mia.getByLabel("Your message").waitFor();
    await say(mia, "Hi Dana, how has this week been for you?");
    const page = await person();
    await signIn(page, ADMIN, "/accounts");
    const people = page.getByRole("region", { name: /People with an account/ });
    await poll(() => people.getByRole("listitem").count()).toBe(4);

    // The search folds accents and case, and says how many it shows.
    const search = page.getByLabel("Find someone");
    await search.fill("zoe");
    await poll(() => people.getByRole("listitem").count()).toBe(1);
    expect(await people.textContent()).toContain("Zoë Quinn");
    expect(await page.getByRole("status").filter({ hasText: "shown" }).textContent()).toBe(
      "1 of 4 shown.",
    );
    await search.fill("nobody-here");
    await poll(() => people.getByRole("listitem").count()).toBe(0);
    expect(await people.textContent()).toContain("Nobody's name or email has “nobody-here”.");
    await search.fill("");
    await poll(() => people.getByRole("listitem").count()).toBe(4);

    // No button disables one's own account.
    const adminRow = people.getByRole("listitem").filter({ hasText: ADMIN.email });
    expect(await adminRow.getByRole("button", { name: /Disable account/ }).count()).toBe(0);

    // Disable Mia: asked first, then marked, with no password link left to make.
    const miaRow = people.getByRole("listitem").filter({ hasText: MIA.email });
    await miaRow.getByRole("button", { name: "Disable account of Mia Manager" }).click();
    await poll(() => miaRow.textContent()).toContain("Disabled on");
    expect(dialogs.at(-1)).toContain("Disable Mia Manager's account?");
    expect(dialogs.at(-1)).toContain("are kept");
    expect(await miaRow.textContent()).toContain("by admin");
    expect(await miaRow.getByRole("button", { name: /Password link/ }).count()).toBe(0);
    expect(await people.textContent()).toContain("1 account is disabled");
    await shot(page, "accounts-disabled-1280");
    await page.setViewportSize({ width: 390, height: 900 });
    await shot(page, "accounts-disabled-390");
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });

    // Mia's live conversation is closed by the server at once, and she lands on the sign-in page,
    // which says why; no click of hers was needed.
    await poll(() => h1(mia)).toBe("Sign in");
    await poll(() => main(mia)).toContain("An admin disabled your account");
    await mia.reload();
    await poll(() => main(mia)).toContain("An admin disabled your account");
    // Her password is right, but the account is disabled: said so.
    await mia.getByLabel("Email").fill(MIA.email);
    await mia.getByLabel("Password").fill(MIA.password);
    await mia.getByRole("button", { name: "Sign in" }).click();
    await poll(() => mia.getByRole("alert").textContent()).toContain(
      "An admin disabled this account",
    );
    await shot(mia, "signin-disabled-1280");
    await mia.setViewportSize({ width: 390, height: 900 });
    await shot(mia, "signin-disabled-390");

    // Enabled again: she signs in.
    await miaRow.getByRole("button", { name: "Enable account of Mia Manager" }).click();
    await poll(() => miaRow.textContent()).not.toContain("Disabled on");
    expect(dialogs.at(-1)).toContain("Enable Mia Manager's account?");
    await mia.getByLabel("Password").fill(MIA.password);
    await mia.getByRole("button", { name: "Sign in" }).click();
    await poll(() => h1(mia)).not.toBe("Sign in");
    expect(errors).toEqual([]);
  }, 120_000);

  it("counts in the menu the sessions waiting for a mentor's review, and a review new to its manager", async () => {
    // Zoë flies two conversations to their end and shares both with Mo.
    const zoe = new ApiClient(server.url);
    await zoe.signIn(ZOE.email, ZOE.password);
    const ids: string[] = [];
    for (const line of ["Can we look at the last sprint together?", "How has on-call been?"]) {
      const socket = await zoe.socket();
      socket.send({ type: "start", scenarioId: SCENARIO });
      const [started] = await socket.until<{ type: string; session?: { id: string } }>(
        (f) => f.type === "session_started",
      );
      socket.send({ type: "say", turnId: `t-${randomUUID()}`, text: line });
      await socket.until<{ type: string }>((f) => f.type === "reply_done");
      socket.send({ type: "end" });
      await socket.until<{ type: string }>((f) => f.type === "scorecard_ready", 20_000);
      socket.close();
      const id = started?.session?.id ?? "";
      ids.push(id);
      await zoe.json("POST", `/api/sessions/${id}/shares`, { email: MO.email });
    }

    // Mo's menu says two wait; finishing one review from its page takes the count to one.
    const mo = await person();
    await signIn(mo, MO, "/reviews");
    const reviews = mo.getByRole("navigation", { name: "Main" }).getByRole("link", {
      name: /^Reviews/,
    });
    await poll(() => reviews.getAttribute("aria-current")).toBe("page");
    await poll(async () => (await reviews.textContent())?.replace(/\s+/g, " ")).toBe(
      "Reviews2, 2 awaiting your review",
    );
    await poll(() => main(mo)).toContain("Three missed sprint commitments");
    await shot(mo, "menu-reviews-count-1280", false);
    await mo.goto(`${server.url}/sessions/${ids[0]}/review`);
    await mo.getByRole("button", { name: "Mark review done" }).click();
    await poll(async () => (await reviews.textContent())?.replace(/\s+/g, " ")).toBe(
      "Reviews1, 1 awaiting your review",
    );
    await mo.setViewportSize({ width: 390, height: 900 });
    await shot(mo, "menu-reviews-count-390", false);

    // A page left open learns of a change made elsewhere within a minute: the review reopened
    // from another sign-in puts the count back to two, with no navigation or focus on this page.
    const still = await person();
    await still.clock.install();
    await signIn(still, MO, "/reviews");
    const stillReviews = still.getByRole("navigation", { name: "Main" }).getByRole("link", {
      name: /^Reviews/,
    });
    await poll(async () => (await stillReviews.textContent())?.replace(/\s+/g, " ")).toBe(
      "Reviews1, 1 awaiting your review",
    );
    const moApi = new ApiClient(server.url);
    await moApi.signIn(MO.email, MO.password);
    await moApi.json("PUT", `/api/sessions/${ids[0]}/review`, { done: false });
    await still.clock.fastForward(61_000);
    await poll(async () => (await stillReviews.textContent())?.replace(/\s+/g, " ")).toBe(
      "Reviews2, 2 awaiting your review",
    );
    await still.close();
    await moApi.json("PUT", `/api/sessions/${ids[0]}/review`, { done: true });

    // Zoë: one new review, in the menu and on its History row, with who and when.
    const page = await person();
    await signIn(page, ZOE, "/history");
    const history = page.getByRole("navigation", { name: "Main" }).getByRole("link", {
      name: /^History/,
    });
    await poll(async () => (await history.textContent())?.replace(/\s+/g, " ")).toBe(
      "History1, 1 new review",
    );
    const row = page.getByRole("row").filter({ hasText: "reviewed by Mo Mentor" });
    await poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toMatch(/reviewed by Mo Mentor on .*2026 New/);
    await shot(page, "history-new-review-1280");
    await page.setViewportSize({ width: 390, height: 900 });
    await shot(page, "history-new-review-390");
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    // Opening its debrief, where the review is, makes it no longer new.
    await row.getByRole("link", { name: /Debrief/ }).click();
    await poll(() => page.locator("main").textContent()).toContain("Reviewed by Mo Mentor");
    await poll(async () => (await history.textContent())?.replace(/\s+/g, " ")).toBe("History");
    await history.click();
    await poll(() => row.count()).toBe(1);
    expect(await row.textContent()).not.toContain("New");
    expect(errors).toEqual([]);
  }, 120_000);

  it("invites someone who has an account from the cohort page; they join with one click when they next open a page", async () => {
    const cohort = await admin.json<{ id: string }>("POST", "/api/cohorts", {
      name: "Spring rerun",
    });
    const fac = await person();
    await signIn(fac, ADMIN, `/cohorts/${cohort.id}`);
    await fac.getByLabel("Email", { exact: true }).fill(MIA.email);
    await fac.getByRole("button", { name: "Create invitation as manager" }).click();
    await poll(() => main(fac)).toContain("Links made on this visit");
    expect(await main(fac)).toContain("also finds the invitation when they sign in");

    const mia = await person();
    await signIn(mia, MIA, "/");
    const card = mia.getByRole("region", { name: "Invitations for you" });
    await poll(() => card.textContent()).toContain(
      "admin invited you to join the cohort “Spring rerun” as a manager.",
    );
    expect(await card.textContent()).toContain("never your conversations");
    await shot(mia, "invitation-card-1280", false);
    await mia.setViewportSize({ width: 390, height: 900 });
    await shot(mia, "invitation-card-390", false);
    expect(
      await mia.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await mia.setViewportSize({ width: 1280, height: 900 });
    await card.getByRole("button", { name: /Join cohort/ }).click();
    await poll(() => h1(mia)).toBe("Spring rerun");
    expect(await mia.getByRole("region", { name: "Invitations for you" }).count()).toBe(0);
    // The facilitator's grid has her now; the invitation is no longer pending.
    const grid = await admin.json<{ rows: { member: { email: string } }[] }>(
      "GET",
      `/api/cohorts/${cohort.id}/progress`,
    );
    expect(grid.rows.map((r) => r.member.email)).toEqual([MIA.email]);

    // A scenario due seven days ago that she finishes today reads "Done late (7 days)" beside
    // "due 7 days ago", and says the day it was done.
    const weekAgo = new Date(Date.now() - 7 * 86_400_000);
    const dueDate = `${weekAgo.getFullYear()}-${String(weekAgo.getMonth() + 1).padStart(2, "0")}-${String(weekAgo.getDate()).padStart(2, "0")}`;
    await admin.json("POST", `/api/cohorts/${cohort.id}/assignments`, {
      scenarioId: SCENARIO,
      dueDate,
      targetScore: 0,
    });
    const miaApi = new ApiClient(server.url);
    await miaApi.signIn(MIA.email, MIA.password);
    // Done means an attempt that passed at the target: she flies the shipped good script, which
    // passes (eval/personas), until the conversation ends by itself or the script runs out.
    const script = readFileSync(
      resolve(import.meta.dirname, "../../eval/personas", `${SCENARIO}.good.txt`),
      "utf8",
    )
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "" && !l.startsWith("#"));
    const socket = await miaApi.socket();
    socket.send({ type: "start", scenarioId: SCENARIO, seed: 1 });
    await socket.until<{ type: string }>((f) => f.type === "session_started");
    let ended = false;
    for (const text of script) {
      socket.send({ type: "say", turnId: `t-${randomUUID()}`, text });
      const frames = await socket.until<{ type: string }>(
        (f) => f.type === "reply_done" || f.type === "session_ended",
      );
      if (frames.some((f) => f.type === "session_ended")) {
        ended = true;
        break;
      }
    }
    if (!ended) socket.send({ type: "end" });
    const ready = (
      await socket.until<{ type: string; passed?: boolean }>(
        (f) => f.type === "scorecard_ready",
        20_000,
      )
    ).at(-1);
    expect(ready).toMatchObject({ type: "scorecard_ready", passed: true });
    socket.close();
    await fac.goto(`${server.url}/cohorts/${cohort.id}`);
    const table = fac.getByRole("table");
    await poll(() => table.textContent()).toContain("Done late (7 days)");
    expect(await table.textContent()).toContain("due 7 days ago");
    expect(await table.textContent()).toMatch(/Finished \w/);
    await table.scrollIntoViewIfNeeded();
    await shot(fac, "grid-done-late-1280");
    await fac.setViewportSize({ width: 390, height: 900 });
    await shot(fac, "grid-done-late-390");
    await fac.setViewportSize({ width: 1280, height: 900 });

    // Zoë declines hers: the card goes, and the facilitator sees "Declined" where it was pending.
    await admin.json("POST", `/api/cohorts/${cohort.id}/invitations`, {
      email: ZOE.email,
      roles: ["manager"],
    });
    const zoe = await person();
    await signIn(zoe, ZOE, "/history");
    const offer = zoe.getByRole("region", { name: "Invitations for you" });
    await offer.getByRole("button", { name: /Decline/ }).click();
    await poll(() => offer.count()).toBe(0);
    await fac.reload();
    const pending = fac.getByRole("listitem").filter({ hasText: ZOE.email });
    await poll(() => pending.textContent()).toContain("Declined");
    expect(await pending.getByRole("button", { name: /Invite again/ }).count()).toBe(1);
    await pending.scrollIntoViewIfNeeded();
    await shot(fac, "invitation-declined-1280", false);

    // Mia leaves the cohort from its page, after the question: the facilitator's grid loses her.
    await mia.goto(`${server.url}/cohorts/${cohort.id}`);
    await mia.getByRole("button", { name: "Leave cohort" }).scrollIntoViewIfNeeded();
    await shot(mia, "cohort-leave-1280", false);
    await mia.getByRole("button", { name: "Leave cohort" }).click();
    // In no cohort any more, she goes to where a manager starts, and the menu has no Cohorts.
    await poll(() => h1(mia)).toBe("Scenario library");
    expect(
      await mia
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: "Cohorts" })
        .count(),
    ).toBe(0);
    expect(dialogs.at(-1)).toContain("Leave the cohort “Spring rerun”?");
    const after = await admin.json<{ rows: unknown[] }>(
      "GET",
      `/api/cohorts/${cohort.id}/progress`,
    );
    expect(after.rows).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it("makes invitation links for a pasted list of emails, in the order given, and copies them all", async () => {
    for (const width of [1280, 390]) {
      const page = await person(width);
      await page
        .context()
        .grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
      await signIn(page, ADMIN, "/accounts");
      const form = page.getByRole("form", { name: "Invite someone" });
      // Nothing typed yet: the button says what it wants rather than doing nothing.
      await form.getByRole("button", { name: "Create invitation" }).click();
      await poll(() => form.getByRole("alert").textContent()).toBe(
        "Enter an email address, or several (one a line, or separated by commas).",
      );
      await form.getByRole("checkbox", { name: /^Facilitator/ }).uncheck();
      await form.getByRole("checkbox", { name: /^Mentor/ }).check();
      // Pasted from a spreadsheet and an email: lines, commas, a repeat, and one that is no address.
      const pasted = ["yara", "ben", "ann"].map((n) => `${n}.${width}@example.com`);
      const box = form.getByLabel("Email", { exact: true });
      await box.fill(`${pasted[0]}\n${pasted[1]}, ${pasted[2]}\n${pasted[1]}\nnobody.${width}@`);
      await poll(() => form.getByRole("button", { name: "Create 4 invitations" }).count()).toBe(1);
      await form.getByRole("button", { name: "Create 4 invitations" }).click();
      await poll(() => page.locator(".made-links-said").textContent()).toBe(
        "3 invitation links created, in the order you gave the emails. Copy them below, one by one or all at once.",
      );
      // The refused one stays in the box, with why; the others are listed in the order given.
      expect(await box.inputValue()).toBe(`nobody.${width}@`);
      expect(await form.getByRole("alert").textContent()).toMatch(
        /^3 invitations made; 1 not \(left in the box to correct\): /,
      );
      const made = page.getByRole("region", { name: "Links made on this visit" });
      expect(await made.locator(".made-link-who").allTextContents()).toEqual(
        pasted.map((e) => `${e} · Mentor`),
      );
      await made.getByRole("button", { name: "Copy all 3 links" }).click();
      await poll(() => made.getByRole("button", { name: "Copied all 3" }).count()).toBe(1);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const links = await Promise.all(
        pasted.map((e) => made.getByLabel(`Invitation link for ${e}`).inputValue()),
      );
      expect(links.every((l) => l.includes("/invite#"))).toBe(true);
      expect(copied).toBe(pasted.map((e, i) => `${e}\t${links[i]}`).join("\n"));
      // Each is an invitation into no cohort, pending, that can be revoked.
      const pending = page.getByRole("region", { name: "Invitations not yet accepted" });
      for (const e of pasted)
        await poll(() => pending.getByRole("listitem").filter({ hasText: e }).count()).toBe(1);
      await shot(page, `accounts-links-made-${width}`);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
    }
    expect(errors).toEqual([]);
  }, 120_000);

  it("copies the emails of a cohort's overdue managers to nudge them, and says why it cannot when nobody is", async () => {
    // Three managers in a cohort: one of them disabled, who cannot act on a nudge.
    const nudged = [
      { email: "ned.nudge@example.com", name: "Ned Nudge" },
      { email: "ola.overdue@example.com", name: "Ola Overdue" },
      { email: "dan.disabled@example.com", name: "Dan Disabled" },
    ];
    const cohort = await admin.json<{ id: string }>("POST", "/api/cohorts", { name: "Nudges" });
    for (const who of nudged) {
      const { path } = await admin.json<{ path: string }>("POST", "/api/invitations", {
        email: who.email,
        roles: ["manager"],
      });
      const accepted = await new ApiClient(server.url).req("POST", "/api/invitations/accept", {
        token: path.split("#")[1],
        displayName: who.name,
        password: "nudge passphrase 1",
      });
      expect(accepted.status).toBe(201);
      await admin.json("POST", `/api/cohorts/${cohort.id}/members`, { email: who.email });
    }
    const { users } = await admin.json<{ users: { id: string; email: string }[] }>(
      "GET",
      "/api/users",
    );
    const dan = users.find((u) => u.email === "dan.disabled@example.com");
    await admin.json("PUT", `/api/users/${dan?.id}/disabled`, { disabled: true });
    const inDays = (days: number) =>
      new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    await admin.json("POST", `/api/cohorts/${cohort.id}/assignments`, {
      scenarioId: SCENARIO,
      dueDate: inDays(14),
    });

    const page = await person();
    await page
      .context()
      .grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    await signIn(page, ADMIN, `/cohorts/${cohort.id}`);
    const button = page.getByRole("button", { name: /^Copy overdue members' emails/ });
    const said = page.locator("#overdue-emails-said");
    // Due in two weeks: nobody is overdue, and the button says so instead of copying nothing.
    await poll(() => said.textContent()).toBe("Nobody is overdue, so there is nobody to nudge.");
    expect(await button.isDisabled()).toBe(true);
    expect(await button.getAttribute("aria-describedby")).toBe("overdue-emails-said");
    await shot(page, "overdue-emails-none-1280", false);

    // A second scenario, due two weeks ago: all three are overdue on it; Dan cannot practise.
    await admin.json("POST", `/api/cohorts/${cohort.id}/assignments`, {
      scenarioId: "compensation-disappointment",
      dueDate: inDays(-14),
    });
    await page.getByRole("button", { name: "Refresh" }).click();
    await poll(() => button.textContent()).toBe("Copy overdue members' emails (2)");
    expect(await button.isDisabled()).toBe(false);
    await button.click();
    await poll(() => said.textContent()).toBe(
      "2 emails copied; 1 overdue person left out (account disabled, no manager role, or no email).",
    );
    // In the grid's order (by name), for an email's To field.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      "ned.nudge@example.com, ola.overdue@example.com",
    );
    await shot(page, "overdue-emails-copied-1280", false);
    // On the assigned scenarios too, for a nudge about one scenario: only where someone is overdue.
    // (Refresh reads the grid again, not the list of assignments made elsewhere: a reload does.)
    await page.reload();
    const late = page.locator(".assignment-item", { hasText: "A raise below expectations" });
    const onTime = page.locator(".assignment-item", { hasText: "Three missed sprint commitments" });
    expect(await onTime.getByRole("button", { name: /^Copy the emails/ }).count()).toBe(0);
    await page.evaluate(() => navigator.clipboard.writeText(""));
    await late
      .getByRole("button", {
        name: "Copy the emails of the 2 overdue on A raise below expectations",
      })
      .click();
    await poll(() => late.getByRole("status").textContent()).toBe(
      "2 emails copied; 1 overdue person left out (account disabled, no manager role, or no email).",
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      "ned.nudge@example.com, ola.overdue@example.com",
    );
    await late.scrollIntoViewIfNeeded();
    await shot(page, "overdue-emails-assignment-1280", false);
    await page.setViewportSize({ width: 390, height: 900 });
    await shot(page, "overdue-emails-390");
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    expect(errors).toEqual([]);
  }, 120_000);
});
