import { useAppStore } from "../state/store";
import { Link } from "./Link";

const NAV = [
  { to: "/", label: "Scenarios", section: ["/", "/scenarios"] },
  { to: "/history", label: "History", section: ["/history", "/sessions"] },
  { to: "/lint", label: "Linter", section: ["/lint"] },
  { to: "/about", label: "About", section: ["/about"] },
] as const;

export function Header() {
  const path = useAppStore((s) => s.path);
  const first = `/${path.split("/")[1] ?? ""}`;
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
      <nav aria-label="Main">
        <ul>
          {NAV.map((item) => (
            <li key={item.to}>
              <Link
                to={item.to}
                current={path === item.to}
                className={
                  (item.section as readonly string[]).includes(first) ? "in-section" : undefined
                }
              >
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
