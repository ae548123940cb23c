import { type FormEvent, useRef, useState } from "react";
import { messageOf } from "../../api/http";
import { type InvitationLink, inviteToCohort } from "../../api/people";
import { formatDateTime } from "../../model/format";

/**
 * Invite someone into the cohort by email, as a manager (a member, in the grid) or a mentor (an
 * account to review shared sessions). The server answers the link; Flightdeck sends no email, so the
 * link is shown once to copy and pass on.
 */
export function InviteForm(props: { cohortId: string; onInvited: () => void }) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<"manager" | "mentor">("manager");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<InvitationLink | null>(null);
  const [copied, setCopied] = useState(false);
  const linkBox = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) return;
    setBusy(true);
    setError(null);
    setCopied(false);
    try {
      setLink(await inviteToCohort(props.cohortId, email.trim(), role));
      setEmail("");
      props.onInvited();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!link) return;
    linkBox.current?.select();
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied(true);
    } catch {
      // No clipboard access (an insecure origin, say): the link is selected for Ctrl+C instead.
      setCopied(false);
    }
  };

  return (
    <div className="invite">
      <form className="inline-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="invite-email">Email</label>
          <input
            id="invite-email"
            type="email"
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <fieldset className="role-choice">
          <legend>Invite as</legend>
          <label className="check">
            <input
              type="radio"
              name="invite-role"
              value="manager"
              checked={role === "manager"}
              onChange={() => setRole("manager")}
            />{" "}
            Manager (practises, appears in the grid)
          </label>
          <label className="check">
            <input
              type="radio"
              name="invite-role"
              value="mentor"
              checked={role === "mentor"}
              onChange={() => setRole("mentor")}
            />{" "}
            Mentor (reviews sessions shared with them)
          </label>
        </fieldset>
        <button type="submit" className="button primary" disabled={busy || !email.trim()}>
          {busy ? "Inviting…" : "Create invitation"}
        </button>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {link && (
        <div className="invite-link" role="status">
          <label htmlFor="invite-link">Invitation link for {link.email}</label>
          <div className="invite-link-row">
            <input
              id="invite-link"
              ref={linkBox}
              type="text"
              readOnly
              value={link.url}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" className="button" onClick={() => void copy()}>
              {copied ? "Copied" : "Copy link"}
            </button>
          </div>
          <p className="muted small">
            Send it to them yourself: it works once and expires {formatDateTime(link.expiresAt)}.
            This is the only time it is shown.
          </p>
        </div>
      )}
    </div>
  );
}
