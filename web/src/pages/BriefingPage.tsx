import { type FormEvent, useEffect, useState } from "react";
import type { SessionSummary } from "../../../server/sessions/record.schema";
import { loadMyAssignments } from "../api/auth";
import { loadBriefing } from "../api/content";
import { messageOf } from "../api/http";
import { loadSessions, startSession } from "../api/sessions";
import { PatternSteps } from "../components/briefing/PatternSteps";
import { PersonaCard } from "../components/briefing/PersonaCard";
import { Difficulty } from "../components/Difficulty";
import { Link } from "../components/Link";
import { ErrorState, Loading } from "../components/LoadStates";
import { AssignmentNote } from "../components/library/AssignmentNote";
import { useTitle } from "../components/use-title";
import { canPractise } from "../model/access";
import { attemptsUsedUpText, unfinishedSession } from "../model/assignments";
import { capitalise, formatDateTime, humanize } from "../model/format";
import { levelLabel, trackLabel } from "../model/labels";
import { paths } from "../model/routes";
import { useAppStore } from "../state/store";
import { canDictate, canSpeak } from "../voice/speech";

export default function BriefingPage(props: { scenarioId: string }) {
  const load = useAppStore((s) => s.briefings[props.scenarioId]);
  const practises = useAppStore((s) => canPractise(s.me));
  useTitle(load?.status === "ready" ? load.data.title : undefined);
  useEffect(() => {
    void loadBriefing(props.scenarioId);
  }, [props.scenarioId]);

  if (!load || load.status === "loading" || load.status === "idle")
    return <Loading label="Loading the briefing" />;
  if (load.status === "error") {
    return (
      <section>
        <h1 tabIndex={-1}>Briefing</h1>
        <ErrorState
          message={load.message}
          httpStatus={load.httpStatus}
          onRetry={() => void loadBriefing(props.scenarioId, { force: true })}
        />
        <p>
          <Link to="/">Back to the library</Link>
        </p>
      </section>
    );
  }
  const b = load.data;
  return (
    <article className="briefing" aria-labelledby="briefing-title">
      <p className="breadcrumb">
        <Link to={practises ? paths.library() : paths.scenarios()}>Scenarios</Link>{" "}
        <span aria-hidden="true">›</span> Briefing
      </p>
      <h1 id="briefing-title" tabIndex={-1}>
        {b.title}
      </h1>
      <ul className="meta-row" aria-label="About this scenario">
        <li>
          <span className="badge">{b.level}</span> {levelLabel(b.level)}
        </li>
        <li>{trackLabel(b.track)}</li>
        <li>{capitalise(b.skill)}</li>
        <li>
          <Difficulty value={b.difficulty} />
        </li>
        <li>~{b.estimatedMinutes} min</li>
        <li>Up to {b.turnLimit} turns</li>
      </ul>

      <div className="briefing-grid">
        <div className="briefing-main">
          <section aria-labelledby="situation-title" className="panel">
            <h2 id="situation-title">The situation</h2>
            <p className="prose-text">{b.situation}</p>
            {Object.keys(b.facts).length > 0 && (
              <>
                <h3>Facts you know</h3>
                <dl className="facts">
                  {Object.entries(b.facts).map(([k, v]) => (
                    <div key={k}>
                      <dt>{capitalise(humanize(k))}</dt>
                      <dd>{v}</dd>
                    </div>
                  ))}
                </dl>
              </>
            )}
          </section>
          <section aria-labelledby="goal-title" className="panel goal">
            <h2 id="goal-title">Your goal</h2>
            <p className="prose-text">{b.goal}</p>
            <p className="muted">
              <strong>You are:</strong> {b.yourRole}
            </p>
          </section>
          <section aria-labelledby="who-title" className="panel">
            <h2 id="who-title">Who you are talking to</h2>
            {b.personas.map((p) => (
              <PersonaCard key={p.id} persona={p} />
            ))}
          </section>
        </div>
        <div className="briefing-side">
          {practises && <AssignmentNote scenarioId={b.id} />}
          {practises ? (
            <StartForm scenarioId={b.id} difficulty={b.difficulty} />
          ) : (
            <section className="panel start-panel" aria-labelledby="options-title">
              <h2 id="options-title">Practising</h2>
              <p>
                Managers rehearse this conversation from here. Your account has no manager role, so
                you can read the briefing but not start it.
              </p>
            </section>
          )}
          <section aria-labelledby="pattern-title" className="panel">
            <h2 id="pattern-title">
              {b.patterns.length > 1 ? "The patterns you practise" : "The pattern you practise"}
            </h2>
            {b.patterns.length > 1 && (
              <p className="small muted">
                Each is scored on its own. The first is the main one: its score counts in History
                and toward an assignment.
              </p>
            )}
            {b.patterns.map((p) => (
              <PatternSteps key={p.id} pattern={p} />
            ))}
          </section>
        </div>
      </div>
    </article>
  );
}

function StartForm(props: { scenarioId: string; difficulty: number }) {
  const prefs = useAppStore((s) => s.prefs);
  const setPrefs = useAppStore((s) => s.setPrefs);
  const navigate = useAppStore((s) => s.navigate);
  const [difficulty, setDifficulty] = useState<number | "">("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** A conversation on this scenario that has not ended: offered before starting another. */
  const [unfinished, setUnfinished] = useState<SessionSummary | null>(null);
  /** Said when the attempts that count are used up; the briefing works without either list. */
  const [usedUp, setUsedUp] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadSessions(props.scenarioId).then(
      (list) => live && setUnfinished(unfinishedSession(list)),
      () => {},
    );
    loadMyAssignments().then(
      (list) => live && setUsedUp(attemptsUsedUpText(list, props.scenarioId)),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [props.scenarioId]);
  const dictation = canDictate();
  const speech = canSpeak();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const id = await startSession(props.scenarioId, {
        coachHints: prefs.coachHints,
        difficulty: difficulty === "" ? undefined : difficulty,
      });
      navigate(paths.session(id));
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <form className="panel start-panel" onSubmit={onSubmit} aria-labelledby="options-title">
      <h2 id="options-title">Options</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={prefs.coachHints}
          onChange={(e) => setPrefs({ coachHints: e.target.checked })}
        />
        Coach hints on request
      </label>
      {dictation && (
        <label className="check">
          <input
            type="checkbox"
            checked={prefs.voiceInput}
            onChange={(e) => setPrefs({ voiceInput: e.target.checked })}
          />
          Voice input (speak your lines)
        </label>
      )}
      {speech && (
        <label className="check">
          <input
            type="checkbox"
            checked={prefs.speakReplies}
            onChange={(e) => setPrefs({ speakReplies: e.target.checked })}
          />
          Read replies aloud
        </label>
      )}
      <div className="field">
        <label htmlFor="start-difficulty">Difficulty</label>
        <select
          id="start-difficulty"
          value={difficulty}
          onChange={(e) => setDifficulty(e.target.value === "" ? "" : Number(e.target.value))}
        >
          <option value="">As written ({props.difficulty} of 5)</option>
          {[1, 2, 3, 4, 5].map((d) => (
            <option key={d} value={d}>
              {d} of 5{d === 1 ? " (gentle)" : d === 5 ? " (hard)" : ""}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {usedUp && (
        <p className="form-warning" role="note">
          <span aria-hidden="true">⚠ </span>
          {usedUp}
        </p>
      )}
      {unfinished && (
        <div className="unfinished">
          <p>
            You have an unfinished conversation from {formatDateTime(unfinished.createdAt)}
            {unfinished.firstLineAt === null ? ", where you have not said anything yet." : "."}{" "}
            Continue it, or start a new one.
          </p>
          <button
            type="button"
            className="button primary big"
            onClick={() => navigate(paths.session(unfinished.id))}
          >
            Continue
          </button>
        </div>
      )}
      <button type="submit" className={`button big${unfinished ? "" : " primary"}`} disabled={busy}>
        {busy ? "Starting…" : unfinished ? "Start a new one" : "Start"}
      </button>
      <p className="muted small">Your attempt is saved. You can rewind any line later.</p>
    </form>
  );
}
