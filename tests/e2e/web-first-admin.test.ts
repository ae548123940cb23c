import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIRST_ADMIN_COMMAND } from "../../server/people/first-account";
import { browserAvailable, type ProductInBrowser, startProductInBrowser } from "../support/browser";
import { DATABASES } from "../support/databases";
import { addAccountByCli, type ServerProcess, startServerProcess } from "../support/processes";
import { shot } from "../support/web-pages";

const ADMIN = { email: "first@example.com", password: "a long passphrase" };
const INVITATION_LINE = "No account yet? Accounts come from an invitation";

/** The sign-in page once it has asked the server about the first admin. */
async function openSignIn(browser: Browser, base: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const asked = page.waitForResponse((r) => r.url().endsWith("/api/auth/first-account"));
  await page.goto(`${base}/signin`);
  await page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor();
  await asked;
  return page;
}

const noSideScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

describe.runIf(browserAvailable()).each(DATABASES)(
  "the sign-in page of a password-mode Flightdeck with no account (%s)",
  (kind) => {
    let product: ProductInBrowser;
    let browser: Browser;
    let env: Record<string, string>;
    let server: ServerProcess;
    let restarted: ServerProcess | undefined;

    beforeAll(async () => {
      product = await startProductInBrowser({ kind, env: { AUTH_MODE: "password" } });
      ({ browser, server } = product);
      env = {
        DATA_DIR: product.database.dataDir,
        ...(product.database.databaseUrl ? { DATABASE_URL: product.database.databaseUrl } : {}),
        AUTH_MODE: "password",
      };
    }, 180_000);
    afterAll(async () => {
      await restarted?.stop();
      await product?.close();
    });

    it("says there is none and shows the start banner's command", async () => {
      for (const width of [1280, 390]) {
        const page = await openSignIn(browser, server.url, width);
        const hint = page.locator(".first-admin");
        await hint.waitFor();
        expect(await hint.textContent()).toContain("No accounts yet, so nobody can sign in.");
        expect(await hint.locator("pre").textContent()).toBe(FIRST_ADMIN_COMMAND);
        // The embedded database is held by the server: `users add` needs it stopped first.
        expect((await hint.textContent())?.includes("stop this server first")).toBe(
          kind === "pglite",
        );
        // The banner printed the same command.
        expect(server.output()).toContain(FIRST_ADMIN_COMMAND);
        // "Ask your admin" is no help when there is none.
        expect(await page.getByText(INVITATION_LINE).count()).toBe(0);
        expect(await noSideScroll(page)).toBe(true);
        await shot(page, `first-admin-${kind}-${width}`);
        await page.close();
      }
    });

    it("is as before once `flightdeck users add` made the first admin", async () => {
      if (kind === "pglite") {
        expect(await server.stop()).toBe(0);
        await addAccountByCli(env, ADMIN, ["admin"]);
        restarted = await startServerProcess(env);
      } else {
        // PostgreSQL: the running server sees the new account at the next visit.
        await addAccountByCli(env, ADMIN, ["admin"]);
      }
      const base = (restarted ?? server).url;
      for (const width of [1280, 390]) {
        const page = await openSignIn(browser, base, width);
        await page.getByText(INVITATION_LINE).waitFor();
        expect(await page.locator(".first-admin").count()).toBe(0);
        expect(await page.locator("main").textContent()).not.toContain("No accounts yet");
        await shot(page, `first-admin-after-${kind}-${width}`);
        // And the account signs in.
        if (width === 1280) {
          await page.getByLabel("Email").fill(ADMIN.email);
          await page.getByLabel("Password").fill(ADMIN.password);
          await page.getByRole("button", { name: "Sign in" }).click();
          await expect
            .poll(() => new URL(page.url()).pathname, { timeout: 20_000 })
            .not.toBe("/signin");
        }
        await page.close();
      }
    }, 120_000);
  },
);
