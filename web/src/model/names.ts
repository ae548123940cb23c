import { MAX_NAME_CHARS } from "../../../server/people/people.schema";

export { MAX_NAME_CHARS };

/**
 * How long a name is as the server counts it: trimmed, in UTF-16 code units (an emoji can be two
 * or more), so the page refuses exactly what the server would.
 */
export const nameLength = (name: string) => name.trim().length;

/**
 * Why a name cannot be saved, or null when it can. A name too long is said with how much to cut,
 * never cut silently. `what` names the field: "name", "cohort name".
 */
export function nameProblem(name: string, what = "name"): string | null {
  const length = nameLength(name);
  if (length === 0) return `Enter a ${what}.`;
  if (length > MAX_NAME_CHARS)
    return `A ${what} has at most ${MAX_NAME_CHARS} characters; this one has ${length}. Shorten it by ${length - MAX_NAME_CHARS}.`;
  return null;
}

/** The line under a name field once it is long: "96 of 100 characters", "112 of 100 characters: 12 too many". Empty while short. */
export function nameCount(name: string): string {
  const length = nameLength(name);
  if (length < MAX_NAME_CHARS - 20) return "";
  const over = length - MAX_NAME_CHARS;
  return `${length} of ${MAX_NAME_CHARS} characters${over > 0 ? `: ${over} too many` : ""}`;
}
