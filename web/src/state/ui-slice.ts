import type { StateCreator } from "zustand";
import type { AppState } from "./store";

export interface UiSlice {
  path: string;
  navigate: (path: string) => void;
  syncPath: () => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  path: typeof window === "undefined" ? "/" : window.location.pathname,
  navigate: (path) => {
    if (path === window.location.pathname) return;
    window.history.pushState(null, "", path);
    set({ path });
    window.scrollTo(0, 0);
  },
  syncPath: () => set({ path: window.location.pathname }),
});
