import type { Connection } from "../state/live-slice";

/** How long the typing dots run alone before the page says it is still waiting. */
export const SLOW_REPLY_MS = 8_000;

/**
 * The quiet line under the typing dots: nothing for the first few seconds of a wait (most replies
 * start within them), then a note, so a long wait for a slow model does not read as a hang. Only
 * before the first words: once text streams, the wait is visibly over.
 */
export function replyWaitNote(waitedMs: number, text: string): string | null {
  if (text !== "" || waitedMs < SLOW_REPLY_MS) return null;
  return "Still waiting for the model…";
}

/**
 * What the stopped bubble of a reply that went to another tab says, and what a screen reader
 * hears for a reply with no words at all.
 */
export const CONTINUES_ELSEWHERE = "This conversation continues in your other tab.";

/**
 * What a reply bubble says while the connection is down and the reply is still being written on
 * the server: it is not lost, and when it will show.
 */
export function heldReplyNote(name: string, connection: Connection, text: string): string {
  const what = text === "" ? `${name}'s reply` : `The rest of ${name}'s reply`;
  return connection === "offline"
    ? `${what} will arrive when you're back online.`
    : `${what} will arrive once the connection is back.`;
}

/** "Dana Okafor: …", as the reply's live region says it; an empty (cut-off) reply is "(no reply)". */
export function announcedReply(name: string, text: string, silence: boolean): string {
  if (text.trim() === "") return `${name}: (no reply)`;
  return `${name}: ${silence ? "(a silence)" : text}`;
}
