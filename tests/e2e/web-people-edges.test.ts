import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { browserAvailable, type ProductInBrowser, startProductInBrowser } from "../support/browser";
import { addAccountByCli, type ServerProcess } from "../support/processes";
import { h1, main, poll, say, shot } from "../support/web-pages";

/**
 * The edges of invitations, cohorts, sharing and reviewing in Chromium, password mode: another link
 * pasted into the same tab, signing in from an invitation and coming back to it, the role choice of
 * the invitation form, names too long, renaming and deleting a cohort and its co-facilitators, a
 * manager finding their cohort's mentor to share with, and a reviewer whose role was taken away.
 */

const ADMIN = { email: "admin@example.com", password: "admin password 1" };
const FAC = { email: "fran@example.com", password: "facilitator passphrase" };
const CO = { email: "cole@example.com", password: "co-facilitator passphrase" };
const MANAGER = { email: "mia@example.com", password: "manager passphrase", name: "Mia Manager" };
const MENTOR = { email: "mo@example.com", password: "mentor passphrase", name: "Mo Mentor" };
const SCENARIO = "missed-sprint-commitments";
const COMMENT = "A clear, kind opening.";

describe.runIf(browserAvailable())("people at the edges (password mode)", () => {
  let product: ProductInBrowser;
  let server: ServerProcess;
  let browser: Browser;
  let admin: ApiClient;
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  /** Every URL any page requested: no invitation token may be in one. */
  const requested: string[] = [];

  beforeAll(async () => {
    product = await startProductInBrowser({
      env: { AUTH_MODE: "password" },
      prepare: async (env) => {
        await addAccountByCli(env, ADMIN, ["admin"]);
        await addAccountByCli(env, FAC, ["facilitator"]);
        await addAccountByCli(env, CO, ["facilitator"]);
      },
    });
    ({ server, browser } = product);
    admin = new ApiClient(server.url);
    await admin.signIn(ADMIN.email, ADMIN.password);
  }, 180_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await product?.close();
  });

  async function person(width = 1280): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on("pageerror", (err) => errors.push(err.message));
    page.on("request", (r) => requested.push(r.url()));
    return { context, page };
  }

  async function signIn(page: Page, who: { email: string; password: string }, path: string) {
    await page.goto(`${server.url}${path}`);
    await poll(() => h1(page)).toBe("Sign in");
    await page.getByLabel("Email").fill(who.email);
    await page.getByLabel("Password").fill(who.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await poll(() => new URL(page.url()).pathname).toBe(path);
  }

  const tokenOf = (url: string) => url.split("#")[1] ?? "";

  it("runs a cohort's life from the web client: names, roles, co-facilitators, mentors, review, delete", async () => {
    const fac = await person();
    const asked: string[] = [];
    fac.page.on("dialog", (d) => {
      asked.push(d.message());
      void d.accept();
    });
    await signIn(fac.page, FAC, "/cohorts");

    // ── a name too long is said, with how much, never cut ──
    const long = `${"Équipe plateforme et infrastructure ".repeat(3)}hiver 2026`;
    await fac.page.getByLabel("Cohort name").fill(long);
    expect(await fac.page.getByLabel("Cohort name").inputValue()).toBe(long);
    await fac.page
      .getByText(`${long.length} of 100 characters: ${long.length - 100} too many`)
      .waitFor();
    await fac.page.getByRole("button", { name: "Create cohort" }).click();
    await poll(() => fac.page.getByRole("alert").textContent()).toContain(
      `Shorten it by ${long.length - 100}.`,
    );
    expect(await h1(fac.page)).toBe("Cohorts");

    // ── a typo, then renamed on the cohort page ──
    await fac.page.getByLabel("Cohort name").fill("Sprnig leads");
    await fac.page.getByRole("button", { name: "Create cohort" }).click();
    await poll(() => h1(fac.page)).toBe("Sprnig leads");
    const cohortPath = new URL(fac.page.url()).pathname;
    await fac.page.getByRole("button", { name: "Rename cohort" }).click();
    await fac.page.getByLabel("New name").fill("Spring leads");
    await fac.page.getByRole("button", { name: "Save name" }).click();
    await poll(() => h1(fac.page)).toBe("Spring leads");
    expect(await fac.page.title()).toContain("Spring leads");

    // ── the invitation form goes back to Manager after each link, and says the role it invites as ──
    const invite = async (email: string, role: RegExp) => {
      await fac.page.getByLabel("Email", { exact: true }).fill(email);
      await fac.page.getByRole("radio", { name: role }).check();
      await fac.page.getByRole("button", { name: /^Create invitation/ }).click();
      // A second link for the same email takes the place of the first in the list.
      const link = fac.page.getByLabel(`Invitation link for ${email}`);
      await link.waitFor();
      await poll(() => link.inputValue()).not.toBe(made.get(email));
      const url = await link.inputValue();
      made.set(email, url);
      return url;
    };
    const made = new Map<string, string>();
    // A facilitator invites managers and mentors, not facilitators.
    expect(await fac.page.getByRole("radio", { name: /^Facilitator/ }).count()).toBe(0);
    await fac.page.getByRole("radio", { name: /^Mentor/ }).check();
    expect(await fac.page.getByRole("button", { name: /^Create invitation/ }).textContent()).toBe(
      "Create invitation as mentor",
    );
    const mentorLink = await invite(MENTOR.email, /^Mentor/);
    expect(await fac.page.getByRole("radio", { name: /^Manager/ }).isChecked()).toBe(true);
    expect(await fac.page.getByRole("button", { name: /^Create invitation/ }).textContent()).toBe(
      "Create invitation as manager",
    );
    const managerLink = await invite(MANAGER.email, /^Manager/);
    const spareLink = await invite("spare@example.com", /^Manager/);

    // ── a list of emails pasted at once: a link each; one refused stays in the box with why ──
    const box = fac.page.getByLabel("Email", { exact: true });
    await box.fill("Lee One <one@example.com>\ntwo@example.com, broken@@example");
    expect(await fac.page.getByRole("button", { name: /^Create .*invitation/ }).textContent()).toBe(
      "Create 3 invitations as managers",
    );
    await box.press("Enter");
    await fac.page.getByLabel("Invitation link for two@example.com").waitFor();
    await fac.page.getByLabel("Invitation link for one@example.com").waitFor();
    const refusal = fac.page.locator(".invite").getByRole("alert");
    await poll(() => refusal.textContent()).toMatch(/^2 invitations made; 1 not .*broken@@example/);
    expect(await box.inputValue()).toBe("broken@@example");
    await box.fill("");
    // The name pasted with an email stays with it: on the link, the pending list, the sign-up page.
    expect(
      await fac.page.locator(".made-link-who", { hasText: "one@example.com" }).textContent(),
    ).toBe("Lee One (one@example.com) · Manager");
    await poll(() => fac.page.locator(".invitation-list").textContent()).toContain(
      "Lee One (one@example.com)",
    );
    const named = await person();
    await named.page.goto(
      await fac.page.getByLabel("Invitation link for one@example.com").inputValue(),
    );
    await poll(() => main(named.page)).toContain("For one@example.com");
    expect(await named.page.getByLabel("Your name").inputValue()).toBe("Lee One");
    await named.page.close();

    // ── a co-facilitator with an account joins; someone without one is told what it takes ──
    await fac.page.getByLabel("Co-facilitator's email").fill("nobody@example.com");
    await fac.page.getByRole("button", { name: "Add co-facilitator" }).click();
    await poll(() =>
      fac.page.getByRole("form", { name: "Add a co-facilitator" }).textContent(),
    ).toContain("needs an account with the facilitator role");
    await fac.page.getByLabel("Co-facilitator's email").fill(CO.email);
    await fac.page.getByRole("button", { name: "Add co-facilitator" }).click();
    const facilitators = fac.page.getByRole("list", { name: "Facilitators" });
    await poll(() => facilitators.locator("li").count()).toBe(2);
    expect(await facilitators.textContent()).toContain(CO.email);
    const co = await person();
    await signIn(co.page, CO, "/cohorts");
    await poll(() => co.page.locator(".cohort-list").textContent()).toContain("Spring leads");

    // ── another link pasted into the same tab is read, not the first one ──
    const guest = await person();
    await guest.page.goto(mentorLink);
    await poll(() => main(guest.page)).toContain(`For ${MENTOR.email}`);
    await guest.page.getByLabel("Your name").fill("half typed");
    await guest.page.goto(spareLink);
    await poll(() => main(guest.page)).toContain("For spare@example.com");
    expect(await main(guest.page)).not.toContain(MENTOR.email);
    expect(await guest.page.getByLabel("Your name").inputValue()).toBe("");
    // A link that no longer works says so at once, without a reload.
    await fac.page
      .locator(".invitation-list")
      .getByRole("button", { name: "Revoke the invitation for spare@example.com" })
      .click();
    await poll(() => fac.page.locator(".invitation-list").textContent()).not.toContain("spare@");
    await guest.page.goto(mentorLink);
    await poll(() => main(guest.page)).toContain(`For ${MENTOR.email}`);
    await guest.page.goto(spareLink);
    await poll(() => main(guest.page)).toContain("This invitation no longer works");

    // ── a display name too long is said on the invitation page, then the accounts are made ──
    await guest.page.goto(mentorLink);
    await poll(() => main(guest.page)).toContain(`For ${MENTOR.email}`);
    const longName = `Zoë Ångström-Øyelund ${"Wolfeschlegelsteinhausenberger ".repeat(3)}`;
    await guest.page.getByLabel("Your name").fill(longName);
    await guest.page.getByLabel("Choose a password").fill(MENTOR.password);
    await guest.page.getByRole("button", { name: "Create account and sign in" }).click();
    await poll(() => guest.page.locator(".account-form").getByRole("alert").textContent()).toMatch(
      /A name has at most 100 characters; this one has \d+\. Shorten it by \d+\./,
    );
    expect(await guest.page.getByLabel("Your name").inputValue()).toBe(longName);
    await guest.page.getByLabel("Your name").fill(MENTOR.name);
    await guest.page.getByRole("button", { name: "Create account and sign in" }).click();
    await poll(() => h1(guest.page)).toBe("Reviews");
    const men = guest;

    const mgr = await person();
    await mgr.page.goto(managerLink);
    await mgr.page.getByLabel("Your name").fill(MANAGER.name);
    await mgr.page.getByLabel("Choose a password").fill(MANAGER.password);
    await mgr.page.getByRole("button", { name: "Create account and sign in" }).click();
    await poll(() => h1(mgr.page)).toBe("Scenario library");

    // ── an existing account's invitation: Sign in comes back to it, the token never in a URL ──
    const again = await invite(MENTOR.email, /^Manager/);
    const stranger = await person();
    await stranger.page.goto(again);
    await stranger.page.getByRole("heading", { name: "You already have an account" }).waitFor();
    await stranger.page.getByRole("link", { name: "Sign in" }).click();
    await poll(() => h1(stranger.page)).toBe("Sign in");
    expect(new URL(stranger.page.url()).search).toBe("?next=%2Finvite");
    await stranger.page.getByLabel("Email").fill(MENTOR.email);
    await stranger.page.getByLabel("Password").fill(MENTOR.password);
    await stranger.page.getByRole("button", { name: "Sign in" }).click();
    await poll(() => new URL(stranger.page.url()).pathname).toBe("/invite");
    await poll(() => main(stranger.page)).toContain("Accept to join the cohort Spring leads");
    await stranger.page.getByRole("button", { name: "Accept invitation" }).click();
    // Accepting shows where it put them: the cohort's page, as a member of it.
    await poll(() => h1(stranger.page)).toBe("Spring leads");
    expect(await main(stranger.page)).toContain("You are a member of this cohort");
    // Mo is now a manager of the cohort too; the invitation is spent and not offered again.
    await stranger.page.goto(`${server.url}/invite`);
    await poll(() => main(stranger.page)).toContain("This page opens from the link");

    // ── the manager finds the cohort's mentors on its page and in the share dialog ──
    await mgr.page.goto(`${server.url}${cohortPath}`);
    const theirMentors = mgr.page.getByRole("list", { name: "Mentors" });
    await poll(() => theirMentors.textContent()).toContain(MENTOR.name);
    expect(await theirMentors.textContent()).toContain(MENTOR.email);
    expect(await main(mgr.page)).not.toContain(CO.email);
    await mgr.page.goto(`${server.url}/scenarios/${SCENARIO}`);
    await mgr.page.getByRole("button", { name: "Start" }).click();
    await mgr.page.getByLabel("Your message").waitFor();
    await say(mgr.page, "Hi Dana, thanks for making the time. How are things going this week?");
    await mgr.page.getByRole("button", { name: "End conversation" }).click();
    await mgr.page.getByRole("heading", { name: "Debrief", level: 1 }).waitFor({ timeout: 30_000 });
    const sessionId = /\/sessions\/([^/]+)\/debrief/.exec(mgr.page.url())?.[1] ?? "";
    await mgr.page.getByRole("button", { name: "Share with a mentor" }).click();
    const dialog = mgr.page.getByRole("dialog", { name: "Share this session" });
    const offered = dialog.getByRole("list", { name: "Mentors in your cohorts" });
    await poll(() => offered.textContent()).toContain(`${MENTOR.email} · Spring leads`);
    await shot(mgr.page, "share-mentors-1280", false);
    await offered.getByRole("button", { name: `Share with ${MENTOR.name}` }).click();
    await poll(() => dialog.locator(".share-list").last().textContent()).toContain(MENTOR.name);
    // Shared: no longer offered.
    await poll(() => offered.count()).toBe(0);
    await dialog.getByRole("button", { name: "Close" }).click();

    // ── the mentor comments; an admin takes the mentor role; the transcript goes, the words say why ──
    await men.page.goto(`${server.url}/sessions/${sessionId}/review`);
    await men.page.getByRole("button", { name: "Comment on turn 1", exact: true }).click();
    await men.page.getByLabel("Your comment on turn 1").fill(COMMENT);
    await men.page.getByRole("button", { name: "Add comment" }).click();
    await poll(() => men.page.getByRole("button", { name: "Edit your comment" }).count()).toBe(1);
    const users = await admin.json<{ users: { id: string; email: string }[] }>("GET", "/api/users");
    const mo = users.users.find((u) => u.email === MENTOR.email);
    await admin.json("PUT", `/api/users/${mo?.id}/roles`, { roles: ["manager"] });
    // The page still shows the controls it loaded with: a comment is refused, and the page then
    // asks again and closes the transcript, in words that name the roles.
    await men.page.getByRole("button", { name: "Comment on turn 1", exact: true }).click();
    await men.page.getByLabel("Your comment on turn 1").fill("One more");
    await men.page.getByRole("button", { name: "Add comment" }).click();
    await poll(() => main(men.page)).toContain("no longer has one of those roles");
    // The refusal is said first; the page then asks again and closes the transcript.
    await poll(() => main(men.page)).not.toContain(COMMENT);
    // Reading ends with the role: the share stays, but the transcript and the notes are closed,
    // and the page says which roles reading needs.
    await men.page.reload();
    await poll(() => main(men.page)).toContain("Not open to you");
    await poll(() => main(men.page)).toContain("your account no longer has one of those roles");
    expect(await main(men.page)).not.toContain(COMMENT);
    expect(await men.page.getByRole("button", { name: /^Comment on/ }).count()).toBe(0);
    await shot(men.page, "review-role-taken-1280");
    await men.page.goto(`${server.url}/reviews`);
    await poll(() => main(men.page)).toContain("Reviews are for mentors");
    // Given the role back, they read it again.
    await admin.json("PUT", `/api/users/${mo?.id}/roles`, { roles: ["mentor"] });
    await men.page.goto(`${server.url}/sessions/${sessionId}/review`);
    await poll(() => main(men.page)).toContain(COMMENT);

    // ── an admin may invite a co-facilitator by link ──
    const adm = await person();
    await signIn(adm.page, ADMIN, cohortPath);
    await adm.page.getByRole("radio", { name: /^Facilitator/ }).check();
    expect(await adm.page.getByRole("button", { name: /^Create invitation/ }).textContent()).toBe(
      "Create invitation as facilitator",
    );

    // ── removing a manager asks, and leaves the focus on the next Remove, not the page's top ──
    await fac.page.goto(`${server.url}${cohortPath}`);
    const managers = fac.page.getByRole("list", { name: "Managers" });
    await poll(() => managers.locator("li").count()).toBe(2);
    await managers.getByRole("button", { name: `Remove ${MANAGER.name}` }).focus();
    await fac.page.keyboard.press("Enter");
    await poll(() => managers.locator("li").count()).toBe(1);
    expect(asked.at(-1)).toBe(
      `Remove ${MANAGER.name} from this cohort? Their sessions stay theirs.`,
    );
    await poll(() =>
      fac.page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, " ").trim()),
    ).toBe(`Remove ${MENTOR.name}`);

    // ── deleting asks, says what goes and what stays, and leaves for the list ──
    await fac.page.goto(`${server.url}${cohortPath}`);
    await fac.page.getByRole("button", { name: "Delete cohort" }).click();
    await poll(() => new URL(fac.page.url()).pathname).toBe("/cohorts");
    expect(asked.at(-1)).toMatch(/^Delete the cohort “Spring leads”\? This cannot be undone\./);
    expect(asked.at(-1)).toContain("What goes:");
    expect(asked.at(-1)).toContain("What stays: every manager's sessions and scores");
    await poll(() => main(fac.page)).toContain("No cohorts yet");
    // The manager keeps the session.
    await mgr.page.goto(`${server.url}/sessions/${sessionId}/debrief`);
    await mgr.page.getByRole("heading", { name: "Debrief", level: 1 }).waitFor();

    for (const link of [mentorLink, managerLink, spareLink, again])
      expect(requested.filter((u) => u.includes(tokenOf(link)))).toEqual([]);
    expect(errors).toEqual([]);
  }, 240_000);

  it("a facilitator's list, a pasted list of invitations and the assign form say what they did (review 5)", async () => {
    for (const width of [1280, 390]) {
      const fac = await person(width);
      await fac.context.grantPermissions(["clipboard-read", "clipboard-write"], {
        origin: server.url,
      });
      await signIn(fac.page, FAC, "/cohorts");
      const name = `Review five ${width}`;
      await fac.page.getByLabel("Cohort name").fill(name);
      await fac.page.getByRole("button", { name: "Create cohort" }).click();
      await poll(() => h1(fac.page)).toBe(name);
      const cohortPath = new URL(fac.page.url()).pathname;

      // ── #11: a pasted list says how many links, keeps its order, and copies all at once ──
      const pasted = ["zoe", "alex", "fatima"].map((n) => `${n}.${width}@example.com`);
      const box = fac.page.getByLabel("Email", { exact: true });
      await box.fill(pasted.join("\n"));
      await box.press("Enter");
      const said = fac.page.locator(".made-links-said");
      await poll(() => said.textContent()).toBe(
        "3 invitation links created, in the order you gave the emails. Copy them below, one by one or all at once.",
      );
      expect(await fac.page.locator(".made-link-who").allTextContents()).toEqual(
        pasted.map((e) => `${e} · Manager`),
      );
      await fac.page.getByRole("button", { name: "Copy all 3 links" }).click();
      await poll(() => fac.page.getByRole("button", { name: "Copied all 3" }).count()).toBe(1);
      const copied = await fac.page.evaluate(() => navigator.clipboard.readText());
      const links = await Promise.all(
        pasted.map((e) => fac.page.getByLabel(`Invitation link for ${e}`).inputValue()),
      );
      expect(copied).toBe(pasted.map((e, i) => `${e}\t${links[i]}`).join("\n"));
      await shot(fac.page, `cohort-links-made-${width}`);

      // ── #16: only the due date is carried, said before; settings left from another scenario are named ──
      const form = fac.page.locator(".assignment-form");
      expect(await form.textContent()).toContain(
        "After each assignment the due date stays in this form for the next scenario",
      );
      const scenario = fac.page.getByLabel("Scenario", { exact: true });
      await scenario.selectOption({ label: "Three missed sprint commitments" });
      await fac.page.getByLabel("Maximum attempts").fill("3");
      await scenario.selectOption({ label: "Burnout signals in a weekly 1-on-1" });
      const carried = form.locator(".carried-settings");
      await poll(() => carried.textContent()).toContain(
        "Still set from “Three missed sprint commitments”: at most 3 attempts.",
      );
      await shot(fac.page, `assign-carried-${width}`, false);
      await carried.getByRole("button", { name: "Reset to the defaults" }).click();
      expect(await fac.page.getByLabel("Maximum attempts").inputValue()).toBe("");
      expect(await carried.count()).toBe(0);
      const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
      await fac.page.getByLabel("Due date").fill(due);
      await fac.page.getByLabel("Target score").fill("55");
      await fac.page.getByLabel("Maximum attempts").fill("2");
      await fac.page.getByRole("button", { name: "Assign", exact: true }).click();
      await fac.page.locator(".assignment-item", { hasText: "Burnout signals" }).waitFor();
      await poll(() => fac.page.getByLabel("Maximum attempts").inputValue()).toBe("");
      expect(await fac.page.getByLabel("Target score").inputValue()).toBe("70");
      expect(await fac.page.getByLabel("Due date").inputValue()).toBe(due);
      expect(await form.getByRole("status").last().textContent()).toContain(
        "Its due date stays for the next scenario; the target and attempts are back to the defaults.",
      );

      // ── #13 and #12: the list counts who is invited; the same name again is refused ──
      await fac.page.goto(`${server.url}/cohorts`);
      const card = fac.page.locator(".cohort-item", { hasText: name });
      await poll(() => card.textContent()).toContain(
        "0 managers · 0 mentors · 3 invited, not yet joined",
      );
      await fac.page.getByLabel("Cohort name").fill(`  ${name.toUpperCase()} `);
      await poll(() => fac.page.locator(".form-warning").textContent()).toBe(
        `⚠ You already run a cohort named “${name}”.`,
      );
      await fac.page.getByRole("button", { name: "Create cohort" }).click();
      await poll(() => fac.page.getByRole("alert").textContent()).toContain(
        `You already run a cohort named “${name}”`,
      );
      expect(await h1(fac.page)).toBe("Cohorts");
      expect(await fac.page.locator(".cohort-item", { hasText: name }).count()).toBe(1);
      await shot(fac.page, `cohorts-list-${width}`);
      expect(cohortPath).toMatch(/^\/cohorts\//);

      // ── #14: who joins from a link has Cohorts in the menu at once, without a reload ──
      const joiner = await person(width);
      await joiner.page.goto(links[0] ?? "");
      await joiner.page.getByLabel("Your name").fill(`Zoë ${width}`);
      await joiner.page.getByLabel("Choose a password").fill("a joiner's passphrase");
      await joiner.page.getByRole("button", { name: "Create account and sign in" }).click();
      await poll(() => h1(joiner.page)).toBe("Scenario library");
      const menu = joiner.page.getByRole("navigation", { name: "Main" });
      await poll(() => menu.textContent()).toContain("Cohorts");
      await shot(joiner.page, `menu-after-accept-${width}`, false);
    }
  });

  it("reads another password link pasted into the same tab", async () => {
    const users = await admin.json<{ users: { id: string; email: string }[] }>("GET", "/api/users");
    const linkFor = async (email: string) => {
      const id = users.users.find((u) => u.email === email)?.id;
      return (await admin.json<{ url: string }>("POST", `/api/users/${id}/password-reset`)).url;
    };
    const first = await linkFor(CO.email);
    const second = await linkFor(FAC.email);
    const { page } = await person();
    await page.goto(first);
    await poll(() => main(page)).toContain(CO.email);
    await page.goto(second);
    await poll(() => main(page)).toContain(FAC.email);
    expect(await main(page)).not.toContain(CO.email);
    expect(errors).toEqual([]);
  }, 60_000);

  it("leaves a trace of a deleted reviewed attempt: the grid says so, and the mentor's Reviews say who deleted it", async () => {
    const PASSWORD = "deleting passphrase";
    /** An account from an admin's invitation, signed in over the API. */
    const account = async (email: string, displayName: string, roles: string[]) => {
      const link = await admin.json<{ path: string }>("POST", "/api/invitations", { email, roles });
      const client = new ApiClient(server.url);
      await client.json("POST", "/api/invitations/accept", {
        token: tokenOf(link.path),
        displayName,
        password: PASSWORD,
      });
      await client.signIn(email, PASSWORD);
      return client;
    };
    const dee = await account("dee@example.com", "Dee Deleter", ["manager"]);
    const rex = await account("rex@example.com", "Rex Reviewer", ["mentor"]);
    const facApi = new ApiClient(server.url);
    await facApi.signIn(FAC.email, FAC.password);
    const cohort = await facApi.json<{ id: string }>("POST", "/api/cohorts", { name: "Deletions" });
    await admin.json("POST", `/api/cohorts/${cohort.id}/members`, { email: "dee@example.com" });
    await facApi.json("POST", `/api/cohorts/${cohort.id}/assignments`, { scenarioId: SCENARIO });

    // Dee says a line (an attempt), shares it, and Rex finishes a review of it.
    const mgr = await person();
    await signIn(mgr.page, { email: "dee@example.com", password: PASSWORD }, "/");
    await mgr.page.goto(`${server.url}/scenarios/${SCENARIO}`);
    await mgr.page.getByRole("button", { name: "Start" }).click();
    await mgr.page.getByLabel("Your message").waitFor();
    await say(mgr.page, "Thanks for making time. I'd like to talk about the last three sprints.");
    const sessionId = new URL(mgr.page.url()).pathname.split("/")[2] ?? "";
    await dee.json("POST", `/api/sessions/${sessionId}/shares`, { email: "rex@example.com" });
    await rex.json("PUT", `/api/sessions/${sessionId}/review`, { done: true });

    // Dee deletes it from History: her right, and the question says the review goes with it.
    let asked = "";
    mgr.page.once("dialog", (d) => {
      asked = d.message();
      void d.accept();
    });
    await mgr.page.goto(`${server.url}/history`);
    await mgr.page.getByRole("button", { name: /^Delete attempt 1 of / }).click();
    await poll(() => mgr.page.locator(".attempts tbody tr").count()).toBe(0);
    expect(asked).toContain("its mentor's review go with it");
    // Her only attempt: the list gives way to "No attempts yet", focus goes to the page's heading
    // (not the body), and the status region says what went.
    await poll(() => mgr.page.evaluate(() => document.activeElement?.id)).toBe("history-title");
    expect(await mgr.page.locator("p[role=status]").textContent()).toMatch(
      /^Deleted attempt 1 of Three missed sprint commitments \(.+\)\.$/,
    );

    // The grid: the cell is back to not started, and says an attempt, reviewed, was deleted.
    const fac = await person();
    await signIn(fac.page, FAC, `/cohorts/${cohort.id}`);
    const cell = fac.page.locator(".progress-grid td.grid-cell").first();
    await poll(() => cell.locator(".grid-deleted").textContent()).toBe(
      "1 reviewed attempt deleted",
    );
    expect(await cell.locator(".visually-hidden").textContent()).toMatch(
      /^Not started · 1 reviewed attempt deleted/,
    );
    await shot(fac.page, "grid-deleted-attempt-1280");
    await fac.page.setViewportSize({ width: 390, height: 844 });
    await shot(fac.page, "grid-deleted-attempt-390");

    // Rex's Reviews: still listed, with Dee as its manager, said to be deleted by its owner.
    const mentor = await person();
    await signIn(mentor.page, { email: "rex@example.com", password: PASSWORD }, "/reviews");
    const row = mentor.page.locator(".inbox tbody tr");
    await poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toMatch(
      /^Three missed sprint commitmentsDeleted by its owner on .+: nothing is left to openDee Deleter—/,
    );
    expect(await row.getByRole("link").count()).toBe(0);
    expect(await mentor.page.locator(".result-count").textContent()).toBe("All reviewed.");
    await shot(mentor.page, "reviews-deleted-attempt-1280");
    expect(errors).toEqual([]);
  }, 120_000);
});
