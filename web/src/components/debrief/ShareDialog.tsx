import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { addShare, listShares, removeShare, type Share } from "../../api/auth";
import { messageOf } from "../../api/http";
import { type Cohort, cohortsWithMyMentors } from "../../api/people";
import { mentorChoices } from "../../model/share-choices";
import { useAppStore } from "../../state/store";

/**
 * "Share with a mentor": a modal <dialog> (the browser keeps focus inside it and closes it on
 * Escape) with the mentors of my cohorts, each with Share, the people this session is shared with,
 * each with Remove, and an email field for anyone else. The server's refusal (no such account, not
 * a mentor) shows under the field in its own words.
 */
export function ShareDialog(props: {
  sessionId: string;
  shares: Share[];
  onChange: (shares: Share[]) => void;
}) {
  const { sessionId } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const errorId = useId();
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  /** My cohorts with their mentors; null until read (or when they could not be). */
  const [cohorts, setCohorts] = useState<Cohort[] | null>(null);
  const meId = useAppStore((s) => s.me?.user?.id ?? null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  // A modal <dialog> makes the page behind it inert, but Tab past its last control would still
  // leave for the browser's own toolbar: wrap around instead, so focus stays in the dialog.
  const keepFocusInside = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== "Tab") return;
    const controls = [
      ...event.currentTarget.querySelectorAll<HTMLElement>("button, input, a[href]"),
    ].filter((el) => !(el as HTMLButtonElement).disabled);
    const first = controls[0];
    const last = controls.at(-1);
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  const refresh = async () => props.onChange(await listShares(sessionId));
  const show = () => {
    setError(null);
    setStatus("");
    setOpen(true);
    void refresh().catch((err) => setError(messageOf(err)));
    // The mentors on offer are a help, not a need: without them the email field still works.
    cohortsWithMyMentors().then(setCohorts, () => setCohorts(null));
  };
  const shareWith = async (address: string, fromField: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const user = await addShare(sessionId, address);
      if (fromField) setEmail("");
      setStatus(`${user.displayName} can now see this session.`);
      await refresh();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  const share = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) return setError("Enter the email address of your mentor.");
    await shareWith(email.trim(), true);
  };
  const offered = mentorChoices(
    cohorts ?? [],
    props.shares.map((s) => s.user.id),
    meId,
  );
  const remove = async (share: Share) => {
    setError(null);
    try {
      await removeShare(sessionId, share.user.id);
      setStatus(`${share.user.displayName} no longer sees this session.`);
      await refresh();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <>
      <button ref={opener} type="button" className="button" onClick={show}>
        Share with a mentor
      </button>
      <dialog
        ref={dialog}
        className="share-dialog"
        aria-labelledby={titleId}
        onKeyDown={keepFocusInside}
        onClose={() => {
          setOpen(false);
          opener.current?.focus();
        }}
      >
        <h2 id={titleId}>Share this session</h2>
        <p className="small">
          A mentor you share it with sees the transcript and the scores, can comment on your lines
          and adjust the score with a reason. You can stop sharing at any time.
        </p>
        {offered.length > 0 && (
          <>
            <h3>Mentors in your cohorts</h3>
            <ul className="share-list" aria-label="Mentors in your cohorts">
              {offered.map((m) => (
                <li key={m.id}>
                  <span>
                    <strong>{m.displayName}</strong>
                    <span className="muted small block">
                      {m.email} · {m.cohorts.join(", ")}
                    </span>
                  </span>
                  <button
                    type="button"
                    className="button"
                    disabled={busy}
                    onClick={() => void shareWith(m.email, false)}
                  >
                    Share<span className="visually-hidden"> with {m.displayName}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <form className="share-form" onSubmit={share} noValidate>
          <div className="field">
            <label htmlFor={`${titleId}-email`}>
              {offered.length > 0 ? "Someone else: their email" : "Their email"}
            </label>
            <input
              id={`${titleId}-email`}
              type="email"
              autoComplete="off"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-describedby={error ? errorId : undefined}
              aria-invalid={error ? true : undefined}
            />
          </div>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? "Sharing…" : "Share"}
          </button>
        </form>
        <p id={errorId} role="alert" className="form-error small">
          {error}
        </p>
        <p role="status" className="small muted">
          {status}
        </p>
        <h3>Shared with</h3>
        {props.shares.length === 0 ? (
          <p className="muted small">Nobody yet.</p>
        ) : (
          <ul className="share-list">
            {props.shares.map((s) => (
              <li key={s.user.id}>
                <span>
                  <strong>{s.user.displayName}</strong>
                  {s.user.email && <span className="muted small block">{s.user.email}</span>}
                </span>
                <button type="button" className="button quiet" onClick={() => void remove(s)}>
                  Remove<span className="visually-hidden"> {s.user.displayName}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => setOpen(false)}>
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}
