import { useState } from "react";
import { inviteExpiryChoices } from "../../model/cohort-grid";
import type { Invitee } from "../../model/people-view";
import { EmailListField, type MadeInvitation, useEmailList } from "./EmailList";

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
 * cohort of thirty pastes their emails at once (`inviteeList`): one link each, in the order given.
 */
export function InviteForm(props: {
  /**
   * Makes one link. `batch` numbers the submits of a list of several emails, so the caller can keep
   * that list's links in the order given; the answer is what was made.
   */
  onInvite: (
    invitee: Invitee,
    role: InviteRole,
    batch?: number,
    expiresInHours?: number,
  ) => Promise<MadeInvitation | undefined>;
  /** After a list of several: every link it made, in the order given. */
  onListDone?: (made: MadeInvitation[]) => void;
  /** An admin may invite a co-facilitator; a facilitator invites managers and mentors. */
  offerFacilitator?: boolean;
  /** The cohort's due dates, for "Until the last due date" among the link's lifetimes. */
  dueDates?: readonly (string | null)[];
}) {
  const [role, setRole] = useState<InviteRole>("manager");
  // How long the link works: 7 days unless chosen (the server's default), up to the cohort's end.
  const expiries = inviteExpiryChoices(props.dueDates ?? [], Date.now());
  const [hours, setHours] = useState(168);
  const list = useEmailList({
    invite: (invitee, batch) => props.onInvite(invitee, role, batch, hours),
    ...(props.onListDone ? { onListDone: props.onListDone } : {}),
    // The next person is most likely a manager: a mentor choice left on would invite them as one.
    onAllMade: () => setRole("manager"),
  });
  const { emails, busy, error } = list;

  const roleWord = ROLE_CHOICES[role].label.toLowerCase();
  return (
    <div className="invite">
      <form className="inline-form" onSubmit={list.submit}>
        <EmailListField id="invite-email" list={list} describedBy="invite-help" />
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
        <div className="field invite-expiry">
          <label htmlFor="invite-expiry">Link works for</label>
          <select
            id="invite-expiry"
            value={hours}
            onChange={(e) => setHours(Number(e.target.value))}
          >
            {expiries.map((c) => (
              <option key={c.hours} value={c.hours}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="button primary"
          disabled={busy !== null || !list.text.trim()}
        >
          {busy ??
            (emails.length > 1
              ? `Create ${emails.length} invitations as ${roleWord}s`
              : `Create invitation as ${roleWord}`)}
        </button>
        <p id="invite-help" className="muted small invite-help">
          One email, or a list pasted from a spreadsheet or an email (one a line, or separated by
          commas): each gets its own link. Names pasted with the emails (
          {'"Ann Lee <ann@example.com>"'}, or a name column beside the emails) are kept and filled
          in on their sign-up page. Flightdeck sends no email: you get the links to send yourself.
          Someone who already has an account here also finds the invitation when they sign in, and
          joins with one click; nobody joins without accepting. Inviting the same email again
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
