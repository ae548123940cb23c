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

/**
 * Words a search drops: they say nothing about which conversation is meant ("my report keeps
 * missing deadlines" is about "report", "missing" and "deadlines").
 */
const STOPWORDS = new Set(
  (
    "a an and are as at be been but by can could did do does doing for from had has have he her " +
    "him his how i if in into is it its just keep keeps kept me my no not of on or our out she so " +
    "some than that the their them then there they this to too up us was we were what when who " +
    "why will with wont would you your about again also get gets got want wants really very quite"
  ).split(" "),
);

/** A word's letters and digits, folded; apostrophes inside a word are dropped ("won't" → "wont"). */
const tokensOf = (text: string): string[] =>
  foldForSearch(text)
    .replace(/['’]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * A light English stem: the common inflections and a few derivational endings removed, so the
 * forms of one word meet ("deadlines" and "deadline" → "deadlin", "estimates", "estimated",
 * "estimating" and "estimation" → "estimat", "quitting" → "quit", "missed" → "miss"). Not a full
 * Porter stemmer: it only has to make a manager's word and the card's word meet; short words stay.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  const cut = (end: string, keep = 3): boolean => {
    if (!w.endsWith(end) || w.length - end.length < keep) return false;
    w = w.slice(0, -end.length);
    return true;
  };
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (cut("ingly") || cut("edly") || cut("ing") || cut("ed")) {
    // "quitting" → "quitt" → "quit"; "stopped" → "stopp" → "stop" (not "ll", "ss": "calling", "missed").
    if (w.length > 3 && /([^aeiouls])\1$/.test(w)) w = w.slice(0, -1);
  } else if (cut("ments") || cut("ment", 4) || cut("ions") || cut("ion", 4) || cut("ly", 4)) {
    // "commitment" → "commit", "estimation" → "estimat", "quietly" → "quiet".
  }
  if (w.endsWith("y") && w.length > 4) w = `${w.slice(0, -1)}i`;
  if (w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

/** How much a word found in each part of a card counts: the title and search terms say most. */
const FIELD_WEIGHT = { title: 4, terms: 3, label: 2, text: 1 } as const;
type Field = keyof typeof FIELD_WEIGHT;

/** The search's view of a card: the stems of its words, by the part of the card they are in. */
function indexOf(b: Briefing): [Field, string[]][] {
  const stems = (...texts: string[]) => texts.flatMap(tokensOf).map(stem);
  return [
    ["title", stems(b.title)],
    ["terms", stems(...(b.searchTerms ?? []))],
    [
      "label",
      stems(
        b.skill,
        b.level,
        b.track,
        ...b.personas.map((p) => `${p.name} ${p.role}`),
        ...b.patterns.map((p) => p.title),
      ),
    ],
    ["text", stems(b.situation, b.goal)],
  ];
}

/**
 * Whether a searched stem meets a card's stem: the same stem, or the start of it while the
 * manager is still typing ("perf" meets "performance"), or a card's stem that starts the search's
 * longer derivation ("expect" meets "expectations"). Never on fewer than 4 letters of the card.
 */
const meets = (searched: string, card: string): boolean =>
  card.startsWith(searched) || (card.length >= 4 && searched.startsWith(card));

/** The search words as the search uses them: stems, without the words that say nothing. */
export function searchStems(query: string): string[] {
  const words = tokensOf(query);
  const kept = words.filter((w) => !STOPWORDS.has(w));
  return [...new Set((kept.length > 0 ? kept : words).map(stem))];
}

/**
 * How well a card answers the search: how many of its words it has, and a weight by where they
 * are (the title counts most, then the search terms, the labels, and the situation and goal). Zero words means it does not match.
 */
export function matchOf(b: Briefing, stems: readonly string[]): { words: number; weight: number } {
  const index = indexOf(b);
  let words = 0;
  let weight = 0;
  for (const s of stems) {
    const best = Math.max(
      0,
      ...index.map(([field, cardStems]) =>
        cardStems.some((c) => meets(s, c)) ? FIELD_WEIGHT[field] : 0,
      ),
    );
    if (best > 0) {
      words += 1;
      weight += best;
    }
  }
  return { words, weight };
}

/** Library order: a path through the levels, easier first within one (not the files' names). */
export const libraryOrder = (a: Briefing, b: Briefing): number =>
  a.level.localeCompare(b.level) || a.difficulty - b.difficulty || a.title.localeCompare(b.title);

const passesFacets = (b: Briefing, f: LibraryFilters): boolean =>
  (f.levels.length === 0 || f.levels.includes(b.level)) &&
  (f.track === "" || b.track === f.track) &&
  (f.difficulty === null || b.difficulty === f.difficulty) &&
  (f.persona === "" || b.personas.some((p) => p.id === f.persona));

/**
 * Scenarios matching every filter. Without a search, in library order. With one, a card matches
 * when it has any of the search's words in any form ("missed deadlines" finds "deadline"), ignoring
 * case and accents; the cards with more of the words come first, then those with them in weightier
 * places (`FIELD_WEIGHT`), then library order.
 */
export function filterScenarios(list: readonly Briefing[], f: LibraryFilters): Briefing[] {
  const stems = searchStems(f.query);
  const kept = list.filter((b) => passesFacets(b, f));
  if (stems.length === 0) return kept.sort(libraryOrder);
  return kept
    .map((b) => ({ b, m: matchOf(b, stems) }))
    .filter(({ m }) => m.words > 0)
    .sort((x, y) => y.m.words - x.m.words || y.m.weight - x.m.weight || libraryOrder(x.b, y.b))
    .map(({ b }) => b);
}

/**
 * When a search finds nothing: the gentlest scenarios the other filters allow (or of the whole
 * library, if they allow none), so the page still offers a first step.
 */
export function gentlestScenarios(
  list: readonly Briefing[],
  f: LibraryFilters,
  count = 3,
): Briefing[] {
  const kept = list.filter((b) => passesFacets(b, f));
  return [...(kept.length > 0 ? kept : list)]
    .sort((a, b) => a.difficulty - b.difficulty || libraryOrder(a, b))
    .slice(0, count);
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
