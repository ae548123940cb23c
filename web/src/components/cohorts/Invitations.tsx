import { useState } from "react";
import { messageOf } from "../../api/http";
import { type CohortInvitation, inviteToCohort, revokeInvitation } from "../../api/people";
import { formatDateTime } from "../../model/format";
import {
  addMadeLink,
  type Invitee,
  invitedAs,
  inviteeWords,
  type MadeLink,
  madeLinkLines,
  madeLinksWords,
  revokeMadeLink,
} from "../../model/people-view";
import { CopyLinkRow } from "../CopyLinkRow";
import { InviteForm, type InviteRole } from "./InviteForm";

/**
 * Inviting people into a cohort: the form, every link made during this visit (a link is shown only
 * here, so none is lost to the next one), and the invitations nobody used yet, pending or expired,
 * each of which can be revoked, and an expired one invited again.
 */
export function Invitations(props: {
  cohortId: string;
  invitations: readonly CohortInvitation[];
  onChange: () => Promise<void>;
  /** An admin may invite a co-facilitator into the cohort. */
  offerFacilitator?: boolean;
  /** The cohort's due dates: a link can be made to last until the last one. */
  dueDates?: readonly (string | null)[];
}) {
  const [links, setLinks] = useState<MadeLink[]>([]);
  const [said, setSaid] = useState("");

  const invite = async (
    invitee: Invitee,
    role: InviteRole,
    batch?: number,
    expiresInHours?: number,
  ) => {
    const link = await inviteToCohort(props.cohortId, invitee, role, expiresInHours);
    setLinks((current) => addMadeLink(current, batch === undefined ? link : { ...link, batch }));
    // One link says its email; a list says how many when it is done (`onListDone`).
    if (batch === undefined) setSaid(madeLinksWords([link]));
    // The link is on screen now; the pending list follows without holding the form.
    void props.onChange();
    return link;
  };
  const revoke = async (invitation: CohortInvitation) => {
    await revokeInvitation(invitation.id);
    setLinks((current) => revokeMadeLink(current, invitation.id));
    await props.onChange();
  };

  // A link this visit replaced or revoked is gone from the pending list at once, not at the next
  // read of it (a Revoke on it would act on an invitation that no longer exists).
  const closed = new Set(links.flatMap((l) => (l.closed ? [l.id] : [])));
  const pending = props.invitations.filter((i) => !closed.has(i.id));

  return (
    <>
      <InviteForm
        onInvite={invite}
        onListDone={(made) => setSaid(madeLinksWords(made))}
        offerFacilitator={props.offerFacilitator ?? false}
        dueDates={props.dueDates ?? []}
      />
      <p className="muted small made-links-said" role="status">
        {said}
      </p>
      <MadeLinks links={links} heading="h4" />
      {pending.length > 0 && (
        <>
          <h3>Invitations not yet accepted</h3>
          <ul className="people-list invitation-list">
            {pending.map((i) => (
              <OpenInvitation
                key={i.id}
                invitation={i}
                onRevoke={() => revoke(i)}
                onInviteAgain={async () => {
                  await invite(
                    i,
                    i.roles.includes("facilitator")
                      ? "facilitator"
                      : i.roles.includes("mentor")
                        ? "mentor"
                        : "manager",
                  );
                }}
              />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/**
 * Every invitation link made on this visit, newest list first and a list in the order given, each
 * with Copy, and Copy all once there are two: on a cohort's page and on Accounts. Nothing until
 * the first link.
 */
export function MadeLinks(props: {
  links: readonly MadeLink[];
  /** The heading's level where the list sits: a section of the cohort's page, or of Accounts. */
  heading: "h2" | "h4";
  className?: string;
}) {
  if (props.links.length === 0) return null;
  const Heading = props.heading;
  return (
    <section
      aria-labelledby="made-links-title"
      className={props.className ? `${props.className} made-links` : "made-links"}
    >
      <Heading id="made-links-title">Links made on this visit</Heading>
      <p className="muted small">
        Flightdeck sends no email: send each one yourself. They are shown only here: once you leave
        this page, a lost link is replaced by inviting the email again.
      </p>
      <CopyAllLinks links={props.links} />
      <ul className="made-link-list">
        {props.links.map((l) => (
          <MadeLinkItem key={l.id} link={l} />
        ))}
      </ul>
    </section>
  );
}

/**
 * "Copy all": every link that still works, email and link a line, for a mail merge or a message to
 * each person. Without clipboard access the lines are shown selected, for Ctrl+C.
 */
export function CopyAllLinks(props: { links: readonly MadeLink[] }) {
  const text = madeLinkLines(props.links);
  const count = text === "" ? 0 : text.split("\n").length;
  const [copied, setCopied] = useState<string | null>(null);
  const [shown, setShown] = useState(false);
  if (count < 2) return null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(text);
      setShown(false);
    } catch {
      setShown(true);
    }
  };
  return (
    <div className="copy-all">
      <button type="button" className="button" onClick={() => void copy()}>
        {copied === text ? `Copied all ${count}` : `Copy all ${count} links`}
      </button>{" "}
      <span className="muted small">email and link, one a line</span>
      {shown && (
        <textarea
          className="copy-all-text"
          readOnly
          rows={Math.min(count, 8)}
          value={text}
          aria-label="Every link, email and link one a line"
          ref={(el) => el?.select()}
        />
      )}
    </div>
  );
}

export function MadeLinkItem(props: { link: MadeLink }) {
  const { link } = props;
  const inputId = `made-link-${link.id.slice(0, 12)}`;
  const what = `${inviteeWords(link)} · ${invitedAs(link.roles)}`;
  if (link.closed !== null)
    return (
      <li className="made-link made-link-closed">
        <span className="made-link-who">{what}</span>
        <span className="muted small">
          {link.closed === "replaced"
            ? "Replaced by the newer link above: this one no longer works."
            : "Revoked: this link no longer works."}
        </span>
      </li>
    );
  return (
    <li className="made-link">
      <label htmlFor={inputId} className="made-link-who">
        {what}
      </label>
      <CopyLinkRow
        key={link.url}
        id={inputId}
        url={link.url}
        ariaLabel={`Invitation link for ${link.email}`}
        copyWhat={`the link for ${link.email}`}
      />
      <p className="muted small">
        Works once; expires {formatDateTime(link.expiresAt)}.
        {link.replaced > 0 &&
          " It replaces the earlier link for this email, which no longer works."}
      </p>
    </li>
  );
}

/**
 * One unused invitation with Revoke (Remove once expired or declined) and, when expired or declined,
 * Invite again.
 */
export function OpenInvitation(props: {
  invitation: CohortInvitation;
  onRevoke: () => Promise<void>;
  onInviteAgain: () => Promise<void>;
}) {
  const i = props.invitation;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Expired or declined: the link works no more; it can be removed from the list or made again.
  const declined = i.status === "declined";
  const expired = i.status === "expired" || declined;
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  const revoke = () => {
    const question = expired
      ? `Remove the ${declined ? "declined" : "expired"} invitation for ${i.email} from this list?`
      : `Revoke the invitation for ${i.email}? Their link stops working; you can invite them again later.`;
    if (window.confirm(question)) void run(props.onRevoke);
  };
  return (
    <li className={expired ? "invitation-expired" : undefined}>
      <span className="invitation-who">
        {i.name ? (
          <>
            {i.name} <span className="muted">({i.email})</span>
          </>
        ) : (
          i.email
        )}
      </span>{" "}
      <span className="muted small">
        · {invitedAs(i.roles)} ·{" "}
        {declined ? (
          <strong className="expired-tag">
            Declined{i.declinedAt ? ` ${formatDateTime(i.declinedAt)}` : ""}
          </strong>
        ) : expired ? (
          <strong className="expired-tag">Expired {formatDateTime(i.expiresAt)}</strong>
        ) : (
          `expires ${formatDateTime(i.expiresAt)}`
        )}
      </span>{" "}
      <span className="item-actions inline-actions">
        {expired && (
          <button
            type="button"
            className="link-button"
            disabled={busy}
            onClick={() => void run(props.onInviteAgain)}
          >
            Invite again<span className="visually-hidden"> {i.email}</span>
          </button>
        )}
        <button type="button" className="link-button" disabled={busy} onClick={revoke}>
          {expired ? "Remove" : "Revoke"}
          <span className="visually-hidden"> the invitation for {i.email}</span>
        </button>
      </span>
      {error && (
        <span className="form-error" role="alert">
          {" "}
          {error}
        </span>
      )}
    </li>
  );
}
