import type { Adjustment, ReviewComment } from "../../api/auth";
import { formatDate, formatDateTime } from "../../model/format";
import { STEP_STATUS_LABELS } from "../../model/labels";
import {
  type Authored,
  commentNames,
  commentThreads,
  type ReviewView,
  reviewedByText,
} from "../../model/review-notes";
import { ReplyButton } from "../review/TurnComments";

const statusWord = (status: string | null) =>
  status === null ? "—" : (STEP_STATUS_LABELS[status]?.label ?? status);

/** Who wrote a note and when; "edited" once it changed after it was written. */
function Byline(props: { name: string; createdAt: number; updatedAt: number; verb: string }) {
  return (
    <p className="comment-meta small muted">
      <strong>{props.name}</strong> {props.verb} · {formatDateTime(props.createdAt)}
      {props.updatedAt > props.createdAt && " (edited)"}
    </p>
  );
}

/** A reviewer's change to a step's status or to the score, with the machine's value beside it. */
export function AdjustmentNote(props: {
  adjustment: Authored<Adjustment>;
  /** The pattern a score adjustment is on, named when the scenario has more than one. */
  patternTitle?: string | undefined;
}) {
  const a = props.adjustment;
  const isStep = a.stepId !== null;
  return (
    <div className="adjustment" role="note">
      <Byline
        name={a.authorName}
        verb={
          isStep
            ? "adjusted this step"
            : props.patternTitle
              ? `adjusted the score of “${props.patternTitle}”`
              : "adjusted the score"
        }
        createdAt={a.createdAt}
        updatedAt={a.updatedAt}
      />
      <p>
        {isStep ? (
          <>
            Reviewer: <strong>{statusWord(a.status)}</strong>
            <span className="muted"> · the machine said {statusWord(a.machineStatus)}</span>
          </>
        ) : (
          <>
            Reviewer: <strong>{a.score ?? "—"} / 100</strong>
            <span className="muted"> · the machine scored {a.machineScore ?? "—"}</span>
          </>
        )}
      </p>
      <p className="adjustment-reason">
        <span className="muted">Why: </span>
        {a.reason}
      </p>
    </div>
  );
}

/**
 * The mentor's comments beside the turn they are on, each with the replies to it under it, and for
 * the manager a **Reply** to answer it (the reviewer is told: their Reviews list counts it).
 */
export function TurnComments(props: {
  comments: readonly Authored<ReviewComment>[];
  /** The line they are on ("turn 3"), which names each Reply apart. */
  turnLabel: string;
  /** Who is reading: their own replies say "You". */
  meId?: string | undefined;
  onReply?: ((commentId: string, text: string) => Promise<void>) | undefined;
}) {
  if (props.comments.length === 0) return null;
  const name = (c: Authored<ReviewComment>) =>
    props.meId !== undefined && c.authorId === props.meId ? "You" : c.authorName;
  // Each Reply's name, unique on the line: "Maya's comment on turn 3 (“Please say more…”)" when
  // Maya wrote two there.
  const names = commentNames(props.comments, {
    turnLabel: props.turnLabel,
    meId: props.meId,
    authorOf: (c) => c.authorName,
  });
  return (
    <div className="turn-comments">
      {commentThreads(props.comments).map(({ comment: c, replies }) => (
        <div key={c.id} className="comment-thread">
          <div className="comment" role="note">
            <Byline
              name={name(c)}
              verb="commented"
              createdAt={c.createdAt}
              updatedAt={c.updatedAt}
            />
            <p className="comment-text">{c.text}</p>
          </div>
          {replies.map((r) => (
            <div key={r.id} className="comment comment-reply" role="note">
              <Byline
                name={name(r)}
                verb="replied"
                createdAt={r.createdAt}
                updatedAt={r.updatedAt}
              />
              <p className="comment-text">{r.text}</p>
            </div>
          ))}
          {props.onReply && (
            <ReplyButton
              to={names.get(c.id) ?? `comment on ${props.turnLabel}`}
              onReply={(text) => props.onReply?.(c.id, text) ?? Promise.resolve()}
            />
          )}
        </div>
      ))}
    </div>
  );
}

/**
 * "Your mentor's review": who finished a review, the score they gave beside the machine's (on each
 * of the scenario's patterns they scored), and where their comments and step changes are (beside
 * the lines and steps they are about).
 */
export function ReviewSummary(props: {
  view: ReviewView;
  /** The scenario's patterns, the main one first. */
  patterns: readonly { id: string; title: string; main: boolean }[];
  /**
   * Where the comments are, as the page shows them (commentsWhere): beside the lines, and on each
   * version rewound away, under the transcript. First comments only: replies sit under theirs.
   */
  commentsWhere: string | null;
}) {
  const { view, patterns } = props;
  const steps = patterns.reduce((n, p) => n + view.stepAdjustments(p.id).size, 0);
  const several = patterns.length > 1;
  const scores = patterns.flatMap((p) =>
    view.scoreAdjustments(p.id).map((a) => ({ a, title: several ? p.title : undefined })),
  );
  const where = [
    props.commentsWhere,
    view.setAsides > 0 &&
      `${view.setAsides === 1 ? "a machine flag" : `${view.setAsides} machine flags`} set aside, with why, under the ${view.setAsides === 1 ? "flag" : "flags"} on the transcript`,
    steps > 0 &&
      `${steps === 1 ? "a change" : `changes`} to ${steps} ${steps === 1 ? "step" : "steps"} on the step ${several ? "lists" : "list"}`,
  ].filter(Boolean);
  const last = view.doneBy.at(-1);
  return (
    <section aria-labelledby="review-title" className="panel review-summary">
      <h2 id="review-title">Your mentor's review</h2>
      {last ? (
        <p className="reviewed-by">
          <span aria-hidden="true">✓ </span>
          {reviewedByText(view.doneBy.map((d) => d.name))} · {formatDate(last.at)}
        </p>
      ) : (
        <p className="muted">In progress: your mentor has not marked the review done yet.</p>
      )}
      {scores.map(({ a, title }) => (
        <AdjustmentNote key={a.id} adjustment={a} patternTitle={title} />
      ))}
      {where.length > 0 && <p className="small">You will find {where.join(" and ")}.</p>}
    </section>
  );
}
