import { useEffect, useRef, useState } from "react";
import type { SessionRecord } from "../../../server/sessions/record.schema";
import { loadMe } from "../api/auth";
import { loadBriefing } from "../api/content";
import { ApiError, messageOf } from "../api/http";
import { markReviewsSeen } from "../api/notices";
import { addComment, loadInbox, loadNotes, markReviewDone, type Notes } from "../api/people";
import { loadRecord } from "../api/sessions";
import { useLoad } from "../components/cohorts/use-load";
import { ExportLinks } from "../components/debrief/ExportLinks";
import { HiddenTruth } from "../components/debrief/HiddenTruth";
import { OtherVersions } from "../components/debrief/OtherVersions";
import { ScoreSummary } from "../components/debrief/ScoreSummary";
import { useSecondOpinion } from "../components/debrief/SecondOpinion";
import { Link } from "../components/Link";
import { ErrorState, Loading } from "../components/LoadStates";
import { OverallAdjust, ReviewSteps } from "../components/review/ReviewSteps";
import { ReviewTranscript } from "../components/review/ReviewTranscript";
import {
  type UnsavedNote,
  UnsavedNotesProvider,
  useUnsavedNotes,
} from "../components/review/unsaved-notes";
import { canReview as canReviewAny } from "../model/access";
import { type OtherAttempt, sharedAttemptToCompare } from "../model/compare-link";
import { orderedScorecards, transcriptFlags } from "../model/debrief";
import { formatDateTime } from "../model/format";
import { OUTCOME_LABELS } from "../model/labels";
import { versionsShown } from "../model/other-versions";
import { attemptWords, reviewOfEarlierVersion, reviewStatusLabel } from "../model/people-view";
import { paths } from "../model/routes";
import { managerNumbers, renumberNote, replyNumbers, scoredTurnIndex } from "../model/transcript";
import { markDoneAdvice, unsavedNotesText } from "../model/unsaved-notes";
import { useAppStore } from "../state/store";

/**
 * The review view: the transcript and the scorecard side by side (stacked on a narrow screen). A
 * reviewer comments on turns, adjusts steps or the overall score with a reason, and marks it done.
 */
export default function ReviewPage(props: { sessionId: string }) {
  const { sessionId } = props;
  const record = useAppStore((s) => s.records[sessionId]);
  // Who I am (the account shell loaded it before any page shows), and whether this session was
  // shared with me, and by whom.
  const me = useAppStore((s) => s.me?.user ?? null);
  const hasReviewRole = useAppStore((s) => canReviewAny(s.me));
  const [context, reloadContext] = useLoad(async () => {
    const inbox = await loadInbox();
    return { me, inbox, shared: inbox.find((s) => s.sessionId === sessionId) };
  }, sessionId);
  const [notes, reloadNotes] = useLoad(() => loadNotes(sessionId), sessionId);
  useEffect(() => {
    void loadRecord(sessionId, { force: true });
  }, [sessionId]);
  // A reviewer who opens the page reads the replies to their comments: the session no longer
  // waits for them on that account (the menu's count and Reviews).
  useEffect(() => {
    if (hasReviewRole) markReviewsSeen(sessionId).catch(() => {});
  }, [sessionId, hasReviewRole]);

  const heading = (
    <h1 id="review-title" tabIndex={-1}>
      Review
    </h1>
  );
  const failure =
    record?.status === "error"
      ? {
          message: record.message,
          httpStatus: record.httpStatus,
          retry: () => void loadRecord(sessionId, { force: true }),
        }
      : context.status === "error"
        ? {
            message: context.message,
            httpStatus: context.httpStatus,
            retry: () => void reloadContext(),
          }
        : notes.status === "error"
          ? {
              message: notes.message,
              httpStatus: notes.httpStatus,
              retry: () => void reloadNotes(),
            }
          : null;
  if (failure)
    return (
      <section aria-labelledby="review-title">
        {heading}
        <ErrorState
          message={failure.message}
          httpStatus={failure.httpStatus}
          onRetry={failure.retry}
        />
      </section>
    );
  if (record?.status !== "ready" || context.status !== "ready" || notes.status !== "ready")
    return (
      <section aria-labelledby="review-title">
        {heading}
        <Loading label="Loading the session to review" />
      </section>
    );
  return (
    <Review
      record={record.data}
      notes={notes.data}
      meId={context.data.me?.id}
      ownerName={
        // The manager reading the notes on their own session is "you", not "the manager".
        record.data.ownerId !== undefined && record.data.ownerId === context.data.me?.id
          ? "You"
          : (context.data.shared?.owner?.displayName ?? "The manager")
      }
      shared={context.data.shared !== undefined}
      attempt={context.data.shared?.attempt ?? null}
      compareWith={sharedAttemptToCompare(context.data.inbox, sessionId)}
      // Shared with me is not enough: reviewing needs the role too (without it the server
      // refuses the transcript itself, 403).
      canReview={context.data.shared !== undefined && hasReviewRole}
      // A note can change the verdict that counts (a step, a set-aside flag, the review done):
      // the record, which carries it, is read again with the notes.
      reloadNotes={async () => {
        await Promise.all([reloadNotes(), loadRecord(sessionId, { force: true })]);
      }}
    />
  );
}

function Review(props: {
  record: SessionRecord;
  notes: Notes;
  meId: string | undefined;
  ownerName: string;
  /** The session is shared with me. */
  shared: boolean;
  /** Which of the manager's attempts it is, as their History numbers it (shared with me only). */
  attempt: { n: number; of: number; startedAt: number } | null;
  /** Another attempt of the scenario the manager shared with me, to compare with. */
  compareWith: OtherAttempt | null;
  canReview: boolean;
  reloadNotes: () => Promise<void>;
}) {
  const { record, notes, meId, canReview } = props;
  const { session } = record;
  // Note forms holding text not saved yet: Mark review done waits for them.
  const unsaved = useUnsavedNotes();
  const briefing = useAppStore((s) => s.briefings[session.scenarioId]);
  useEffect(() => {
    void loadBriefing(session.scenarioId);
  }, [session.scenarioId]);
  const b = briefing?.status === "ready" ? briefing.data : undefined;
  const personas = b?.personas ?? [];
  const nameOf = (id: string | undefined) =>
    personas.find((p) => p.id === id)?.name ?? personas[0]?.name ?? "Employee";
  const authorOf = (id: string) =>
    notes.authors.find((a) => a.id === id)?.displayName ?? "A reviewer";

  // While the model is asked for its second opinion, the page reads the session again (as the debrief).
  const judgeGaveUp = useSecondOpinion(record);
  const numbers = managerNumbers(record.turns);
  const numberOf = (i: number) => numbers.get(i);
  const turnOf = scoredTurnIndex(record.turns);
  const replyTo = replyNumbers(record.turns);
  // Every pattern the scenario practises, the main one (whose score counts) first.
  const cards = orderedScorecards(
    record.scorecards,
    b?.patterns.map((p) => p.id),
  );
  const several = cards.length > 1;
  const titleOf = (id: string) => b?.patterns.find((p) => p.id === id)?.title ?? id;
  const mainId = cards.find((c) => c.main)?.card.patternId;
  // The machine's flags of the main pattern, and the other patterns' on words not flagged yet.
  const flagsByTurn = transcriptFlags(cards, record.turns);
  const myReview = notes.reviews.find((r) => r.reviewerId === meId) ?? null;
  const others = notes.reviews.filter((r) => r.reviewerId !== meId && r.status === "done");
  const shared = {
    sessionId: session.id,
    meId,
    authorOf,
    canReview,
    onChanged: props.reloadNotes,
  };

  return (
    <UnsavedNotesProvider value={unsaved.registry}>
      <article className="review" aria-labelledby="review-title">
        <p className="breadcrumb">
          {canReview ? (
            <Link to={paths.inbox()}>Reviews</Link>
          ) : (
            <Link to={paths.debrief(session.id)}>Debrief</Link>
          )}
        </p>
        <h1 id="review-title" tabIndex={-1}>
          Review: {b?.title ?? session.scenarioId}
        </h1>
        <p className="muted">
          {props.ownerName === "You" ? "Your session" : `${props.ownerName}'s session`} ·{" "}
          {session.status === "active"
            ? "still in progress"
            : session.outcome === "ended"
              ? `ended by ${props.ownerName === "You" ? "you" : props.ownerName}`
              : (OUTCOME_LABELS[session.outcome ?? ""] ?? "Ended")}{" "}
          · {session.managerTurns} of {session.turnLimit} turns
          {others.length > 0 &&
            ` · also reviewed by ${others.map((r) => authorOf(r.reviewerId)).join(", ")}`}
        </p>
        {props.attempt && (
          <p className="muted small review-attempt">
            {attemptWords(props.attempt)}
            {props.compareWith && (
              <>
                {" · "}
                <Link
                  to={
                    props.compareWith.earlier
                      ? paths.compare(props.compareWith.id, session.id)
                      : paths.compare(session.id, props.compareWith.id)
                  }
                >
                  Compare with attempt {props.compareWith.n}
                </Link>
              </>
            )}
          </p>
        )}
        <p className="review-export">
          <ExportLinks sessionId={session.id} />
        </p>
        {canReview ? (
          <ReviewDone
            sessionId={session.id}
            review={myReview}
            changed={reviewOfEarlierVersion(
              myReview,
              [...notes.adjustments, ...notes.setAsides].filter((a) => a.authorId === meId),
              record.counted?.machineAt,
            )}
            onChanged={props.reloadNotes}
            unsaved={unsaved.notes}
          />
        ) : (
          <p className="muted small">
            You are reading the reviewers' notes; only the person a session is shared with can
            review it.
          </p>
        )}

        <div className="review-grid">
          <section
            aria-labelledby="review-transcript-title"
            className="panel review-transcript-col"
          >
            <h2 id="review-transcript-title">Transcript</h2>
            {record.turns.length === 0 ? (
              <p className="muted">No lines were said.</p>
            ) : (
              <ReviewTranscript
                turns={record.turns}
                flagsByTurn={flagsByTurn}
                otherPattern={(id) => (several && id !== mainId ? titleOf(id) : undefined)}
                numberOf={numberOf}
                nameOf={nameOf}
                ownerName={props.ownerName}
                comments={notes.comments}
                meId={meId}
                authorOf={authorOf}
                canEdit={canReview}
                canReply={canReview || props.ownerName === "You"}
                onComment={
                  canReview
                    ? async (turnId, text) => {
                        await refusedForRole(session.id, () =>
                          addComment(session.id, turnId, text),
                        );
                        await props.reloadNotes();
                      }
                    : undefined
                }
                onChanged={props.reloadNotes}
                setAside={{
                  sessionId: session.id,
                  setAsides: notes.setAsides,
                  canReview,
                  run: (action) => refusedForRole(session.id, action),
                }}
              />
            )}
            {/* The versions rewound away: the lines a review may have been of, with its comments. */}
            <OtherVersions
              versions={versionsShown(record.branches, record.turns, notes.comments)}
              whose={props.ownerName === "You" ? "your" : `${props.ownerName}'s`}
            >
              {(v) => (
                <ReviewTranscript
                  turns={v.turns}
                  flagsByTurn={new Map()}
                  numberOf={(i) => v.numbers.get(i)}
                  nameOf={nameOf}
                  ownerName={props.ownerName}
                  comments={notes.comments}
                  meId={meId}
                  authorOf={authorOf}
                  canEdit={canReview}
                  canReply={canReview || props.ownerName === "You"}
                  onChanged={props.reloadNotes}
                  version={v.lines}
                />
              )}
            </OtherVersions>
          </section>
          <div className="review-card-col">
            {record.scorecards.length === 0 && (
              <div className="empty-state" role="status">
                <h2>No score</h2>
                <p>This session has no scorecard yet, so there is nothing to adjust.</p>
              </div>
            )}
            {cards.map(({ card, main }) => {
              const title = titleOf(card.patternId);
              const mine = notes.adjustments.filter((a) => a.patternId === card.patternId);
              // Named apart when there are two (two regions called "Score" are one too many).
              const named = (what: string) =>
                several ? `${what}: ${title}${main ? " (main pattern)" : ""}` : what;
              return (
                <div key={card.patternId}>
                  <section aria-labelledby={`score-${card.patternId}`} className="panel">
                    <h2 id={`score-${card.patternId}`}>{named("Score")}</h2>
                    <ScoreSummary
                      card={card}
                      title={title}
                      counted={main ? (record.counted ?? undefined) : undefined}
                      forReviewer
                      role={
                        several
                          ? main
                            ? "The scenario's main pattern: its score counts in History and the cohort's progress grid."
                            : "Also practised here: its score counts in neither History nor the cohort's progress grid."
                          : undefined
                      }
                      renumber={(text) => renumberNote(text, turnOf, numberOf, replyTo)}
                    />
                    <OverallAdjust
                      {...shared}
                      card={card}
                      adjustments={mine.filter((a) => a.stepId === null)}
                      mainPatternTitle={main || !mainId ? undefined : titleOf(mainId)}
                    />
                  </section>
                  <section aria-labelledby={`steps-${card.patternId}`} className="panel">
                    <h2 id={`steps-${card.patternId}`}>{named("Pattern steps")}</h2>
                    <ReviewSteps
                      {...shared}
                      card={card}
                      adjustments={mine.filter((a) => a.stepId !== null)}
                      setAsides={notes.setAsides}
                      turnOf={turnOf}
                      numberOf={numberOf}
                      replyTo={replyTo}
                      mainPatternTitle={main || !mainId ? undefined : titleOf(mainId)}
                      judgeGaveUp={judgeGaveUp}
                    />
                  </section>
                </div>
              );
            })}
            {record.hiddenTruth !== undefined && (
              // The persona's hidden story, as the manager's debrief shows it: what a mentor needs to
              // judge whether a line missed a way in.
              <section aria-labelledby="review-truth-title" className="panel">
                <h2 id="review-truth-title">
                  What they were not telling {props.ownerName === "You" ? "you" : props.ownerName}
                </h2>
                <HiddenTruth
                  items={record.hiddenTruth}
                  showNames={personas.length > 1}
                  listener={props.ownerName === "You" ? "you" : props.ownerName}
                  numberOf={numberOf}
                />
              </section>
            )}
          </div>
        </div>
      </article>
    </UnsavedNotesProvider>
  );
}

/**
 * Runs a review action; a refusal (403) may mean an admin took the reviewer's role away since the
 * page loaded, so who I am is asked again, and the session too: without the role it is closed to
 * me, and the page says so instead of the transcript. The refusal is thrown on, for the form to show.
 */
async function refusedForRole<T>(sessionId: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (err) {
    if (err instanceof ApiError && err.status === 403) {
      void loadMe();
      void loadRecord(sessionId, { force: true });
    }
    throw err;
  }
}

/** The reviewer's own review state, and the button that finishes (or reopens) it. */
function ReviewDone(props: {
  sessionId: string;
  review: Notes["reviews"][number] | null;
  /** Rewound and scored again after I finished: my review is of an earlier version. */
  changed: boolean;
  onChanged: () => Promise<void>;
  /** Note forms on the page holding unsaved text, in page order. */
  unsaved: readonly UnsavedNote[];
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Mark review done was pressed while a note was unsaved: the page says which, until none is.
  const [blocked, setBlocked] = useState(false);
  const doneButton = useRef<HTMLButtonElement>(null);
  // A review of an earlier version is done again, not reopened: one press makes it count.
  const done = props.review?.status === "done" && !props.changed;
  const { unsaved } = props;
  // Every note saved or closed: the next unsaved one waits for the next press.
  useEffect(() => {
    if (unsaved.length === 0) setBlocked(false);
  }, [unsaved.length]);
  const toggle = async () => {
    // Finishing with a note still in a box would lose it: the manager would read "Reviewed"
    // without it (review 6, #1). Reopening loses nothing.
    if (!done && unsaved.length > 0) {
      setBlocked(true);
      return;
    }
    setBlocked(false);
    setBusy(true);
    setError(null);
    try {
      await refusedForRole(props.sessionId, () => markReviewDone(props.sessionId, !done));
      await props.onChanged();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="review-status panel">
      <p role="status">
        <strong>Your review: {reviewStatusLabel(props.review, false, props.changed)}</strong>
        {done && props.review?.doneAt != null && (
          <span className="muted small"> · marked done {formatDateTime(props.review.doneAt)}</span>
        )}
      </p>
      <p className="muted small">
        {props.changed
          ? "The manager rewound this conversation and it was scored again after you marked your review done: your review is of the earlier version, so it no longer counts, and this version counts with the machine's score. Read the new lines, adjust if you need to, and mark the review done again."
          : done
            ? "The manager sees your notes on their debrief, and this session as reviewed in their history."
            : "The manager sees your notes as you write them; marking the review done tells them you have finished."}
      </p>
      <button
        ref={doneButton}
        type="button"
        className={done ? "button" : "button primary"}
        onClick={() => void toggle()}
        disabled={busy}
      >
        {props.changed ? "Mark review done again" : done ? "Reopen review" : "Mark review done"}
      </button>
      {blocked && unsaved.length > 0 && (
        <UnsavedNotesAlert unsaved={unsaved} onDiscarded={() => doneButton.current?.focus()} />
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Why the review is not marked done yet: each unsaved note, with a way to go to it, or discard them. */
function UnsavedNotesAlert(props: {
  unsaved: readonly UnsavedNote[];
  /** The alert goes with the notes: focus goes back to Mark review done. */
  onDiscarded: () => void;
}) {
  const { unsaved } = props;
  const whats = unsaved.map((n) => n.what);
  const goTo = (note: UnsavedNote) => {
    note.box?.scrollIntoView({ block: "center" });
    note.box?.focus({ preventScroll: true });
  };
  return (
    <div className="unsaved-notes form-error" role="alert">
      {/* Only the lead sentence is strong: the advice, the list and its buttons read plainly. */}
      <p>
        <strong>{unsavedNotesText(whats)}</strong> {markDoneAdvice(whats)}
      </p>
      <ul className="unsaved-notes-list">
        {unsaved.map((n) => (
          <li key={n.what}>
            <button type="button" className="link-button" onClick={() => goTo(n)}>
              Go to {n.what}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button"
        onClick={() => {
          for (const n of unsaved) n.discard();
          props.onDiscarded();
        }}
      >
        {unsaved.length === 1 ? "Discard it" : `Discard all ${unsaved.length}`}
      </button>
    </div>
  );
}
