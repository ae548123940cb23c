/**
 * Content-word overlap between a manager sentence and the employee's previous turn: the signal of
 * a paraphrase that uses none of the usual reflection phrases ("the on-call rota, every weekend").
 */

const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but so if then than that this these those there here it its it's i i'm i've i'd i'll me my mine " +
    "you you're you've you'd you'll your yours we we're we've our us he she him her his they them their " +
    "is am are was were be been being do does did done doing have has had having will would can could " +
    "should shall may might must not no nor don't didn't doesn't isn't aren't wasn't weren't can't won't " +
    "to of in on at by for with about from into over under up down out off as just really very quite " +
    "too also some any all more most much many few lot lots one two what how why where when who which " +
    "yeah yes okay ok um uh mm hmm like well oh right sure kind sort thing things stuff get got know " +
    "think mean say said go going gonna want wanna feel felt bit little maybe now still even because " +
    "again back way other else something anything everything nothing time"
  ).split(" "),
);

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || code === 39;
}

/** Crude suffix stripping so "deadlines"/"deadline" and "worried"/"worrying" meet. */
function stem(word: string): string {
  const n = word.length;
  if (n > 5 && word.endsWith("ing")) return word.slice(0, n - 3);
  if (n > 4 && word.endsWith("ed")) return word.slice(0, n - 2);
  if (n > 4 && word.endsWith("es")) return word.slice(0, n - 2);
  if (n > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, n - 1);
  return word;
}

/** Calls `visit` with the stem of every content word of a lower-cased text. */
function forEachContentWord(lower: string, visit: (stemmed: string) => void): void {
  const n = lower.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isLetter(lower.charCodeAt(i))) i++;
    const from = i;
    while (i < n && isLetter(lower.charCodeAt(i))) i++;
    if (i - from < 3) continue;
    let word = lower.slice(from, i);
    if (word.endsWith("'s")) word = word.slice(0, -2);
    if (word.charCodeAt(0) === 39 || STOPWORDS.has(word)) continue;
    visit(stem(word));
  }
}

/** The set of content-word stems of a lower-cased turn. */
export function contentStems(lower: string): ReadonlySet<string> {
  const out = new Set<string>();
  forEachContentWord(lower, (w) => {
    out.add(w);
  });
  return out;
}

export interface Overlap {
  readonly shared: number;
  readonly total: number;
}

/** How many of a sentence's content words also occur in the previous turn. */
export function measureOverlap(lower: string, previous: ReadonlySet<string>): Overlap {
  let shared = 0;
  let total = 0;
  forEachContentWord(lower, (w) => {
    total++;
    if (previous.has(w)) shared++;
  });
  return { shared, total };
}
