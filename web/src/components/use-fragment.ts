import { useSyncExternalStore } from "react";

/** The fragment without its `#`, decoded; a malformed escape is kept as it was typed. */
export function fragmentOf(hash: string): string {
  const raw = hash.startsWith("#") ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

const subscribe = (onChange: () => void) => {
  // Pasting another `/invite#…` link into the tab changes only the fragment: no reload, no new
  // page, just these events.
  window.addEventListener("hashchange", onChange);
  window.addEventListener("popstate", onChange);
  return () => {
    window.removeEventListener("hashchange", onChange);
    window.removeEventListener("popstate", onChange);
  };
};

/**
 * The current URL's fragment, read again whenever it changes: the token of an invitation or a
 * password link, which travels there so no request and no server log ever holds it.
 */
export function useFragment(): string {
  return useSyncExternalStore(subscribe, () => fragmentOf(window.location.hash));
}
