import { z } from "zod";

/** Ids are kebab-case and double as file names: `personas/dana.yaml` holds id `dana`. */
export const IdSchema = z
  .string({ error: "expected an id (lowercase letters, digits and dashes)" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: "expected an id (lowercase letters, digits and dashes, e.g. dana-okafor)",
  });

/** Non-empty prose, trimmed of nothing: what the author wrote is what the persona says. */
export const TextSchema = z
  .string({ error: "expected text" })
  .min(1, { error: "must not be empty" })
  .max(2000, { error: "expected at most 2000 characters" });

/** One spoken line: a persona never monologues, so a line stays short. */
export const LineSchema = z
  .string({ error: "expected a line of text" })
  .min(1, { error: "must not be empty" })
  .max(400, { error: "expected a line of at most 400 characters" });

/** A number in [min, max]; the message names the range because authors type these by hand. */
export const boundedNumber = (min: number, max: number) => {
  const error = `expected a number from ${min} to ${max}`;
  return z.number({ error }).min(min, { error }).max(max, { error });
};

/** A bank of lines that must all differ, so the offline responder can promise no repeats. */
export const lineBank = (min: number, what: string) =>
  z
    .array(LineSchema, { error: `expected a list of ${what}` })
    .min(min, { error: `expected at least ${min} ${what}` })
    .superRefine((lines, ctx) => {
      const seen = new Map<string, number>();
      lines.forEach((line, i) => {
        const key = line.trim().toLowerCase();
        const first = seen.get(key);
        if (first !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: [i],
            message: `repeats line ${first} of this list; every line must be distinct`,
            input: line,
          });
        } else {
          seen.set(key, i);
        }
      });
    });

/** Every content file may name its JSON Schema (JSON has no comments to carry the editor hint). */
export const SchemaRefSchema = z.string().optional();

export const LEVELS = ["L1", "L2", "L3", "L4"] as const;
/** The leadership ladder: L1 1-on-1s and feedback, L2 conflict, L3 org design, L4 culture. */
export const LevelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof LevelSchema>;

export const TRACKS = ["manager", "ic"] as const;
/** Manager track, or the IC track (staff+ engineers leading without reports). */
export const TrackSchema = z.enum(TRACKS);
export type Track = z.infer<typeof TrackSchema>;

/** How senior a persona is; shown on the briefing. */
export const SENIORITIES = [
  "junior",
  "mid",
  "senior",
  "staff",
  "senior-staff",
  "principal",
] as const;
export const SenioritySchema = z.enum(SENIORITIES);

/** Slots in lines look like `{project}`: lowercase snake_case names defined in a scenario's facts. */
export const SLOT_NAME = /^[a-z][a-z0-9_]*$/;
const SLOT_IN_TEXT = /\{([a-z][a-z0-9_]*)\}/g;

/** The slot names a line uses, in order of first use. */
export function slotsIn(text: string): string[] {
  return [...new Set([...text.matchAll(SLOT_IN_TEXT)].map((m) => m[1] as string))];
}

/**
 * Fill `{slot}`s from facts; an unknown slot stays as written so a gap is visible, not blank. A fact
 * that opens a sentence is capitalised ("{project} is late" with "the billing migration"), unless its
 * case is deliberate ("iOS", "eBay": a capital right after the first letter).
 */
export function fillSlots(text: string, facts: Readonly<Record<string, string>>): string {
  return text.replace(SLOT_IN_TEXT, (whole, name: string, at: number) => {
    const value = facts[name];
    if (value === undefined) return whole;
    return opensSentence(text, at) ? capitalised(value) : value;
  });
}

/** Whether position `at` starts a sentence: the text's start, or after . ! ? and spaces or a quote. */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(0, at).trimEnd();
  return before === "" || /(?:[.!?]["'”’)]?|^["'“‘(])$/.test(before);
}

function capitalised(value: string): string {
  const first = value.charAt(0);
  const second = value.charAt(1);
  if (
    first === first.toUpperCase() ||
    (second !== "" && second === second.toUpperCase() && /\p{L}/u.test(second))
  )
    return value;
  return first.toUpperCase() + value.slice(1);
}

/** A whole number in [min, max], with the range in the message. */
export const wholeNumber = (min: number, max: number) => {
  const error = `expected a whole number from ${min} to ${max}`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
};
