import type { LlmDelta, LlmReply } from "../../server/sim/llm-responder";

/**
 * Everything a streamed persona reply produced: its deltas, the error that ended the stream (if
 * any), its result or the error it rejected with, and what the manager's screen shows after
 * applying every delta and reset.
 */
export async function collectReply(reply: LlmReply) {
  const deltas: LlmDelta[] = [];
  let streamError: unknown;
  try {
    for await (const d of reply.stream) deltas.push(d);
  } catch (err) {
    streamError = err;
  }
  const result = await reply.done.catch((err: unknown) => err);
  let screen = "";
  for (const d of deltas) screen = d.reset ? "" : screen + d.delta;
  return { deltas, result, screen, streamError };
}
