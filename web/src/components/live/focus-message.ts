/**
 * Where focus goes when the control that had it goes away (Undo, Dismiss, Continue here, Retry
 * now): the message box, or the page's heading once the conversation is over. Left alone, it falls
 * to <body>, and a keyboard user starts again at the top of the page.
 */
export function focusMessageBox(): void {
  (document.getElementById("message") ?? document.getElementById("live-title"))?.focus();
}
