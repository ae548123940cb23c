import { describe, expect, it } from "vitest";
import { contentWith } from "../../tests/support/content-copy";
import { formatProblem, loadContent, loadValidContent } from "./index";
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
