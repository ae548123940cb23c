import {
  createContext,
  type RefObject,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { leaveQuestion } from "../../model/unsaved-notes";
import { useAppStore } from "../../state/store";

/** A note form holding unsaved text: what it is in words, its text box, and how to close it. */
export interface UnsavedNote {
  what: string;
  box: HTMLElement | null;
  discard: () => void;
}

interface Registry {
  set: (id: string, note: UnsavedNote | null) => void;
}

const UnsavedNotesContext = createContext<Registry | null>(null);
export const UnsavedNotesProvider = UnsavedNotesContext.Provider;

/**
 * The review page's register of note forms with unsaved text, in page order. While it holds any,
 * leaving the page asks first: a reload or closing the tab (beforeunload), and an in-app link or
 * Back (the router's leave question).
 */
export function useUnsavedNotes(): { notes: UnsavedNote[]; registry: Registry } {
  const [byId, setById] = useState<ReadonlyMap<string, UnsavedNote>>(new Map());
  const registry = useMemo<Registry>(
    () => ({
      set: (id, note) =>
        setById((m) => {
          const old = m.get(id);
          if (note === null ? old === undefined : old?.what === note.what && old.box === note.box)
            return m;
          const next = new Map(m);
          if (note === null) next.delete(id);
          else next.set(id, note);
          return next;
        }),
    }),
    [],
  );
  const notes = useMemo(
    () =>
      [...byId.values()].toSorted((a, b) =>
        a.box && b.box && a.box.compareDocumentPosition(b.box) & Node.DOCUMENT_POSITION_PRECEDING
          ? 1
          : -1,
      ),
    [byId],
  );
  const question = leaveQuestion(notes.map((n) => n.what));
  const setLeaveQuestion = useAppStore((s) => s.setLeaveQuestion);
  useEffect(() => {
    setLeaveQuestion(question);
    if (question === null) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium asks only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [question, setLeaveQuestion]);
  useEffect(() => () => setLeaveQuestion(null), [setLeaveQuestion]);
  return { notes, registry };
}

/**
 * Puts a note form in the page's register while it holds unsaved text (`unsaved`), and takes it out
 * when it is saved, emptied or closed. Outside a review page (no register) it does nothing.
 */
export function useUnsavedNote(
  what: string | undefined,
  unsaved: boolean,
  box: RefObject<HTMLElement | null>,
  discard: () => void,
) {
  const registry = useContext(UnsavedNotesContext);
  const id = useId();
  // The latest discard, without re-registering on every render.
  const discardRef = useRef(discard);
  discardRef.current = discard;
  const stableDiscard = useCallback(() => discardRef.current(), []);
  useEffect(() => {
    if (!registry || what === undefined) return;
    registry.set(id, unsaved ? { what, box: box.current, discard: stableDiscard } : null);
  }, [registry, id, what, unsaved, box, stableDiscard]);
  useEffect(() => () => registry?.set(id, null), [registry, id]);
}
