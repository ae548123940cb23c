import type { StateCreator } from "zustand";
import type { AppState } from "./store";

export interface UiSlice {
  path: string;
  /** Bumped by every in-app navigation, so the page can move focus to its heading. */
  navigations: number;
  /**
   * Asked before an in-app navigation leaves the page (a link, Back): the page holds something a
   * person typed and did not save (the review page's notes). Null: leave without asking.
   */
  leaveQuestion: string | null;
  setLeaveQuestion: (question: string | null) => void;
  navigate: (path: string, options?: { replace?: boolean }) => void;
  syncPath: () => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  path: typeof window === "undefined" ? "/" : window.location.pathname,
  navigations: 0,
  leaveQuestion: null,
  setLeaveQuestion: (question) => set({ leaveQuestion: question }),
  navigate: (path, options) => {
    const [pathname = "/"] = path.split(/[?#]/);
    if (path === window.location.pathname + window.location.search) return;
    const question = get().leaveQuestion;
    if (question !== null && pathname !== get().path && !window.confirm(question)) return;
    if (options?.replace) window.history.replaceState(null, "", path);
    else window.history.pushState(null, "", path);
    set((s) => ({ path: pathname, navigations: s.navigations + 1 }));
    window.scrollTo(0, 0);
  },
  // A jump to an anchor on the same page (#turn-3) is not a navigation: focus stays where it went.
  syncPath: () => {
    const { path, leaveQuestion } = get();
    if (path === window.location.pathname) return;
    // Back or Forward has already moved the address: staying puts the page's address back.
    if (leaveQuestion !== null && !window.confirm(leaveQuestion)) {
      window.history.pushState(null, "", path);
      return;
    }
    set((s) => ({ path: window.location.pathname, navigations: s.navigations + 1 }));
  },
});
