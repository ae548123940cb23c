import { useEffect, useState } from "react";
import type { WireTurn } from "../../../server/sessions/protocol.schema";
import type { SessionRecord } from "../../../server/sessions/record.schema";
import { listShares, loadNotes, type Notes, type Share } from "../api/auth";
import { loadBriefing } from "../api/content";
import { messageOf } from "../api/http";
import { live } from "../api/live";
import { markReviewsSeen } from "../api/notices";
import { replyToComment } from "../api/people";
import { loadRecord, loadSessions, startSession } from "../api/sessions";
import { BranchCompare } from "../components/debrief/BranchCompare";
import { DebriefTranscript } from "../components/debrief/DebriefTranscript";
import { ExportLinks } from "../components/debrief/ExportLinks";
import { FlightRecorder } from "../components/debrief/FlightRecorder";
import { HiddenTruth } from "../components/debrief/HiddenTruth";
import { MetricsTable } from "../components/debrief/MetricsTable";
import { OtherVersions } from "../components/debrief/OtherVersions";
import { ReviewSummary } from "../components/debrief/ReviewNotes";
import { ScoreSummary } from "../components/debrief/ScoreSummary";
import { useSecondOpinion } from "../components/debrief/SecondOpinion";
import { ShareDialog } from "../components/debrief/ShareDialog";
import { StepList } from "../components/debrief/StepList";
import { Link } from "../components/Link";
import { ConversationNotFound, ErrorState, Loading } from "../components/LoadStates";
import { AssignmentNote } from "../components/library/AssignmentNote";
import { UnsavedNotesProvider, useUnsavedNotes } from "../components/review/unsaved-notes";
import { useTitle } from "../components/use-title";
import { attemptToCompare } from "../model/compare-link";
import {
  carryOnFrom,
  endedBeforeFirstLine,
  orderedScorecards,
  suggestedRewind,
  transcriptFlags,
} from "../model/debrief";
import { OUTCOME_LABELS } from "../model/labels";
import { commentsOnLines, commentsWhere, versionsShown } from "../model/other-versions";
import { reviewView, setAsideView } from "../model/review-notes";
import { paths } from "../model/routes";
import { managerNumbers, renumberNote, replyNumbers, scoredTurnIndex } from "../model/transcript";
import { useAppStore } from "../state/store";

export default function DebriefPage(props: { sessionId: string }) {
  const { sessionId } = props;
  const load = useAppStore((s) => s.records[sessionId]);
  const meId = useAppStore((s) => s.me?.user?.id);
  const navigate = useAppStore((s) => s.navigate);
  useEffect(() => {
    void loadRecord(sessionId, { force: true });
  }, [sessionId]);
  // The debrief is the manager's own page; anyone else reads a shared session on the review page.
  const someoneElses =
    load?.status === "ready" && load.data.ownerId !== undefined && load.data.ownerId !== meId;
  useEffect(() => {
    if (someoneElses) navigate(paths.review(sessionId), { replace: true });
  }, [someoneElses, sessionId, navigate]);
  if (!load || load.status === "idle" || load.status === "loading" || someoneElses) {
    return (
      <section>
        <h1 tabIndex={-1}>Debrief</h1>
        <Loading label="Loading your debrief" />
      </section>
    );
  }
  if (load.status === "error" && load.httpStatus === 404) {
    return (
      <section>
        <h1 tabIndex={-1}>Debrief</h1>
        <ConversationNotFound />
      </section>
    );
  }
  if (load.status === "error") {
    return (
      <section>
        <h1 tabIndex={-1}>Debrief</h1>
        <ErrorState
          message={load.message}
          httpStatus={load.httpStatus}
          onRetry={() => void loadRecord(sessionId, { force: true })}
        />
      </section>
    );
  }
  return <Debrief record={load.data} />;
}

function Debrief(props: { record: SessionRecord }) {
  const { record } = props;
  const { session } = record;
  const navigate = useAppStore((s) => s.navigate);
  const setDraft = useAppStore((s) => s.liveSetDraft);
  const briefing = useAppStore((s) => s.briefings[session.scenarioId]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { notes, shares, setShares, reloadNotes } = usePeopleAround(session.id);
  const judgeGaveUp = useSecondOpinion(record);
  // A reply typed to a reviewer's comment and not sent: leaving the page asks first, as on the
  // review page.
  const unsaved = useUnsavedNotes();
  useEffect(() => {
    void loadBriefing(session.scenarioId);
  }, [session.scenarioId]);

  const b = briefing?.status === "ready" ? briefing.data : undefined;
  const personas = b?.personas.map((p) => ({ id: p.id, name: p.name })) ?? [];
  const nameOf = (id: string | undefined) =>
    personas.find((p) => p.id === id)?.name ?? personas[0]?.name ?? "They";
  const title = b?.title ?? session.scenarioId;
  useTitle(b?.title);

  const scoredBefore = record.earlier;
  if (session.status !== "ended") {
    return (
      <section>
        <h1 tabIndex={-1}>Debrief</h1>
        <div className="empty-state" role="status">
          <h2>This conversation is still going</h2>
          <p>
            {scoredBefore
              ? `You went back into it after it scored ${scoredBefore.overall}. The debrief of the attempt you are flying now is ready once you end it; it will set the two side by side.`
              : "The debrief is ready once you end it."}
          </p>
          <Link to={paths.session(session.id)} className="button primary">
            Back to the conversation
          </Link>
        </div>
      </section>
    );
  }

  // Every pattern the scenario practises, the main one (whose score counts) first.
  const cards = orderedScorecards(
    record.scorecards,
    b?.patterns.map((p) => p.id),
  );
  const card = cards.find((c) => c.main)?.card;
  const several = cards.length > 1;
  const patternTitle = (id: string) => b?.patterns.find((p) => p.id === id)?.title ?? id;
  const review = notes ? reviewView(notes) : null;
  // The versions rewound away, each with its lines and the comments on them (as the export has them).
  const versions = versionsShown(record.branches, record.turns, notes?.comments ?? []);
  const numbers = managerNumbers(record.turns);
  const numberOf = (i: number) => numbers.get(i);
  const turnOf = scoredTurnIndex(record.turns);
  const replyTo = replyNumbers(record.turns);
  const renumber = (text: string) => renumberNote(text, turnOf, numberOf, replyTo);
  const flagsByTurn = transcriptFlags(cards, record.turns);
  const active = record.branches.find((x) => x.active);
  // A flag a reviewer set aside (counted) is a misreading: no reason to rewind to its line.
  const standing = new Map(
    [...flagsByTurn].map(([index, flags]) => [
      index,
      flags.filter(
        (f) => !(notes && setAsideView(f, notes, record.counted, card?.patternId)?.counts),
      ),
    ]),
  );
  const suggestion = suggestedRewind(
    record.turns,
    standing,
    active?.trajectory ?? [],
    undefined,
    card,
  );
  const rewindTo = suggestion && {
    turn: record.turns.find((t) => t.index === suggestion.turnIndex) as WireTurn,
    why: suggestion.why,
  };

  // Ended with End, perhaps too soon: the way back in is a rewind to the last line, which goes back
  // in the box (unless the suggested rewind is that line already).
  const carryOn = carryOnFrom(session.outcome, record.turns);
  const carryOnTurn = carryOn && carryOn.index !== rewindTo?.turn.index ? carryOn : undefined;
  const replyAndReload = notes
    ? async (commentId: string, text: string) => {
        await replyToComment(commentId, text);
        await reloadNotes();
      }
    : undefined;
  const rewind = (turn: WireTurn) => {
    live.open(session.id, { afterAttach: { type: "rewind", toTurn: turn.index } });
    setDraft(turn.text);
    navigate(paths.session(session.id));
  };
  const tryAgain = async () => {
    setBusy(true);
    setError(null);
    try {
      const id = await startSession(session.scenarioId, {
        coachHints: session.options.coachHints,
        difficulty: session.options.difficulty,
      });
      navigate(paths.session(id));
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };

  // The scenario it belongs to, and the page's heading (focused after an in-app navigation).
  const heading = (
    <>
      <p className="breadcrumb">
        <Link to={paths.briefing(session.scenarioId)}>{title}</Link>
      </p>
      <h1 id="debrief-title" tabIndex={-1}>
        Debrief
      </h1>
    </>
  );

  // Ended before the first line: a 0 and a list of missed steps would grade a conversation that
  // never happened. It is no attempt (History says so too): say that, and offer a fresh start.
  if (endedBeforeFirstLine(record)) {
    return (
      <article className="debrief" aria-labelledby="debrief-title">
        {heading}
        <div className="empty-state nothing-said">
          <h2>Nothing to score yet</h2>
          <p>
            This conversation ended before your first line, so there is nothing to score. It is not
            counted as an attempt.
          </p>
          <div className="debrief-actions">
            <button type="button" className="button primary" onClick={tryAgain} disabled={busy}>
              {busy ? "Starting…" : "Start a new conversation"}
            </button>
            <Link to={paths.briefing(session.scenarioId)} className="button">
              Read the briefing again
            </Link>
          </div>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <AssignmentNote scenarioId={session.scenarioId} sessionId={session.id} score={null} />
      </article>
    );
  }

  return (
    <UnsavedNotesProvider value={unsaved.registry}>
      <article className="debrief" aria-labelledby="debrief-title">
        {heading}
        <p className="muted">
          {OUTCOME_LABELS[session.outcome ?? ""] ?? "Ended"} · {session.managerTurns} of{" "}
          {session.turnLimit} turns
          {/* Rewinds, not attempts: History counts each conversation as one attempt. */}
          {record.branches.length === 2 && " · rewound once"}
          {record.branches.length > 2 && ` · rewound ${record.branches.length - 1} times`}
        </p>
        {active?.stillNeeded && active.stillNeeded.length > 0 && (
          <p className="still-needed">
            To end resolved, the conversation still needed: {active.stillNeeded.join("; ")}.
          </p>
        )}
        {active?.raisedAtEnd?.map((note) => (
          <p key={note} className="muted raised-at-end">
            {note}.
          </p>
        ))}
        {active?.unanswered?.map((note) => (
          <p key={note} className="still-needed unanswered">
            {note}.
          </p>
        ))}

        <div className="debrief-actions">
          <button type="button" className="button primary" onClick={tryAgain} disabled={busy}>
            {busy ? "Starting…" : "Try again"}
          </button>
          {rewindTo && (
            <button
              type="button"
              className="button"
              onClick={() => rewind(rewindTo.turn)}
              aria-describedby="rewind-why"
            >
              Rewind to turn {numberOf(rewindTo.turn.index)}
            </button>
          )}
          {rewindTo && (
            <span id="rewind-why" className="muted small">
              ({rewindTo.why})
            </span>
          )}
          {carryOnTurn && (
            <button
              type="button"
              className="button"
              onClick={() => rewind(carryOnTurn)}
              aria-describedby="carry-on-why"
            >
              Carry on from turn {numberOf(carryOnTurn.index)}
            </button>
          )}
          {carryOnTurn && (
            <span id="carry-on-why" className="muted small">
              (ended too soon? your last line goes back in the box, to say again or differently)
            </span>
          )}
          {shares && <ShareDialog sessionId={session.id} shares={shares} onChange={setShares} />}
          <ExportLinks sessionId={session.id} />
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        {shares && shares.length > 0 && (
          <p className="muted small">
            Shared with {shares.map((x) => x.user.displayName).join(", ")}
          </p>
        )}

        {card ? (
          <section aria-labelledby="score-title" className="panel">
            <h2 id="score-title">{several ? "Scores" : "Score"}</h2>
            {several && (
              <p className="small muted">
                This scenario practises {cards.length} patterns, each scored on its own. The main
                pattern's score is the one that counts: in History and toward an assignment.
              </p>
            )}
            <CompareLink scenarioId={session.scenarioId} sessionId={session.id} />
            {cards.map(({ card: c, main }) => {
              const reviewed = review?.reviewedScore(c.patternId) ?? null;
              return (
                <ScoreSummary
                  key={c.patternId}
                  card={c}
                  title={patternTitle(c.patternId)}
                  role={
                    several
                      ? main
                        ? "Main pattern: this score counts in History and toward an assignment."
                        : "Also practised here: for you to learn from; it does not count in History or toward an assignment."
                      : undefined
                  }
                  reviewed={reviewed === null ? null : { score: reviewed, counts: main }}
                  counted={main ? (record.counted ?? undefined) : undefined}
                  renumber={renumber}
                  outcome={main ? session.outcome : undefined}
                />
              );
            })}
          </section>
        ) : (
          <div className="empty-state" role="status">
            <h2>No score</h2>
            <p>This conversation has no scorecard (it may have ended before your first line).</p>
          </div>
        )}
        <AssignmentNote
          scenarioId={session.scenarioId}
          sessionId={session.id}
          score={card?.overall ?? null}
          passed={record.counted?.passed ?? card?.passed}
          reviewedScore={
            record.counted
              ? record.counted.reviewedOverall
              : card && review
                ? review.reviewedScore(card.patternId)
                : null
          }
        />
        {review?.any && (
          <ReviewSummary
            view={review}
            commentsWhere={commentsWhere(
              commentsOnLines(record.turns, notes?.comments ?? []),
              versions,
            )}
            patterns={cards.map(({ card: c, main }) => ({
              id: c.patternId,
              title: patternTitle(c.patternId),
              main,
            }))}
          />
        )}

        <div className="debrief-grid">
          <div className="debrief-col">
            {cards.map(({ card: c, main }) => (
              <section
                key={c.patternId}
                aria-labelledby={`steps-title-${c.patternId}`}
                className="panel"
              >
                <h2 id={`steps-title-${c.patternId}`}>
                  {several ? `Steps: ${patternTitle(c.patternId)}` : "Pattern steps"}
                </h2>
                {several && (
                  <p className="small muted">
                    {main
                      ? "The main pattern: its score counts."
                      : "Also practised here: its score does not count."}
                  </p>
                )}
                <StepList
                  card={c}
                  turnOf={turnOf}
                  numberOf={numberOf}
                  replyTo={replyTo}
                  adjustments={review?.stepAdjustments(c.patternId)}
                  judgeGaveUp={judgeGaveUp}
                />
              </section>
            ))}
            <section aria-labelledby="recorder-title" className="panel">
              <h2 id="recorder-title">Flight recorder</h2>
              <FlightRecorder
                trajectory={active?.trajectory ?? []}
                turns={record.turns}
                personas={personas}
              />
            </section>
            <section aria-labelledby="truth-title" className="panel">
              <h2 id="truth-title">What they were not telling you</h2>
              <HiddenTruth
                items={record.hiddenTruth ?? []}
                showNames={personas.length > 1}
                numberOf={numberOf}
              />
            </section>
            {card && (
              <section aria-labelledby="metrics-title" className="panel">
                <h2 id="metrics-title">Conversation metrics</h2>
                <MetricsTable metrics={card.metrics} />
              </section>
            )}
          </div>
          <div className="debrief-col debrief-transcript-col">
            <section aria-labelledby="transcript-title" className="panel">
              <h2 id="transcript-title">Transcript</h2>
              {record.turns.length === 0 ? (
                <p className="muted">No lines were said.</p>
              ) : (
                <DebriefTranscript
                  turns={record.turns}
                  flagsByTurn={flagsByTurn}
                  otherPattern={(id) =>
                    several && id !== card?.patternId ? patternTitle(id) : undefined
                  }
                  numberOf={numberOf}
                  nameOf={nameOf}
                  onRewind={rewind}
                  comments={review?.commentsByTurn}
                  meId={record.ownerId}
                  onReply={replyAndReload}
                  setAsideOf={(f) =>
                    notes ? setAsideView(f, notes, record.counted, card?.patternId) : null
                  }
                />
              )}
              <OtherVersions versions={versions} whose="your">
                {(v) => (
                  <DebriefTranscript
                    turns={v.turns}
                    flagsByTurn={new Map()}
                    numberOf={(i) => v.numbers.get(i)}
                    nameOf={nameOf}
                    comments={review?.commentsByTurn}
                    meId={record.ownerId}
                    onReply={replyAndReload}
                    version={v.lines}
                  />
                )}
              </OtherVersions>
            </section>
          </div>
        </div>

        {record.branches.length > 1 && (
          <section aria-labelledby="compare-title" className="panel">
            <h2 id="compare-title">Compare versions</h2>
            <BranchCompare
              branches={record.branches}
              nameOf={(id) => nameOf(id)}
              concernOf={(id) => record.hiddenTruth?.find((t) => t.concernId === id)?.summary ?? id}
            />
          </section>
        )}
      </article>
    </UnsavedNotesProvider>
  );
}

/**
 * "Compare with attempt 2": History's side-by-side of this attempt and my previous scored one of the
 * scenario (else the next). Nothing until my sessions of the scenario are read, nor without another.
 */
function CompareLink(props: { scenarioId: string; sessionId: string }) {
  const [other, setOther] = useState<ReturnType<typeof attemptToCompare>>(null);
  useEffect(() => {
    let live = true;
    loadSessions(props.scenarioId).then(
      (list) => live && setOther(attemptToCompare(list, props.sessionId)),
      () => live && setOther(null),
    );
    return () => {
      live = false;
    };
  }, [props.scenarioId, props.sessionId]);
  if (!other) return null;
  const [a, b] = other.earlier ? [other.id, props.sessionId] : [props.sessionId, other.id];
  return (
    <p className="small compare-link">
      <Link to={paths.compare(a, b)}>Compare with attempt {other.n}</Link>
    </p>
  );
}

/**
 * The people around this session: the notes its reviewers left, and (password mode, the owner
 * only) whom it is shared with. Either is null when this viewer may not see it or it failed to
 * load; the debrief is complete without them.
 */
function usePeopleAround(sessionId: string) {
  const authMode = useAppStore((s) => s.me?.authMode);
  const [notes, setNotes] = useState<Notes | null>(null);
  const [shares, setShares] = useState<Share[] | null>(null);
  useEffect(() => {
    let live = true;
    loadNotes(sessionId).then(
      (n) => {
        if (!live) return;
        setNotes(n);
        // The owner has the reviews, comments and replies in front of them: no longer new in
        // History or the menu (a reply written before a review is finished is new too).
        if (authMode === "password" && (n.reviews.length > 0 || n.comments.length > 0))
          markReviewsSeen(sessionId).catch(() => {});
      },
      () => live && setNotes(null),
    );
    // One user in local mode: there is nobody to share with.
    if (authMode === "password")
      listShares(sessionId).then(
        (list) => live && setShares(list),
        () => live && setShares(null),
      );
    return () => {
      live = false;
    };
  }, [sessionId, authMode]);
  // After a reply: the notes again, as the server has them.
  const reloadNotes = async () => setNotes(await loadNotes(sessionId));
  return { notes, shares, setShares, reloadNotes };
}
