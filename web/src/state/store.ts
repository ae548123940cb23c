import { create } from "zustand";
import { createUiSlice, type UiSlice } from "./ui-slice";

export type AppState = UiSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createUiSlice(...a),
}));
