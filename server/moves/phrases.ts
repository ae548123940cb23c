import { openingStrings, topLevelAlternatives } from "./prefilter";

/** A source whose last character to match is a space: closing groups and quantifiers aside. */
const ENDS_IN_SPACE = /(?: |\\s)(?:[+*?]|\))*$/;
/** Lookaheads and lookbehinds without nested groups at the end of a source. */
const TRAILING_LOOKAROUNDS = /(?:\(\?<?[=!][^()]*\))+$/;

/**
 * Builds one regex from phrases that each start at a word and end before a non-word character.
 * A rule stays a readable list of phrases. The single leading \b lets the engine skip positions
 * inside words instead of trying every phrase there, which halves the time per turn. (Grouping
 * the phrases by first letter behind lookaheads was measured too: V8 runs it ~3x slower;
 * phrasesByFirstLetter below groups them by spelling the letter out instead, which is faster.)
 *
 * A phrase must end on its last word: the closing (?!\w) would make a phrase that ends in a space
 * ("that meant the ") match only before punctuation, never before the next word, and such a rule
 * silently never fires. So a part ending in a space is refused when the rules load.
 */
export function phrases(...parts: readonly RegExp[]): RegExp {
  for (const part of parts) {
    // A lookahead at the end matches nothing itself: "just a (?!little)" still ends in a space.
    if (ENDS_IN_SPACE.test(part.source.replace(TRAILING_LOOKAROUNDS, ""))) {
      throw new Error(
        `phrases: /${part.source}/ ends in a space, so it can never match before a word`,
      );
    }
  }
  return new RegExp(`\\b(?:${parts.map((p) => p.source).join("|")})(?!\\w)`);
}

/** A leading group of plain words, not repeated: "(?:i'll|i will) have to" -> its options. */
const LEADING_WORDS = /^\(\?:([^()|[\]\\?*+{}.]+(?:\|[^()|[\]\\?*+{}.]+)*)\)(?![?*+{])/;

/**
 * Whether the prefilter reads a phrase from its first word. It may read a phrase from a later,
 * rarer word ("… at the next level" from "at the n"); inside a letter's group it no longer could,
 * so such a phrase is left out of the groups.
 */
function opensAtItsStart(phrase: string): boolean {
  // Unwrapped, as the prefilter reads each branch of a rule (a group would hide its later words).
  const openings = openingStrings(new RegExp(`\\b${phrase}`));
  return openings?.every((o) => o.startsWith(phrase[0] as string)) === true;
}

/** Whether every opening the prefilter reads of a phrase starts as one of `words` does. */
function opensWithOneOf(phrase: string, words: readonly string[]): boolean {
  const openings = openingStrings(new RegExp(`\\b${phrase}`));
  return openings?.every((o) => words.some((w) => o.startsWith(w) || w.startsWith(o))) === true;
}

/** Words grouped by their first letter, in the order the letters first occur. */
export function groupByFirstLetter(words: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const w of words) groups.set(w[0] as string, [...(groups.get(w[0] as string) ?? []), w]);
  return groups;
}

/**
 * Leading words and the rest of a phrase, spelled out once per first letter: "(?:paged|woke|pinged)
 * us" -> "p(?:aged|inged) us", "woke us". A word alone keeps its spelling ("woke us").
 */
function byFirstLetter(words: readonly string[], rest: string): string[] {
  return [...groupByFirstLetter(words)].map(([first, ws]) =>
    ws.length === 1
      ? `${ws[0]}${rest}`
      : `${first}(?:${ws.map((w) => w.slice(1)).join("|")})${rest}`,
  );
}

/**
 * phrases(), with the phrases grouped by their first letter: "(?:i'll|we'll) …" is spelled out as
 * "i'll …" and "we'll …" (words sharing a letter stay together: "(?:paged|pinged) …" becomes
 * "p(?:aged|inged) …", so a long phrase is copied once per letter, not per word), and all phrases
 * starting with "t" share one "t(?:…)". V8 then tries one
 * branch per letter at each word instead of every phrase, which runs the long judging rules 2–2.5x
 * faster (threat 1.13 -> 0.46 µs a sentence) with the same matches. A phrase starting otherwise (a
 * class, an escape, a repeated letter) or read by the prefilter from a later word stays as it is.
 */
export function phrasesByFirstLetter(...parts: readonly RegExp[]): RegExp {
  phrases(...parts); // the same checks on each phrase
  const byLetter = new Map<string, string[]>();
  const others: string[] = [];
  for (const part of parts) {
    for (const alt of topLevelAlternatives(part.source)) {
      const lead = LEADING_WORDS.exec(alt);
      const words = lead ? (lead[1] as string).split("|") : [];
      // Spelled out only when the prefilter reads the phrase from those words: "(?:different|
      // harder) (?:kind of )?conversation" is read from "conversa", which each word alone would lose.
      const spelled =
        lead && opensWithOneOf(alt, words)
          ? byFirstLetter(words, alt.slice(lead[0].length))
          : [alt];
      for (const phrase of spelled) {
        const first = phrase[0] as string;
        if (/[a-z']/.test(first) && !/^.[?*+{]/.test(phrase) && opensAtItsStart(phrase)) {
          byLetter.set(first, [...(byLetter.get(first) ?? []), phrase.slice(1)]);
        } else {
          others.push(phrase);
        }
      }
    }
  }
  const branches = [...byLetter].map(([first, rest]) => `${first}(?:${rest.join("|")})`);
  return new RegExp(`\\b(?:${[...branches, ...others].join("|")})(?!\\w)`);
}
