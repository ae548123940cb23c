import { describe, expect, it } from "vitest";
import { contentWith } from "../../tests/support/content-copy";
import { formatProblem, loadContent, loadValidContent } from "./index";
import { controlCharacterProblem } from "./regex.schema";
import { regexRisk } from "./regex-safety";

describe("regexRisk", () => {
  it.each([
    ["^(\\w+\\s?)+$", '"\\w+" repeats inside "(\\w+\\s?)+", which repeats too'],
    ["(?:\\w+\\s*)+!", '"\\w+" repeats inside "(?:\\w+\\s*)+", which repeats too'],
    ["^(\\w+|\\d+)*$", "exponentially many ways"],
    ["(?:x+x+)+y", "exponentially many ways"],
    ["\\b(a+){0,5}b", '"a+" repeats inside "(a+){0,5}"'],
  ])("refuses %s, naming the repeats", (source, words) => {
    expect(regexRisk(source)).toContain(words);
  });

  it.each([
    ["^(a|a)*$", '"a" and "a" of "(a|a)"'],
    ["^(?:\\w|\\d)+$", '"\\w" and "\\d" of "(?:\\w|\\d)"'],
    ["(?:x(?:a|ab|a))+y", '"a" and "a" of "(?:a|ab|a)"'],
  ])("refuses %s, whose repeated choices overlap", (source, words) => {
    expect(regexRisk(source)).toContain(words);
  });

  it("offers the rewritten pattern when one exists", () => {
    expect(regexRisk("(x+x+)+y")).toContain('without the problem: "(x{2,})+y"');
  });

  it.each([
    "\\bstep up\\b",
    "\\b(?:always|never)\\b",
    "\\w+\\s*\\w+",
    "(?:[\\w'-]+ ){0,8}done",
    "(?<=\\b(?:i'll|we'll) (?:[\\w'-]+ ){0,8})in front of",
    "(?: (?:has|have|had|just|went and|'s|'ve))* (?:broke|missed)\\b",
    "\\b(?:very|really)+\\b",
    "(?:\\w|'s)+$",
  ])("allows %s", (source) => {
    expect(regexRisk(source)).toBeUndefined();
  });
});

describe("loadContent on a catastrophic pattern", () => {
  const redos = (where: string) =>
    contentWith({
      "rubrics/lint/vague.yaml": (t) =>
        t.replace('patterns: ["\\\\bstep up\\\\b"]', `patterns: ["\\\\bstep up\\\\b", "${where}"]`),
    });

  it("reports the lint rule's pattern with file, line and field", async () => {
    const { problems } = await loadContent(redos("^(\\\\w+\\\\s?)+$"));
    expect(problems.map(formatProblem)).toEqual([
      'rubrics/lint/vague.yaml:4: trigger.patterns.1: this pattern can hang the server on a long sentence: "\\w+" repeats inside "(\\w+\\s?)+", which repeats too, so a sentence that almost matches is tried in exponentially many ways. Let each stretch of text be matched by one repeat only: for example "(\\w+\\s)*\\w+", not "(\\w+\\s?)+".',
    ]);
  });

  it("stops the server from starting", async () => {
    await expect(loadValidContent(redos("(\\\\w+\\\\s*)+!"))).rejects.toMatchObject({
      code: "FD_CONTENT_INVALID",
      message: expect.stringContaining("trigger.patterns.1: this pattern can hang the server"),
    });
  });

  it("covers a pattern's sentence conditions too", async () => {
    const root = contentWith({
      "rubrics/tiny.yaml": (t) =>
        t.replace(
          "evidencedBy: [open_question], required: true }",
          'evidencedBy: [open_question], where: { open_question: { matches: "^(\\\\w+\\\\s?)+\\\\?$" } }, required: true }',
        ),
    });
    const { problems } = await loadContent(root);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^rubrics\/tiny\.yaml:9: steps\.0\.where\.open_question\.matches: this pattern can hang the server/,
      ),
    ]);
  });
});

describe("a control character in a pattern (review 7, #2)", () => {
  it.each([
    [
      "\u0008you\\b",
      'backspace character where a word boundary was meant: "\\b" inside double quotes',
    ],
    [
      "a\u0007b",
      '(U+0007, what "\\a" inside double quotes becomes), which no draft contains; write "\\\\a"',
    ],
    ["a\u001bb", '(U+001B, what "\\e" inside double quotes becomes)'],
    ["a\u0001b", "(U+0001), which no draft contains; remove it"],
  ])("refuses %j, saying what it was and how to write it", (source, words) => {
    expect(controlCharacterProblem(source)).toContain(words);
  });

  it.each(["\\byou\\b", "a\tb", "one\ntwo", "a\r\nb", "“quoted” — dash"])("allows %j", (source) => {
    expect(controlCharacterProblem(source)).toBeUndefined();
  });

  it("reports a JSON file's \\b at its line, and stops the server from starting", async () => {
    const json = JSON.stringify(
      {
        id: "vague",
        title: "Vague",
        trigger: { patterns: ["\bstep up\\b"] },
        explanation: "Names no behaviour.",
        suggestion: "Name the moment.",
        examples: { flagged: ["Step up.", "You need to step up."], clean: ["Thanks.", "Ok."] },
      },
      null,
      2,
    );
    const root = contentWith({ "rubrics/lint/vague.yaml": null, "rubrics/lint/vague.json": json });
    const { problems } = await loadContent(root);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^rubrics\/lint\/vague\.json:6: trigger\.patterns\.0: has a backspace character where a word boundary was meant/,
      ),
    ]);
    await expect(loadValidContent(root)).rejects.toMatchObject({ code: "FD_CONTENT_INVALID" });
  });
});
