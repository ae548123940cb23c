import { type FormEvent, useRef, useState } from "react";
import { changePassword, renameMe } from "../api/auth";
import { ApiError, messageOf } from "../api/http";
import { NewPasswordFields, newPasswordProblem } from "../components/account/NewPasswordFields";
import { rolesText } from "../model/access";
import { nameCount, nameProblem } from "../model/names";
import { retryAfterSeconds } from "../model/sign-in";
import { useAppStore } from "../state/store";

/**
 * Your account (password mode): who you are, and a new password. The current password is asked
 * for, so an unattended signed-in browser cannot lock its owner out; every other sign-in of the
 * account ends, this one stays.
 */
export default function AccountPage() {
  const me = useAppStore((s) => s.me);
  const user = me?.user;
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [again, setAgain] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const currentBox = useRef<HTMLInputElement>(null);

  if (!user || me.authMode !== "password")
    return (
      <section className="account-page" aria-labelledby="account-title">
        <h1 id="account-title" tabIndex={-1}>
          Your account
        </h1>
        <p>
          This Flightdeck runs in local mode: one user, no sign-in and no password. Accounts and
          passwords come with <code>AUTH_MODE=password</code>.
        </p>
      </section>
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (!current) return setError("Enter your current password.");
    const problem = newPasswordProblem(next, again);
    if (problem) return setError(problem);
    if (next === current) return setError("Choose a password other than the current one.");
    setBusy(true);
    setError(null);
    try {
      await changePassword(current, next);
      setCurrent("");
      setNext("");
      setAgain("");
      setDone(true);
    } catch (err) {
      setCurrent("");
      if (
        err instanceof ApiError &&
        err.status === 400 &&
        err.message.startsWith("currentPassword")
      ) {
        setError("That is not your current password.");
        currentBox.current?.focus();
      } else if (err instanceof ApiError && err.status === 429) {
        const seconds = retryAfterSeconds(err.message);
        setError(
          `Too many wrong passwords. ${seconds ? `Try again in ${seconds} s.` : "Wait a little, then try again."}`,
        );
      } else setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="account-page" aria-labelledby="account-title">
      <h1 id="account-title" tabIndex={-1}>
        Your account
      </h1>
      <p className="lede">
        {user.displayName} · {user.email} · {rolesText(user.roles)}
      </p>
      <YourName current={user.displayName} />
      <form className="panel account-form" onSubmit={submit} noValidate>
        <h2>Change your password</h2>
        {/* The email lets a password manager save the new password under the right name. */}
        <input type="email" autoComplete="username" value={user.email ?? ""} readOnly hidden />
        <div className="field">
          <label htmlFor="account-current">Current password</label>
          <input
            id="account-current"
            ref={currentBox}
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
          />
        </div>
        <NewPasswordFields
          idPrefix="account"
          value={next}
          again={again}
          onChange={setNext}
          onAgainChange={setAgain}
          help="A few unrelated words make a strong one."
        />
        <div role="alert" className="form-error">
          {error}
        </div>
        <div role="status" className="form-success">
          {done && "Your password is changed. Every other browser signed in as you is signed out."}
        </div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? "Changing…" : "Change password"}
        </button>
      </form>
    </section>
  );
}

/**
 * The name others see: in a cohort's grid, a mentor's Reviews, beside a comment. A name mistyped
 * when the invitation was accepted is set right here.
 */
function YourName(props: { current: string }) {
  const [name, setName] = useState(props.current);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (!name.trim()) return setError("Enter the name others will see.");
    const problem = nameProblem(name);
    if (problem) return setError(problem);
    if (name.trim() === props.current) return setError("That is already your name.");
    setBusy(true);
    setError(null);
    try {
      await renameMe(name.trim());
      setDone(true);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="panel account-form" onSubmit={submit} noValidate>
      <h2>Your name</h2>
      <div className="field">
        <label htmlFor="account-name">Name others see</label>
        <input
          id="account-name"
          type="text"
          autoComplete="name"
          value={name}
          aria-describedby="account-name-help"
          onChange={(e) => {
            setName(e.target.value);
            setDone(false);
          }}
        />
        <p id="account-name-help" className="muted small">
          In your cohort's progress, your mentor's Reviews and beside your comments.{" "}
          {nameCount(name)}
        </p>
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {done && (
        <p role="status" className="name-saved">
          Your name is changed.
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? "Saving…" : "Save name"}
      </button>
    </form>
  );
}
