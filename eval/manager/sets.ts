import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import type { z } from "zod";
import type { Content } from "../../server/content";
import { LabelledConversationSchema, LabelledLineSchema } from "./data.schema";
import {
  type ConversationsReport,
  DEV_SCENARIOS,
  evaluateConversations,
  evaluateLines,
  type LinesReport,
} from "./evaluate";

/** Reading the sets in eval/manager-lines/: for `npm run eval:manager` and its floors test. */

/** Parses a YAML list and validates each item, naming the file, the item and the field on error. */
export function readList<S extends z.ZodType>(path: string, schema: S): z.infer<S>[] {
  const name = relative(process.cwd(), path) || path;
  const data: unknown = parse(readFileSync(path, "utf8"));
  if (!Array.isArray(data)) throw new Error(`${name}: expected a list of items`);
  const ids = new Set<string>();
  return data.map((item, i) => {
    const result = schema.safeParse(item);
    const id = (item as { id?: unknown })?.id;
    const where = `${name}: item ${i + 1}${typeof id === "string" ? ` (${id})` : ""}`;
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(`${where}: ${issue?.path.join(".") || "item"}: ${issue?.message}`);
    }
    const parsed = result.data as { id: string };
    if (ids.has(parsed.id)) throw new Error(`${where}: id "${parsed.id}" is used twice`);
    ids.add(parsed.id);
    return result.data;
  });
}

export interface SetReport {
  name: string;
  lines?: LinesReport;
  conversations?: ConversationsReport;
}

/** Every move's tally summed. */
export function totals(r: LinesReport) {
  const all = Object.values(r.perMove);
  const sum = (f: (t: (typeof all)[number]) => number) => all.reduce((s, t) => s + f(t), 0);
  return {
    expected: sum((t) => t.expected),
    found: sum((t) => t.found),
    forbidden: sum((t) => t.forbidden),
    falseAlarms: sum((t) => t.falseAlarms),
  };
}

type Item = { scenario?: string | undefined };

/** Reads a folder's lines.yaml and conversations.yaml (either may be missing) into sets by `pick`. */
function readSets(
  dir: string,
  content: Content,
  sets: { name: string; keep: (item: Item) => boolean }[],
): SetReport[] {
  const linesPath = join(dir, "lines.yaml");
  const conversationsPath = join(dir, "conversations.yaml");
  const lines = existsSync(linesPath) ? readList(linesPath, LabelledLineSchema) : undefined;
  const conversations = existsSync(conversationsPath)
    ? readList(conversationsPath, LabelledConversationSchema)
    : undefined;
  for (const c of conversations ?? []) {
    if (!content.scenarios.has(c.scenario))
      throw new Error(`${conversationsPath}: ${c.id}: scenario: no scenario "${c.scenario}"`);
  }
  return sets.map(({ name, keep }) => ({
    name,
    ...(lines ? { lines: evaluateLines(lines.filter(keep)) } : {}),
    ...(conversations
      ? { conversations: evaluateConversations(conversations.filter(keep), content.patterns) }
      : {}),
  }));
}

/**
 * Sets written later, each in its own subfolder, in the order they were written. The fresh sets were
 * written by other people and measured before anyone tuned on them (docs/evaluation.md, "Managers'
 * own words"); "review 2" was written and tuned on by the same helper (review-2/README.md).
 */
const LATER_SETS = [
  { folder: "fresh", name: "fresh" },
  { folder: "fresh-2", name: "fresh 2" },
  { folder: "fresh-3", name: "fresh 3" },
  { folder: "fresh-4", name: "fresh 4" },
  { folder: "fresh-5", name: "fresh 5" },
  // Written after review 2 by the helper who then tuned the rules on it: a regression guard, not a
  // measure of unseen wording (review-2/README.md).
  { folder: "review-2", name: "review 2 (tuned on)" },
] as const;

/**
 * The sets of a folder: its lines and conversations split into development and held-out scenarios,
 * and each later set's subfolder, when there is one, as a set of its own. Throws on a bad data file.
 */
export function evaluateManagerSets(dir: string, content: Content): SetReport[] {
  const isDev = (item: Item) => item.scenario !== undefined && DEV_SCENARIOS.has(item.scenario);
  const sets = readSets(dir, content, [
    { name: "development", keep: isDev },
    { name: "held out", keep: (item) => !isDev(item) },
  ]);
  for (const { folder, name } of LATER_SETS) {
    if (existsSync(join(dir, folder)))
      sets.push(...readSets(join(dir, folder), content, [{ name, keep: () => true }]));
  }
  return sets;
}
