import type { StateCreator } from "zustand";
import type { AppState } from "./store";

export interface UiSlice {
  path: string;
  /** Bumped by every in-app navigation, so the page can move focus to its heading. */
  navigations: number;
  navigate: (path: string, options?: { replace?: boolean }) => void;
  syncPath: () => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  path: typeof window === "undefined" ? "/" : window.location.pathname,
  navigations: 0,
  navigate: (path, options) => {
    const [pathname = "/"] = path.split(/[?#]/);
    if (path === window.location.pathname + window.location.search) return;
    if (options?.replace) window.history.replaceState(null, "", path);
    else window.history.pushState(null, "", path);
    set((s) => ({ path: pathname, navigations: s.navigations + 1 }));
    window.scrollTo(0, 0);
  },
  // A jump to an anchor on the same page (#turn-3) is not a navigation: focus stays where it went.
  syncPath: () =>
    set((s) =>
      s.path === window.location.pathname
        ? s
        : { path: window.location.pathname, navigations: s.navigations + 1 },
    ),
});
