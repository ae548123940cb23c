/** A piece of a streaming reply, as `reply_delta` carries it (server/sessions/protocol.schema.ts). */
export interface ReplyDelta {
  seq: number;
  replyId: string;
  personaId: string;
  offset: number;
  delta: string;
}

/** At most one `reply_delta` per socket in this window (20 a second: smooth to read). */
export const DELTA_WINDOW_MS = 50;

/**
 * Merges the deltas of a streaming reply so a socket gets at most one `reply_delta` per window.
 * The first delta after a quiet window goes out at once, so the first words are never held; what
 * arrives inside the window is joined and sent when it ends. A model streaming 30 tokens a second
 * costs half as many frames, one at 200 a second a tenth, and every frame is a socket write
 * (docs/benchmarks.md). Only text that continues the held text is joined (same reply, next offset);
 * anything else, a reset to offset 0 or another reply, first sends what is held. The caller
 * `flush`es before sending any other event, so the client sees frames in the order they happened.
 */
export function deltaMerger(send: (delta: ReplyDelta) => void, windowMs = DELTA_WINDOW_MS) {
  let held: ReplyDelta | undefined;
  let lastSent = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!held) return;
    const delta = held;
    held = undefined;
    lastSent = performance.now();
    send(delta);
  };
  return {
    push(delta: ReplyDelta) {
      if (
        held &&
        held.replyId === delta.replyId &&
        held.seq === delta.seq &&
        held.offset + held.delta.length === delta.offset
      ) {
        held.delta += delta.delta;
        return;
      }
      flush();
      const now = performance.now();
      if (now - lastSent >= windowMs) {
        lastSent = now;
        send(delta);
        return;
      }
      held = { ...delta };
      timer = setTimeout(flush, windowMs - (now - lastSent));
    },
    /** Sends what is held now (before any other event, and before the socket closes). */
    flush,
    /** Drops what is held: the socket is gone. */
    stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      held = undefined;
    },
  };
}
