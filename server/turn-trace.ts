/**
 * Where a turn's time goes inside the server, for the ws bench's diagnosis (FLIGHTDECK_BENCH_STATS=1
 * turns it on; server/server.ts prints it). Off by default: a mark is then one property read.
 *
 * Each session's current turn is marked at its stages, in this order: the `say` frame arrives; the
 * persona's voice is asked to speak (the engine has stepped); the model request is handed to the HTTP
 * client; the response's headers arrive; its first event arrives; the event that lets text be shown
 * arrives (the model's own pace sits between these two); that text comes out of the reply stream,
 * checked; it leaves as the first `reply_delta`. The stages inside a reply are marked only when the
 * reply streams on the main thread (LLM_REPLY_THREAD=main), and the interval is then taken between
 * the stages that were marked.
 */
export const TURN_STAGES = [
  "say",
  "speak",
  "request",
  "headers",
  "first_event",
  "release_event",
  "piece",
  "sent",
] as const;
export type TurnStage = (typeof TURN_STAGES)[number];
/** The stages marked inside a reply's stream (server/sim/llm-responder.ts). */
export type ReplyStage = "request" | "headers" | "first_event" | "release_event";

/** Interval name (`say>speak`, …) → its durations (ms), one per turn. */
export type TurnTimings = Record<string, number[]>;

const marks = new Map<string, Partial<Record<TurnStage, number>>>();
let taken: TurnTimings = {};

export const turnTrace = {
  enabled: false,
  /**
   * Marks a stage of the session's current turn (now, or at `at`, a `performance.now()` taken
   * earlier); `say` starts a turn, `sent` completes it.
   */
  mark(sessionId: string, stage: TurnStage, at?: number): void {
    if (!turnTrace.enabled) return;
    const now = at ?? performance.now();
    if (stage === "say") {
      marks.set(sessionId, { say: now });
      return;
    }
    const m = marks.get(sessionId);
    if (!m) return;
    m[stage] ??= now;
    if (stage !== "sent") return;
    marks.delete(sessionId);
    let prev: TurnStage | undefined;
    for (const s of TURN_STAGES) {
      const at = m[s];
      if (at === undefined) continue;
      if (prev) {
        const key = `${prev}>${s}`;
        const list = taken[key] ?? [];
        list.push(at - (m[prev] as number));
        taken[key] = list;
      }
      prev = s;
    }
  },
  /** The intervals of the turns completed since the last call. */
  take(): TurnTimings {
    const out = taken;
    taken = {};
    return out;
  },
};
