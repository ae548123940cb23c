import { type FormEvent, useEffect, useState } from "react";
import {
  FirstAccountAnswerSchema,
  type FirstAdminHint,
} from "../../../server/people/first-account.schema";
import { ACCOUNT_DISABLED, signIn } from "../api/auth";
import { ApiError, messageOf, requestJson } from "../api/http";
import { retryAfterSeconds } from "../model/sign-in";
import { useAppStore } from "../state/store";

/** Seconds left before the sign-in button works again, counted down once a second. */
function useCountdown(): [number, (seconds: number) => void] {
  const [left, setLeft] = useState(0);
  useEffect(() => {
    if (left <= 0) return;
    const timer = window.setTimeout(() => setLeft((n) => n - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [left]);
  return [left, setLeft];
}

/**
 * While no account exists, the server says how to make the first admin (to this machine only:
 * server/people/first-account.ts); null otherwise, or when it could not be asked.
 */
function useFirstAdminHint(): FirstAdminHint | null {
  const [hint, setHint] = useState<FirstAdminHint | null>(null);
  useEffect(() => {
    let live = true;
    requestJson("/api/auth/first-account", FirstAccountAnswerSchema).then(
      (answer) => live && setHint(answer.firstAdmin),
      () => {}, // only a hint: the page works without it
    );
    return () => {
      live = false;
    };
  }, []);
  return hint;
}

/**
 * Email and password (password mode). On success the app's gate moves on to where the person was
 * going (`?next=`); the server's answer decides the wording of a refusal and the wait after several.
 */
export default function SignInPage() {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [wait, startWait] = useCountdown();
  // Why the last sign-in ended; once the form is sent, its own answer says what matters now (the
  // banner and a refusal would otherwise say "disabled" twice).
  const ended = useAppStore((s) => s.signInEnded);
  const [sent, setSent] = useState(false);
  const signInEnded = sent ? false : ended;
  const firstAdmin = useFirstAdminHint();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || wait > 0) return;
    if (!email.trim() || !password) {
      setError("Enter your email address and your password.");
      return;
    }
    setBusy(true);
    setError(null);
    setSent(true);
    try {
      await signIn(email.trim(), password);
    } catch (err) {
      setPassword("");
      if (err instanceof ApiError && err.code === ACCOUNT_DISABLED)
        setError(
          "An admin disabled this account, so it cannot sign in. Ask an admin to enable it again.",
        );
      else if (err instanceof ApiError && err.status === 401)
        setError("The email or the password is wrong. Check both and try again.");
      else if (err instanceof ApiError && err.status === 429) {
        const seconds = retryAfterSeconds(err.message);
        if (seconds) startWait(seconds);
        // Said once; the button counts down, so the alert is not re-read every second.
        // No number here: it would stand still while the button's count goes down.
        setError(
          `Too many failed sign-ins. ${seconds ? "Signing in is paused until the button counts down; then try again." : "Wait a little, then try again."}`,
        );
      } else if (err instanceof ApiError && err.status === 400)
        setError("Enter your email address and your password.");
      else setError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <section className="account-page" aria-labelledby="signin-title">
      <h1 id="signin-title" tabIndex={-1}>
        Sign in
      </h1>
      {signInEnded === "disabled" ? (
        <div className="banner" role="status">
          <p>
            An admin disabled your account, so you were signed out. Your sessions are kept; ask an
            admin to enable the account again.
          </p>
        </div>
      ) : signInEnded ? (
        <div className="banner" role="status">
          <p>
            Your sign-in ended: you signed out in another tab, your password was changed, or it
            expired. Sign in again to go on where you were.
          </p>
        </div>
      ) : (
        <p className="lede">Sign in to practise, follow your cohort or review a shared session.</p>
      )}
      {firstAdmin && (
        <div className="hint first-admin" role="status">
          <p>
            <strong>No accounts yet</strong>, so nobody can sign in. Create the first admin on this
            machine, in Flightdeck's folder
            {firstAdmin.stopServerFirst
              ? " (stop this server first: it holds the data folder; start it again after)"
              : ""}
            :
          </p>
          <pre>
            <code>
              {/* Wrapped at spaces only: a break after the "-" of "--role" reads as two words. */}
              {firstAdmin.command.split(" ").map((word, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the words of one fixed text
                <span key={i}>
                  {i > 0 ? " " : ""}
                  <span className="nowrap">{word}</span>
                </span>
              ))}
            </code>
          </pre>
          <p>
            Then sign in here with that email and passphrase. Only this machine sees this note, and
            only until an account exists.
          </p>
        </div>
      )}
      <form className="panel account-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="signin-email">Email</label>
          <input
            id="signin-email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-describedby={error ? "signin-error" : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="signin-password">Password</label>
          <input
            id="signin-password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-describedby={error ? "signin-error" : undefined}
          />
        </div>
        <div id="signin-error" role="alert" className="form-error">
          {error}
        </div>
        <button type="submit" className="button primary big" disabled={busy || wait > 0}>
          {busy ? "Signing in…" : wait > 0 ? `Wait ${wait} s` : "Sign in"}
        </button>
        {!firstAdmin && (
          <p className="muted small">
            No account yet? Accounts come from an invitation: ask your facilitator or admin for a
            link. Forgot your password? Ask your admin for a password link; once signed in, you can
            change it from the menu under your name.
          </p>
        )}
      </form>
    </section>
  );
}
