import { useEffect, useState } from "react";
import { loadScenarios } from "../api/content";
import { EmptyState, ErrorState, Loading } from "../components/LoadStates";
import { AssignedToYou } from "../components/library/AssignedToYou";
import { EngineNote } from "../components/library/EngineNote";
import { LibraryFilters } from "../components/library/LibraryFilters";
import { ScenarioCard } from "../components/library/ScenarioCard";
import { canPractise } from "../model/access";
import { filterScenarios, gentlestScenarios, searchStems } from "../model/library-filter";
import { useAppStore } from "../state/store";

/** Where the introduction starts folded: the phones' width in the stylesheet. */
const PHONE = "(max-width: 560px)";

export function LibraryPage() {
  const scenarios = useAppStore((s) => s.scenarios);
  const filters = useAppStore((s) => s.filters);
  const clearFilters = useAppStore((s) => s.clearFilters);
  const practises = useAppStore((s) => canPractise(s.me));
  const introHidden = useAppStore((s) => s.prefs.introHidden);
  const setPrefs = useAppStore((s) => s.setPrefs);
  useEffect(() => {
    void loadScenarios();
  }, []);
  const all = scenarios.status === "ready" ? scenarios.data : [];
  const shown = filterScenarios(all, filters);
  const searching = searchStems(filters.query).length > 0;
  // On a phone the introduction folds to its first line, so the first screen reaches a scenario.
  const [introOpen, setIntroOpen] = useState(
    () => typeof window.matchMedia !== "function" || !window.matchMedia(PHONE).matches,
  );
  return (
    <section aria-labelledby="library-title">
      <h1 id="library-title" tabIndex={-1}>
        Scenario library
      </h1>
      {practises ? (
        <>
          <p className="lede">
            Pick a conversation you dread, read the briefing, and rehearse it with an employee who
            reacts to how you talk. Afterwards the debrief scores what you said, quoting the line
            behind every point.
          </p>
          {!introHidden && (
            <details
              className="first-run"
              open={introOpen}
              onToggle={(e) => setIntroOpen(e.currentTarget.open)}
            >
              <summary>
                <strong>New here?</strong> Start with any scenario
              </summary>
              <p>
                The ones listed first are the gentlest. Nothing is at stake: you can go back to any
                line and say it differently, and try again as often as you like.
              </p>
              <EngineNote />
              <button
                type="button"
                className="link-button small"
                aria-label="Hide this introduction (About keeps it)"
                onClick={() => {
                  setPrefs({ introHidden: true });
                  document.getElementById("library-title")?.focus();
                }}
              >
                Hide
              </button>
            </details>
          )}
        </>
      ) : (
        <p className="lede">
          The conversations managers rehearse here, with their briefings and what each is scored on.
          Practising is for accounts with the manager role.
        </p>
      )}
      {scenarios.status === "error" && (
        <ErrorState
          title="The library did not load"
          message={scenarios.message}
          onRetry={() => void loadScenarios({ force: true })}
        />
      )}
      {(scenarios.status === "loading" || scenarios.status === "idle") && (
        <Loading label="Loading scenarios" />
      )}
      {scenarios.status === "ready" && all.length === 0 && (
        <EmptyState title="No scenarios yet">
          <p>Scenarios appear here once the content library has some.</p>
        </EmptyState>
      )}
      {scenarios.status === "ready" && all.length > 0 && (
        <>
          <AssignedToYou scenarios={all} />
          <h2 className="visually-hidden">All scenarios</h2>
          <LibraryFilters scenarios={all} />
          <p className="result-count" role="status">
            {shown.length === all.length
              ? `${all.length} scenarios`
              : `${shown.length} of ${all.length} scenarios`}
            {searching && shown.length > 1 && ", best match first"}
          </p>
          {shown.length === 0 ? (
            <>
              <EmptyState title="No scenario matches">
                <p>
                  {searching
                    ? 'No scenario has any of those words. Try the situation in other words ("late", "quiet", "upset"), fewer filters, or one of the gentlest below.'
                    : "Try fewer filters, or one of the gentlest below."}
                </p>
                <button type="button" className="button" onClick={clearFilters}>
                  Clear filters
                </button>
              </EmptyState>
              <h3 className="gentlest-title">The gentlest to start with</h3>
              <ul className="card-grid" aria-label="The gentlest scenarios">
                {gentlestScenarios(all, filters).map((b) => (
                  <ScenarioCard key={b.id} briefing={b} />
                ))}
              </ul>
            </>
          ) : (
            <ul className="card-grid" aria-label="Scenarios">
              {shown.map((b) => (
                <ScenarioCard key={b.id} briefing={b} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
