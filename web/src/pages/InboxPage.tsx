import { loadInbox } from "../api/people";
import { useLoad } from "../components/cohorts/use-load";
import { Link } from "../components/Link";
import { EmptyState, ErrorState, Loading } from "../components/LoadStates";
import { canReview } from "../model/access";
import { formatDateTime } from "../model/format";
import {
  attemptWords,
  awaitingOnlyReply,
  awaitingReview,
  inboxScoreText,
  reviewStatusLabel,
  sortInbox,
  waitingWords,
} from "../model/people-view";
import { paths } from "../model/routes";
import { useAppStore } from "../state/store";

/** The mentor inbox: sessions shared with me, those awaiting review first. */
export default function InboxPage() {
  const [inbox, reload] = useLoad(async () => sortInbox(await loadInbox()), "inbox");
  const waiting = inbox.status === "ready" ? inbox.data.filter(awaitingReview).length : 0;
  const replied = inbox.status === "ready" ? inbox.data.filter(awaitingOnlyReply).length : 0;
  const reviewer = useAppStore((s) => canReview(s.me));
  return (
    <section aria-labelledby="inbox-title" className="people-page">
      <h1 id="inbox-title" tabIndex={-1}>
        Reviews
      </h1>
      <p className="lede">
        Sessions managers shared with you. Read the transcript and the scorecard, comment on any
        line, correct the score where the machine got it wrong, then mark the review done. A session
        with a reply to your comments waits here until you open it.
      </p>
      {inbox.status === "loading" || inbox.status === "idle" ? (
        <Loading label="Loading sessions shared with you" />
      ) : inbox.status === "error" ? (
        <ErrorState
          message={inbox.message}
          httpStatus={inbox.httpStatus}
          onRetry={() => void reload()}
        />
      ) : inbox.data.length === 0 && !reviewer ? (
        // A manager who typed the address, or someone whose reviewer role was taken away: this page
        // is a reviewer's, and their own sessions are elsewhere.
        <EmptyState title="Reviews are for mentors">
          <p>
            Sessions are shared with mentors, facilitators and admins, who review them here; your
            account has none of those roles. Your own sessions, and the reviews of them, are under{" "}
            <Link to={paths.history()}>History</Link>.
          </p>
        </EmptyState>
      ) : inbox.data.length === 0 ? (
        <EmptyState title="Nothing shared with you yet">
          <p>
            When a manager shares a session with you from their debrief, it appears here, and you
            can review it.
          </p>
        </EmptyState>
      ) : (
        <>
          <p className="result-count" role="status">
            {waiting === 0
              ? "All reviewed."
              : `${waitingWords(waiting, replied)}, of ${inbox.data.length} shared with you.`}
          </p>
          <div className="table-wrap">
            <table className="inbox stack">
              <thead>
                <tr>
                  <th scope="col">Session</th>
                  <th scope="col">Manager</th>
                  <th scope="col">Score</th>
                  <th scope="col">Shared</th>
                  <th scope="col">Review</th>
                </tr>
              </thead>
              <tbody>
                {inbox.data.map((s) => {
                  const deleted = s.deletedAt != null;
                  const changed = s.changedSinceReview === true;
                  const label = reviewStatusLabel(s.review, deleted, changed);
                  return (
                    <tr key={s.sessionId} className={awaitingReview(s) ? "awaiting" : undefined}>
                      <th scope="row">
                        {s.deletedAt != null ? (
                          <>
                            {s.scenarioTitle}
                            <span className="muted small block deleted-note">
                              Deleted by its owner on {formatDateTime(s.deletedAt)}: nothing is left
                              to open
                            </span>
                          </>
                        ) : (
                          <Link to={paths.review(s.sessionId)}>
                            {s.scenarioTitle}
                            {s.attempt && (
                              <span className="visually-hidden">
                                , attempt {s.attempt.n} of {s.attempt.of}, started{" "}
                                {formatDateTime(s.attempt.startedAt)}
                              </span>
                            )}
                          </Link>
                        )}
                        {s.attempt && !deleted && (
                          // Two shared attempts of one scenario told apart, as the manager's
                          // History numbers them (the link's name says it to a screen reader).
                          <span className="muted small block" aria-hidden="true">
                            {attemptWords(s.attempt)}
                          </span>
                        )}
                        {s.status === "active" && (
                          <span className="muted small block">Still in progress</span>
                        )}
                      </th>
                      <td data-label="Manager">{s.owner?.displayName ?? "Unknown"}</td>
                      <td data-label="Score">
                        {/* One child, so the stacked layout at 390 px keeps the words together. */}
                        <span>
                          {s.deletedAt != null ? "—" : inboxScoreText(s)}
                          {s.deletedAt == null && (s.whyNotPassed?.length ?? 0) > 0 && (
                            // Why it did not pass, in the grid's words, so a reviewer sees which
                            // "0, not passed" escalated and which missed every step before opening.
                            <span className="muted small block">{s.whyNotPassed?.join(" · ")}</span>
                          )}
                        </span>
                      </td>
                      <td data-label="Shared">{formatDateTime(s.sharedAt)}</td>
                      <td data-label="Review">
                        {/* One child, so the stacked layout at 390 px keeps the words together. */}
                        <span>
                          <span
                            className={`review-state review-${label.toLowerCase().replace(/\s+/g, "-")}`}
                          >
                            <span aria-hidden="true">
                              {changed && !deleted
                                ? "↻ "
                                : s.review?.status === "done"
                                  ? "✓ "
                                  : deleted
                                    ? "– "
                                    : s.review
                                      ? "◐ "
                                      : "○ "}
                            </span>
                            {label}
                          </span>
                          {(s.unreadReplies ?? 0) > 0 && !deleted && (
                            <span className="small block inbox-replies">
                              <span aria-hidden="true">↩ </span>
                              {s.unreadReplies === 1
                                ? "1 new reply to your comments"
                                : `${s.unreadReplies} new replies to your comments`}
                            </span>
                          )}
                          {changed && !deleted && (
                            <span className="muted small block">
                              Rewound and scored again after you marked it done: your review is of
                              the earlier version and no longer counts. Open it and mark it done
                              again.
                            </span>
                          )}
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
