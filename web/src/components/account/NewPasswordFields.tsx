import { MIN_PASSWORD_CHARS } from "../../../../server/people/people.schema";

/**
 * A new password typed twice, as the account page and a password link ask for it. The length rule
 * is the server's (`PasswordSchema`); `problemOf` says what is wrong before anything is sent.
 */
export function NewPasswordFields(props: {
  idPrefix: string;
  value: string;
  again: string;
  onChange: (value: string) => void;
  onAgainChange: (value: string) => void;
  /** The sentence under the first box, after the length rule. */
  help: string;
}) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${props.idPrefix}-new`}>New password</label>
        <input
          id={`${props.idPrefix}-new`}
          type="password"
          autoComplete="new-password"
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          aria-describedby={`${props.idPrefix}-help`}
        />
        <p id={`${props.idPrefix}-help`} className="muted small">
          At least {MIN_PASSWORD_CHARS} characters. {props.help}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${props.idPrefix}-again`}>New password, again</label>
        <input
          id={`${props.idPrefix}-again`}
          type="password"
          autoComplete="new-password"
          value={props.again}
          onChange={(e) => props.onAgainChange(e.target.value)}
        />
      </div>
    </>
  );
}

/** What is wrong with a new password typed twice, or null. */
export function newPasswordProblem(value: string, again: string): string | null {
  if (value.length < MIN_PASSWORD_CHARS)
    return `Choose a password of at least ${MIN_PASSWORD_CHARS} characters.`;
  if (value !== again) return "The two passwords differ. Type the same one twice.";
  return null;
}
