import type { MouseEvent, ReactNode, Ref } from "react";
import { useAppStore } from "../state/store";

/** An ordinary anchor (so it opens in a new tab and reads as a link) that routes in place on a plain click. */
export function Link(props: {
  to: string;
  children: ReactNode;
  className?: string;
  current?: boolean;
  ref?: Ref<HTMLAnchorElement>;
  /** Runs before the link is followed, however it is followed (a plain click, a new tab). */
  onClick?: () => void;
}) {
  const navigate = useAppStore((s) => s.navigate);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    props.onClick?.();
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(props.to);
  };
  return (
    <a
      href={props.to}
      ref={props.ref}
      onClick={onClick}
      className={props.className}
      aria-current={props.current ? "page" : undefined}
    >
      {props.children}
    </a>
  );
}
