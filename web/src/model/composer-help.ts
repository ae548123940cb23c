import type { Connection } from "../state/live-slice";

export interface ComposerState {
  ended: boolean;
  connection: Connection;
  tooLong: boolean;
  maxChars: number;
  awaiting: boolean;
  /** Still open after the conversation got what it needed. */
  resolved: boolean;
  personaName: string;
  /** A touch screen: Enter makes a new line, so the help says Send. */
  onTouch: boolean;
}

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
  if (s.connection === "offline")
    return s.awaiting
      ? "Offline: your line is kept and goes as soon as the network is back."
      : "Offline: you can still send; your line goes as soon as the network is back.";
  if (s.connection === "reconnecting" || s.connection === "connecting")
    return s.awaiting
      ? "Reconnecting: your line is kept and goes once the connection is back."
      : "Reconnecting… you can keep typing.";
  if (s.awaiting) return `Waiting for ${s.personaName}'s reply… you can keep typing.`;
  if (s.resolved)
    return "They have agreed. Close it as you would in the room, then press End conversation.";
  return s.onTouch ? "Tap Send when it reads right." : "Enter sends · Shift+Enter adds a line";
}
