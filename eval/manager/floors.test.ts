import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../server/content";
import { evaluateManagerSets, type SetReport, totals } from "./sets";

/**
 * Regression floors for `npm run eval:manager` (docs/evaluation.md, "Managers' own words"): a rule
 * change that makes the detectors read managers' own words worse fails here, not only in a table
 * nobody re-runs. The floors sit a little under the figures measured when they were set, so noise
 * from an unrelated fix does not trip them; raise them when the figures rise.
 */
const FLOORS = {
  development: { recall: 0.9, falseAlarms: 0.03, passAgreed: 0.9 },
  "held out": { recall: 0.92, falseAlarms: 0.06, passAgreed: 0.9 },
  fresh: { recall: 0.93, falseAlarms: 0.03, passAgreed: 0.9 },
  "fresh 2": { recall: 0.87, falseAlarms: 0.075, passAgreed: 0.83 },
  // Unseen until the eighteenth session (27 November), which tuned on its misses (78 % → 94 %).
  "fresh 3": { recall: 0.74, falseAlarms: 0.04, passAgreed: 0.9 },
  // The one set no rule has been tuned on (written blind on 27 November, before that session's
  // fixes): its floors guard against a change that reads unseen wording worse, not a target.
  "fresh 4": { recall: 0.64, falseAlarms: 0.07, passAgreed: 0.66 },
  // A sixth blind set (written on 27 November, nineteenth session, before that session's changes):
  // measured once at 5bf0b00 (recall 0.71, false alarms 6/57, pass/fail 75 %).
  "fresh 5": { recall: 0.68, falseAlarms: 0.12, passAgreed: 0.7 },
} as const;

const ROOT = resolve(import.meta.dirname, "../..");

describe("managers' own words stay read at least as well as measured", () => {
  let sets: SetReport[];
  beforeAll(async () => {
    const { content } = await loadContent(ROOT);
    sets = evaluateManagerSets(join(ROOT, "eval", "manager-lines"), content);
  });

  it.each(Object.entries(FLOORS))("%s", (name, floor) => {
    const set = sets.find((s) => s.name === name);
    if (!set?.lines || !set.conversations) throw new Error(`no lines or conversations for ${name}`);
    const t = totals(set.lines);
    expect(t.found / t.expected).toBeGreaterThanOrEqual(floor.recall);
    expect(t.falseAlarms / t.forbidden).toBeLessThanOrEqual(floor.falseAlarms);
    const c = set.conversations;
    expect(c.passAgreed / c.conversations).toBeGreaterThanOrEqual(floor.passAgreed);
  });
});
