import { canPractise, canReview, canRunCohorts, hasAnyRole } from "../model/access";
import { matchRoute, type NavSection, navSection, paths } from "../model/routes";
import type { Me } from "../state/auth-slice";
import { useAppStore } from "../state/store";
import { UserMenu } from "./account/UserMenu";
import { Link } from "./Link";

interface NavItem {
  to: string;
  label: string;
  /** The section this item stands for, so it stays marked on the pages under it. */
  section: NavSection;
  shown: (me: Me) => boolean;
}

const everyone = () => true;
const accounts = (me: Me) => me.authMode !== "local";

// The server decides every access; these only keep links to pages someone cannot use out of the way.
const NAV: readonly NavItem[] = [
  { to: paths.library(), label: "Practice", section: "practice", shown: canPractise },
  // Those who do not practise (mentors, facilitators) still read the scenarios and briefings.
  {
    to: paths.scenarios(),
    label: "Scenarios",
    section: "practice",
    shown: (me) => !canPractise(me),
  },
  { to: paths.history(), label: "History", section: "history", shown: canPractise },
  { to: paths.lint(), label: "Linter", section: "lint", shown: everyone },
  {
    to: paths.cohorts(),
    label: "Cohorts",
    section: "cohorts",
    shown: (me) => canRunCohorts(me) || me.inCohorts === true,
  },
  // Reviews need a second person: a mentor with an account. Local mode has one user, so nothing
  // could ever be shared with them; the pages stay reachable by address.
  {
    to: paths.inbox(),
    label: "Reviews",
    section: "reviews",
    shown: (me) => accounts(me) && canReview(me),
  },
  {
    to: paths.agreement(),
    label: "Scoring agreement",
    section: "agreement",
    shown: (me) => accounts(me) && canRunCohorts(me),
  },
  {
    to: paths.accounts(),
    label: "Accounts",
    section: "accounts",
    shown: (me) => accounts(me) && hasAnyRole(me, "admin"),
  },
  { to: "/about", label: "About", section: "about", shown: everyone },
];

export function Header() {
  const path = useAppStore((s) => s.path);
  const me = useAppStore((s) => s.me);
  const section = navSection(matchRoute(path));
  // Nothing to navigate to until we know who is here, nor while signed out (only sign-in opens).
  const items = me && (me.authMode === "local" || me.user) ? NAV.filter((i) => i.shown(me)) : [];
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Link to="/" className="brand">
        <span aria-hidden="true" className="brand-mark">
          ◆
        </span>{" "}
        Flightdeck
      </Link>
      {items.length > 0 && (
        <nav aria-label="Main">
          <ul>
            {items.map((item) => (
              <li key={item.to}>
                <Link
                  to={item.to}
                  current={path === item.to}
                  className={item.section === section ? "in-section" : undefined}
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <UserMenu />
    </header>
  );
}
