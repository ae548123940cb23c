import type { StateCreator } from "zustand";
import type { ServerEvent } from "../../../server/sessions/protocol.schema";
import {
  applyServerEvent,
  emptyLive,
  type LiveState,
  type PendingTurn,
} from "../model/live-session";
import type { AppState } from "./store";

/**
 * The socket as the manager should understand it: `connecting` (first time), `open`, `reconnecting`
 * (dropped, retrying by itself), `offline` (the browser has no network), `taken_over` (opened in
 * another tab), `closed` (left the page).
 */
export type Connection =
  | "connecting"
  | "open"
  | "reconnecting"
  | "offline"
  | "taken_over"
  | "closed";

export interface LiveSlice {
  live: LiveState;
  connection: Connection;
  /** When the next reconnect attempt runs (ms since epoch), for the status line. */
  retryAt: number | null;
  liveReset: (sessionId: string) => void;
  liveApply: (event: ServerEvent) => void;
  liveQueueTurn: (turn: PendingTurn) => void;
  liveSetDraft: (draft: string) => void;
  liveDismissError: () => void;
  liveSetConnection: (connection: Connection, retryAt?: number | null) => void;
}

export const createLiveSlice: StateCreator<AppState, [], [], LiveSlice> = (set) => ({
  live: emptyLive(),
  connection: "closed",
  retryAt: null,
  liveReset: (sessionId) => set({ live: emptyLive(sessionId), connection: "connecting" }),
  liveApply: (event) => set((s) => ({ live: applyServerEvent(s.live, event) })),
  liveQueueTurn: (pending) =>
    set((s) => ({ live: { ...s.live, pending, draft: "", error: null } })),
  liveSetDraft: (draft) => set((s) => ({ live: { ...s.live, draft } })),
  liveDismissError: () => set((s) => ({ live: { ...s.live, error: null, notice: null } })),
  liveSetConnection: (connection, retryAt = null) => set({ connection, retryAt }),
});
