import { useState } from "react";
import { messageOf } from "../../api/http";
import { editSetAside, type FlagSetAside, restoreFlag, setAsideFlag } from "../../api/people";
import type { TranscriptFlag } from "../../model/debrief";
import { formatDateTime } from "../../model/format";
import { isMine } from "../../model/people-view";
import { useReturnFocus } from "../use-return-focus";
import { NoteForm } from "./NoteForm";

/**
 * Under a machine flag on the review page: who set it aside and why, and for a reviewer a form to
 * set it aside (a reason is required: the manager reads it beside the flag), change the reason, or
 * restore it. The flag itself stays shown, struck, whatever a reviewer decided.
 */
export function FlagSetAsideNotes(props: {
  sessionId: string;
  flag: TranscriptFlag;
  /** The line it is on ("turn 3"), which names its buttons apart from another flag of its kind. */
  where: string;
  /** Set-asides of this flag, newest first. */
  setAsides: readonly FlagSetAside[];
  meId: string | undefined;
  authorOf: (id: string) => string;
  canReview: boolean;
  /** The flag is on another pattern than the scenario's main one: it decides no verdict. */
  otherPattern: boolean;
  /** Runs a review action, asking again who I am when it is refused (ReviewPage). */
  run: <T>(action: () => Promise<T>) => Promise<T>;
  onChanged: () => Promise<void>;
}) {
  const { flag } = props;
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const button = useReturnFocus<HTMLButtonElement>(open);
  const mine = props.setAsides.find((a) => isMine(a, props.meId));
  const restore = async (a: FlagSetAside) => {
    setError(null);
    try {
      await props.run(() => restoreFlag(a.id));
      await props.onChanged();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <div className="flag-set-aside-notes">
      {props.setAsides.map((a) => (
        <p key={a.id} className="flag-set-aside-note small" role="note">
          <strong>
            {isMine(a, props.meId)
              ? "Set aside by you"
              : `Set aside by ${props.authorOf(a.authorId)}`}
            :
          </strong>{" "}
          {a.reason}{" "}
          <span className="muted">
            · {formatDateTime(a.createdAt)}
            {a.updatedAt > a.createdAt && ` · changed ${formatDateTime(a.updatedAt)}`}
          </span>
        </p>
      ))}
      {props.canReview &&
        (open ? (
          <SetAsideForm
            {...props}
            existing={mine}
            onDone={(saved) => {
              setOpen(false);
              if (saved) void props.onChanged();
            }}
          />
        ) : (
          <p className="item-actions">
            <button
              ref={button}
              type="button"
              className="link-button"
              onClick={() => setOpen(true)}
            >
              {mine ? "Change your reason" : "Set this flag aside"}
              <span className="visually-hidden">
                : {flag.title}, {props.where}
              </span>
            </button>
            {mine && (
              <button type="button" className="link-button" onClick={() => void restore(mine)}>
                Restore the flag
                <span className="visually-hidden">
                  : {flag.title}, {props.where}
                </span>
              </button>
            )}
          </p>
        ))}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** What setting a flag aside does once the review is done (server/people/verdict.ts). */
export function setAsideHelp(flag: { critical: boolean }, otherPattern: boolean): string {
  const stays =
    "The manager still sees the machine's flag, struck, with your reason beside it. The score does not change: adjust the overall score if the flag's penalty should go too.";
  if (otherPattern)
    return `This is not the scenario's main pattern, so the flag decides no verdict. ${stays}`;
  return flag.critical
    ? `Once you mark the review done, this critical flag no longer fails the attempt: it passes if no required step is Missed and no other critical flag stands, in the manager's debrief, History and a cohort's progress grid. ${stays}`
    : `This flag is not critical, so it never decided the verdict. ${stays}`;
}

function SetAsideForm(props: {
  sessionId: string;
  flag: TranscriptFlag;
  where: string;
  otherPattern: boolean;
  existing: FlagSetAside | undefined;
  run: <T>(action: () => Promise<T>) => Promise<T>;
  onDone: (saved: boolean) => void;
}) {
  const { flag, existing } = props;
  return (
    <NoteForm
      className="adjust-form set-aside-form"
      ariaLabel={`Set aside the flag “${flag.title}” on ${props.where}`}
      label="Why is this flag a misreading? (required)"
      submitLabel={existing ? "Save reason" : "Set flag aside"}
      unsavedName={`your ${existing ? "new reason" : "reason"} to set aside “${flag.title}” on ${props.where}`}
      initial={existing?.reason ?? ""}
      rows={2}
      maxLength={2000}
      placeholder="e.g. This is a quote of what the customer said, not a label."
      help={setAsideHelp(flag, props.otherPattern)}
      check={(reason) =>
        reason.trim().length < 3 ? "Say why, in a few words: the manager reads it." : null
      }
      onCancel={() => props.onDone(false)}
      onSubmit={async (reason) => {
        await props.run(() =>
          existing
            ? editSetAside(existing.id, reason)
            : setAsideFlag(props.sessionId, {
                patternId: flag.patternId,
                flagId: flag.id,
                turn: flag.turn,
                reason,
              }),
        );
        props.onDone(true);
      }}
    />
  );
}
