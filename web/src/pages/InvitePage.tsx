import { type FormEvent, type ReactNode, useCallback, useEffect, useState } from "react";
import { MIN_PASSWORD_CHARS } from "../../../server/people/people.schema";
import { acceptInvitation, type Invitation, lookupInvitation, signOut } from "../api/auth";
import { ApiError, messageOf } from "../api/http";
import { Link } from "../components/Link";
import { ErrorState, Loading } from "../components/LoadStates";
import { useFragment } from "../components/use-fragment";
import { ROLE_LABELS } from "../model/access";
import { formatDate } from "../model/format";
import { nameCount, nameProblem } from "../model/names";
import { paths } from "../model/routes";
import { useAppStore } from "../state/store";

/**
 * An invitation someone went to sign in for, kept in this tab's sessionStorage so that signing in
 * brings them back to it (`/signin?next=/invite`) without the token ever being in a URL's query.
 */
const PENDING_KEY = "flightdeck.invitation";
const pendingInvitation = () => {
  try {
    return sessionStorage.getItem(PENDING_KEY) ?? "";
  } catch {
    return "";
  }
};
const rememberInvitation = (token: string) => {
  try {
    sessionStorage.setItem(PENDING_KEY, token);
  } catch {
    // No storage (a private window that refuses it): the link from the message still works.
  }
};
const forgetInvitation = (token: string) => {
  try {
    if (sessionStorage.getItem(PENDING_KEY) === token) sessionStorage.removeItem(PENDING_KEY);
  } catch {
    // Nothing was kept.
  }
};

type Lookup =
  | { status: "loading" }
  | { status: "ready"; invitation: Invitation }
  | { status: "error"; message: string; gone: boolean };

/**
 * An invitation link: who is invited, as what, and into which cohort; then a new person picks a
 * name and a password (and is signed in), or someone signed in as that email adds the roles to
 * their account.
 */
export default function InvitePage() {
  // The token of `/invite#<token>`, read again when only the fragment changes (another link pasted
  // into this tab); else the invitation this tab went to sign in for.
  const fragment = useFragment();
  const token = fragment || pendingInvitation();
  // A new token is a new invitation: nothing of the last one (its lookup, a half-typed form) stays.
  return <InvitationView key={token} token={token} />;
}

function InvitationView(props: { token: string }) {
  const { token } = props;
  const [lookup, setLookup] = useState<Lookup>({ status: "loading" });
  // Whoever is signed in already: a used link is most likely their own.
  const signedIn = useAppStore((s) => s.me?.user?.email ?? s.me?.user?.displayName ?? null);
  const load = useCallback(() => {
    setLookup({ status: "loading" });
    lookupInvitation(token).then(
      (invitation) => setLookup({ status: "ready", invitation }),
      (err) => {
        const gone = err instanceof ApiError && (err.status === 404 || err.status === 400);
        if (gone) forgetInvitation(token);
        setLookup({ status: "error", message: messageOf(err), gone });
      },
    );
  }, [token]);
  useEffect(() => {
    if (token) load();
  }, [token, load]);

  let body: ReactNode;
  if (!token)
    body = (
      <p>
        This page opens from the link in your invitation. Open that link again, or ask whoever
        invited you to send a new one.
      </p>
    );
  else if (lookup.status === "loading") body = <Loading label="Reading your invitation" />;
  else if (lookup.status === "error")
    body = lookup.gone ? (
      <div className="error-state" role="alert">
        <h2>This invitation no longer works</h2>
        {signedIn ? (
          <p>
            It was already used, replaced by a newer link, withdrawn, or it has expired. You are
            signed in as {signedIn}: if you accepted it yourself, it did its work then, and opening
            it again changes nothing (<Link to="/">go to the start</Link>). Otherwise ask whoever
            invited you for a new link.
          </p>
        ) : (
          <p>
            It was already used, replaced by a newer link, withdrawn, or it has expired. Ask whoever
            invited you for a new link; if you already made your account,{" "}
            <Link to={paths.signin()}>sign in</Link>.
          </p>
        )}
      </div>
    ) : (
      <ErrorState message={lookup.message} onRetry={load} />
    );
  else body = <InvitationDetails token={token} invitation={lookup.invitation} />;

  return (
    <section className="account-page" aria-labelledby="invite-title">
      <h1 id="invite-title" tabIndex={-1}>
        Your invitation
      </h1>
      {body}
    </section>
  );
}

function InvitationDetails(props: { token: string; invitation: Invitation }) {
  const { invitation } = props;
  const me = useAppStore((s) => s.me);
  const user = me?.user ?? null;
  return (
    <>
      <div className="panel invitation">
        <p>
          {invitation.invitedBy
            ? `${invitation.invitedBy.displayName} invited you to Flightdeck`
            : "You are invited to Flightdeck"}
          {invitation.cohort && (
            <>
              {" "}
              to join the cohort <strong>{invitation.cohort.name}</strong>
            </>
          )}
          , as:
        </p>
        <ul className="role-list">
          {invitation.roles.map((r) => (
            <li key={r}>
              <strong>{ROLE_LABELS[r].label}</strong>: {ROLE_LABELS[r].does}
            </li>
          ))}
        </ul>
        <p className="muted small">
          For {invitation.email} · the link works until {formatDate(invitation.expiresAt)}
        </p>
      </div>
      {user ? (
        <AcceptIntoAccount token={props.token} invitation={invitation} email={user.email} />
      ) : invitation.hasAccount ? (
        <div className="panel">
          <h2>You already have an account</h2>
          <p>
            Sign in as {invitation.email}; you come back to this invitation to add these roles to
            your account.
          </p>
          <Link
            to={paths.signin(paths.invite())}
            className="button primary"
            onClick={() => rememberInvitation(props.token)}
          >
            Sign in
          </Link>
        </div>
      ) : (
        <CreateAccount
          token={props.token}
          email={invitation.email}
          suggestedName={invitation.name ?? ""}
        />
      )}
    </>
  );
}

function AcceptIntoAccount(props: { token: string; invitation: Invitation; email: string | null }) {
  const navigate = useAppStore((s) => s.navigate);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (props.email !== props.invitation.email)
    return (
      <div className="panel">
        <h2>This invitation is for someone else</h2>
        <p>
          You are signed in as {props.email ?? "another account"}, and the invitation is for{" "}
          {props.invitation.email}. Sign out, then open the link again.
        </p>
        <button type="button" className="button" onClick={() => void signOut({ stay: true })}>
          Sign out
        </button>
      </div>
    );
  const accept = async () => {
    setBusy(true);
    setError(null);
    try {
      await acceptInvitation(props.token);
      forgetInvitation(props.token);
      // Into a cohort: its page, which shows them in it (its assignments, its mentors), so the
      // accepting says what it did; else the start page of their roles.
      const cohort = props.invitation.cohort;
      navigate(cohort ? paths.cohort(cohort.id) : paths.library(), { replace: true });
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };
  return (
    <div className="panel">
      <h2>Add this to your account</h2>
      <p>
        You are signed in as {props.email}.{" "}
        {props.invitation.cohort
          ? `Accept to join the cohort ${props.invitation.cohort.name}; any of these roles your account does not have yet is added to it.`
          : "Accept to add these roles to your account."}
      </p>
      <p role="alert" className="form-error">
        {error}
      </p>
      <button type="button" className="button primary" onClick={accept} disabled={busy}>
        {busy ? "Accepting…" : "Accept invitation"}
      </button>
    </div>
  );
}

/** `suggestedName`: the name whoever invited them gave, filled in for them to keep or change. */
function CreateAccount(props: { token: string; email: string; suggestedName: string }) {
  const navigate = useAppStore((s) => s.navigate);
  const [name, setName] = useState(props.suggestedName);
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const tooShort = password.length > 0 && password.length < MIN_PASSWORD_CHARS;
  const tooLong = name.trim() !== "" && nameProblem(name) !== null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError("Enter the name others will see.");
    const problem = nameProblem(name);
    if (problem) return setError(problem);
    if (password.length < MIN_PASSWORD_CHARS)
      return setError(`Choose a password of at least ${MIN_PASSWORD_CHARS} characters.`);
    setBusy(true);
    setError(null);
    try {
      await acceptInvitation(props.token, { displayName: name.trim(), password });
      forgetInvitation(props.token);
      navigate(paths.library(), { replace: true });
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <form className="panel account-form" onSubmit={submit} noValidate>
      <h2>Create your account</h2>
      {/* The email lets a password manager save the new sign-in under the right name. */}
      <input type="email" autoComplete="username" value={props.email} readOnly hidden />
      <div className="field">
        <label htmlFor="invite-name">Your name</label>
        <input
          id="invite-name"
          type="text"
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-describedby="invite-name-count"
          aria-invalid={tooLong || undefined}
        />
        {/* Said, not cut: a name over the limit stays as typed, with how much too long it is. */}
        <span id="invite-name-count" className="muted small">
          {nameCount(name)}
        </span>
      </div>
      <div className="field">
        <label htmlFor="invite-password">Choose a password</label>
        <input
          id="invite-password"
          type="password"
          autoComplete="new-password"
          maxLength={200}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-describedby="invite-password-hint"
          aria-invalid={tooShort || undefined}
        />
        <span id="invite-password-hint" className="muted small">
          At least {MIN_PASSWORD_CHARS} characters
          {tooShort && ` (${MIN_PASSWORD_CHARS - password.length} more)`}
        </span>
      </div>
      <p role="alert" className="form-error">
        {error}
      </p>
      <button type="submit" className="button primary big" disabled={busy}>
        {busy ? "Creating your account…" : "Create account and sign in"}
      </button>
    </form>
  );
}
