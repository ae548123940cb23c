import type { Pattern } from "../content/pattern.schema";

/** JSON with object keys sorted, so the same content always hashes the same. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
}

/** FNV-1a, 32 bits, as 8 hex digits: a fingerprint, not a security hash. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/**
 * `<version>+<hash>` of the parts of a pattern that decide a score and what the scorecard shows
 * (steps and anti-patterns, with their texts). Examples, snippet and prose are left out: editing
 * them cannot change a score. An author who edits a step without bumping `version` still gets a
 * new hash, so an old scorecard never claims a rubric it was not scored with.
 */
export function rubricVersionOf(pattern: Pattern): string {
  const scored = { id: pattern.id, steps: pattern.steps, antiPatterns: pattern.antiPatterns };
  return `${pattern.version}+${fnv1a(canonical(scored))}`;
}
