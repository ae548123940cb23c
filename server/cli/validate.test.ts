import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentWith } from "../../tests/support/content-copy";
import { run } from "./validate";

const REPO = join(import.meta.dirname, "..", "..");
const FIXTURES = join(REPO, "tests", "content-fixtures");

async function validate(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe("flightdeck validate", () => {
  it("exits 0 with a one-line summary on the shipped content", async () => {
    const { code, out } = await validate("--root", REPO);
    expect(code).toBe(0);
    expect(out).toMatch(/^\d+ scenarios, \d+ personas, \d+ patterns, \d+ lint rules: all valid\n$/);
  });

  it("counts in the singular for one of each", async () => {
    const { code, out } = await validate(`--root=${join(FIXTURES, "valid")}`);
    expect(code).toBe(0);
    expect(out).toBe("1 scenario, 1 persona, 1 pattern, 1 lint rule: all valid\n");
  });

  it("exits 1 and prints one problem per line, then a summary", async () => {
    const { code, out } = await validate("--root", join(FIXTURES, "unknown-field"));
    expect(code).toBe(1);
    expect(out.split("\n")).toEqual([
      'personas/ada.yaml:20: sensitivites: unknown field "sensitivites" (did you mean "sensitivities"?)',
      "1 problem in 1 file (1 scenario, 0 personas, 1 pattern, 1 lint rule valid)",
      "",
    ]);
  });

  it("--json prints one object with ok, problems and the ids", async () => {
    const { code, out } = await validate("--json", "--root", join(FIXTURES, "missing-persona"));
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual({
      ok: false,
      problems: [
        {
          file: "personas/scenarios/first-chat.yaml",
          path: "personas.0",
          line: 8,
          message: 'unknown persona "dan": no file in personas/ has this id',
        },
      ],
      personas: ["ada"],
      scenarios: ["first-chat"],
      patterns: ["tiny"],
      lintRules: ["vague"],
    });
  });

  it("--json leaves out line where the file has none", async () => {
    const root = contentWith({ "personas/mine/ada-2.yaml": "id: ada-2\n" });
    const { out } = await validate("--json", "--root", root);
    const [first] = JSON.parse(out).problems;
    expect(first).toEqual({
      file: "personas/mine/ada-2.yaml",
      path: "",
      message: "files in subfolders are not read; move it to personas/",
    });
  });

  it("counts a scenario with a problem as not valid, and points at the line of the undefined slot", async () => {
    // Review 6 (#11): a typo in a slot of a multi-line situation, in a copy of the shipped content.
    const root = mkdtempSync(join(tmpdir(), "flightdeck-validate-"));
    for (const dir of ["personas", "rubrics"])
      cpSync(join(REPO, dir), join(root, dir), { recursive: true });
    const file = "personas/scenarios/dismissive-code-reviews.yaml";
    const text = readFileSync(join(root, file), "utf8");
    const broken = text.replace("{survey_after}", "{survey_aftr}");
    expect(broken).not.toBe(text);
    writeFileSync(join(root, file), broken);
    const slotLine = broken.split("\n").findIndex((l) => l.includes("{survey_aftr}")) + 1;
    const fieldLine = broken.split("\n").findIndex((l) => l.startsWith("situation:")) + 1;
    expect(slotLine).toBeGreaterThan(fieldLine);
    const all = await validate("--root", REPO);
    const scenarios = Number(/^(\d+) scenarios/.exec(all.out)?.[1]);
    const { code, out } = await validate("--root", root);
    expect(code).toBe(1);
    expect(out.split("\n")).toEqual([
      `${file}:${slotLine}: situation: slot {survey_aftr} is not defined in facts`,
      expect.stringMatching(
        new RegExp(
          `^1 problem in 1 file \\(${scenarios - 1} scenarios, \\d+ personas, \\d+ patterns, \\d+ lint rules valid\\)$`,
        ),
      ),
      "",
    ]);
  });

  describe("runs every example (review 7, #2)", () => {
    // Ana's rule, as she wrote it: one backslash before the first b, in double quotes.
    const rule = (pattern: string, extraClean = "") => `id: handover-blame
title: Handover blame
trigger:
  patterns:
    - ${pattern}
explanation: Naming the missing handover as a failing puts them on the defensive.
suggestion: Say what happened and its effect.
examples:
  flagged:
    - "You skipped the handover again."
    - "You forgot the handover last week."
  clean:
    - "The handover wasn't written last week."
    - "Can we talk about handovers?"${extraClean}
`;
    const RULE = "rubrics/lint/handover-blame.yaml";

    it("refuses a \\b that YAML read as a backspace, with the fix, at the pattern's line", async () => {
      const root = contentWith({
        [RULE]: rule(String.raw`"\byou (?:skipped|forgot|didn't do) the handover\\b"`),
      });
      const { code, out } = await validate("--root", root);
      expect(code).toBe(1);
      expect(out.split("\n")).toEqual([
        `${RULE}:5: trigger.patterns.0: has a backspace character where a word boundary was meant: "\\b" inside double quotes is a backspace; write "\\\\b", or put the pattern in single quotes`,
        "1 problem in 1 file (1 scenario, 1 persona, 1 pattern, 1 lint rule valid)",
        "",
      ]);
    });

    it("reports a flagged example the rule does not flag, and a clean one it flags", async () => {
      const root = contentWith({
        [RULE]: rule(
          String.raw`"\\byou (?:skipped|didn't do) the handover\\b"`,
          '\n    - "You skipped the handover, sorry."',
        ),
      });
      const { code, out } = await validate("--root", root);
      expect(code).toBe(1);
      expect(out.split("\n")).toEqual([
        `${RULE}:11: examples.flagged.1: the rule does not flag "You forgot the handover last week."`,
        `${RULE}:15: examples.clean.2: the rule flags "You skipped the handover" in this clean example: move it to flagged, or narrow the rule`,
        "2 problems in 1 file (1 scenario, 1 persona, 1 pattern, 1 lint rule valid)",
        "",
      ]);
    });

    it("says so when the rule's words went to a rule it defers to", async () => {
      const root = contentWith({
        [RULE]: (rule(String.raw`'\byou (?:skipped|forgot) the handover\b'`) as string).replace(
          "  patterns:",
          "  deferTo: [vague]\n  patterns:",
        ),
        "rubrics/lint/vague.yaml": (t) =>
          t.replace(String.raw`\\bstep up\\b`, String.raw`\\bforgot\\b`),
      });
      const { out } = await validate("--root", root);
      expect(out).toContain(
        `${RULE}:12: examples.flagged.1: the rule does not flag "You forgot the handover last week." (it defers to vague, which flags these words)`,
      );
    });

    it("reports a pattern example whose moves are not found, or whose anti-pattern is not", async () => {
      const root = contentWith({
        "rubrics/tiny.yaml": (t) =>
          t
            .replace(
              '"So the pager woke you.", moves: [reflection]',
              '"So the pager woke you.", moves: [reflection, open_question]',
            )
            .replace(
              '"You never test.", moves: [blame_absolute]',
              '"You skipped the tests.", moves: [specific_observation]',
            ),
      });
      const { code, out } = await validate("--root", root);
      expect(code).toBe(1);
      expect(out.split("\n")).toEqual([
        'rubrics/tiny.yaml:17: examples.good.2.moves.1: the move detectors do not find open_question in "So the pager woke you." (they find reflection): reword the example, or list only the moves found',
        `rubrics/tiny.yaml:21: examples.bad.1: "You skipped the tests." shows none of this pattern's anti-patterns when scored on its own: make it show one, or move it to good`,
        'rubrics/tiny.yaml:21: examples.bad.1.moves.0: the move detectors do not find specific_observation in "You skipped the tests." (they find no move): reword the example, or list only the moves found',
        "3 problems in 1 file (1 scenario, 1 persona, 0 patterns, 1 lint rule valid)",
        "",
      ]);
    });
  });

  it("--json says ok on valid content", async () => {
    const { code, out } = await validate("--json", "--root", join(FIXTURES, "valid"));
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ ok: true, problems: [] });
  });

  it.each([[["--root"]], [["--verbose"]], [["extra"]]])(
    "rejects %j with usage and exit 1",
    async (args) => {
      const { code, out, err } = await validate(...args);
      expect(code).toBe(1);
      expect(out).toBe("");
      expect(err).toContain("usage: flightdeck validate");
    },
  );
});
