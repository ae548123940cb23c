import { canReview, canRunCohorts } from "../model/access";
import { paths } from "../model/routes";
import type { Me } from "../state/auth-slice";
import { useAppStore } from "../state/store";
import { UserMenu } from "./account/UserMenu";
import { Link } from "./Link";

interface NavItem {
  to: string;
  label: string;
  /** First path segments that belong to this item, so it stays marked on the pages under it. */
  section: readonly string[];
  shown: (me: Me) => boolean;
}

const everyone = () => true;

// The server decides every access; these only keep links to pages someone cannot use out of the way.
const NAV: readonly NavItem[] = [
  { to: paths.library(), label: "Practice", section: ["/", "/scenarios"], shown: everyone },
  { to: paths.history(), label: "History", section: ["/history", "/sessions"], shown: everyone },
  { to: paths.lint(), label: "Linter", section: ["/lint"], shown: everyone },
  { to: paths.cohorts(), label: "Cohorts", section: ["/cohorts"], shown: canRunCohorts },
  { to: paths.inbox(), label: "Reviews", section: ["/reviews", "review"], shown: canReview },
  {
    to: paths.agreement(),
    label: "Scoring agreement",
    section: ["/agreement"],
    shown: canRunCohorts,
  },
  { to: "/about", label: "About", section: ["/about"], shown: everyone },
];

/** The section of a path: its first segment, except that a session's review view is under Reviews. */
const sectionOf = (path: string) =>
  /^\/sessions\/[^/]+\/review\/?$/.test(path) ? "review" : `/${path.split("/")[1] ?? ""}`;

export function Header() {
  const path = useAppStore((s) => s.path);
  const me = useAppStore((s) => s.me);
  const section = sectionOf(path);
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
                  className={item.section.includes(section) ? "in-section" : undefined}
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
