import type { StateCreator } from "zustand";
import type { Briefing } from "../../../server/content/briefing";
import type { EngineInfo } from "../model/engine";
import { type LibraryFilters, NO_FILTERS } from "../model/library-filter";
import { IDLE, type Load } from "./load";
import type { AppState } from "./store";

export interface PatternSummary {
  id: string;
  title: string;
  level: string;
}

export interface LibrarySlice {
  scenarios: Load<Briefing[]>;
  briefings: Record<string, Load<Briefing>>;
  patterns: Load<PatternSummary[]>;
  /** Who plays the employee here (GET /api/engine). */
  engine: Load<EngineInfo>;
  filters: LibraryFilters;
  setScenarios: (load: Load<Briefing[]>) => void;
  setBriefing: (id: string, load: Load<Briefing>) => void;
  setPatterns: (load: Load<PatternSummary[]>) => void;
  setEngine: (load: Load<EngineInfo>) => void;
  setFilters: (change: Partial<LibraryFilters>) => void;
  clearFilters: () => void;
}

export const createLibrarySlice: StateCreator<AppState, [], [], LibrarySlice> = (set) => ({
  scenarios: IDLE,
  briefings: {},
  patterns: IDLE,
  engine: IDLE,
  filters: NO_FILTERS,
  setScenarios: (scenarios) => set({ scenarios }),
  setBriefing: (id, load) => set((s) => ({ briefings: { ...s.briefings, [id]: load } })),
  setPatterns: (patterns) => set({ patterns }),
  setEngine: (engine) => set({ engine }),
  setFilters: (change) => set((s) => ({ filters: { ...s.filters, ...change } })),
  clearFilters: () => set({ filters: NO_FILTERS }),
});
