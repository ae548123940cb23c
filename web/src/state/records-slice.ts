import type { StateCreator } from "zustand";
import type {
  LintFlag,
  SessionRecord,
  SessionSummary,
} from "../../../server/sessions/record.schema";
import { IDLE, type Load } from "./load";
import type { AppState } from "./store";

/** Finished work read back from the server: debriefs, the attempt history and linter results. */
export interface RecordsSlice {
  records: Record<string, Load<SessionRecord>>;
  history: Load<SessionSummary[]>;
  lint: Load<{ text: string; flags: LintFlag[] }>;
  setRecord: (id: string, load: Load<SessionRecord>) => void;
  setHistory: (load: Load<SessionSummary[]>) => void;
  setLint: (load: Load<{ text: string; flags: LintFlag[] }>) => void;
}

export const createRecordsSlice: StateCreator<AppState, [], [], RecordsSlice> = (set) => ({
  records: {},
  history: IDLE,
  lint: IDLE,
  setRecord: (id, load) => set((s) => ({ records: { ...s.records, [id]: load } })),
  setHistory: (history) => set({ history }),
  setLint: (lint) => set({ lint }),
});
