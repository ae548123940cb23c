/**
 * Notes typed on the review page and not saved yet (a comment, a reply, a reason to set a flag
 * aside, an adjustment's reason): Mark review done waits for them, and leaving the page asks first.
 */

/** Whether a note form holds text that saving would keep and closing would lose. */
export function isUnsaved(text: string, saved = ""): boolean {
  const t = text.trim();
  return t.length > 0 && t !== saved.trim();
}

/** "a", "a and b", "a, b and c". */
function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** What is unsaved, in words: "You have 2 unsaved notes: your comment on turn 3 and …". */
export function unsavedNotesText(whats: readonly string[]): string {
  if (whats.length === 0) return "";
  return whats.length === 1
    ? `You have an unsaved note: ${whats[0]}.`
    : `You have ${whats.length} unsaved notes: ${joinWords(whats)}.`;
}

/** Why Mark review done did nothing, and what to do: the lead sentence, then `markDoneAdvice`. */
export function markDoneBlockedText(whats: readonly string[]): string {
  if (whats.length === 0) return "";
  return `${unsavedNotesText(whats)} ${markDoneAdvice(whats)}`;
}

/** What to do before Mark review done: the sentence after the lead (the alert sets the lead strong). */
export function markDoneAdvice(whats: readonly string[]): string {
  if (whats.length === 0) return "";
  const them = whats.length === 1 ? "it" : "them";
  return `Save ${them} or cancel ${them} first: the review is marked done with what is saved, and the manager never sees a note left in a box.`;
}

/** The question asked before an in-app link leaves the page. */
export function leaveQuestion(whats: readonly string[]): string | null {
  if (whats.length === 0) return null;
  return `${unsavedNotesText(whats)} Leave this page and lose ${whats.length === 1 ? "it" : "them"}?`;
}
