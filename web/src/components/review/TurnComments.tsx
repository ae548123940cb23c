import { type FormEvent, useId, useState } from "react";
import { messageOf } from "../../api/http";
import { type Comment, deleteComment, editComment } from "../../api/people";
import { formatDateTime } from "../../model/format";
import { isMine } from "../../model/people-view";
import { useReturnFocus } from "../use-return-focus";

/** A form with one text box, for a new comment or an edit; Cancel closes it. */
function CommentForm(props: {
  label: string;
  submitLabel: string;
  initial?: string;
  onSubmit: (text: string) => Promise<void>;
  onCancel: () => void;
}) {
  const id = useId();
  const [text, setText] = useState(props.initial ?? "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await props.onSubmit(text.trim());
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };
  return (
    <form className="rv-comment-form" onSubmit={submit}>
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        rows={3}
        maxLength={4000}
        value={text}
        // biome-ignore lint/a11y/noAutofocus: opened by the reviewer's own click, to type at once
        autoFocus
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") props.onCancel();
        }}
      />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy || !text.trim()}>
          {busy ? "Saving…" : props.submitLabel}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/**
 * The comments on one turn: each with its author and time; the reviewer's own can be edited and
 * deleted, others' are read-only. `onAdd` is absent for someone who may not comment.
 */
export function TurnComments(props: {
  turnLabel: string;
  comments: readonly Comment[];
  meId: string | undefined;
  authorOf: (id: string) => string;
  onAdd?: ((text: string) => Promise<void>) | undefined;
  onChanged: () => Promise<void>;
  /** Whether my own comments have Edit and Delete (false once I may no longer review). */
  canEdit?: boolean;
}) {
  const [adding, setAdding] = useState(false);
  const addButton = useReturnFocus<HTMLButtonElement>(adding);
  return (
    <div className="rv-turn-comments">
      {props.comments.length > 0 && (
        <ul className="rv-comments" aria-label={`Comments on ${props.turnLabel}`}>
          {props.comments.map((c) => (
            <CommentItem
              key={c.id}
              comment={c}
              mine={isMine(c, props.meId)}
              editable={isMine(c, props.meId) && (props.canEdit ?? true)}
              author={props.authorOf(c.authorId)}
              onChanged={props.onChanged}
            />
          ))}
        </ul>
      )}
      {props.onAdd &&
        (adding ? (
          <CommentForm
            label={`Your comment on ${props.turnLabel}`}
            submitLabel="Add comment"
            onCancel={() => setAdding(false)}
            onSubmit={async (text) => {
              await props.onAdd?.(text);
              setAdding(false);
            }}
          />
        ) : (
          <button
            ref={addButton}
            type="button"
            className="link-button"
            onClick={() => setAdding(true)}
          >
            Comment<span className="visually-hidden"> on {props.turnLabel}</span>
          </button>
        ))}
    </div>
  );
}

function CommentItem(props: {
  comment: Comment;
  mine: boolean;
  editable: boolean;
  author: string;
  onChanged: () => Promise<void>;
}) {
  const c = props.comment;
  const [editing, setEditing] = useState(false);
  const editButton = useReturnFocus<HTMLButtonElement>(editing);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    if (!window.confirm("Delete this comment?")) return;
    try {
      await deleteComment(c.id);
      await props.onChanged();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <li className={`rv-comment${props.mine ? " rv-comment-mine" : ""}`}>
      <p className="rv-comment-meta small">
        <strong>{props.mine ? "You" : props.author}</strong> · {formatDateTime(c.createdAt)}
        {c.updatedAt > c.createdAt && ` · edited ${formatDateTime(c.updatedAt)}`}
      </p>
      {editing ? (
        <CommentForm
          label="Edit your comment"
          submitLabel="Save"
          initial={c.text}
          onCancel={() => setEditing(false)}
          onSubmit={async (text) => {
            await editComment(c.id, text);
            setEditing(false);
            await props.onChanged();
          }}
        />
      ) : (
        <p className="rv-comment-text">{c.text}</p>
      )}
      {props.editable && !editing && (
        <p className="item-actions">
          <button
            ref={editButton}
            type="button"
            className="link-button"
            onClick={() => setEditing(true)}
          >
            Edit<span className="visually-hidden"> your comment</span>
          </button>
          <button type="button" className="link-button" onClick={() => void remove()}>
            Delete<span className="visually-hidden"> your comment</span>
          </button>
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
