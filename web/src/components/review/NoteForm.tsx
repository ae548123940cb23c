import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { messageOf } from "../../api/http";
import { isUnsaved } from "../../model/unsaved-notes";
import { useUnsavedNote } from "./unsaved-notes";

/**
 * A form with one text box and Save / Cancel, for a reviewer's or a manager's note: a comment, a
 * reply, or why a flag is set aside. The box has focus on opening (it opens on the person's own
 * click), Escape cancels, the text is saved trimmed, and a refused save says why under the buttons.
 */
export function NoteForm(props: {
  /** Classes of the form (each review form has its own look). */
  className: string;
  /** The form's name, when the box's label alone does not say what it is about. */
  ariaLabel?: string;
  label: string;
  submitLabel: string;
  initial?: string;
  rows: number;
  maxLength: number;
  placeholder?: string;
  /** A line under the box, read out with it. */
  help?: string;
  /**
   * What is wrong with the text before it is saved (null: nothing), said under the buttons. Without
   * it the text is only required, and the save button waits until there is some.
   */
  check?: (text: string) => string | null;
  onSubmit: (text: string) => Promise<void>;
  onCancel: () => void;
  /**
   * What the note is, as the review page lists it while its text is unsaved ("your comment on turn
   * 3"): Mark review done waits for it, and leaving the page asks first.
   */
  unsavedName?: string;
}) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(props.initial ?? "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => box.current?.focus(), []);
  useUnsavedNote(props.unsavedName, isUnsaved(text, props.initial), box, props.onCancel);
  const { check } = props;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = check ? check(text) : null;
    if (problem) return setError(problem);
    if (!text.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await props.onSubmit(text.trim());
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };
  return (
    <form
      className={props.className}
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === "Escape") props.onCancel();
      }}
      aria-label={props.ariaLabel}
    >
      <div className="field">
        <label htmlFor={`${id}-text`}>{props.label}</label>
        <textarea
          ref={box}
          id={`${id}-text`}
          rows={props.rows}
          maxLength={props.maxLength}
          required
          placeholder={props.placeholder}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
          aria-describedby={props.help ? `${id}-help` : undefined}
        />
        {props.help && (
          <span id={`${id}-help`} className="muted small">
            {props.help}
          </span>
        )}
      </div>
      <div className="form-actions">
        <button
          type="submit"
          className="button primary"
          disabled={busy || (!check && !text.trim())}
        >
          {busy ? "Saving…" : props.submitLabel}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
