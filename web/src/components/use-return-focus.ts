import { useEffect, useRef } from "react";

/**
 * Focus for a button that opens something in its place (a form): when `open` goes back to false
 * (saved, cancelled, Escape), focus returns to the button, instead of dropping to the page when
 * the form it was in disappears. Put the returned ref on the button.
 */
export function useReturnFocus<T extends HTMLElement>(open: boolean) {
  const trigger = useRef<T>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) trigger.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return trigger;
}
