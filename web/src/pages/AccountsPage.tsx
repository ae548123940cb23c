import { useEffect, useRef, useState } from "react";
import type { RoleName } from "../../../server/people/people.schema";
import {
  type AccountUser,
  createPasswordReset,
  listUsers,
  setUserDisabled,
  setUserRoles,
} from "../api/auth";
import { messageOf } from "../api/http";
import {
  type AccountInvitation,
  inviteWithRoles,
  listAccountInvitations,
  revokeInvitation,
} from "../api/people";
import { CopyLinkRow } from "../components/CopyLinkRow";
import { EmailListField, useEmailList } from "../components/cohorts/EmailList";
import { MadeLinks, OpenInvitation } from "../components/cohorts/Invitations";
import { useLoad } from "../components/cohorts/use-load";
import { EmptyState, ErrorState, Loading } from "../components/LoadStates";
import { useReturnFocus } from "../components/use-return-focus";
import { ROLE_LABELS, rolesText } from "../model/access";
import { formatDateTime } from "../model/format";
import {
  addMadeLink,
  disabledWords,
  disableQuestion,
  enableQuestion,
  filterAccounts,
  type MadeLink,
  madeLinksWords,
  revokeMadeLink,
} from "../model/people-view";
import { useAppStore } from "../state/store";

const ROLES: RoleName[] = ["manager", "mentor", "facilitator", "admin"];

/**
 * Accounts (admins, password mode): everyone with an account, their roles to change, and a
 * single-use password link for someone who forgot theirs. Flightdeck sends no email: the admin
 * passes the link on.
 */
export default function AccountsPage() {
  const [users, reloadUsers] = useLoad(listUsers, "users");
  const [invitations, reloadInvitations] = useLoad(listAccountInvitations, "account-invitations");
  const reload = async () => {
    await Promise.all([reloadUsers(), reloadInvitations()]);
  };
  // Every link made on this visit stays listed, newest first, as on a cohort's page: an admin who
  // invites five people copies each link when it suits them, and "Invite again" shows its new link.
  const [links, setLinks] = useState<MadeLink[]>([]);
  const made = async (link: Omit<MadeLink, "closed">, batch?: number) => {
    setLinks((current) => addMadeLink(current, batch === undefined ? link : { ...link, batch }));
    // A pasted list goes on to its next email without waiting for the pending list.
    if (batch === undefined) await reload();
    else void reload();
  };
  return (
    <section aria-labelledby="accounts-title" className="people-page">
      <h1 id="accounts-title" tabIndex={-1}>
        Accounts
      </h1>
      {!(users.status === "error" && users.httpStatus === 403) && (
        <p className="lede">
          Everyone who can sign in, and what they may do. New people join from an invitation link,
          made on a cohort's page (managers and mentors) or below (any role).
        </p>
      )}
      {users.status === "ready" && <InviteAnyone onMade={made} />}
      <MadeLinks links={links} heading="h2" className="panel" />
      {users.status === "ready" && invitations.status === "ready" && (
        <PendingInvitations
          invitations={invitations.data}
          onMade={made}
          onRevoked={async (id) => {
            setLinks((current) => revokeMadeLink(current, id));
            await reload();
          }}
        />
      )}
      {users.status === "loading" || users.status === "idle" ? (
        <Loading label="Loading accounts" />
      ) : users.status === "error" ? (
        <ErrorState
          message={users.message}
          httpStatus={users.httpStatus}
          onRetry={() => void reload()}
        />
      ) : users.data.length === 0 ? (
        <EmptyState title="No accounts yet" />
      ) : (
        <AccountList users={users.data} onChanged={reload} />
      )}
    </section>
  );
}

/** Everyone with an account, under its own heading, with a search by name or email. */
function AccountList(props: { users: readonly AccountUser[]; onChanged: () => Promise<void> }) {
  const [query, setQuery] = useState("");
  const shown = filterAccounts(props.users, query);
  const disabled = props.users.filter((u) => u.disabledAt != null).length;
  return (
    <section aria-labelledby="people-title" className="accounts-people">
      <h2 id="people-title">
        People with an account <span className="badge">{props.users.length}</span>
      </h2>
      {disabled > 0 && (
        <p className="muted small">
          {disabled === 1 ? "1 account is" : `${disabled} accounts are`} disabled: they cannot sign
          in, and everything they did is kept.
        </p>
      )}
      <div className="field account-search">
        <label htmlFor="account-search">Find someone</label>
        <input
          id="account-search"
          type="search"
          placeholder="Name or email"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-describedby="account-search-count"
        />
        <p id="account-search-count" className="muted small" role="status">
          {query.trim() === ""
            ? ""
            : shown.length === 0
              ? `Nobody's name or email has “${query.trim()}”.`
              : `${shown.length} of ${props.users.length} shown.`}
        </p>
      </div>
      <ul className="plain-list accounts-list">
        {shown.map((u) => (
          <AccountRow key={u.id} user={u} onChanged={props.onChanged} />
        ))}
      </ul>
    </section>
  );
}

function AccountRow(props: { user: AccountUser; onChanged: () => Promise<void> }) {
  const u = props.user;
  const meId = useAppStore((s) => s.me?.user?.id);
  const [editing, setEditing] = useState(false);
  const [roles, setRoles] = useState<RoleName[]>(u.roles);
  const [link, setLink] = useState<{ url: string; expiresAt: number; replaced: boolean } | null>(
    null,
  );
  const rolesButton = useReturnFocus<HTMLButtonElement>(editing);
  const rolesBox = useRef<HTMLFieldSetElement>(null);
  // The form opens in the button's place: its first box takes the focus.
  useEffect(() => {
    if (editing) rolesBox.current?.querySelector<HTMLElement>("input:not(:disabled)")?.focus();
  }, [editing]);
  const isMe = u.id === meId;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const saveRoles = async () => {
    setBusy(true);
    setError(null);
    try {
      await setUserRoles(u.id, roles);
      setEditing(false);
      await props.onChanged();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  const disabled = u.disabledAt != null;
  const setDisabled = async (disable: boolean) => {
    if (!window.confirm(disable ? disableQuestion(u.displayName) : enableQuestion(u.displayName)))
      return;
    setBusy(true);
    setError(null);
    try {
      await setUserDisabled(u.id, disable);
      setLink(null);
      await props.onChanged();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  const makeLink = async () => {
    setBusy(true);
    setError(null);
    try {
      const made = await createPasswordReset(u.id);
      setLink((before) => ({
        url: made.url,
        expiresAt: made.expiresAt,
        replaced: before !== null,
      }));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className={disabled ? "account-row account-disabled" : "account-row"}>
      <p>
        <strong>{u.displayName}</strong> <span className="muted small">{u.email}</span>
        {u.id === meId && <span className="muted small"> · you</span>}
      </p>
      {disabled && (
        <p className="small disabled-tag">
          <span aria-hidden="true">⊘ </span>
          {disabledWords(u.disabledAt ?? 0, u.disabledBy?.displayName ?? null)}
        </p>
      )}
      {editing ? (
        <fieldset
          className="role-checks"
          ref={rolesBox}
          onKeyDown={(e) => {
            if (e.key !== "Escape") return;
            setRoles(u.roles);
            setEditing(false);
          }}
        >
          <legend className="small">Roles of {u.displayName}</legend>
          {ROLES.map((r) => (
            <label key={r} className="check">
              <input
                type="checkbox"
                // Your own admin role stays: another admin removes it (the server says the same).
                disabled={isMe && r === "admin"}
                checked={roles.includes(r)}
                onChange={(e) =>
                  setRoles((now) => (e.target.checked ? [...now, r] : now.filter((x) => x !== r)))
                }
              />
              {ROLE_LABELS[r].label} <span className="muted small">({ROLE_LABELS[r].does})</span>
            </label>
          ))}
          {isMe && (
            <p className="muted small">
              You keep your own admin role; another admin can remove it.
            </p>
          )}
          {roles.length === 0 && (
            <p className="small no-role-note">
              No role: {u.displayName} can still sign in, but only to their own past sessions; every
              session shared with them closes. Tick a role to give access back.
            </p>
          )}
          <div className="form-actions">
            <button
              type="button"
              className="button primary"
              disabled={busy}
              onClick={() => void saveRoles()}
            >
              Save roles
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setRoles(u.roles);
                setEditing(false);
              }}
            >
              Cancel
            </button>
          </div>
        </fieldset>
      ) : (
        <p className="small">
          {rolesText(u.roles)} ·{" "}
          <button
            ref={rolesButton}
            type="button"
            className="link-button"
            onClick={() => setEditing(true)}
          >
            Change roles<span className="visually-hidden"> of {u.displayName}</span>
          </button>{" "}
          {!disabled && (
            <>
              ·{" "}
              <button
                type="button"
                className="link-button"
                disabled={busy}
                onClick={() => void makeLink()}
              >
                {link ? "New password link" : "Password link"}
                <span className="visually-hidden"> for {u.displayName}</span>
              </button>{" "}
            </>
          )}
          {/* Nobody disables their own account: another admin does (the server says the same). */}
          {!isMe && (
            <>
              ·{" "}
              <button
                type="button"
                className={disabled ? "link-button" : "link-button danger-link"}
                disabled={busy}
                onClick={() => void setDisabled(!disabled)}
              >
                {disabled ? "Enable account" : "Disable account"}
                <span className="visually-hidden"> of {u.displayName}</span>
              </button>
            </>
          )}
        </p>
      )}
      {link && (
        <div className="made-link">
          <label htmlFor={`reset-${u.id}`} className="small">
            Password link for {u.email}, works once until {formatDateTime(link.expiresAt)}
            {link.replaced ? "; it replaces the earlier link, which no longer works" : ""}. Pass it
            on privately.
          </label>
          <CopyLinkRow key={link.url} id={`reset-${u.id}`} url={link.url} />
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

/**
 * Invitations made here (into no cohort) that nobody used yet, newest first: a leaked link, an
 * admin's above all, is revoked here instead of working for its seven days. A cohort's own
 * invitations are on its page.
 */
function PendingInvitations(props: {
  invitations: readonly AccountInvitation[];
  onMade: (link: Omit<MadeLink, "closed">) => Promise<void>;
  onRevoked: (id: string) => Promise<void>;
}) {
  if (props.invitations.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="account-invitations-title">
      <h2 id="account-invitations-title">Invitations not yet accepted</h2>
      <p className="muted small">
        Made on this page, into no cohort. Revoke one whose link should stop working; invite an
        email again to replace its link.
      </p>
      <ul className="people-list invitation-list">
        {props.invitations.map((i) => (
          <OpenInvitation
            key={i.id}
            invitation={i}
            onRevoke={async () => {
              await revokeInvitation(i.id);
              await props.onRevoked(i.id);
            }}
            onInviteAgain={async () => {
              await props.onMade(await inviteWithRoles(i, i.roles));
            }}
          />
        ))}
      </ul>
    </section>
  );
}

/**
 * An invitation with any roles, into no cohort (managers and mentors are usually invited from a
 * cohort): one email, or a pasted list of them with the same roles, one link each in the order
 * given, as on a cohort's page.
 */
function InviteAnyone(props: {
  onMade: (link: Omit<MadeLink, "closed">, batch?: number) => Promise<void>;
}) {
  const [roles, setRoles] = useState<RoleName[]>(["facilitator"]);
  const [said, setSaid] = useState("");
  const list = useEmailList({
    invite: async (invitee, batch) => {
      const link = await inviteWithRoles(invitee, roles);
      // One link says its email; a list says how many when it is done.
      if (batch === undefined) setSaid(madeLinksWords([link]));
      await props.onMade(link, batch);
      return link;
    },
    onListDone: (made) => setSaid(madeLinksWords(made)),
    notReady: () => (roles.length === 0 ? "Pick at least one role." : null),
  });
  const { emails, busy, error } = list;
  return (
    <form
      className="panel"
      onSubmit={(e) => {
        setSaid("");
        void list.submit(e);
      }}
      noValidate
      aria-labelledby="invite-anyone-title"
    >
      <h2 id="invite-anyone-title">Invite someone</h2>
      <EmailListField id="invite-anyone-email" list={list} describedBy="invite-anyone-help" />
      <p id="invite-anyone-help" className="muted small invite-help">
        One email, or a list pasted from a spreadsheet or an email (one a line, or separated by
        commas): each gets its own link, with the roles ticked below. Names pasted with the emails
        are kept and filled in on their sign-up page.
      </p>
      <fieldset className="role-checks">
        <legend className="small">As</legend>
        {ROLES.map((r) => (
          <label key={r} className="check">
            <input
              type="checkbox"
              checked={roles.includes(r)}
              onChange={(e) =>
                setRoles((now) => (e.target.checked ? [...now, r] : now.filter((x) => x !== r)))
              }
            />
            {ROLE_LABELS[r].label} <span className="muted small">({ROLE_LABELS[r].does})</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button primary" disabled={busy !== null}>
        {busy ?? (emails.length > 1 ? `Create ${emails.length} invitations` : "Create invitation")}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <p className="small made-links-said" role="status">
        {said}
      </p>
    </form>
  );
}
