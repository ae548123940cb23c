import type { Connection } from "../state/live-slice";

export interface ComposerState {
  ended: boolean;
  connection: Connection;
  tooLong: boolean;
  maxChars: number;
  /** The persona owes a reply (the manager's line is sending, or they are still answering). */
  awaiting: boolean;
  /** A line of the manager's is waiting to be sent ("Sending…"). */
  pending: boolean;
  /** Still open after the conversation got what it needed. */
  resolved: boolean;
  personaName: string;
  /** A touch screen: Enter makes a new line, so the help says Send. */
  onTouch: boolean;
}

export const NEEDS_CONNECTION = "Coach hint, rewind and End need the connection.";

/**
 * The line under the message box: the first thing that stops or shapes sending, else how to send.
 * The connection is said here too, because the status line scrolls away in a long conversation.
 */
export function composerHelp(s: ComposerState): string {
  if (s.ended) return "The conversation has ended.";
  if (s.connection === "taken_over")
    return "This conversation is open in another tab. Choose Continue here, at the top, to carry on in this one.";
  if (s.connection === "closed") return "Not connected to this conversation.";
  if (s.tooLong)
    return `Too long to send: one line can be up to ${s.maxChars.toLocaleString("en")} characters. Shorten it, or say the rest next.`;
  // "Your line is kept" only when a line of theirs really is waiting: while the persona is still
  // answering, nothing of theirs is, and what they type now is sent once the reply is in.
  // The buttons that need the connection are named here: a screen reader cannot tell why they
  // are off from the buttons alone (review 7 #11).
  if (s.connection === "offline") {
    const first = s.pending
      ? "Offline: your line is kept and goes as soon as the network is back."
      : s.awaiting
        ? `Offline: you can keep typing, and send once ${s.personaName}'s reply is in.`
        : "Offline: you can still send; your line goes as soon as the network is back.";
    return `${first} ${NEEDS_CONNECTION}`;
  }
  if (s.connection === "reconnecting" || s.connection === "connecting") {
    if (s.pending) return "Reconnecting: your line is kept and goes once the connection is back.";
    return s.awaiting
      ? `Reconnecting… you can keep typing, and send once ${s.personaName}'s reply is in.`
      : "Reconnecting… you can keep typing.";
  }
  if (s.awaiting) return `Waiting for ${s.personaName}'s reply… you can keep typing.`;
  if (s.resolved)
    return "They have agreed. Close it as you would in the room, then press End conversation.";
  return s.onTouch ? "Tap Send when it reads right." : "Enter sends · Shift+Enter adds a line";
}
