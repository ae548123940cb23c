import { type FormEvent, useState } from "react";
import { messageOf } from "../../api/http";

export type InviteRole = "manager" | "mentor";

/**
 * Invite someone into the cohort by email, as a manager (a member, in the grid) or a mentor (in the
 * cohort, reviewing sessions its managers share with them). The caller makes the link and lists it.
 */
export function InviteForm(props: {
  onInvite: (email: string, role: InviteRole) => Promise<void>;
}) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<InviteRole>("manager");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) return;
    setBusy(true);
    setError(null);
    const sent = email;
    try {
      await props.onInvite(sent.trim(), role);
      // Only what was sent: the next email may already be typed.
      setEmail((current) => (current === sent ? "" : current));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
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
            aria-describedby="invite-help"
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
            Mentor (joins the cohort, reviews sessions shared with them)
          </label>
        </fieldset>
        <button type="submit" className="button primary" disabled={busy || !email.trim()}>
          {busy ? "Inviting…" : "Create invitation"}
        </button>
        <p id="invite-help" className="muted small invite-help">
          Flightdeck sends no email: you get a link to send yourself. Inviting the same email again
          replaces its earlier link, which stops working.
        </p>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
