import { useState } from "react";
import { messageOf } from "../../api/http";
import { type Comment, deleteComment, editComment, replyToComment } from "../../api/people";
import { formatDateTime } from "../../model/format";
import { isMine } from "../../model/people-view";
import { commentNames, commentThreads } from "../../model/review-notes";
import { useReturnFocus } from "../use-return-focus";
import { NoteForm } from "./NoteForm";

/** A form with one text box, for a new comment, a reply or an edit; Cancel closes it. */
function CommentForm(props: {
  label: string;
  submitLabel: string;
  unsavedName: string;
  initial?: string;
  onSubmit: (text: string) => Promise<void>;
  onCancel: () => void;
}) {
  return <NoteForm className="rv-comment-form" rows={3} maxLength={4000} {...props} />;
}

/**
 * The comments on one turn, as threads: each with its author and time, its replies under it; the
 * reviewer's own can be edited and deleted, others' are read-only. `onAdd` is absent for someone who
 * may not comment; `canReply` lets the session's owner and its reviewers answer a comment.
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
  /** Whether I may answer a comment (the owner, or a reviewer who may still review). */
  canReply?: boolean;
}) {
  const [adding, setAdding] = useState(false);
  const addButton = useReturnFocus<HTMLButtonElement>(adding);
  // Each comment's name in its buttons', unique on the line ("your comment on turn 3 (“…”)").
  const names = commentNames(props.comments, {
    turnLabel: props.turnLabel,
    meId: props.meId,
    authorOf: (c) => props.authorOf(c.authorId),
  });
  const nameOf = (c: Comment) => names.get(c.id) ?? `comment on ${props.turnLabel}`;
  const item = (c: Comment, replies = 0) => (
    <CommentItem
      key={c.id}
      comment={c}
      replies={replies}
      what={nameOf(c)}
      mine={isMine(c, props.meId)}
      editable={isMine(c, props.meId) && (props.canEdit ?? true)}
      author={props.authorOf(c.authorId)}
      onChanged={props.onChanged}
    />
  );
  return (
    <div className="rv-turn-comments">
      {props.comments.length > 0 && (
        <ul className="rv-comments" aria-label={`Comments on ${props.turnLabel}`}>
          {commentThreads(props.comments).map(({ comment, replies }) => (
            <li key={comment.id} className="rv-thread">
              <ul className="rv-thread-list">
                {item(comment, replies.length)}
                {replies.length > 0 && (
                  <li className="rv-replies-box">
                    <ul
                      className="rv-replies"
                      aria-label={`Replies to ${isMine(comment, props.meId) ? "your" : `${props.authorOf(comment.authorId)}'s`} comment`}
                    >
                      {replies.map((r) => item(r))}
                    </ul>
                  </li>
                )}
              </ul>
              {props.canReply && (
                <ReplyButton
                  to={nameOf(comment)}
                  onReply={async (text) => {
                    await replyToComment(comment.id, text);
                    await props.onChanged();
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {props.onAdd &&
        (adding ? (
          <CommentForm
            label={`Your comment on ${props.turnLabel}`}
            submitLabel="Add comment"
            unsavedName={`your comment on ${props.turnLabel}`}
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

/** "Reply" under a thread, opening a form in its place. */
export function ReplyButton(props: { to: string; onReply: (text: string) => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const button = useReturnFocus<HTMLButtonElement>(open);
  return open ? (
    <CommentForm
      label={`Your reply to ${props.to}`}
      submitLabel="Reply"
      unsavedName={`your reply to ${props.to}`}
      onCancel={() => setOpen(false)}
      onSubmit={async (text) => {
        await props.onReply(text);
        setOpen(false);
      }}
    />
  ) : (
    <button ref={button} type="button" className="link-button" onClick={() => setOpen(true)}>
      Reply<span className="visually-hidden"> to {props.to}</span>
    </button>
  );
}

function CommentItem(props: {
  comment: Comment;
  /** Replies under it, which go with it when it is deleted. */
  replies?: number;
  /**
   * What it is called in Edit's and Delete's names, unique on the page ("your comment on turn 3",
   * "your reply on turn 4"; `commentNames`).
   */
  what: string;
  mine: boolean;
  editable: boolean;
  author: string;
  onChanged: () => Promise<void>;
}) {
  const c = props.comment;
  const { what } = props;
  const [editing, setEditing] = useState(false);
  const editButton = useReturnFocus<HTMLButtonElement>(editing);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    const n = props.replies ?? 0;
    const question =
      n === 0
        ? "Delete this comment?"
        : `Delete this comment? The ${n === 1 ? "reply" : `${n} replies`} to it go too.`;
    if (!window.confirm(question)) return;
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
          label={`Edit ${what}`}
          submitLabel="Save"
          unsavedName={`your change to ${what}`}
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
            Edit<span className="visually-hidden"> {what}</span>
          </button>
          <button type="button" className="link-button" onClick={() => void remove()}>
            Delete<span className="visually-hidden"> {what}</span>
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
