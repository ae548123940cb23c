import type { Me } from "../state/auth-slice";
import { canPractise, homeOf } from "./access";
import { paths, type Route } from "./routes";

/** Pages someone signed out may open in password mode: the rest send them to sign in first. */
const OPEN_ROUTES: ReadonlySet<Route["name"]> = new Set(["signin", "invite", "reset"]);

/**
 * Where to go after signing in: the `next` of the sign-in address when it is a path of this app,
 * else the library. Anything that could leave the app (`//host`, `https:`, `/\host`) is refused.
 * `/invite` comes back bare: the invitation page finds the token this tab kept, so no token ever
 * travels in a query.
 */
export function nextAfterSignIn(search: string): string {
  const next = new URLSearchParams(search).get("next");
  if (!next?.startsWith("/") || next.startsWith("//") || next.includes("\\")) return "/";
  const pathname = next.split(/[?#]/)[0] ?? "/";
  if (pathname === "/invite") return "/invite";
  if (pathname === "/signin" || pathname === "/reset") return "/";
  return next;
}

/**
 * Where the app should send someone before showing a page, or null to show it. `here` is the
 * current path with its query. Local mode has no sign-in or invitation page (one user, no
 * accounts); a signed-out visitor in password mode
 * goes to sign in and comes back here afterwards; someone signed in has no use for the sign-in page.
 */
export function gateRedirect(me: Me, route: Route, here: string): string | null {
  if (me.authMode === "local") return OPEN_ROUTES.has(route.name) ? paths.library() : null;
  if (me.user === null) return OPEN_ROUTES.has(route.name) ? null : paths.signin(here);
  if (route.name === "signin") {
    const query = here.indexOf("?");
    return nextAfterSignIn(query < 0 ? "" : here.slice(query));
  }
  // The start page of someone who does not practise is what they do: reviews, cohorts.
  if (route.name === "library" && here.split(/[?#]/)[0] === "/" && !canPractise(me))
    return homeOf(me);
  return null;
}

/** The wait in seconds from the server's throttled answer ("… try again in 8 s"), or null. */
export function retryAfterSeconds(message: string): number | null {
  const match = /try again in (\d+) s\b/.exec(message);
  return match ? Number(match[1]) : null;
}
