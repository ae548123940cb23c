import { type FormEvent, useEffect, useRef, useState } from "react";
import { lookupPasswordReset, redeemPasswordReset, signOut } from "../api/auth";
import { ApiError, messageOf } from "../api/http";
import { NewPasswordFields, newPasswordProblem } from "../components/account/NewPasswordFields";
import { Link } from "../components/Link";
import { Loading } from "../components/LoadStates";
import { useFragment } from "../components/use-fragment";
import { homeOf } from "../model/access";
import { paths } from "../model/routes";
import type { Me } from "../state/auth-slice";
import { useAppStore } from "../state/store";

type Lookup =
  | { status: "loading" }
  | { status: "ready"; email: string; displayName: string }
  | { status: "gone" }
  | { status: "error"; message: string };

/**
 * A password link from an admin (`/reset#<token>`): whose account it is, then a new password, and
 * the person is signed in. The token travels in the fragment, which no request carries.
 */
export default function ResetPage() {
  // Read again when only the fragment changes (another link pasted into this tab): a new link is a
  // new page, with nothing of the last one kept.
  const token = useFragment();
  return <PasswordLink key={token} token={token} />;
}

function PasswordLink(props: { token: string }) {
  const { token } = props;
  const [lookup, setLookup] = useState<Lookup>({ status: "loading" });
  const navigate = useAppStore((s) => s.navigate);
  const signedInAs = useAppStore((s) => s.me?.user?.email ?? null);
  const [password, setPassword] = useState("");
  const [again, setAgain] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Who the new password signed in: the page then says so, and the person goes on from there. */
  const [done, setDone] = useState<Me | null>(null);
  const continueRef = useRef<HTMLButtonElement>(null);
  // The form's button is gone: the focus goes to the way on, not to the page.
  useEffect(() => {
    if (done) continueRef.current?.focus();
  }, [done]);

  useEffect(() => {
    if (!token) return;
    lookupPasswordReset(token).then(
      (r) => setLookup({ status: "ready", email: r.email, displayName: r.displayName }),
      (err) =>
        setLookup(
          err instanceof ApiError && (err.status === 404 || err.status === 400)
            ? { status: "gone" }
            : { status: "error", message: messageOf(err) },
        ),
    );
  }, [token]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = newPasswordProblem(password, again);
    if (problem) return setError(problem);
    setBusy(true);
    setError(null);
    try {
      setDone(await redeemPasswordReset(token, password));
    } catch (err) {
      setError(
        err instanceof ApiError && err.status === 404
          ? "This link no longer works: it was used, replaced or it expired. Ask your admin for a new one."
          : messageOf(err),
      );
      setBusy(false);
    }
  };

  let body: React.ReactNode;
  if (done)
    body = (
      <div className="panel account-form" role="status">
        <h2>Your password is set</h2>
        <p>
          You are signed in as {done.user?.email}. From now on, sign in with this email and your new
          password. Every other browser that was signed in as you has been signed out.
        </p>
        <button
          ref={continueRef}
          type="button"
          className="button primary big"
          onClick={() => navigate(homeOf(done), { replace: true })}
        >
          Continue
        </button>
      </div>
    );
  else if (!token || lookup.status === "gone")
    body = (
      <div className="error-state" role="alert">
        <h2>This password link no longer works</h2>
        <p>
          It was used, replaced by a newer one, or it expired (a link works for a day). Ask your
          admin for a new one, or <Link to={paths.signin()}>sign in</Link> if you know your
          password.
        </p>
      </div>
    );
  else if (lookup.status === "loading") body = <Loading label="Reading your link" />;
  else if (lookup.status === "error")
    body = (
      <p className="form-error" role="alert">
        {lookup.message}
      </p>
    );
  else if (signedInAs !== null && signedInAs !== lookup.email)
    body = (
      <div className="panel">
        <h2>This link is for someone else</h2>
        <p>
          You are signed in as {signedInAs}, and this link sets the password of {lookup.email}. Sign
          out first, then open the link again.
        </p>
        <button type="button" className="button" onClick={() => void signOut({ stay: true })}>
          Sign out
        </button>
      </div>
    );
  else
    body = (
      <form className="panel account-form" onSubmit={submit} noValidate>
        <h2>
          A new password for {lookup.displayName} ({lookup.email})
        </h2>
        <input type="email" autoComplete="username" value={lookup.email} readOnly hidden />
        <NewPasswordFields
          idPrefix="reset"
          value={password}
          again={again}
          onChange={setPassword}
          onAgainChange={setAgain}
          help="Every browser signed in as you is signed out."
        />
        <div role="alert" className="form-error">
          {error}
        </div>
        <button type="submit" className="button primary big" disabled={busy}>
          {busy ? "Setting it…" : "Set password and sign in"}
        </button>
      </form>
    );

  return (
    <section className="account-page" aria-labelledby="reset-title">
      <h1 id="reset-title" tabIndex={-1}>
        Set your password
      </h1>
      {body}
    </section>
  );
}
