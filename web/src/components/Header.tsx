import { useAppStore } from "../state/store";
import { Link } from "./Link";

const NAV = [
  { to: "/", label: "Scenarios" },
  { to: "/about", label: "About" },
] as const;

export function Header() {
  const path = useAppStore((s) => s.path);
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
              <Link to={item.to} current={path === item.to}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
