import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem, loadContent, loadValidContent } from "./index";

const REPO = join(import.meta.dirname, "..", "..");
const FIXTURES = join(REPO, "tests", "content-fixtures");

describe("loadContent on the shipped content", () => {
  it("finds no problems", async () => {
    const { problems } = await loadContent(REPO);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it("loads at least 6 personas, 12 scenarios, 8 patterns and the 18 lint rules", async () => {
    const { content } = await loadContent(REPO);
    expect(content.personas.size).toBeGreaterThanOrEqual(6);
    expect(content.scenarios.size).toBeGreaterThanOrEqual(12);
    expect(content.patterns.size).toBeGreaterThanOrEqual(8);
    expect([...content.lintRules.keys()].sort()).toEqual([
      "absolute-blame",
      "advice-without-asking",
      "appeal-to-the-crowd",
      "brush-off",
      "character-label",
      "feedback-without-impact",
      "hedged-criticism",
      "loaded-words",
      "missing-ask",
      "passive-aggressive",
      "praise-before-but",
      "promised-outcome",
      "public-feedback",
      "sandwich",
      "summons-without-topic",
      "threat",
      "vague-language",
      "vague-praise",
    ]);
  });
});

describe("loadContent on broken fixtures", () => {
  it.each([
    [
      "bad-type",
      [
        'personas/ada.yaml:21: sensitivities.blame_absolute.trust: expected a number from -1 to 1, got "high"',
      ],
    ],
    [
      "unknown-move",
      [
        'rubrics/tiny.yaml:10: steps.1.evidencedBy.0: unknown move "reflect" (did you mean "reflection"?)',
      ],
    ],
    [
      "missing-persona",
      [
        'personas/scenarios/first-chat.yaml:8: personas.0: unknown persona "dan": no file in personas/ has this id',
      ],
    ],
    [
      "duplicate-id",
      [
        'rubrics/lint/vague.yaml:2: id: duplicate lint rule id "vague": rubrics/lint/vague.json already uses it',
      ],
    ],
    [
      "malformed-yaml",
      [
        "personas/ada.yaml:4: (root): invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
      ],
    ],
    [
      "unknown-field",
      // One misspelling: the field it was meant to be is not also reported missing.
      [
        'personas/ada.yaml:20: sensitivites: unknown field "sensitivites" (did you mean "sensitivities"?)',
      ],
    ],
    [
      "missing-slot",
      [
        "personas/scenarios/first-chat.yaml:15: facts: slot {project} is not defined in facts or hiddenFacts (personas/ada.yaml uses it at concerns.0.revealLines.0)",
      ],
    ],
    [
      "unknown-lint-rule",
      ['rubrics/lint/no-ask.yaml:4: trigger.rules.0: unknown lint rule "vauge"'],
    ],
    [
      // A rule runs after the rules it names: two rules that name each other cannot both.
      "lint-rule-loop",
      [
        'rubrics/lint/blame.yaml:4: trigger.deferTo.0: lint rule "threat" leads back to this rule through trigger.rules or trigger.deferTo; a rule runs after the rules it names, so they cannot form a loop',
        'rubrics/lint/threat.yaml:4: trigger.rules.0: lint rule "blame" leads back to this rule through trigger.rules or trigger.deferTo; a rule runs after the rules it names, so they cannot form a loop',
      ],
    ],
    [
      "file-name-mismatch",
      [
        'rubrics/small.yaml:2: id: id "tiny" does not match the file name "small.yaml": rename the file to tiny.yaml or set id: small',
      ],
    ],
  ])("%s reports exactly its problem", async (fixture, expected) => {
    const { problems } = await loadContent(join(FIXTURES, fixture));
    expect(problems.map(formatProblem)).toEqual(expected);
  });

  it("the valid fixture loads cleanly, so each broken case differs from it by one edit", async () => {
    const { problems, content } = await loadContent(join(FIXTURES, "valid"));
    expect(problems).toEqual([]);
    expect([...content.personas.keys()]).toEqual(["ada"]);
    expect([...content.scenarios.keys()]).toEqual(["first-chat"]);
    expect([...content.patterns.keys()]).toEqual(["tiny"]);
    expect([...content.lintRules.keys()]).toEqual(["vague"]);
  });

  it("a JSON file is read like YAML, with line numbers", async () => {
    const { content } = await loadContent(join(FIXTURES, "duplicate-id"));
    // The JSON file sorts first, so it is the one kept.
    expect(content.lintRules.get("vague")?.title).toBe("Vague language, again");
  });

  it("keeps the files that passed their schema when another file is broken", async () => {
    const { content } = await loadContent(join(FIXTURES, "bad-type"));
    expect(content.personas.has("ada")).toBe(false);
    expect(content.scenarios.has("first-chat")).toBe(true);
  });

  it("reports a root without content folders", async () => {
    const root = join(FIXTURES, "no-such-dir");
    const { problems } = await loadContent(root);
    expect(problems.map(formatProblem)).toEqual([
      `.: (root): no content found under ${root}: expected personas/ and rubrics/ folders`,
    ]);
  });
});

describe("formatProblem", () => {
  it.each([
    [
      {
        file: "personas/dana.yaml",
        path: "sensitivities.blame_absolute.trust",
        line: 12,
        message: "expected a number from -1 to 1",
      },
      "personas/dana.yaml:12: sensitivities.blame_absolute.trust: expected a number from -1 to 1",
    ],
    [
      { file: "personas/dana.yaml", path: "id", message: "missing required field" },
      "personas/dana.yaml: id: missing required field",
    ],
    [
      { file: "rubrics/x.yaml", path: "", line: 3, message: "invalid YAML: bad" },
      "rubrics/x.yaml:3: (root): invalid YAML: bad",
    ],
  ])("%j → %s", (problem, text) => {
    expect(formatProblem(problem)).toBe(text);
  });
});

describe("loadValidContent", () => {
  it("returns the content when it is valid", async () => {
    const content = await loadValidContent(join(FIXTURES, "valid"));
    expect([...content.personas.keys()]).toEqual(["ada"]);
  });

  it("throws FD_CONTENT_INVALID listing every problem line", async () => {
    const root = join(FIXTURES, "unknown-field");
    await expect(loadValidContent(root)).rejects.toMatchObject({
      code: "FD_CONTENT_INVALID",
      message: [
        `invalid content in ${root}:`,
        'personas/ada.yaml:20: sensitivites: unknown field "sensitivites" (did you mean "sensitivities"?)',
      ].join("\n"),
    });
  });
});
