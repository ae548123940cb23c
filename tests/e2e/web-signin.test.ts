import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { browserAvailable, type ProductInBrowser, startProductInBrowser } from "../support/browser";
import { addAccountByCli, type ServerProcess } from "../support/processes";
import { cspViolations, h1, recordCspViolations, say, shot } from "../support/web-pages";

const ADMIN = { email: "admin@example.com", password: "admin password 1" };
const MANAGER = { email: "ana@example.com", name: "Ana Lopez", password: "ana's long password" };
const MENTOR = { email: "maya@example.com", name: "Maya Chen", password: "maya's long password" };
const SCENARIO = { id: "missed-sprint-commitments", title: "Three missed sprint commitments" };
const DAY = 24 * 60 * 60 * 1000;

const path = (page: Page) => {
  const url = new URL(page.url());
  return url.pathname + url.search;
};
const noSideScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

async function signInWith(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

describe.runIf(browserAvailable())("signing in to the web client (password mode)", () => {
  let product: ProductInBrowser;
  let server: ServerProcess;
  let browser: Browser;
  let admin: ApiClient;
  let managerInvite = "";
  let debriefPath = "";

  beforeAll(async () => {
    product = await startProductInBrowser({
      env: { AUTH_MODE: "password" },
      prepare: (env) => addAccountByCli(env, ADMIN, ["admin", "facilitator"]),
    });
    ({ server, browser } = product);

    // A facilitator's cohort with one assignment, and invitations for a manager and a mentor.
    admin = new ApiClient(server.url);
    await admin.signIn(ADMIN.email, ADMIN.password);
    const cohort = await admin.json<{ id: string }>("POST", "/api/cohorts", {
      name: "Spring managers",
    });
    await admin.json("POST", `/api/cohorts/${cohort.id}/assignments`, {
      scenarioId: SCENARIO.id,
      // Three days from today where the browser is (the test's own time zone).
      dueDate: (() => {
        const d = new Date(Date.now() + 3 * DAY);
        const pad = (n: number) => String(n).padStart(2, "0");
        return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
      })(),
      targetScore: 70,
      minAttempts: 1,
      maxAttempts: 3,
    });
    const invite = await admin.json<{ path: string }>(
      "POST",
      `/api/cohorts/${cohort.id}/invitations`,
      { email: MANAGER.email, roles: ["manager"] },
    );
    managerInvite = invite.path;
    const mentorInvite = await admin.json<{ path: string }>("POST", "/api/invitations", {
      email: MENTOR.email,
      roles: ["mentor"],
    });
    await new ApiClient(server.url).json("POST", "/api/invitations/accept", {
      token: mentorInvite.path.split("#")[1],
      displayName: MENTOR.name,
      password: MENTOR.password,
    });
  }, 180_000);
  afterAll(() => product?.close());

  it("sends a signed-out visit to sign in, with nothing of the app shown first", async () => {
    for (const width of [1280, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${server.url}/history`);
      await page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor();
      expect(path(page)).toBe("/signin?next=%2Fhistory");
      // No navigation and no page of the app while signed out.
      expect(await page.getByRole("navigation", { name: "Main" }).count()).toBe(0);
      expect(await page.getByRole("heading", { name: "History and progress" }).count()).toBe(0);
      expect(await noSideScroll(page)).toBe(true);
      await shot(page, `signin-${width}`);
      await page.close();
    }
  });

  it("takes an invitation link to a new account, signed in, with the assignment first in the library", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (err) => errors.push(err.message));
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.goto(`${server.url}${managerInvite}`);
    await page.getByRole("heading", { name: "Your invitation" }).waitFor();
    await page.getByText("Spring managers").waitFor();
    // Who sent it, by name, so the link is recognisable as expected rather than phishing.
    expect(await page.locator(".invitation").textContent()).toMatch(
      /^\S.* invited you to Flightdeck/,
    );
    expect(await page.locator(".role-list").textContent()).toContain("Manager");
    await shot(page, "invite-1280");
    await page.getByLabel("Your name").fill(MANAGER.name);
    await page.getByLabel("Choose a password").fill("short");
    await page.getByRole("button", { name: "Create account and sign in" }).click();
    expect(await page.getByRole("alert").filter({ hasText: "at least 10" }).count()).toBe(1);
    await page.getByLabel("Choose a password").fill(MANAGER.password);
    await page.getByRole("button", { name: "Create account and sign in" }).click();

    // Signed in, in the library, with the assignment above the cards.
    await page.getByRole("heading", { name: "Assigned to you" }).waitFor();
    expect(path(page)).toBe("/");
    const assigned = page.locator(".assigned");
    expect(
      await assigned.getByRole("link", { name: new RegExp(`^${SCENARIO.title}`) }).count(),
    ).toBe(1);
    const facts = await assigned.locator(".assignment-facts").textContent();
    expect(facts).toContain("Due");
    expect(facts).toContain("(in 3 days)");
    expect(facts).toContain("0 of 1–3 attempts");
    expect(facts).toContain("No score yet · target 70");
    await shot(page, "library-assigned-1280");
    // The invitation token never travelled in an address the server saw.
    const token = managerInvite.split("#")[1] ?? "";
    expect(requested.filter((u) => u.includes(token))).toEqual([]);

    // The user menu: who is signed in and their roles; no facilitator or reviewer links, but the
    // cohort they just joined, at once (review 5, #14).
    const nav = page.getByRole("navigation", { name: "Main" });
    expect(await nav.getByRole("link").allTextContents()).toEqual([
      "Practice",
      "History",
      "Linter",
      "Cohorts",
      "About",
    ]);
    await page.getByRole("button", { name: /account/ }).click();
    const menu = page.locator(".user-menu-panel");
    expect(await menu.textContent()).toContain(MANAGER.name);
    expect(await menu.textContent()).toContain("Roles: Manager");
    await shot(page, "user-menu-1280", false);
    await page.keyboard.press("Escape");
    expect(await menu.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the library, the assignment and the user menu at phone width", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/`);
    await signInWith(page, MANAGER.email, MANAGER.password);
    await page.getByRole("heading", { name: "Assigned to you" }).waitFor();
    expect(await noSideScroll(page)).toBe(true);
    await shot(page, "library-assigned-390", false);
    await page.getByRole("button", { name: /account/ }).click();
    await shot(page, "user-menu-390", false);
    expect(await noSideScroll(page)).toBe(true);
    await page.close();
  });

  it("signs out, refuses a wrong password, and brings a deep link back after signing in", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await signInWith(page, MANAGER.email, MANAGER.password);
    await page.getByRole("heading", { name: "Scenario library" }).waitFor();
    // The library's own requests are answered (its assignments are shown) before the sign-in ends:
    // a 401 on one of them would take the page to sign in before the click below.
    await page.getByRole("heading", { name: "Assigned to you" }).waitFor();

    // A sign-in that ends behind the page's back (expired, or another tab): the next request's 401
    // takes the page to sign in, and back here afterwards.
    const cookies = await context.cookies();
    await context.clearCookies();
    await page.getByRole("link", { name: "History" }).click();
    await page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor();
    expect(path(page)).toBe("/signin?next=%2Fhistory");
    await context.addCookies(cookies);
    await page.goto(`${server.url}/`);
    await page.getByRole("heading", { name: "Scenario library" }).waitFor();

    await page.getByRole("button", { name: /account/ }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor();
    expect(path(page)).toBe("/signin");
    // Signed out here, on purpose: nothing to explain.
    expect(await page.getByText("Your sign-in ended").count()).toBe(0);
    // The server forgot the sign-in too, not only the page.
    const me = await page.evaluate(async () => (await fetch("/api/me")).status);
    expect(me).toBe(401);

    await page.goto(`${server.url}/history`);
    await page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor();
    await signInWith(page, MANAGER.email, "not my password at all");
    const alert = page.getByRole("alert").filter({ hasText: "wrong" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("The email or the password is wrong");
    expect(await page.getByLabel("Password").inputValue()).toBe("");
    await shot(page, "signin-wrong-1280");

    await signInWith(page, MANAGER.email, MANAGER.password);
    await page.getByRole("heading", { name: "History and progress", level: 1 }).waitFor();
    expect(path(page)).toBe("/history");
    await context.close();
  });

  it("takes a live session to sign-in when its sign-in ends in another tab, and back into it", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/scenarios/${SCENARIO.id}`);
    await signInWith(page, MANAGER.email, MANAGER.password);
    await page.getByRole("button", { name: "Start" }).click();
    await page.getByLabel("Your message").waitFor();
    await say(page, "Hi Dana, how has this week been for you?");
    const sessionPath = new URL(page.url()).pathname;

    // Another tab signs out: the server closes this page's socket (4003); no request of this page
    // fails first, so only the socket's close can tell it.
    const other = await context.newPage();
    await other.goto(`${server.url}/about`);
    const status = await other.evaluate(async () => {
      const me = (await (await fetch("/api/me")).json()) as { csrfToken: string };
      const res = await fetch("/api/auth/logout", {
        method: "POST",
        headers: { "x-csrf-token": me.csrfToken },
      });
      return res.status;
    });
    expect(status).toBeLessThan(300);
    await page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor();
    expect(path(page)).toBe(`/signin?next=${encodeURIComponent(sessionPath)}`);
    // It says why, since this page's own Sign out was not pressed.
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "Your sign-in ended" }).count())
      .toBe(1);

    await signInWith(page, MANAGER.email, MANAGER.password);
    await page.getByLabel("Your message").waitFor();
    expect(path(page)).toBe(sessionPath);
    await expect
      .poll(() => page.getByText("Hi Dana, how has this week been for you?").count())
      .toBeGreaterThan(0);
    await context.close();
  });

  it("says how long to wait after too many wrong passwords, and counts it down", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/signin`);
    const button = page.locator("form button[type=submit]");
    // Five free failures per email, then each blocks it for a while (server/people/throttle.ts).
    for (let i = 0; i < 6; i++) {
      await signInWith(page, "someone@example.com", `wrong password ${i}`);
      await page.getByRole("alert").filter({ hasText: "wrong" }).waitFor();
      await expect.poll(() => button.isEnabled()).toBe(true);
    }
    await signInWith(page, "someone@example.com", "wrong password 7");
    const alert = page.getByRole("alert").filter({ hasText: "Too many failed sign-ins" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("until the button counts down");
    expect(await button.isDisabled()).toBe(true);
    const seconds = Number(/^Wait (\d+) s$/.exec((await button.textContent()) ?? "")?.[1]);
    expect(seconds).toBeGreaterThan(0);
    await shot(page, "signin-wait-1280");
    await expect
      .poll(() => button.textContent(), { timeout: (seconds + 3) * 1000 })
      .toBe("Sign in");
    expect(await button.isEnabled()).toBe(true);
    await page.close();
  });

  it("shares a debrief with a mentor in a dialog, and shows the mentor's review on it", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await recordCspViolations(page);
    await page.goto(`${server.url}/scenarios/${SCENARIO.id}`);
    await signInWith(page, MANAGER.email, MANAGER.password);
    await page.getByRole("button", { name: "Start" }).click();
    await page.getByLabel("Your message").waitFor();
    await say(page, "Hi Dana, thanks for making the time. How are things going this week?");
    await say(page, "You always miss your sprint commitments.");
    await page.getByRole("button", { name: "End conversation" }).click();
    await page.getByRole("heading", { name: "Debrief", level: 1 }).waitFor({ timeout: 30_000 });
    debriefPath = new URL(page.url()).pathname;
    const sessionId = debriefPath.split("/")[2] ?? "";

    // The dialog: labelled, focus inside, the server's refusal inline, Escape closes.
    const opener = page.getByRole("button", { name: "Share with a mentor" });
    await opener.click();
    const dialog = page.getByRole("dialog", { name: "Share this session" });
    await dialog.waitFor();
    const email = dialog.getByRole("textbox", { name: "Their email" });
    await email.fill("nobody@example.com");
    await dialog.getByRole("button", { name: "Share", exact: true }).click();
    await dialog
      .getByRole("alert")
      .filter({ hasText: "No mentor, facilitator or admin here has the email nobody@example.com" })
      .waitFor();
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    await email.fill(MENTOR.email);
    await dialog.getByRole("button", { name: "Share", exact: true }).click();
    await dialog.locator(".share-list strong", { hasText: MENTOR.name }).waitFor();
    expect(await dialog.getByRole("status").textContent()).toBe(
      `${MENTOR.name} can now see this session.`,
    );
    await expect.poll(() => dialog.getByRole("alert").textContent()).toBe("");
    // Tab stays inside the modal dialog.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => !!document.activeElement?.closest("dialog"))).toBe(true);
    }
    await shot(page, "share-dialog-1280", false);
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Share with a mentor",
    );
    await page.getByText(`Shared with ${MENTOR.name}`, { exact: true }).waitFor();

    // The mentor comments on a line, changes a step and the score, and finishes the review.
    const mentor = new ApiClient(server.url);
    await mentor.signIn(MENTOR.email, MENTOR.password);
    const record = await mentor.json<{
      turns: { id: string; speaker: string }[];
      scorecards: { patternId: string; overall: number; steps: { id: string }[] }[];
    }>("GET", `/api/sessions/${sessionId}`);
    const line = record.turns.filter((t) => t.speaker === "manager")[1];
    const card = record.scorecards[0];
    const step = card?.steps[0];
    if (!line || !card || !step) throw new Error("the debrief has no second line or no steps");
    await mentor.json("POST", `/api/sessions/${sessionId}/comments`, {
      turnId: line.id,
      text: "This is where the conversation turned: ask before you judge.",
    });
    await mentor.json("POST", `/api/sessions/${sessionId}/adjustments`, {
      patternId: card.patternId,
      stepId: step.id,
      status: "partial",
      reason: "You did open warmly before the blame.",
    });
    const score = Math.min(100, card.overall + 7);
    await mentor.json("POST", `/api/sessions/${sessionId}/adjustments`, {
      patternId: card.patternId,
      score,
      reason: "The opening deserves some credit.",
    });
    await mentor.json("PUT", `/api/sessions/${sessionId}/review`, { done: true });

    await page.reload();
    const review = page.getByRole("region", { name: "Your mentor's review" });
    await review.waitFor();
    expect(await review.textContent()).toContain(`Reviewed by ${MENTOR.name}`);
    expect(await review.textContent()).toContain(`Reviewer: ${score} / 100`);
    expect(await review.textContent()).toContain(`the machine scored ${card.overall}`);
    await shot(page, "debrief-review-1280");
    const comment = page.locator(".debrief-transcript .turn-manager").nth(1).locator(".comment");
    expect(await comment.textContent()).toContain("ask before you judge");
    expect(await comment.textContent()).toContain(MENTOR.name);
    const adjusted = page.locator(".step").first().locator(".adjustment");
    expect(await adjusted.textContent()).toContain("Reviewer: Partly");
    expect(await adjusted.textContent()).toContain("You did open warmly before the blame.");

    await page.getByRole("link", { name: "History" }).click();
    await page.locator(".attempts tbody tr").first().waitFor();
    // The reviews arrive after the attempts, from their own request.
    await expect
      .poll(() => page.locator(".attempts").textContent(), { timeout: 10_000 })
      .toContain(`reviewed by ${MENTOR.name}`);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  it("changes your password from the menu under your name, at phone width", async () => {
    const invite = await admin.json<{ path: string }>("POST", "/api/invitations", {
      email: "changer@example.com",
      roles: ["manager"],
    });
    await new ApiClient(server.url).json("POST", "/api/invitations/accept", {
      token: invite.path.split("#")[1],
      displayName: "Chris Changer",
      password: "first password 1",
    });
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/`);
    await signInWith(page, "changer@example.com", "first password 1");
    await page.getByRole("heading", { name: "Scenario library" }).waitFor();
    await page.getByRole("button", { name: /account/ }).click();
    await page.getByRole("link", { name: "Your name and password" }).click();
    await page.getByRole("heading", { name: "Your account", level: 1 }).waitFor();
    // The menu closed behind the link.
    expect(await page.locator(".user-menu-panel").isHidden()).toBe(true);

    // A name mistyped when accepting the invitation is set right here; the menu says it at once.
    await page.getByLabel("Name others see").fill("Chris Changer-Smith");
    await page.getByRole("button", { name: "Save name" }).click();
    await page.locator(".name-saved").waitFor();
    await expect
      .poll(() => page.getByRole("button", { name: /account/ }).textContent())
      .toContain("Chris Changer-Smith");

    const fill = async (current: string, next: string, again: string) => {
      await page.getByLabel("Current password").fill(current);
      await page.getByLabel("New password", { exact: true }).fill(next);
      await page.getByLabel("New password, again").fill(again);
      await page.getByRole("button", { name: "Change password" }).click();
    };
    await fill("first password 1", "second password 2", "second password 3");
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("differ");
    await fill("not my password", "second password 2", "second password 2");
    await expect
      .poll(() => page.getByRole("alert").first().textContent())
      .toContain("That is not your current password.");
    await fill("first password 1", "second password 2", "second password 2");
    // Two password hashes (check the current one, hash the new one): seconds on a loaded machine.
    await expect
      .poll(() => page.locator(".form-success").textContent(), { timeout: 15_000 })
      .toContain("Your password is changed");
    expect(await noSideScroll(page)).toBe(true);
    await shot(page, "account-password-390", false);

    await page.getByRole("button", { name: /account/ }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await signInWith(page, "changer@example.com", "first password 1");
    await page.getByRole("alert").filter({ hasText: "wrong" }).waitFor();
    await signInWith(page, "changer@example.com", "second password 2");
    await page.getByRole("heading", { name: "Scenario library" }).waitFor();
    await page.close();
  });

  it("lets an admin make a password link under Accounts, which sets a forgotten password", async () => {
    const invite = await admin.json<{ path: string }>("POST", "/api/invitations", {
      email: "forgot@example.com",
      roles: ["manager"],
    });
    await new ApiClient(server.url).json("POST", "/api/invitations/accept", {
      token: invite.path.split("#")[1],
      displayName: "Fran Forgot",
      password: "lost password 1",
    });
    const adminContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const adminPage = await adminContext.newPage();
    await adminPage.goto(`${server.url}/accounts`);
    await signInWith(adminPage, ADMIN.email, ADMIN.password);
    await adminPage.getByRole("heading", { name: "Accounts", level: 1 }).waitFor();
    await adminPage.getByRole("button", { name: "Password link for Fran Forgot" }).click();
    const linkBox = adminPage.getByLabel(/^Password link for forgot@example.com/);
    await linkBox.waitFor();
    const url = await linkBox.inputValue();
    expect(url).toMatch(/\/reset#[A-Za-z0-9_-]{43}$/);
    await shot(adminPage, "accounts-link-1280", false);
    // Opened by the admin, still signed in: the link is someone else's, and says so.
    const elsewhere = await adminContext.newPage();
    await elsewhere.goto(url);
    await elsewhere.getByRole("heading", { name: "This link is for someone else" }).waitFor();
    await elsewhere.close();
    // Every role can be taken away (a mentor who left): the form says what that leaves them.
    const goneInvite = await admin.json<{ path: string }>("POST", "/api/invitations", {
      email: "gone@example.com",
      roles: ["mentor"],
    });
    await new ApiClient(server.url).json("POST", "/api/invitations/accept", {
      token: goneInvite.path.split("#")[1],
      displayName: "Gabe Gone",
      password: "gone password 1",
    });
    await adminPage.reload();
    await adminPage.getByRole("button", { name: "Change roles of Gabe Gone" }).click();
    const goneRoles = adminPage.getByRole("group", { name: "Roles of Gabe Gone" });
    await goneRoles.getByRole("checkbox", { name: /^Mentor/ }).uncheck();
    await goneRoles.getByText("only to their own past sessions").waitFor();
    await goneRoles.getByRole("button", { name: "Save roles" }).click();
    await expect
      .poll(() => adminPage.locator(".account-row", { hasText: "Gabe Gone" }).textContent())
      .toContain("No role");
    // Your own admin role cannot be unticked; Escape closes the form and focus returns.
    await adminPage.getByRole("button", { name: "Change roles of admin" }).click();
    const ownRoles = adminPage.getByRole("group", { name: "Roles of admin" });
    expect(await ownRoles.getByRole("checkbox", { name: /^Admin/ }).isDisabled()).toBe(true);
    await adminPage.keyboard.press("Escape");
    await expect
      .poll(() => adminPage.evaluate(() => document.activeElement?.textContent ?? ""))
      .toContain("Change roles");
    // An invitation with any role, from Accounts.
    await adminPage.getByLabel("Email", { exact: true }).fill("new.facilitator@example.com");
    await adminPage.getByRole("button", { name: "Create invitation" }).click();
    await expect
      .poll(() => adminPage.getByLabel(/^Invitation link for new.facilitator/).inputValue())
      .toMatch(/\/invite#/);
    // A second invitation leaves the first link on screen to copy, newest first.
    const first = await adminPage.getByLabel(/^Invitation link for new.facilitator/).inputValue();
    await adminPage.getByLabel("Email", { exact: true }).fill("second.facilitator@example.com");
    await adminPage.getByRole("button", { name: "Create invitation" }).click();
    await expect
      .poll(() => adminPage.getByLabel(/^Invitation link for second.facilitator/).inputValue())
      .toMatch(/\/invite#/);
    expect(await adminPage.getByLabel(/^Invitation link for new.facilitator/).inputValue()).toBe(
      first,
    );
    expect(await adminPage.locator(".made-link-who").allTextContents()).toEqual([
      "second.facilitator@example.com · Facilitator",
      "new.facilitator@example.com · Facilitator",
    ]);
    await adminContext.close();

    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(url);
    await page.getByRole("heading", { name: /A new password for Fran Forgot/ }).waitFor();
    await page.getByLabel("New password", { exact: true }).fill("found password 2");
    await page.getByLabel("New password, again").fill("found password 2");
    await page.getByRole("button", { name: "Set password and sign in" }).click();
    // It says what happened before going on.
    await page.getByRole("heading", { name: "Your password is set" }).waitFor();
    expect(await page.getByRole("status").textContent()).toContain(
      "You are signed in as forgot@example.com",
    );
    await shot(page, "reset-done-390", false);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ""))
      .toBe("Continue");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { name: "Scenario library" }).waitFor();
    expect(await noSideScroll(page)).toBe(true);
    // The link worked once.
    await page.goto(url);
    await page.getByRole("heading", { name: "This password link no longer works" }).waitFor();
    await shot(page, "reset-used-390", false);
    await page.close();
  });

  it("shows the share dialog at phone width without sideways scrolling", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${server.url}${debriefPath}`);
    await signInWith(page, MANAGER.email, MANAGER.password);
    await page.getByRole("button", { name: "Share with a mentor" }).click();
    await page
      .getByRole("dialog", { name: "Share this session" })
      .locator(".share-list strong", { hasText: MENTOR.name })
      .waitFor();
    expect(await noSideScroll(page)).toBe(true);
    await shot(page, "share-dialog-390", false);
    await context.close();
  });
});

describe.runIf(browserAvailable())("local mode (the default start)", () => {
  let product: ProductInBrowser;
  let server: ServerProcess;
  let browser: Browser;
  beforeAll(async () => {
    product = await startProductInBrowser();
    ({ server, browser } = product);
  }, 180_000);
  afterAll(() => product?.close());

  it("opens straight into practice: no sign-in, no account menu", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/history`);
    await expect.poll(() => h1(page)).toBe("History and progress");
    expect(path(page)).toBe("/history");
    expect(await page.getByRole("button", { name: /account/ }).count()).toBe(0);
    await page.goto(`${server.url}/signin`);
    await expect.poll(() => h1(page)).toBe("Scenario library");
    expect(path(page)).toBe("/");
    await page.close();
  });
});
