import type { Pattern } from "../content/pattern.schema";

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashString(h: number, s: string): number {
  let x = h;
  for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), FNV_PRIME);
  // A separator, so ["ab","c"] and ["a","bc"] differ.
  return Math.imul(x ^ 0x1f, FNV_PRIME);
}

/**
 * FNV-1a over a canonical walk of a JSON value (object keys sorted, undefined fields skipped), so the
 * same content always hashes the same whatever the key order in the file. Walked, not stringified.
 */
function hashValue(h: number, value: unknown): number {
  if (value === null || value === undefined) return hashString(h, "null");
  switch (typeof value) {
    case "string":
      return hashString(hashString(h, "s"), value);
    case "number":
    case "boolean":
      return hashString(h, String(value));
    case "object": {
      let x = h;
      if (Array.isArray(value)) {
        x = hashString(x, "[");
        for (const item of value) x = hashValue(x, item);
        return hashString(x, "]");
      }
      const record = value as Record<string, unknown>;
      x = hashString(x, "{");
      for (const key of Object.keys(record).sort()) {
        if (record[key] === undefined) continue;
        x = hashValue(hashString(x, key), record[key]);
      }
      return hashString(x, "}");
    }
    default:
      return hashString(h, "?");
  }
}

/**
 * Loaded patterns are not changed in place (an edited file is loaded as a new object), so the
 * version of each pattern object is worked out once, not on every scorecard.
 */
const VERSIONS = new WeakMap<Pattern, string>();

/**
 * `<version>+<hash>` of the parts of a pattern that decide a score and what the scorecard shows
 * (id, steps and anti-patterns, with their texts). Examples, snippet and prose are left out: editing
 * them cannot change a score. An author who edits a step without bumping `version` still gets a new
 * hash, so an old scorecard never claims a rubric it was not scored with.
 */
export function rubricVersionOf(pattern: Pattern): string {
  let version = VERSIONS.get(pattern);
  if (version === undefined) {
    let h = hashValue(FNV_OFFSET, pattern.id);
    h = hashValue(h, pattern.steps);
    h = hashValue(h, pattern.antiPatterns);
    version = `${pattern.version}+${(h >>> 0).toString(16).padStart(8, "0")}`;
    VERSIONS.set(pattern, version);
  }
  return version;
}
