import { lazy, Suspense, useEffect, useState } from "react";
import { loadMyReviews } from "../api/auth";
import { loadPatterns } from "../api/content";
import { messageOf } from "../api/http";
import { deleteSession, exportUrl, loadHistory } from "../api/sessions";
import { PickTwo } from "../components/debrief/PickTwo";
import { Link } from "../components/Link";
import { EmptyState, ErrorState, Loading } from "../components/LoadStates";
import { formatDateTime, formatSigned } from "../model/format";
import { OUTCOME_LABELS } from "../model/labels";
import {
  type HistoryReview,
  historyNewsWords,
  historyReview,
  historyReviewWords,
} from "../model/people-view";
import {
  type AttemptScore,
  attemptScore,
  attemptScoreWords,
  attemptsByScenario,
  proficiencyByPattern,
  type ScenarioAttempts,
  TIERS,
} from "../model/progress";
import { paths } from "../model/routes";
import { useAppStore } from "../state/store";

const LineChart = lazy(() => import("../charts/LineChart"));

export default function HistoryPage() {
  const history = useAppStore((s) => s.history);
  const patterns = useAppStore((s) => s.patterns);
  const [reviewed, setReviewed] = useState<ReadonlyMap<string, HistoryReview>>(new Map());
  const [news, setNews] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    void loadHistory();
    void loadPatterns();
    // Which attempts a mentor finished reviewing, when, and whether that is new to you; the
    // history is complete without it.
    loadMyReviews().then(
      (list) => {
        setReviewed(
          new Map(
            list.flatMap((r) => {
              const review = historyReview(r);
              return review ? [[r.sessionId, review] as const] : [];
            }),
          ),
        );
        // Replies (and comments after a finished review) by others since you last opened it.
        setNews(
          new Map(
            list.flatMap((r) => {
              const words = historyNewsWords(r.news);
              return words ? [[r.sessionId, words] as const] : [];
            }),
          ),
        );
      },
      () => {},
    );
  }, []);
  // A delete's outcome, announced (the row just goes), and where focus goes instead of the page.
  const [deleted, setDeleted] = useState<{ words: string; focus: string[] } | null>(null);
  useEffect(() => {
    if (!deleted) return;
    for (const id of deleted.focus) {
      const el = document.getElementById(id);
      if (el) {
        el.focus();
        return;
      }
    }
  }, [deleted]);
  const titleOf = (id: string) =>
    (patterns.status === "ready" ? patterns.data.find((p) => p.id === id)?.title : undefined) ?? id;

  return (
    <section aria-labelledby="history-title">
      <h1 id="history-title" tabIndex={-1}>
        History and progress
      </h1>
      <p className="lede">Every attempt you have flown, and how each pattern is coming along.</p>
      <p role="status" className="visually-hidden">
        {deleted?.words ?? ""}
      </p>
      {(history.status === "idle" || history.status === "loading") && (
        <Loading label="Loading your attempts" />
      )}
      {history.status === "error" && (
        <ErrorState
          message={history.message}
          httpStatus={history.httpStatus}
          onRetry={() => void loadHistory()}
        />
      )}
      {history.status === "ready" && history.data.length === 0 && (
        <EmptyState title="No attempts yet">
          <p>Your attempts and scores appear here after your first conversation.</p>
          <Link to="/" className="button primary">
            Pick a scenario
          </Link>
        </EmptyState>
      )}
      {history.status === "ready" && history.data.length > 0 && (
        <>
          <section aria-labelledby="proficiency-title" className="panel">
            <h2 id="proficiency-title">Proficiency by pattern</h2>
            <Proficiency titleOf={titleOf} />
          </section>
          <h2 id="attempts-title" tabIndex={-1}>
            Attempts by scenario
          </h2>
          {attemptsByScenario(history.data).map((g) => (
            <ScenarioHistory
              key={g.scenarioId}
              group={g}
              reviewed={reviewed}
              news={news}
              onDeleted={setDeleted}
            />
          ))}
        </>
      )}
    </section>
  );
}

function Proficiency(props: { titleOf: (id: string) => string }) {
  const sessions = useAppStore((s) => (s.history.status === "ready" ? s.history.data : []));
  const rows = proficiencyByPattern(sessions);
  if (rows.length === 0)
    return <p className="muted">Finish a conversation to see a proficiency.</p>;
  return (
    <>
      <div className="table-wrap">
        <table className="proficiency stack">
          <thead>
            <tr>
              <th scope="col">Pattern</th>
              <th scope="col">Tier</th>
              <th scope="col">Weighted score</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last change</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.patternId}>
                <th scope="row">{props.titleOf(r.patternId)}</th>
                <td data-label="Tier">
                  <span className={`tier tier-${r.tier.toLowerCase().replace(/\s+/g, "-")}`}>
                    {r.tier}
                  </span>
                </td>
                <td data-label="Weighted score">{r.score}</td>
                <td data-label="Attempts">{r.attempts}</td>
                <td data-label="Last change">
                  {r.trend === null ? "—" : formatSigned(r.trend, 0)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">
        Recent attempts weigh more: each older attempt counts 60% of the one after it. Tiers:{" "}
        {TIERS.map((t) => `${t.label} ${t.min}+`).join(", ")}; Proficient and Strong also need an
        attempt that passed.
      </p>
    </>
  );
}

function ScenarioHistory(props: {
  group: ScenarioAttempts;
  /** By session id, for attempts whose review is done: who, when, and whether it is new to you. */
  reviewed: ReadonlyMap<string, HistoryReview>;
  /** By session id: what is new besides a finished review, in words ("1 new reply from Maya"). */
  news: ReadonlyMap<string, string>;
  onDeleted: (done: { words: string; focus: string[] }) => void;
}) {
  const g = props.group;
  const scored = g.attempts.flatMap((a) => attemptScore(a) ?? []);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  // Newest first: the attempts, and the sessions where nothing was said yet (no attempt, so they
  // are neither numbered nor counted, but can be continued or deleted here).
  const rows = [...g.attempts, ...g.notStarted].sort((a, b) => b.createdAt - a.createdAt);
  const empty = new Set(g.notStarted.map((a) => a.id));
  // "attempt 2 of Burnout signals (Nov 27, 04:24 AM)": numbered oldest first, as the chart is, so two
  // attempts in the same minute still have names of their own.
  const nameOf = (id: string) => {
    const n = g.attempts.findIndex((a) => a.id === id);
    const a = g.attempts[n];
    if (a) return `attempt ${n + 1} of ${g.title} (${formatDateTime(a.createdAt)})`;
    const e = g.notStarted.find((x) => x.id === id);
    return e ? `empty conversation of ${g.title} (${formatDateTime(e.createdAt)})` : g.title;
  };
  const remove = async (id: string) => {
    const at = rows.findIndex((a) => a.id === id);
    const attempt = rows[at];
    if (!attempt) return;
    const which = nameOf(id);
    const ok = window.confirm(deleteQuestion(which, props.reviewed.has(id), empty.has(id)));
    if (!ok) return;
    setDeleteError(null);
    try {
      await deleteSession(id);
    } catch (err) {
      setDeleteError(`Could not delete it: ${messageOf(err)}`);
      return;
    }
    // Focus goes to the row that took its place (or the one above it), else this scenario's
    // heading, else the list's, else the page's: never to the page itself.
    const neighbour = rows[at + 1] ?? rows[at - 1];
    props.onDeleted({
      words: `Deleted ${which}.`,
      focus: [
        ...(neighbour ? [deleteButtonId(neighbour.id)] : []),
        `h-${g.scenarioId}`,
        "attempts-title",
        "history-title",
      ],
    });
  };
  return (
    <section className="panel scenario-history" aria-labelledby={`h-${g.scenarioId}`}>
      <div className="scenario-history-head">
        <h3 id={`h-${g.scenarioId}`} tabIndex={-1}>
          {g.title}
        </h3>
        <p className="muted small">
          {g.attempts.length === 0
            ? "No attempts yet"
            : `${g.attempts.length} ${g.attempts.length === 1 ? "attempt" : "attempts"}`}
          {g.notStarted.length > 0 && ` · ${g.notStarted.length} not started`}
          {g.best !== null && ` · best ${g.best}`} ·{" "}
          <Link to={paths.briefing(g.scenarioId)}>Brief again</Link>
        </p>
      </div>
      {scored.length >= 2 && (
        <figure className="chart-figure">
          <div aria-hidden="true" className="chart-box">
            <Suspense fallback={<Loading label="Drawing the chart" />}>
              <LineChart
                x={scored.map((_, i) => i + 1)}
                yRange={[0, 100]}
                xLabel="Attempt"
                yLabel="Score"
                height={180}
                legend={false}
                series={[
                  { label: "Score", values: scored.map((a) => a.overall), color: "#1f5fbf" },
                ]}
              />
            </Suspense>
          </div>
          <figcaption className="muted small">
            Score over your {scored.length} scored attempts, oldest first:{" "}
            {scored.map((a) => a.overall).join(", ")}.
          </figcaption>
        </figure>
      )}
      <CompareChooser group={g} />
      {deleteError && (
        <p className="form-error" role="alert">
          {deleteError}
        </p>
      )}
      <div className="table-wrap">
        <table className="attempts stack">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Score</th>
              <th scope="col">Outcome</th>
              <th scope="col">Open</th>
              <th scope="col">Export</th>
              <th scope="col">
                <span className="visually-hidden">Delete</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => {
              const isEmpty = empty.has(a.id);
              const review = props.reviewed.get(a.id);
              const fresh = props.news.get(a.id);
              return (
                <tr key={a.id} className={isEmpty ? "not-started" : undefined}>
                  <td data-label="When">
                    {/* The attempt's number, as the chart and Compare count them (one run of text). */}
                    <span>
                      {!isEmpty && (
                        <span className="muted small">
                          Attempt {g.attempts.findIndex((x) => x.id === a.id) + 1} ·{" "}
                        </span>
                      )}
                      {formatDateTime(a.createdAt)}
                    </span>
                  </td>
                  <td data-label="Score">
                    {isEmpty ? "—" : <AttemptScoreCell score={attemptScore(a)} />}
                  </td>
                  <td data-label="Outcome">
                    {isEmpty ? (
                      // One run of text, so a stacked row on a phone keeps the two together.
                      <span>
                        {a.status === "active" ? "Not started" : "Ended before your first line"}
                        <span className="muted small"> · not an attempt</span>
                      </span>
                    ) : a.status === "active" ? (
                      a.earlier ? (
                        "Rewound, in progress"
                      ) : (
                        "In progress"
                      )
                    ) : (
                      (OUTCOME_LABELS[a.outcome ?? ""] ?? "Ended")
                    )}
                  </td>
                  <td data-label="Open">
                    {/* One run of text, so a stacked row on a phone keeps the link and the tag together. */}
                    <span>
                      {a.status === "active" ? (
                        <Link to={paths.session(a.id)}>
                          Continue
                          <Which lead="" name={nameOf(a.id)} />
                        </Link>
                      ) : (
                        <Link to={paths.debrief(a.id)}>
                          Debrief
                          <Which lead="of" name={nameOf(a.id)} />
                        </Link>
                      )}
                      {(review || fresh) && (
                        <span className="reviewed-tag small">
                          {" · "}
                          {review && (
                            <>
                              <span aria-hidden="true">✓ </span>
                              {historyReviewWords(review)}
                            </>
                          )}
                          {(review?.unseen || fresh) && (
                            <>
                              {review && " "}
                              <span className="new-tag">New</span>
                              {review?.unseen && (
                                <span className="visually-hidden">
                                  : not opened since it was finished
                                </span>
                              )}
                              {fresh && ` ${fresh}`}
                            </>
                          )}
                        </span>
                      )}
                    </span>
                  </td>
                  <td className="small" data-label="Export">
                    {isEmpty ? (
                      <span className="muted">Nothing said yet</span>
                    ) : (
                      <span>
                        <a href={exportUrl(a.id, "md")} download>
                          Markdown
                          <Which lead="export of" name={nameOf(a.id)} />
                        </a>{" "}
                        ·{" "}
                        <a href={exportUrl(a.id, "json")} download>
                          JSON
                          <Which lead="export of" name={nameOf(a.id)} />
                        </a>
                      </span>
                    )}
                  </td>
                  <td className="small" data-label="">
                    <button
                      type="button"
                      className="link-button danger-link"
                      id={deleteButtonId(a.id)}
                      onClick={() => void remove(a.id)}
                    >
                      Delete
                      <Which lead="" name={nameOf(a.id)} />
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const deleteButtonId = (sessionId: string) => `delete-${sessionId}`;

/**
 * Two scored attempts of the scenario to open side by side (`/compare?a=…&b=…`): the first and the
 * latest to begin with. A link, so it opens in a new tab too, and its address can be shared.
 */
function CompareChooser(props: { group: ScenarioAttempts }) {
  const g = props.group;
  const scored = g.attempts.flatMap((a, i) => {
    const score = attemptScore(a);
    return score ? [{ id: a.id, n: i + 1, createdAt: a.createdAt, score }] : [];
  });
  const [chosenA, setA] = useState<string | undefined>();
  const [chosenB, setB] = useState<string | undefined>();
  if (scored.length < 2) return null;
  const first = scored[0] as (typeof scored)[number];
  const last = scored.at(-1) as (typeof scored)[number];
  // A choice whose attempt was deleted falls back to the first or the latest.
  const a = scored.find((x) => x.id === chosenA) ?? first;
  const b = scored.find((x) => x.id === chosenB) ?? last;
  const option = (x: (typeof scored)[number]) =>
    // The score before the date: a phone's select shows the start of it.
    `Attempt ${x.n} · ${x.score.overall} ${x.score.passed ? "passed" : "not passed"} · ${formatDateTime(x.createdAt)}`;
  return (
    <PickTwo
      idPrefix={`compare-${g.scenarioId}`}
      options={scored.map((x) => ({ id: x.id, label: option(x) }))}
      a={a.id}
      b={b.id}
      onA={setA}
      onB={setB}
      className="compare-chooser"
    >
      {a.id === b.id ? (
        <p className="muted small compare-chooser-go">Pick two different attempts.</p>
      ) : (
        <Link to={paths.compare(a.id, b.id)} className="button compare-chooser-go">
          Compare attempt {a.n} with attempt {b.n}
          <Which lead="of" name={g.title} />
        </Link>
      )}
    </PickTwo>
  );
}

/**
 * What a row's link or button acts on, for a screen reader's list of controls, where a dozen
 * "Debrief", "Markdown" and "Delete" cannot be told apart otherwise.
 */
function Which(props: { lead: string; name: string }) {
  return (
    <span className="visually-hidden">
      {" "}
      {props.lead && `${props.lead} `}
      {props.name}
    </span>
  );
}

/** The question before a delete: which attempt, and what goes with it. */
function deleteQuestion(which: string, reviewed: boolean, empty = false): string {
  if (empty)
    return `Delete ${which}? You said nothing in it, so it is not an attempt. This cannot be undone.`;
  const goes = reviewed
    ? "Its transcript, its scores and its mentor's review go"
    : "Its transcript and its scores go";
  return `Delete ${which}? ${goes} with it, and it no longer counts toward an assignment. This cannot be undone.`;
}

function AttemptScoreCell(props: { score: AttemptScore | null }) {
  const score = props.score;
  if (!score) return <>—</>;
  return (
    <span>
      {score.overall}
      <span className="muted small"> {attemptScoreWords(score)}</span>
    </span>
  );
}
