import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type Content, loadContent } from "../../server/content";
import {
  type LabelledConversation,
  LabelledConversationSchema,
  type LabelledLine,
  LabelledLineSchema,
} from "./data.schema";
import { DEV_SCENARIOS, evaluateConversations, evaluateLines, type LinesReport } from "./evaluate";

/**
 * Regression floors for `npm run eval:manager` (docs/evaluation.md, "Managers' own words"): a rule
 * change that makes the detectors read managers' own words worse fails here, not only in a table
 * nobody re-runs. The floors sit a little under the figures measured when they were set, so noise
 * from an unrelated fix does not trip them; raise them when the figures rise.
 */
const FLOORS = {
  development: { recall: 0.9, falseAlarms: 0.03, passAgreed: 0.9 },
  "held out": { recall: 0.78, falseAlarms: 0.06, passAgreed: 0.5 },
  fresh: { recall: 0.66, falseAlarms: 0.04, passAgreed: 0.7 },
} as const;

const ROOT = resolve(import.meta.dirname, "../..");
const DATA = join(ROOT, "eval", "manager-lines");

const read = <T>(path: string, schema: { parse: (x: unknown) => T }): T[] =>
  (parse(readFileSync(path, "utf8")) as unknown[]).map((item) => schema.parse(item));

function rates(r: LinesReport) {
  const all = Object.values(r.perMove);
  const sum = (f: (t: (typeof all)[number]) => number) => all.reduce((s, t) => s + f(t), 0);
  return {
    recall: sum((t) => t.found) / sum((t) => t.expected),
    falseAlarms: sum((t) => t.falseAlarms) / sum((t) => t.forbidden),
  };
}

describe("managers' own words stay read at least as well as measured", () => {
  let content: Content;
  const sets: Record<string, { lines: LabelledLine[]; conversations: LabelledConversation[] }> = {};
  beforeAll(async () => {
    ({ content } = await loadContent(ROOT));
    const lines = read(join(DATA, "lines.yaml"), LabelledLineSchema);
    const conversations = read(join(DATA, "conversations.yaml"), LabelledConversationSchema);
    const isDev = (x: { scenario?: string | undefined }) => DEV_SCENARIOS.has(x.scenario ?? "");
    sets.development = { lines: lines.filter(isDev), conversations: conversations.filter(isDev) };
    sets["held out"] = {
      lines: lines.filter((l) => !isDev(l)),
      conversations: conversations.filter((c) => !isDev(c)),
    };
    sets.fresh = {
      lines: read(join(DATA, "fresh", "lines.yaml"), LabelledLineSchema),
      conversations: read(join(DATA, "fresh", "conversations.yaml"), LabelledConversationSchema),
    };
  });

  it.each(Object.entries(FLOORS))("%s", (name, floor) => {
    const set = sets[name];
    if (!set) throw new Error(`no set ${name}`);
    const lines = rates(evaluateLines(set.lines));
    const conversations = evaluateConversations(set.conversations, content.patterns);
    expect(lines.recall).toBeGreaterThanOrEqual(floor.recall);
    expect(lines.falseAlarms).toBeLessThanOrEqual(floor.falseAlarms);
    expect(conversations.passAgreed / conversations.conversations).toBeGreaterThanOrEqual(
      floor.passAgreed,
    );
  });
});
