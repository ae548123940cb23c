import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { browserAvailable, type ProductInBrowser, startProductInBrowser } from "../support/browser";
import { addAccountByCli, type ServerProcess } from "../support/processes";
import { shot } from "../support/web-pages";

/**
 * An admin's Accounts page in Chromium, password mode: the list under its heading, found by a
 * search, and an account disabled (the person, signed in elsewhere, is sent to the sign-in page
 * with the reason, and cannot sign in) and enabled again.
 */

const ADMIN = { email: "admin@example.com", password: "admin password 1" };
const MIA = { email: "mia@example.com", password: "manager passphrase", name: "Mia Manager" };
const ZOE = { email: "zoe@example.com", password: "manager passphrase 2", name: "Zoë Quinn" };

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000 });
const h1 = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();
const main = (page: Page) => page.locator("main").textContent();

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
    for (const who of [MIA, ZOE]) {
      const { path } = await admin.json<{ path: string }>("POST", "/api/invitations", {
        email: who.email,
        roles: ["manager"],
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
    const mia = await person();
    await signIn(mia, MIA, "/history");
    const page = await person();
    await signIn(page, ADMIN, "/accounts");
    const people = page.getByRole("region", { name: /People with an account/ });
    await poll(() => people.getByRole("listitem").count()).toBe(3);

    // The search folds accents and case, and says how many it shows.
    const search = page.getByLabel("Find someone");
    await search.fill("zoe");
    await poll(() => people.getByRole("listitem").count()).toBe(1);
    expect(await people.textContent()).toContain("Zoë Quinn");
    expect(await page.getByRole("status").filter({ hasText: "shown" }).textContent()).toBe(
      "1 of 3 shown.",
    );
    await search.fill("nobody-here");
    await poll(() => people.getByRole("listitem").count()).toBe(0);
    expect(await people.textContent()).toContain("Nobody's name or email has “nobody-here”.");
    await search.fill("");
    await poll(() => people.getByRole("listitem").count()).toBe(3);

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

    // Mia, signed in in her own browser: her next request sends her to the sign-in page, which says why.
    await mia.getByRole("link", { name: "Practice" }).click();
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
});
