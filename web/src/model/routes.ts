/** The client's pages, parsed from the address bar. Pure, so the router is tested without a browser. */
export type Route =
  | { name: "library" }
  | { name: "about" }
  | { name: "briefing"; scenarioId: string }
  | { name: "session"; sessionId: string }
  | { name: "debrief"; sessionId: string }
  | { name: "history" }
  | { name: "compare" }
  | { name: "lint" }
  | { name: "cohorts" }
  | { name: "cohort"; cohortId: string }
  | { name: "inbox" }
  | { name: "review"; sessionId: string }
  | { name: "agreement" }
  | { name: "signin" }
  | { name: "invite" }
  | { name: "account" }
  | { name: "accounts" }
  | { name: "reset" }
  | { name: "notFound" };

const decode = (part: string): string | undefined => {
  try {
    const value = decodeURIComponent(part);
    return value.length > 0 ? value : undefined;
  } catch {
    return undefined;
  }
};

export function matchRoute(path: string): Route {
  const parts = path.replace(/\/+$/, "").split("/").slice(1);
  const [first = "", second, third, ...rest] = parts;
  if (rest.length > 0) return { name: "notFound" };
  if (parts.length === 0 || (first === "" && parts.length === 1)) return { name: "library" };
  if (second === undefined) {
    if (first === "about") return { name: "about" };
    if (first === "scenarios") return { name: "library" };
    if (first === "history") return { name: "history" };
    if (first === "compare") return { name: "compare" };
    if (first === "lint") return { name: "lint" };
    if (first === "cohorts") return { name: "cohorts" };
    if (first === "reviews") return { name: "inbox" };
    if (first === "agreement") return { name: "agreement" };
    if (first === "signin") return { name: "signin" };
    if (first === "invite") return { name: "invite" };
    if (first === "account") return { name: "account" };
    if (first === "accounts") return { name: "accounts" };
    if (first === "reset") return { name: "reset" };
    return { name: "notFound" };
  }
  const id = decode(second);
  if (!id) return { name: "notFound" };
  if (first === "scenarios" && third === undefined) return { name: "briefing", scenarioId: id };
  if (first === "sessions" && third === undefined) return { name: "session", sessionId: id };
  if (first === "sessions" && third === "debrief") return { name: "debrief", sessionId: id };
  if (first === "sessions" && third === "review") return { name: "review", sessionId: id };
  if (first === "cohorts" && third === undefined) return { name: "cohort", cohortId: id };
  return { name: "notFound" };
}

/** The two session ids of a comparison's address (`?a=…&b=…`), or null when either is missing. */
export function compareIds(search: string): { a: string; b: string } | null {
  const q = new URLSearchParams(search);
  const a = q.get("a")?.trim();
  const b = q.get("b")?.trim();
  return a && b ? { a, b } : null;
}

export const paths = {
  library: () => "/",
  /** The library at an address of its own, for those who read scenarios without practising. */
  scenarios: () => "/scenarios",
  briefing: (scenarioId: string) => `/scenarios/${encodeURIComponent(scenarioId)}`,
  session: (sessionId: string) => `/sessions/${encodeURIComponent(sessionId)}`,
  debrief: (sessionId: string) => `/sessions/${encodeURIComponent(sessionId)}/debrief`,
  history: () => "/history",
  /** Two attempts of one scenario side by side; the ids travel in the query, to share the link. */
  compare: (a: string, b: string) =>
    `/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`,
  lint: () => "/lint",
  cohorts: () => "/cohorts",
  cohort: (cohortId: string) => `/cohorts/${encodeURIComponent(cohortId)}`,
  inbox: () => "/reviews",
  review: (sessionId: string) => `/sessions/${encodeURIComponent(sessionId)}/review`,
  agreement: () => "/agreement",
  account: () => "/account",
  accounts: () => "/accounts",
  /** The sign-in page; `next` is where to go after signing in (a path of this app). */
  signin: (next?: string) =>
    next && next !== "/" ? `/signin?next=${encodeURIComponent(next)}` : "/signin",
  /** The invitation page; the token travels in the fragment, which no request carries. */
  invite: (token?: string) => (token ? `/invite#${token}` : "/invite"),
} as const;

/** The main-menu section a page belongs to: the item marked as where you are. */
export type NavSection =
  | "practice"
  | "history"
  | "lint"
  | "cohorts"
  | "reviews"
  | "agreement"
  | "accounts"
  | "about";

export function navSection(route: Route): NavSection | null {
  switch (route.name) {
    case "library":
    case "briefing":
    case "session":
      return "practice";
    case "debrief":
    case "history":
    case "compare":
      return "history";
    case "lint":
      return "lint";
    case "cohorts":
    case "cohort":
      return "cohorts";
    case "inbox":
    case "review":
      return "reviews";
    case "agreement":
      return "agreement";
    case "accounts":
      return "accounts";
    case "about":
      return "about";
    default:
      return null;
  }
}

const PAGE_NAMES: Record<Route["name"], string> = {
  // As its heading says, for every role: the menu calls it Practice only for those who practise.
  library: "Scenario library",
  about: "About",
  briefing: "Briefing",
  session: "Conversation",
  debrief: "Debrief",
  history: "History and progress",
  compare: "Compare attempts",
  lint: "Message linter",
  cohorts: "Cohorts",
  cohort: "Cohort",
  inbox: "Reviews",
  review: "Review",
  agreement: "Scoring agreement",
  signin: "Sign in",
  invite: "Invitation",
  account: "Your account",
  accounts: "Accounts",
  reset: "New password",
  notFound: "Page not found",
};

/**
 * The browser tab's title: the page, then what it is about when the page knows (a scenario's
 * title), then the product, so tabs, history and screen readers tell pages apart.
 */
export function pageTitle(route: Route, about?: string): string {
  return [PAGE_NAMES[route.name], about, "Flightdeck"].filter(Boolean).join(" · ");
}
