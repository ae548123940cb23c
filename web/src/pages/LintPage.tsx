import { type FormEvent, useState } from "react";
import { MAX_DRAFT_CHARS } from "../../../server/sessions/record.schema";
import { lintDraft } from "../api/sessions";
import { ErrorState, Loading } from "../components/LoadStates";
import { FlaggedText } from "../components/TranscriptLine";
import { capitalise, humanize } from "../model/format";
import { useAppStore } from "../state/store";

export default function LintPage() {
  const result = useAppStore((s) => s.lint);
  const [text, setText] = useState(() => (result.status === "ready" ? result.data.text : ""));
  const tooLong = text.length > MAX_DRAFT_CHARS;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() && !tooLong) void lintDraft(text);
  };
  return (
    <section aria-labelledby="lint-title" className="lint">
      <h1 id="lint-title" tabIndex={-1}>
        Message linter
      </h1>
      <p className="lede">
        Paste a draft (a Slack message, a review comment, feedback you are about to send). The
        linter flags wording that tends to put people on the defensive, and suggests another way.
      </p>
      <form onSubmit={onSubmit} className="panel lint-form">
        <label htmlFor="draft">Draft message</label>
        <textarea
          id="draft"
          rows={6}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) onSubmit(e);
          }}
          aria-describedby="draft-help draft-count"
          aria-invalid={tooLong || undefined}
        />
        <div className="composer-row">
          <p id="draft-help" className={`muted small${tooLong ? " over" : ""}`}>
            {tooLong
              ? `The linter reads a message, not a document: shorten it to ${MAX_DRAFT_CHARS.toLocaleString("en")} characters, or check it a part at a time.`
              : "Ctrl+Enter checks the draft. Nothing is saved."}
          </p>
          <span id="draft-count" className={`count small${tooLong ? " over" : ""}`}>
            {text.length.toLocaleString("en")} / {MAX_DRAFT_CHARS.toLocaleString("en")}
            <span className="visually-hidden"> characters</span>
          </span>
          <button
            type="submit"
            className="button primary"
            disabled={!text.trim() || tooLong || result.status === "loading"}
          >
            Check draft
          </button>
        </div>
      </form>
      {/* There (empty) from the start and emptied while checking, so every result is announced,
          the first one and the same one again included. */}
      <p role="status" className="visually-hidden">
        {result.status === "ready" ? lintStatusText(result.data.flags.length) : ""}
      </p>
      {result.status === "loading" && <Loading label="Checking" />}
      {result.status === "error" && (
        <ErrorState message={result.message} httpStatus={result.httpStatus} />
      )}
      {result.status === "ready" && (
        <LintResult text={result.data.text} changedSince={text !== result.data.text} />
      )}
    </section>
  );
}

const lintStatusText = (flags: number) =>
  flags === 0
    ? "No flags: this draft reads well."
    : `${flags} ${flags === 1 ? "flag" : "flags"} found.`;

/**
 * The flags of the draft as it was checked. Once the box holds other words the result is still
 * shown (to work through its flags while rewriting) but says it is of the earlier draft, so a
 * "No flags" never vouches for words nobody checked.
 */
function LintResult(props: { text: string; changedSince: boolean }) {
  const flags = useAppStore((s) => (s.lint.status === "ready" ? s.lint.data.flags : []));
  return (
    <section
      aria-labelledby="lint-result-title"
      className={`panel lint-result${props.changedSince ? " lint-result-earlier" : ""}`}
    >
      <h2 id="lint-result-title">
        {flags.length === 0
          ? "No flags"
          : `${flags.length} ${flags.length === 1 ? "flag" : "flags"}`}
        {props.changedSince && " in the draft as you last checked it"}
      </h2>
      {props.changedSince && (
        <p className="lint-earlier-note">
          You have changed the draft since: these flags are of the words below.{" "}
          <strong>Check draft</strong> for the new ones.
        </p>
      )}
      <FlaggedText className="lint-text" text={props.text} flags={flags} />
      {flags.length === 0 ? (
        <p className="muted">Nothing to flag: this draft reads well.</p>
      ) : (
        <ol className="lint-flags">
          {flags.map((f) => (
            <li key={`${f.rule}-${f.start}-${f.end}`}>
              <p className="flag-title">
                {f.title ?? capitalise(humanize(f.rule))}{" "}
                <q className="muted">{props.text.slice(f.start, f.end)}</q>
              </p>
              <p>{f.explanation ?? f.message}</p>
              <p className="better">
                <strong>Try:</strong> {f.suggestion}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
