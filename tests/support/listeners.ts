import type { DurableEvent } from "../../server/sessions/protocol.schema";
import type { SessionListener } from "../../server/sessions/session-service";

/**
 * A session listener that keeps the events it is sent, for tests that drive SessionService directly.
 * `replyDone()` resolves at the next `reply_done`; call it before saying the line it waits for.
 */
export function recorder() {
  const events: DurableEvent[] = [];
  let done: () => void = () => {};
  const listener: SessionListener = {
    event(e) {
      events.push(e);
      if (e.type === "reply_done") done();
    },
    delta() {},
  };
  return {
    listener,
    events,
    replyDone: () =>
      new Promise<void>((resolve) => {
        done = resolve;
      }),
  };
}
