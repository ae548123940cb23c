import { type FormEvent, useRef, useState } from "react";
import { messageOf } from "../../api/http";
import { emailList, plural } from "../../model/people-view";

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
 * what most invitations are, and the button names the role it invites as. A facilitator with a
 * cohort of thirty pastes their emails at once (`emailList`): one link each, in the order given.
 */
export function InviteForm(props: {
  /**
   * Makes one link. `batch` numbers the submits of a list of several emails, so the caller can keep
   * that list's links in the order given; the answer is what was made.
   */
  onInvite: (
    email: string,
    role: InviteRole,
    batch?: number,
  ) => Promise<{ email: string; replaced: number } | undefined>;
  /** After a list of several: every link it made, in the order given. */
  onListDone?: (made: { email: string; replaced: number }[]) => void;
  /** An admin may invite a co-facilitator; a facilitator invites managers and mentors. */
  offerFacilitator?: boolean;
}) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<InviteRole>("manager");
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const emails = emailList(email);
  const batches = useRef(0);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!email.trim() || busy) return;
    if (emails.length === 0) {
      setError("Enter an email address, or several (one a line, or separated by commas).");
      return;
    }
    setError(null);
    const sent = email;
    // One at a time, in the order given, so the links list in that order; one refused email does
    // not stop the others, and stays in the box with its reason.
    const refused: { email: string; why: string }[] = [];
    const made: { email: string; replaced: number }[] = [];
    batches.current += 1;
    const batch = emails.length > 1 ? batches.current : undefined;
    for (const [i, address] of emails.entries()) {
      setBusy(emails.length > 1 ? `Inviting ${i + 1} of ${emails.length}…` : "Inviting…");
      try {
        const link = await props.onInvite(address, role, batch);
        if (link) made.push(link);
      } catch (err) {
        refused.push({ email: address, why: messageOf(err) });
      }
    }
    setBusy(null);
    if (batch !== undefined) props.onListDone?.(made);
    // Only what was sent: the next email may already be typed.
    setEmail((current) => (current === sent ? refused.map((r) => r.email).join("\n") : current));
    if (refused.length === 0) {
      // The next person is most likely a manager: a mentor choice left on would invite them as one.
      setRole("manager");
    } else if (emails.length === 1) {
      setError(refused[0]?.why ?? null);
    } else {
      const made = emails.length - refused.length;
      setError(
        `${plural(made, "invitation")} made; ${refused.length} not (left in the box to correct): ${refused
          .map((r) => (r.why.includes(r.email) ? r.why : `${r.email}: ${r.why}`))
          .join("; ")}`,
      );
    }
  };

  const roleWord = ROLE_CHOICES[role].label.toLowerCase();
  return (
    <div className="invite">
      <form className="inline-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="invite-email">Email</label>
          <textarea
            id="invite-email"
            className="invite-emails"
            rows={emails.length > 1 ? Math.min(emails.length, 6) : 1}
            autoComplete="off"
            spellCheck={false}
            value={email}
            aria-describedby="invite-help"
            onChange={(e) => setEmail(e.target.value)}
            onKeyDown={(e) => {
              // Enter sends, as in a one-line field; Shift+Enter starts another line for a list.
              if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault();
                void submit();
              }
            }}
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
        <button type="submit" className="button primary" disabled={busy !== null || !email.trim()}>
          {busy ??
            (emails.length > 1
              ? `Create ${emails.length} invitations as ${roleWord}s`
              : `Create invitation as ${roleWord}`)}
        </button>
        <p id="invite-help" className="muted small invite-help">
          One email, or a list pasted from a spreadsheet or an email (one a line, or separated by
          commas): each gets its own link. Flightdeck sends no email: you get the links to send
          yourself. Someone who already has an account here also finds the invitation when they sign
          in, and joins with one click; nobody joins without accepting. Inviting the same email
          again replaces its earlier link, which stops working.
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
