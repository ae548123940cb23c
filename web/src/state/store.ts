import { create } from "zustand";
import { type AuthSlice, createAuthSlice } from "./auth-slice";
import { createLibrarySlice, type LibrarySlice } from "./library-slice";
import { createLiveSlice, type LiveSlice } from "./live-slice";
import { createPrefsSlice, type PrefsSlice } from "./prefs-slice";
import { createRecordsSlice, type RecordsSlice } from "./records-slice";
import { createUiSlice, type UiSlice } from "./ui-slice";

export type AppState = UiSlice & PrefsSlice & LibrarySlice & LiveSlice & RecordsSlice & AuthSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createUiSlice(...a),
  ...createPrefsSlice(...a),
  ...createLibrarySlice(...a),
  ...createLiveSlice(...a),
  ...createRecordsSlice(...a),
  ...createAuthSlice(...a),
}));
