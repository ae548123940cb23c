import type { Browser, BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { ARTIFACTS } from "./browser";

/** Records every WebSocket the page opens (window.__sockets), so a test can drop one mid-reply. */
export async function spyOnSockets(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Native = window.WebSocket;
    const sockets: WebSocket[] = [];
    (window as unknown as { __sockets: WebSocket[] }).__sockets = sockets;
    window.WebSocket = class extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        sockets.push(this);
      }
    } as typeof WebSocket;
  });
}

/** Closes the socket the page opened last, as a dropped connection would. */
export async function dropSocket(page: Page): Promise<void> {
  await page.evaluate(() => {
    const sockets = (window as unknown as { __sockets: WebSocket[] }).__sockets;
    sockets.at(-1)?.close(4000, "test drops the connection");
  });
}

/** Resolves once no manager line is waiting to be sent and no reply is streaming. */
export async function waitForReply(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector(".turn-pending") &&
      !document.querySelector(".turn-streaming") &&
      document.querySelector(".transcript > li:last-child.turn-employee") !== null,
    null,
    { timeout: timeoutMs },
  );
}

/** Types a line into "Your message", sends it with Enter and waits for the persona's answer. */
export async function say(page: Page, text: string): Promise<void> {
  const box = page.getByLabel("Your message");
  await box.fill(text);
  await box.press("Enter");
  await waitForReply(page);
}

/** A screenshot under tests/e2e/artifacts/: the whole page, or what the viewport shows. */
export async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage });
}

/** Records Content-Security-Policy violations in window.__csp. */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/** Polls with the e2e tests' longer patience (a page under a loaded CI machine). */
export const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000 });
/** The page's level-1 heading. */
export const h1 = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();
/** Everything the page's main region says. */
export const main = (page: Page) => page.locator("main").textContent();

/**
 * A page in a context of its own, opened at `path` (a password-mode server sends it to the sign-in
 * page first), signed in as `who` through that page, and back at `path`.
 */
export async function signedInPage(
  browser: Browser,
  base: string,
  who: { email: string; password: string },
  path: string,
  options: { width?: number; contexts?: BrowserContext[]; errors?: string[] } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  options.contexts?.push(context);
  const page = await context.newPage();
  page.on("pageerror", (err) => options.errors?.push(err.message));
  await page.goto(`${base}${path}`);
  await poll(() => h1(page)).toBe("Sign in");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await poll(() => new URL(page.url()).pathname).toBe(path.split(/[?#]/)[0]);
  return page;
}
