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
  /**
   * Another tab took the session: a line not yet acknowledged goes back into the box (nothing
   * typed is lost, and nothing is sent behind the manager's back on "Continue here").
   */
  liveTakenOver: () => void;
  /** A sentence for the manager under the conversation (e.g. an action refused while offline). */
  liveNotice: (notice: string | null) => void;
}

/**
 * The unsent text of a session's message box, kept in this tab's sessionStorage so a reload (or a
 * trip to the debrief and back) does not lose it. Per tab, and gone with the tab: a draft can be
 * sensitive. Storage may be unavailable (private modes, a full quota): then it is simply not kept.
 */
const draftKey = (sessionId: string) => `flightdeck.draft.${sessionId}`;
function readDraft(sessionId: string): string {
  try {
    return sessionStorage.getItem(draftKey(sessionId)) ?? "";
  } catch {
    return "";
  }
}
function keepDraft(live: LiveState): LiveState {
  if (!live.sessionId) return live;
  try {
    if (live.draft) sessionStorage.setItem(draftKey(live.sessionId), live.draft);
    else sessionStorage.removeItem(draftKey(live.sessionId));
  } catch {}
  return live;
}

export const createLiveSlice: StateCreator<AppState, [], [], LiveSlice> = (set) => ({
  live: emptyLive(),
  connection: "closed",
  retryAt: null,
  liveReset: (sessionId) =>
    set({
      live: { ...emptyLive(sessionId), draft: readDraft(sessionId) },
      connection: "connecting",
    }),
  liveApply: (event) =>
    set((s) => {
      const live = applyServerEvent(s.live, event);
      return { live: live.draft === s.live.draft ? live : keepDraft(live) };
    }),
  liveQueueTurn: (pending) =>
    set((s) => ({ live: keepDraft({ ...s.live, pending, draft: "", error: null }) })),
  liveSetDraft: (draft) => set((s) => ({ live: keepDraft({ ...s.live, draft }) })),
  liveDismissError: () => set((s) => ({ live: { ...s.live, error: null, notice: null } })),
  liveSetConnection: (connection, retryAt = null) => set({ connection, retryAt }),
  liveTakenOver: () =>
    set((s) => {
      const pending = s.live.pending;
      const draft = pending
        ? s.live.draft.trim()
          ? `${pending.text}\n${s.live.draft}`
          : pending.text
        : s.live.draft;
      // The status line says it, with "Continue here": no error banner in the server's words.
      const error = s.live.error?.code === "FD_SESSION_TAKEN_OVER" ? null : s.live.error;
      return {
        connection: "taken_over",
        retryAt: null,
        live: keepDraft({ ...s.live, pending: null, draft, error }),
      };
    }),
  liveNotice: (notice) => set((s) => ({ live: { ...s.live, notice } })),
});
