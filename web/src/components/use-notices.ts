import { useEffect, useState } from "react";
import { loadNotices, NOTICES_CHANGED, type Notices } from "../api/notices";

/** How often the menu's counts are read again while the tab is in view, with nothing else to cue it. */
export const NOTICES_REFRESH_MS = 60_000;

/**
 * What the menu counts (sessions waiting for my review, my sessions with a review new to me), read
 * when someone is signed in to a shared server, again on every page change, when a page says it
 * changed (a review done, a review seen), when the tab comes back into view, and every minute while
 * it is in view (a mentee shares a session while the mentor sits on one page). null while unknown,
 * in local mode (one user: nothing is ever shared) and when it could not be read: no count shows.
 */
export function useNotices(active: boolean, path: string): Notices | null {
  const [notices, setNotices] = useState<Notices | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is the cue to ask again.
  useEffect(() => {
    if (!active) {
      setNotices(null);
      return;
    }
    let live = true;
    const read = () =>
      loadNotices().then(
        (n) => live && setNotices(n),
        () => {},
      );
    const onVisible = () => {
      if (document.visibilityState === "visible") void read();
    };
    void read();
    window.addEventListener(NOTICES_CHANGED, read);
    document.addEventListener("visibilitychange", onVisible);
    const timer = window.setInterval(onVisible, NOTICES_REFRESH_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
      window.removeEventListener(NOTICES_CHANGED, read);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [active, path]);
  return notices;
}
