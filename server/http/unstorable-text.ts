/**
 * Text the database cannot store: PostgreSQL refuses NUL in `text` and `jsonb`, and an unpaired
 * UTF-16 surrogate (half an emoji, from a broken client) in `jsonb`. Refused at the door with a 400
 * (or a websocket error), so such input is a clear error for the caller, never a 500 or a line that
 * "was not saved; send it again" forever.
 */
// With the `u` flag, a surrogate range matches only the unpaired halves.
const HALF_SURROGATE = /[\uD800-\uDFFF]/u;
const unstorable = (text: string) => text.includes("\u0000") || HALF_SURROGATE.test(text);

/** The dotted path of the first string (or key) in `value` that cannot be stored, or undefined. */
export function unstorableTextAt(value: unknown, path = "", depth = 0): string | undefined {
  if (typeof value === "string") return unstorable(value) ? path || "(value)" : undefined;
  if (value === null || typeof value !== "object" || depth > 32) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (unstorable(key)) return at;
    const found = unstorableTextAt(inner, at, depth + 1);
    if (found) return found;
  }
  return undefined;
}

export const UNSTORABLE_MESSAGE =
  "contains a character that cannot be stored (a NUL character, or half of an emoji or other character)";
