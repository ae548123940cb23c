import { useRef, useState } from "react";
import type { RoleName } from "../../../server/people/people.schema";
import { type AccountUser, createPasswordReset, listUsers, setUserRoles } from "../api/auth";
import { messageOf } from "../api/http";
import { useLoad } from "../components/cohorts/use-load";
import { EmptyState, ErrorState, Loading } from "../components/LoadStates";
import { ROLE_LABELS, rolesText } from "../model/access";
import { formatDateTime } from "../model/format";
import { useAppStore } from "../state/store";

const ROLES: RoleName[] = ["manager", "mentor", "facilitator", "admin"];

/**
 * Accounts (admins, password mode): everyone with an account, their roles to change, and a
 * single-use password link for someone who forgot theirs. Flightdeck sends no email: the admin
 * passes the link on.
 */
export default function AccountsPage() {
  const [users, reload] = useLoad(listUsers, "users");
  return (
    <section aria-labelledby="accounts-title" className="people-page">
      <h1 id="accounts-title" tabIndex={-1}>
        Accounts
      </h1>
      <p className="lede">
        Everyone who can sign in, and what they may do. New people join from an invitation link
        (Cohorts, or <code>POST /api/invitations</code>).
      </p>
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
        <ul className="plain-list accounts-list">
          {users.data.map((u) => (
            <AccountRow key={u.id} user={u} onChanged={reload} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AccountRow(props: { user: AccountUser; onChanged: () => Promise<void> }) {
  const u = props.user;
  const meId = useAppStore((s) => s.me?.user?.id);
  const [editing, setEditing] = useState(false);
  const [roles, setRoles] = useState<RoleName[]>(u.roles);
  const [link, setLink] = useState<{ url: string; expiresAt: number } | null>(null);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLInputElement>(null);

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
  const makeLink = async () => {
    setBusy(true);
    setError(null);
    setCopied(false);
    try {
      const made = await createPasswordReset(u.id);
      setLink({ url: made.url, expiresAt: made.expiresAt });
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    box.current?.select();
    try {
      await navigator.clipboard.writeText(link?.url ?? "");
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <li className="account-row">
      <p>
        <strong>{u.displayName}</strong> <span className="muted small">{u.email}</span>
        {u.id === meId && <span className="muted small"> · you</span>}
      </p>
      {editing ? (
        <fieldset className="role-checks">
          <legend className="small">Roles of {u.displayName}</legend>
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
          <div className="form-actions">
            <button
              type="button"
              className="button primary"
              disabled={busy || roles.length === 0}
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
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            Change roles<span className="visually-hidden"> of {u.displayName}</span>
          </button>{" "}
          ·{" "}
          <button
            type="button"
            className="link-button"
            disabled={busy}
            onClick={() => void makeLink()}
          >
            {link ? "New password link" : "Password link"}
            <span className="visually-hidden"> for {u.displayName}</span>
          </button>
        </p>
      )}
      {link && (
        <div className="made-link">
          <label htmlFor={`reset-${u.id}`} className="small">
            Password link for {u.email}, works once until {formatDateTime(link.expiresAt)}. Pass it
            on privately.
          </label>
          <div className="invite-link-row">
            <input
              id={`reset-${u.id}`}
              ref={box}
              type="text"
              readOnly
              value={link.url}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" className="button" onClick={() => void copy()}>
              {copied ? "Copied" : "Copy"}
            </button>
          </div>
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
