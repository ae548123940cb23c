import { useState } from "react";
import type { Briefing } from "../../../../server/content/briefing";
import { levelLabel, trackLabel } from "../../model/labels";
import { facetsOf, isFiltered, moreFiltersOn } from "../../model/library-filter";
import { useAppStore } from "../../state/store";

export function LibraryFilters(props: { scenarios: readonly Briefing[] }) {
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const clearFilters = useAppStore((s) => s.clearFilters);
  const facets = facetsOf(props.scenarios);
  // On a phone the filters but the search fold away, so the first screen shows scenarios, not a form.
  const [open, setOpen] = useState(false);
  const more = moreFiltersOn(filters);
  const toggleLevel = (level: string) =>
    setFilters({
      levels: filters.levels.includes(level)
        ? filters.levels.filter((l) => l !== level)
        : [...filters.levels, level],
    });
  return (
    <search className={`filters${open ? " filters-open" : ""}`} aria-label="Filter scenarios">
      <div className="field grow">
        <label htmlFor="library-search">Search</label>
        <input
          id="library-search"
          type="search"
          placeholder="Title, skill, person…"
          value={filters.query}
          onChange={(e) => setFilters({ query: e.target.value })}
        />
      </div>
      <button
        type="button"
        className="button quiet filters-toggle"
        aria-expanded={open}
        aria-controls="library-more-filters"
        onClick={() => setOpen(!open)}
      >
        {open ? "Fewer filters" : more > 0 ? `More filters (${more} on)` : "More filters"}
      </button>
      <div className="filters-more" id="library-more-filters">
        <fieldset className="field levels">
          <legend>Level</legend>
          <div className="chips">
            {facets.levels.map((level) => (
              <label key={level} className="chip">
                <input
                  type="checkbox"
                  checked={filters.levels.includes(level)}
                  onChange={() => toggleLevel(level)}
                />
                <span>
                  {level} <span className="chip-note">{levelLabel(level)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="library-track">Track</label>
          <select
            id="library-track"
            value={filters.track}
            onChange={(e) => setFilters({ track: e.target.value })}
          >
            <option value="">All tracks</option>
            {facets.tracks.map((t) => (
              <option key={t} value={t}>
                {trackLabel(t)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="library-difficulty">Difficulty</label>
          <select
            id="library-difficulty"
            value={filters.difficulty ?? ""}
            onChange={(e) =>
              setFilters({ difficulty: e.target.value === "" ? null : Number(e.target.value) })
            }
          >
            <option value="">Any</option>
            {facets.difficulties.map((d) => (
              <option key={d} value={d}>
                {d} of 5
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="library-persona">Person</label>
          <select
            id="library-persona"
            value={filters.persona}
            onChange={(e) => setFilters({ persona: e.target.value })}
          >
            <option value="">Anyone</option>
            {facets.personas.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {isFiltered(filters) && (
        <button type="button" className="button quiet clear-filters" onClick={clearFilters}>
          Clear filters
        </button>
      )}
    </search>
  );
}
