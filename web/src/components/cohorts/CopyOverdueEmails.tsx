import { useState } from "react";
import type { Progress } from "../../api/people";
import { plural } from "../../model/people-view";
import { overdueCopiedWords, overdueEmails } from "./overdue-emails";

/**
 * "Copy overdue members' emails": the grid's overdue members (`overdueEmails`) as one
 * comma-separated list for an email's To field, to nudge them. Above the grid it covers every
 * scenario and is disabled, with why, when there is nobody to nudge; on one assignment it covers
 * that scenario and shows only when someone is overdue on it. Without clipboard access the list is
 * shown selected, for Ctrl+C.
 */
export function CopyOverdueEmails(props: {
  rows: Progress["rows"];
  assignment?: { id: string; scenarioTitle: string };
}) {
  const { assignment } = props;
  const overdue = overdueEmails(props.rows, assignment?.id);
  const text = overdue.emails.join(", ");
  const [said, setSaid] = useState<{ text: string; words: string } | null>(null);
  const [shown, setShown] = useState(false);
  const none =
    overdue.emails.length > 0
      ? null
      : overdue.left > 0
        ? `Nobody overdue can be nudged: ${plural(overdue.left, "overdue member")} cannot practise or has no email.`
        : "Nobody is overdue, so there is nobody to nudge.";
  if (assignment && none !== null) return null;
  const saidId = `overdue-emails-said${assignment ? `-${assignment.id.slice(0, 12)}` : ""}`;
  const copy = async () => {
    const words = overdueCopiedWords(overdue);
    try {
      await navigator.clipboard.writeText(text);
      setShown(false);
      setSaid({ text, words });
    } catch {
      setShown(true);
      setSaid({
        text,
        words: "Copying is not allowed here: the list is selected below, copy it yourself.",
      });
    }
  };
  return (
    <div className={assignment ? "overdue-emails small" : "overdue-emails"}>
      <button
        type="button"
        className={assignment ? "link-button" : "button"}
        disabled={none !== null}
        aria-describedby={saidId}
        onClick={() => void copy()}
      >
        {assignment ? (
          <>
            Copy the emails of the {overdue.emails.length} overdue
            <span className="visually-hidden"> on {assignment.scenarioTitle}</span>
          </>
        ) : (
          `Copy overdue members' emails${overdue.emails.length > 0 ? ` (${overdue.emails.length})` : ""}`
        )}
      </button>{" "}
      <span id={saidId} className="muted small" role="status">
        {none ??
          (said?.text === text
            ? said.words
            : assignment
              ? "overdue on this scenario, comma-separated"
              : "comma-separated, to nudge them by email")}
      </span>
      {shown && said?.text === text && (
        <textarea
          className="copy-all-text"
          readOnly
          rows={2}
          value={text}
          aria-label="Emails of the overdue members"
          ref={(el) => el?.select()}
        />
      )}
    </div>
  );
}
