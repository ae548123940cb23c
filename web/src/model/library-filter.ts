import type { Briefing } from "../../../server/content/briefing";

export interface LibraryFilters {
  query: string;
  /** Empty means every level. */
  levels: string[];
  track: string;
  difficulty: number | null;
  persona: string;
}

export const NO_FILTERS: LibraryFilters = {
  query: "",
  levels: [],
  track: "",
  difficulty: null,
  persona: "",
};

export const isFiltered = (f: LibraryFilters): boolean =>
  f.query.trim() !== "" ||
  f.levels.length > 0 ||
  f.track !== "" ||
  f.difficulty !== null ||
  f.persona !== "";

/**
 * How many filters other than the search are on: on a phone they fold away under "More filters",
 * which says how many of them are still narrowing the list.
 */
export const moreFiltersOn = (f: LibraryFilters): number =>
  f.levels.length +
  (f.track !== "" ? 1 : 0) +
  (f.difficulty !== null ? 1 : 0) +
  (f.persona !== "" ? 1 : 0);

/**
 * Text as search compares it: lower case, with accents and other combining marks dropped (NFD), so
 * "tomas" finds Tomás and "Tomás" finds "tomas"; applied to the query and the card alike.
 */
export const foldForSearch = (text: string): string =>
  text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

const haystackOf = (b: Briefing) =>
  foldForSearch(
    [
      b.title,
      b.skill,
      b.level,
      b.track,
      b.situation,
      ...b.personas.map((p) => `${p.name} ${p.role}`),
      ...b.patterns.map((p) => p.title),
    ].join(" "),
  );

/** Library order: a path through the levels, easier first within one (not the files' names). */
export const libraryOrder = (a: Briefing, b: Briefing): number =>
  a.level.localeCompare(b.level) || a.difficulty - b.difficulty || a.title.localeCompare(b.title);

/**
 * Scenarios matching every filter, in library order; the search matches when every word appears
 * somewhere on the card, ignoring case and accents.
 */
export function filterScenarios(list: readonly Briefing[], f: LibraryFilters): Briefing[] {
  const words = foldForSearch(f.query).split(/\s+/).filter(Boolean);
  return list
    .filter(
      (b) =>
        (f.levels.length === 0 || f.levels.includes(b.level)) &&
        (f.track === "" || b.track === f.track) &&
        (f.difficulty === null || b.difficulty === f.difficulty) &&
        (f.persona === "" || b.personas.some((p) => p.id === f.persona)) &&
        (words.length === 0 || words.every((w) => haystackOf(b).includes(w))),
    )
    .sort(libraryOrder);
}

/** The values the filters offer, taken from the library itself so no option leads nowhere. */
export function facetsOf(list: readonly Briefing[]) {
  const personas = new Map<string, string>();
  for (const b of list) for (const p of b.personas) personas.set(p.id, p.name);
  return {
    levels: [...new Set(list.map((b) => b.level))].sort(),
    tracks: [...new Set(list.map((b) => b.track))].sort(),
    difficulties: [...new Set(list.map((b) => b.difficulty))].sort((a, b) => a - b),
    personas: [...personas]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
