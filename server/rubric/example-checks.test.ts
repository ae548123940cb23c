import { describe, expect, it } from "vitest";
import type { Entries } from "../content/check-content";
import { LintRuleSchema } from "../content/lint-rule.schema";
import { type Pattern, PatternSchema } from "../content/pattern.schema";
import {
  contentExampleIssues,
  lintRuleExampleIssues,
  patternExampleIssues,
  withItsRules,
} from "./example-checks";

const rule = (id: string, trigger: object, flagged: string[], clean: string[]) =>
  LintRuleSchema.parse({
    id,
    title: id,
    trigger,
    explanation: "Why.",
    suggestion: "Instead.",
    examples: { flagged, clean },
  });

const ALWAYS = rule(
  "always",
  { patterns: ["\\byou always\\b"] },
  ["You always skip it.", "You always miss it."],
  ["You skipped it twice.", "Thanks."],
);
const LATE = rule(
  "late",
  { patterns: ["\\b(?:always )?(?:come|were) late\\b"], deferTo: ["always"] },
  ["You were late.", "You always come late."],
  ["On time.", "Thanks."],
);

const PATTERN: Pattern = PatternSchema.parse({
  id: "tiny",
  title: "Tiny",
  level: "L1",
  version: 1,
  context: "A test.",
  problem: "A test.",
  steps: [
    { id: "ask", title: "Ask", evidencedBy: ["open_question"], required: true },
    { id: "reflect", title: "Reflect", evidencedBy: ["reflection"], required: true },
  ],
  antiPatterns: [
    {
      id: "blame",
      title: "Blame",
      moves: ["blame_absolute"],
      critical: false,
      why: "It hurts.",
      better: "Count.",
    },
  ],
  examples: {
    good: [
      { text: "What got in the way?", moves: ["open_question"] },
      { text: "How did the deploy go?", moves: ["open_question"] },
      { text: "What do you need from me?", moves: ["open_question"] },
      { text: "You always miss deadlines.", moves: ["blame_absolute"] },
    ],
    bad: [
      { text: "You always miss deadlines.", moves: ["blame_absolute"] },
      { text: "You never test.", moves: ["blame_absolute"] },
      { text: "You're always late.", moves: ["blame_absolute"] },
      { text: "You never review my PRs.", moves: ["blame_absolute"] },
    ],
  },
  snippet: "Ask.",
});

describe("lint rule examples", () => {
  it("runs a rule with the rules it defers to, and says when they took its words", () => {
    expect(withItsRules(LATE, [ALWAYS, LATE]).map((r) => r.id)).toEqual(["late", "always"]);
    expect(lintRuleExampleIssues(LATE, [ALWAYS, LATE])).toEqual([
      {
        path: ["examples", "flagged", 1],
        message:
          'the rule does not flag "You always come late." (it defers to always, which flags these words)',
      },
    ]);
    expect(lintRuleExampleIssues(ALWAYS, [ALWAYS, LATE])).toEqual([]);
  });

  it("quotes a long draft on one line, cut with …", () => {
    const long = `You always ${"wait ".repeat(30)}`;
    const [issue] = lintRuleExampleIssues(
      rule("x", { patterns: ["\\bnever\\b"] }, [long, "Never."], ["a", "b"]),
      [],
    );
    expect(issue?.message).toMatch(/^the rule does not flag "You always wait wait .{30,}…"$/);
    expect(issue?.message.length).toBeLessThan(100);
  });
});

describe("pattern examples", () => {
  it("reports a good example that shows one of the pattern's anti-patterns", () => {
    expect(patternExampleIssues(PATTERN)).toEqual([
      {
        path: ["examples", "good", 3],
        message:
          '"You always miss deadlines." shows the anti-pattern blame (blame_absolute) when scored on its own: reword it, or move it to bad',
      },
    ]);
  });
});

describe("contentExampleIssues", () => {
  const entries = (lintRules: Entries["lintRules"]): Entries => ({
    personas: [],
    scenarios: [],
    patterns: [{ file: "rubrics/tiny.yaml", data: PATTERN }],
    lintRules,
  });

  it("names the file of each issue", () => {
    const issues = contentExampleIssues(
      entries([
        { file: "rubrics/lint/always.yaml", data: ALWAYS },
        { file: "rubrics/lint/late.yaml", data: LATE },
      ]),
      new Set(),
    );
    expect(issues.map((i) => `${i.file}: ${i.path.join(".")}`)).toEqual([
      "rubrics/lint/late.yaml: examples.flagged.1",
      "rubrics/tiny.yaml: examples.good.3",
    ]);
  });

  it("leaves out files with other problems, and rules that name one or a rule not there", () => {
    const issues = contentExampleIssues(
      entries([{ file: "rubrics/lint/late.yaml", data: LATE }]),
      new Set(["rubrics/tiny.yaml"]),
    );
    expect(issues).toEqual([]);
    const withBrokenNamed = contentExampleIssues(
      entries([
        { file: "rubrics/lint/always.yaml", data: ALWAYS },
        { file: "rubrics/lint/late.yaml", data: LATE },
      ]),
      new Set(["rubrics/lint/always.yaml", "rubrics/tiny.yaml"]),
    );
    expect(withBrokenNamed).toEqual([]);
  });
});
