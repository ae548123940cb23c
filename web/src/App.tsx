import { lazy, type ReactElement, Suspense, useEffect, useLayoutEffect } from "react";
import { AuthGate } from "./components/account/AuthGate";
import { Header } from "./components/Header";
import { Link } from "./components/Link";
import { Loading } from "./components/LoadStates";
import { matchRoute, pageTitle } from "./model/routes";
import { AboutPage } from "./pages/AboutPage";
import { LibraryPage } from "./pages/LibraryPage";
import { useAppStore } from "./state/store";

// Every page but the library loads on first visit, so the library's first paint stays small.
const BriefingPage = lazy(() => import("./pages/BriefingPage"));
const SessionPage = lazy(() => import("./pages/SessionPage"));
const DebriefPage = lazy(() => import("./pages/DebriefPage"));
const HistoryPage = lazy(() => import("./pages/HistoryPage"));
const ComparePage = lazy(() => import("./pages/ComparePage"));
const LintPage = lazy(() => import("./pages/LintPage"));
const CohortsPage = lazy(() => import("./pages/CohortsPage"));
const CohortPage = lazy(() => import("./pages/CohortPage"));
const InboxPage = lazy(() => import("./pages/InboxPage"));
const ReviewPage = lazy(() => import("./pages/ReviewPage"));
const AgreementPage = lazy(() => import("./pages/AgreementPage"));
const SignInPage = lazy(() => import("./pages/SignInPage"));
const InvitePage = lazy(() => import("./pages/InvitePage"));
const AccountPage = lazy(() => import("./pages/AccountPage"));
const AccountsPage = lazy(() => import("./pages/AccountsPage"));
const ResetPage = lazy(() => import("./pages/ResetPage"));

function NotFound() {
  return (
    <section>
      <h1 tabIndex={-1}>Page not found</h1>
      <p>There is nothing at this address.</p>
      <Link to="/" className="button">
        Go to the start
      </Link>
    </section>
  );
}

/** After an in-app navigation, move focus into the new page so keyboard and screen-reader users start there. */
function useFocusOnNavigate() {
  const navigations = useAppStore((s) => s.navigations);
  useEffect(() => {
    if (navigations === 0) return;
    let tries = 0;
    let placed: HTMLElement | null = null;
    const focus = () => {
      // A page whose first job is typing (the live session) marks its box; others start at the heading.
      // Only what is on screen: while a page's code loads, the previous page can still be in the
      // document, hidden, and focusing its heading would do nothing.
      const shown = (el: HTMLElement | null) => (el && el.getClientRects().length > 0 ? el : null);
      const active = document.activeElement;
      const lost = active === null || active === document.body || active.tagName === "MAIN";
      // A page that loads in steps (a loading state, then the page) can replace the heading that
      // had focus: put it on the new one, unless the person has moved on.
      if (placed && (placed.isConnected || !lost)) {
        if (tries++ < 60) timer = window.setTimeout(focus, 50);
        return;
      }
      const target =
        shown(document.querySelector<HTMLElement>("main [data-autofocus]")) ??
        shown(document.querySelector<HTMLElement>("main h1"));
      if (target) {
        target.focus({ preventScroll: true });
        placed = target;
      }
      if (tries++ < 60) timer = window.setTimeout(focus, 50);
    };
    let timer = window.setTimeout(focus, 0);
    return () => window.clearTimeout(timer);
  }, [navigations]);
}

export function App() {
  const path = useAppStore((s) => s.path);
  const syncPath = useAppStore((s) => s.syncPath);
  useEffect(() => {
    window.addEventListener("popstate", syncPath);
    return () => window.removeEventListener("popstate", syncPath);
  }, [syncPath]);
  useFocusOnNavigate();
  const route = matchRoute(path);
  // The page's own title first (a layout effect, so a page that knows more, e.g. its scenario,
  // refines it in its own effect afterwards: useTitle).
  useLayoutEffect(() => {
    document.title = pageTitle(matchRoute(path));
  }, [path]);
  let page: ReactElement;
  switch (route.name) {
    case "library":
      page = <LibraryPage />;
      break;
    case "about":
      page = <AboutPage />;
      break;
    case "briefing":
      page = <BriefingPage scenarioId={route.scenarioId} />;
      break;
    case "session":
      page = <SessionPage sessionId={route.sessionId} />;
      break;
    case "debrief":
      page = <DebriefPage sessionId={route.sessionId} />;
      break;
    case "history":
      page = <HistoryPage />;
      break;
    case "compare":
      page = <ComparePage />;
      break;
    case "lint":
      page = <LintPage />;
      break;
    case "cohorts":
      page = <CohortsPage />;
      break;
    case "cohort":
      page = <CohortPage cohortId={route.cohortId} />;
      break;
    case "inbox":
      page = <InboxPage />;
      break;
    case "review":
      page = <ReviewPage sessionId={route.sessionId} />;
      break;
    case "agreement":
      page = <AgreementPage />;
      break;
    case "signin":
      page = <SignInPage />;
      break;
    case "invite":
      page = <InvitePage />;
      break;
    case "account":
      page = <AccountPage />;
      break;
    case "accounts":
      page = <AccountsPage />;
      break;
    case "reset":
      page = <ResetPage />;
      break;
    default:
      page = <NotFound />;
  }
  return (
    <>
      <Header />
      <main id="main" tabIndex={-1}>
        <AuthGate route={route}>
          <Suspense fallback={<Loading label="Loading the page" />}>{page}</Suspense>
        </AuthGate>
      </main>
    </>
  );
}
