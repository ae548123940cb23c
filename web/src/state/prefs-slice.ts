import type { StateCreator } from "zustand";
import type { AppState } from "./store";

/** The manager's practice options; kept in this browser only. */
export interface Prefs {
  coachHints: boolean;
  voiceInput: boolean;
  speakReplies: boolean;
  /** The library's word to a newcomer was put away ("Hide"); About keeps what it said. */
  introHidden: boolean;
}

export interface PrefsSlice {
  prefs: Prefs;
  setPrefs: (change: Partial<Prefs>) => void;
}

const KEY = "flightdeck.prefs";
const DEFAULTS: Prefs = {
  coachHints: true,
  voiceInput: false,
  speakReplies: false,
  introHidden: false,
};

function stored(): Prefs {
  try {
    const raw = typeof localStorage === "undefined" ? null : localStorage.getItem(KEY);
    const parsed = raw ? (JSON.parse(raw) as Partial<Prefs>) : {};
    return {
      coachHints: typeof parsed.coachHints === "boolean" ? parsed.coachHints : DEFAULTS.coachHints,
      voiceInput: parsed.voiceInput === true,
      speakReplies: parsed.speakReplies === true,
      introHidden: parsed.introHidden === true,
    };
  } catch {
    return DEFAULTS;
  }
}

export const createPrefsSlice: StateCreator<AppState, [], [], PrefsSlice> = (set, get) => ({
  prefs: stored(),
  setPrefs: (change) => {
    const prefs = { ...get().prefs, ...change };
    set({ prefs });
    try {
      localStorage.setItem(KEY, JSON.stringify(prefs));
    } catch {
      // Private windows may refuse storage; the choice still holds for this visit.
    }
  },
});
