/**
 * Builds one regex from phrases that each start at a word and end before a non-word character.
 * A rule stays a readable list of phrases. The single leading \b lets the engine skip positions
 * inside words instead of trying every phrase there, which halves the time per turn. (Grouping
 * the phrases by first letter behind lookaheads was measured too: V8 runs it ~3x slower.)
 */
export function phrases(...parts: readonly RegExp[]): RegExp {
  return new RegExp(`\\b(?:${parts.map((p) => p.source).join("|")})(?!\\w)`);
}
