import type { MouseEvent, ReactNode } from "react";
import { turnAnchor } from "../../model/transcript";

/**
 * A link to a turn in the transcript on this page: scrolls there and moves focus to it. `name`:
 * its accessible name when the visible words ("Turn 1") are the same for many links on the page.
 */
export function TurnLink(props: {
  index: number;
  children: ReactNode;
  prefix?: string;
  name?: string | undefined;
}) {
  const id = turnAnchor(props.index, props.prefix);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    window.history.replaceState(null, "", `#${id}`);
    const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    target.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
    target.focus({ preventScroll: true });
    target.classList.remove("flash");
    void target.offsetWidth;
    target.classList.add("flash");
  };
  return (
    <a href={`#${id}`} onClick={onClick} className="turn-link" aria-label={props.name}>
      {props.children}
    </a>
  );
}
