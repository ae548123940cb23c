import type { Notices } from "../api/notices";
import { canPractise, canReview, canRunCohorts, hasAnyRole } from "../model/access";
import { historyCount, waitingWords } from "../model/people-view";
import { matchRoute, type NavSection, navSection, paths } from "../model/routes";
import type { Me } from "../state/auth-slice";
import { useAppStore } from "../state/store";
import { InvitationsForYou } from "./account/InvitationsForYou";
import { UserMenu } from "./account/UserMenu";
import { Link } from "./Link";
import { useNotices } from "./use-notices";

interface NavItem {
  to: string;
  label: string;
  /** The section this item stands for, so it stays marked on the pages under it. */
  section: NavSection;
  shown: (me: Me) => boolean;
  /** A count beside the label, and what it counts in words (for screen readers and the tooltip). */
  count?: (n: Notices) => { n: number; words: string };
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
  {
    to: paths.history(),
    label: "History",
    section: "history",
    shown: canPractise,
    // Finished reviews, and replies or late comments by others, since their debrief was opened.
    count: historyCount,
  },
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
    count: (n) => ({
      n: n.reviewsWaiting,
      words: waitingWords(n.reviewsWaiting, n.reviewsReplied ?? 0, true),
    }),
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
  const notices = useNotices(me?.authMode === "password" && Boolean(me.user), path);
  return (
    <>
      <HeaderBar path={path} items={items} section={section} notices={notices} />
      <InvitationsForYou path={path} />
    </>
  );
}

function HeaderBar(props: {
  path: string;
  items: readonly NavItem[];
  section: NavSection | null;
  notices: Notices | null;
}) {
  const { path, items, section, notices } = props;
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
                  <NavCount count={notices && item.count ? item.count(notices) : null} />
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

/** "Reviews ②": the number shown, its meaning read out ("Reviews, 2 awaiting your review"). */
function NavCount(props: { count: { n: number; words: string } | null }) {
  if (!props.count || props.count.n <= 0) return null;
  return (
    <>
      <span className="nav-count" aria-hidden="true" title={props.count.words}>
        {props.count.n > 99 ? "99+" : props.count.n}
      </span>
      <span className="visually-hidden">, {props.count.words}</span>
    </>
  );
}
