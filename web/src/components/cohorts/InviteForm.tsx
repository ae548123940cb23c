import { type FormEvent, useState } from "react";
import { messageOf } from "../../api/http";

export type InviteRole = "manager" | "mentor" | "facilitator";

const ROLE_CHOICES: Record<InviteRole, { label: string; does: string }> = {
  manager: { label: "Manager", does: "practises, appears in the grid" },
  mentor: { label: "Mentor", does: "joins the cohort, reviews sessions shared with them" },
  facilitator: { label: "Facilitator", does: "runs this cohort with you" },
};

/**
 * Invite someone into the cohort by email, as a manager (a member, in the grid) or a mentor (in the
 * cohort, reviewing sessions its managers share with them); an admin may also invite a facilitator.
 * The caller makes the link and lists it. After each invitation the choice goes back to Manager,
 * what most invitations are, and the button names the role it invites as.
 */
export function InviteForm(props: {
  onInvite: (email: string, role: InviteRole) => Promise<void>;
  /** An admin may invite a co-facilitator; a facilitator invites managers and mentors. */
  offerFacilitator?: boolean;
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
      // The next person is most likely a manager: a mentor choice left on would invite them as one.
      setRole("manager");
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
          {(
            [
              "manager",
              "mentor",
              ...(props.offerFacilitator ? ["facilitator" as const] : []),
            ] as const
          ).map((r) => (
            <label key={r} className="check">
              <input
                type="radio"
                name="invite-role"
                value={r}
                checked={role === r}
                onChange={() => setRole(r)}
              />{" "}
              {ROLE_CHOICES[r].label} ({ROLE_CHOICES[r].does})
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button primary" disabled={busy || !email.trim()}>
          {busy ? "Inviting…" : `Create invitation as ${ROLE_CHOICES[role].label.toLowerCase()}`}
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
