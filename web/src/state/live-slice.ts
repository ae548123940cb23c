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
  /** A coach hint was sent: the button waits for its answer, and a moment more. */
  liveAskHint: (now?: number) => void;
  liveDismissError: () => void;
  /** "Get the reply" was pressed for this reply: its button goes until the server answers. */
  liveAskRetry: (replyId: string) => void;
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
 * The unsent text of a session's message box, and the line sent but not yet acknowledged (with its
 * turn id), kept in this tab's sessionStorage so a reload (or a trip to the debrief and back) loses
 * neither: the draft comes back in the box, and the pending line is sent again with the same turn
 * id when the page attaches (the server takes a turn id once). Per tab, and gone with the tab: a
 * draft can be sensitive. Storage may be unavailable (private modes, a full quota): then it is
 * simply not kept.
 */
const draftKey = (sessionId: string) => `flightdeck.draft.${sessionId}`;
const pendingKey = (sessionId: string) => `flightdeck.pending.${sessionId}`;
function readDraft(sessionId: string): string {
  try {
    return sessionStorage.getItem(draftKey(sessionId)) ?? "";
  } catch {
    return "";
  }
}
function readPending(sessionId: string): PendingTurn | null {
  try {
    const raw = sessionStorage.getItem(pendingKey(sessionId));
    const json = raw ? (JSON.parse(raw) as Partial<PendingTurn>) : null;
    return typeof json?.turnId === "string" && typeof json.text === "string" && json.text
      ? { turnId: json.turnId, text: json.text }
      : null;
  } catch {
    return null;
  }
}
/** Writes what changed between `before` and `live` (the draft, the pending line) to storage. */
function keepLines(live: LiveState, before?: LiveState): LiveState {
  if (!live.sessionId) return live;
  try {
    if (live.draft !== before?.draft) {
      if (live.draft) sessionStorage.setItem(draftKey(live.sessionId), live.draft);
      else sessionStorage.removeItem(draftKey(live.sessionId));
    }
    if (live.pending !== before?.pending) {
      if (live.pending)
        sessionStorage.setItem(pendingKey(live.sessionId), JSON.stringify(live.pending));
      else sessionStorage.removeItem(pendingKey(live.sessionId));
    }
  } catch {}
  return live;
}

export const createLiveSlice: StateCreator<AppState, [], [], LiveSlice> = (set) => ({
  live: emptyLive(),
  connection: "closed",
  retryAt: null,
  liveReset: (sessionId) =>
    set({
      live: {
        ...emptyLive(sessionId),
        draft: readDraft(sessionId),
        pending: readPending(sessionId),
      },
      connection: "connecting",
    }),
  liveApply: (event) => set((s) => ({ live: keepLines(applyServerEvent(s.live, event), s.live) })),
  liveQueueTurn: (pending) =>
    set((s) => ({ live: keepLines({ ...s.live, pending, draft: "", error: null }, s.live) })),
  liveSetDraft: (draft) => set((s) => ({ live: keepLines({ ...s.live, draft }, s.live) })),
  liveAskHint: (now = Date.now()) =>
    set((s) => ({ live: { ...s.live, hintAsked: true, hintAskedAt: now } })),
  liveDismissError: () => set((s) => ({ live: { ...s.live, error: null, notice: null } })),
  liveAskRetry: (replyId) => set((s) => ({ live: { ...s.live, retryAsked: replyId } })),
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
        live: keepLines({ ...s.live, pending: null, draft, error }, s.live),
      };
    }),
  liveNotice: (notice) => set((s) => ({ live: { ...s.live, notice } })),
});
