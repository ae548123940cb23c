import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentWith } from "../../tests/support/content-copy";
import { looksPlural } from "./check-content";
import { formatProblem, loadContent } from "./index";
import { MAX_CONTENT_FILE_BYTES } from "./load-content";

const SCENARIO = "personas/scenarios/first-chat.yaml";
const PERSONA = "personas/ada.yaml";
const LINT = "rubrics/lint/vague.yaml";

/** The problems `flightdeck validate` prints for the valid fixture with these edits. */
async function problemsWith(edits: Parameters<typeof contentWith>[0]): Promise<string[]> {
  const { problems } = await loadContent(contentWith(edits));
  return problems.map(formatProblem);
}

const OVERRIDES = `overrides:
  ada:
    phrases:
      deflect: ["Synergy, {nobody_defined} says hi."]
    closers: ["my synergy, {nobody_defined}."]
`;

describe("scenario overrides", () => {
  it("phrases and closers are checked for undefined slots and neverSays, like topicLines", async () => {
    expect(await problemsWith({ [SCENARIO]: (t) => t + OVERRIDES })).toEqual([
      `${SCENARIO}:21: overrides.ada.phrases.deflect.0: says "synergy", which ada's voice.neverSays rules out`,
      `${SCENARIO}:21: overrides.ada.phrases.deflect.0: slot {nobody_defined} is not defined in facts or hiddenFacts`,
      `${SCENARIO}:22: overrides.ada.closers.0: says "synergy", which ada's voice.neverSays rules out`,
      `${SCENARIO}:22: overrides.ada.closers.0: slot {nobody_defined} is not defined in facts or hiddenFacts`,
    ]);
  });
});

describe("scenario news", () => {
  const news = (extra: string) => `overrides:\n  ada:\n${extra}`;

  it("news without newsAbout asks for it, in plain words and without the outcome", async () => {
    expect(
      await problemsWith({ [SCENARIO]: (t) => t + news('    news: "not (?:yet|this cycle)"\n') }),
    ).toEqual([
      `${SCENARIO}:19: overrides.ada.newsAbout: news needs newsAbout: what the news is about, in plain words from their side, without the outcome ("the committee's decision on your promotion to {target_level}"), so a model playing them knows whether they have heard it`,
    ]);
  });

  it("newsAbout without news asks for the words that tell it", async () => {
    expect(
      await problemsWith({
        [SCENARIO]: (t) => t + news('    newsAbout: "the decision on your transfer"\n'),
      }),
    ).toEqual([
      `${SCENARIO}:19: overrides.ada.news: newsAbout needs news: the words that tell it, as a case-insensitive regular expression ("not (?:yet|this cycle)|didn't happen")`,
    ]);
  });

  it("both together validate", async () => {
    expect(
      await problemsWith({
        [SCENARIO]: (t) =>
          t +
          news(
            '    news: "not (?:yet|this cycle)"\n    newsAbout: "the decision on your transfer"\n',
          ),
      }),
    ).toEqual([]);
  });
});

describe("YAML aliases", () => {
  it("text that starts with * is an unknown alias, reported at its line with the fix", async () => {
    expect(
      await problemsWith({
        [SCENARIO]: (t) => t.replace(/^goal: .*$/m, "goal: *sigh*"),
      }),
    ).toEqual([
      `${SCENARIO}:14: (root): invalid YAML: *sigh* is read as a reference to an &sigh* anchor, and there is none before it; to write text that starts with *, put it in quotes: "*sigh*"`,
    ]);
  });

  it("text that starts with * and goes on is named as such too, with the quoted fix", async () => {
    expect(
      await problemsWith({
        [SCENARIO]: (t) => t.replace("title: First chat", "title: *First* chat"),
      }),
    ).toEqual([
      `${SCENARIO}:3: (root): invalid YAML: a value that starts with * is read as a reference to an anchor; to write text that starts with *, put it in quotes: "*First* chat"`,
    ]);
  });

  it("a regex escape in double quotes says how to write it", async () => {
    expect(
      await problemsWith({ [LINT]: (t) => t.replace('"\\\\bstep up\\\\b"', '"\\\\bstep\\d"') }),
    ).toEqual([
      `${LINT}:4: (root): invalid YAML: Invalid escape sequence \\d; inside "double quotes" write a backslash twice ("\\\\d" for \\d), or use 'single quotes'`,
    ]);
  });

  it("aliases that expand too far are a problem at the first alias, not a crash", async () => {
    const bomb = [
      "a0: &a0 [x, x, x, x, x, x, x, x, x, x]",
      ...Array.from(
        { length: 8 },
        (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(", ")}]`,
      ),
    ].join("\n");
    expect(
      await problemsWith({ [SCENARIO]: (t) => `${t}hiddenFacts:\n  x: y\n${bomb}\n` }),
    ).toEqual([
      `${SCENARIO}:21: (root): invalid YAML: the aliases (*name) in this file stand for too many copies (more than 100); write the values out instead`,
    ]);
  });

  it("anchors and aliases that resolve are still fine", async () => {
    expect(
      await problemsWith({
        [SCENARIO]: (t) =>
          t
            .replace("goal: Find out how Ada is doing.", "goal: &g Find out how Ada is doing.")
            .replace("  project: billing", "  project: billing\n  goal_again: *g"),
      }),
    ).toEqual([]);
  });
});

describe("a broken or empty persona", () => {
  const scenarioNaming = (t: string) =>
    t.replace(
      "successCriteria: { concernsRevealed: 1,",
      "successCriteria: { mustReveal: [pager], concernsRevealed: 1,",
    );

  it.each([
    ["an out-of-range value", (t: string) => t.replace("trust: 0.4", "trust: 1.5")],
    ["an empty file", () => ""],
  ])("with %s, only the persona's file is reported", async (_, edit) => {
    const problems = await problemsWith({ [PERSONA]: edit, [SCENARIO]: scenarioNaming });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^personas\/ada\.yaml/);
  });
});

describe("duplicate ids", () => {
  it("blames the copy whose name does not match the id, even when it sorts first", async () => {
    const copy = "personas/scenarios/first-chat-2.yaml";
    const root = contentWith({});
    const { problems, content } = await loadContent(
      contentWith({ [copy]: readFileSync(join(root, SCENARIO), "utf8") }),
    );
    expect(problems.map(formatProblem)).toEqual([
      `${copy}:2: id: id "first-chat" does not match the file name "first-chat-2.yaml": rename the file to first-chat.yaml or set id: first-chat-2`,
      `${copy}:2: id: duplicate scenario id "first-chat": ${SCENARIO} already uses it`,
    ]);
    expect(content.scenarios.has("first-chat")).toBe(true);
  });

  it("a file name that is not an id is not offered as one", async () => {
    expect(
      await problemsWith({
        [SCENARIO]: null,
        "personas/scenarios/First-Chat.yaml": readFileSync(join(contentWith({}), SCENARIO)),
      }),
    ).toEqual([
      'personas/scenarios/First-Chat.yaml:2: id: id "first-chat" does not match the file name "First-Chat.yaml": rename the file to first-chat.yaml (file names are ids: lowercase letters, digits and dashes)',
    ]);
  });
});

describe("files in the wrong place or with unexpected names", () => {
  it("a scenario saved in personas/ is told where it goes, in one line", async () => {
    const scenario = readFileSync(join(contentWith({}), SCENARIO));
    expect(await problemsWith({ [SCENARIO]: null, "personas/first-chat.yaml": scenario })).toEqual([
      "personas/first-chat.yaml:2: (root): this looks like a scenario (it has title, level, track, …), not a persona: scenario files go in personas/scenarios/",
    ]);
  });

  it("an upper-case extension is read", async () => {
    const root = contentWith({
      [SCENARIO]: null,
      "personas/scenarios/first-chat.YAML": readFileSync(join(contentWith({}), SCENARIO)),
    });
    const { problems, content } = await loadContent(root);
    expect(problems).toEqual([]);
    expect([...content.scenarios.keys()]).toEqual(["first-chat"]);
  });

  it("a file in a subfolder is reported, not skipped in silence", async () => {
    const scenario = readFileSync(join(contentWith({}), SCENARIO));
    expect(
      await problemsWith({ [SCENARIO]: null, "personas/scenarios/mine/first-chat.yaml": scenario }),
    ).toEqual([
      "personas/scenarios/mine/first-chat.yaml: (root): files in subfolders are not read; move it to personas/scenarios/",
    ]);
  });
});

describe("encodings and sizes", () => {
  it("a UTF-16 file is named as such, in one short line", async () => {
    const text = readFileSync(join(contentWith({}), SCENARIO), "utf8");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    expect(await problemsWith({ [SCENARIO]: utf16 })).toEqual([
      `${SCENARIO}: (root): file is not UTF-8 (it looks like UTF-16, what Windows calls "Unicode"); save it as UTF-8`,
    ]);
  });

  it("a Windows-1252 character is named with its line", async () => {
    const text = readFileSync(join(contentWith({}), SCENARIO), "utf8");
    const latin1 = Buffer.from(text.replace("Find out", "Find out café"), "latin1");
    expect(await problemsWith({ [SCENARIO]: latin1 })).toEqual([
      `${SCENARIO}:14: (root): file is not UTF-8 (this line has a character saved in another encoding, such as Windows-1252); save the file as UTF-8`,
    ]);
  });

  it("a long value is shortened in the message", async () => {
    const [problem] = await problemsWith({
      [SCENARIO]: (t) => t.replace("level: L1", `level: ${"x".repeat(5000)}`),
    });
    expect(problem?.length).toBeLessThan(200);
    expect(problem).toContain('got "xxxxxxxx');
    expect(problem).toContain("…");
  });

  it("a file over the size limit is one problem, found fast", async () => {
    const facts = Array.from({ length: 60_000 }, (_, i) => `  fact_${i}: value number ${i}`);
    const huge = (t: string) =>
      t.replace("  project: billing", `  project: billing\n${facts.join("\n")}`);
    const started = Date.now();
    expect(await problemsWith({ [SCENARIO]: huge })).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${SCENARIO}: \\(root\\): file is 1\\.\\d MB; a content file may be at most 1 MB`,
        ),
      ),
    ]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("a mapping with many keys under the limit is parsed in linear time", async () => {
    const facts = Array.from({ length: 30_000 }, (_, i) => `  fact_${i}: v${i}`);
    const big = (t: string) =>
      t.replace("  project: billing", `  project: billing\n${facts.join("\n")}`);
    const started = Date.now();
    const edited = big(readFileSync(join(contentWith({}), SCENARIO), "utf8"));
    expect(Buffer.byteLength(edited)).toBeLessThan(MAX_CONTENT_FILE_BYTES);
    expect(await problemsWith({ [SCENARIO]: edited })).toEqual([]);
    // The parser's own duplicate-key check takes ~10 s for 30,000 keys; this parse takes < 1 s.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("a duplicate key is still reported, with both lines", async () => {
    expect(
      await problemsWith({
        [SCENARIO]: (t) => t.replace("  project: billing", "  project: billing\n  project: ledger"),
      }),
    ).toEqual([
      `${SCENARIO}:17: (root): invalid YAML: the field "project" appears twice in one mapping (first on line 16); keep one`,
    ]);
  });
});

describe("indentation and syntax slips", () => {
  it("a field indented into the one above is reported once, as indentation", async () => {
    expect(
      await problemsWith({
        [SCENARIO]: (t) =>
          t.replace(
            "successCriteria: { concernsRevealed: 1, agreedNextStep: true }",
            "hiddenFacts:\n  secret: x\n  successCriteria:\n  concernsRevealed: 1\n  agreedNextStep: true",
          ),
      }),
    ).toEqual([
      `${SCENARIO}:19: hiddenFacts.successCriteria: "successCriteria" is a top-level field, not part of hiddenFacts: check its indentation (it should start in the same column as hiddenFacts:)`,
    ]);
  });

  it("a one-space slip is one plain line, not three in parser jargon", async () => {
    expect(
      await problemsWith({
        [SCENARIO]: (t) =>
          t.replace("  project: billing", "  project: billing\n team: payments\n  other: x"),
      }),
    ).toEqual([
      `${SCENARIO}:17: (root): invalid YAML: this line is not indented like the lines around it; fields of one mapping start in the same column, and a field's own fields are indented further`,
    ]);
  });

  it("a tab is named as a tab", async () => {
    expect(
      await problemsWith({
        [SCENARIO]: (t) => t.replace("  project: billing", "\tproject: billing"),
      }),
    ).toEqual([
      `${SCENARIO}:16: (root): invalid YAML: this line is indented with a tab; indent with spaces only`,
    ]);
  });

  it("a stray comma in JSON is named in JSON's words", async () => {
    const json = JSON.stringify({ id: "vague", title: "Vague" }, null, 2).replace(
      '"vague",',
      '"vague",,',
    );
    expect(await problemsWith({ [LINT]: null, "rubrics/lint/vague.json": json })).toEqual([
      "rubrics/lint/vague.json:2: (root): invalid JSON: a comma where none belongs (two in a row, or one with nothing before it); remove it",
    ]);
  });
});

describe("one mistake, one line", () => {
  it("a single id where a list is expected", async () => {
    expect(
      await problemsWith({ [SCENARIO]: (t) => t.replace("personas: [ada]", "personas: ada") }),
    ).toEqual([`${SCENARIO}:8: personas: expected a list, got "ada"`]);
  });

  it("a misspelt field is not also reported missing, and comes with its line", async () => {
    expect(
      await problemsWith({
        [SCENARIO]: (t) => t.replace("estimatedMinutes:", "estimatedMinutess:"),
      }),
    ).toEqual([
      `${SCENARIO}:12: estimatedMinutess: unknown field "estimatedMinutess" (did you mean "estimatedMinutes"?)`,
    ]);
  });

  it("a missing field is at the line of the field it goes before, in line order", async () => {
    // Review 7 (#8): "goal: missing required field" had no line to jump to.
    expect(
      await problemsWith({
        [SCENARIO]: (t) =>
          t.replace(/^estimatedMinutes: 5\n/m, "").replace("level: L1", "level: L9"),
      }),
    ).toEqual([
      `${SCENARIO}:4: level: expected one of "L1", "L2", "L3", "L4", got "L9"`,
      `${SCENARIO}:12: estimatedMinutes: missing required field (add it before situation)`,
    ]);
  });

  it("a missing last field is after the one before it; a nested one in its own mapping", async () => {
    expect(
      await problemsWith({
        [SCENARIO]: (t) =>
          t
            .replace(/^successCriteria: .*\n/m, "")
            .concat("successCriteria:\n  agreedNextStep: true\n"),
      }),
    ).toEqual([
      `${SCENARIO}:18: successCriteria.concernsRevealed: missing required field (add it before agreedNextStep)`,
    ]);
    expect(
      await problemsWith({
        [SCENARIO]: (t) => t.replace(/^successCriteria: .*\n/m, ""),
      }),
    ).toEqual([`${SCENARIO}:15: successCriteria: missing required field (add it after facts)`]);
  });
});

describe("a line whose verb needs a singular fact", () => {
  const plural = (t: string) => t.replace("project: billing", "project: the billing services");
  const lines = (t: string) => t.replace("justify: [j1,", 'justify: ["{project} is slow.",');

  it("is flagged where the scenario fills it with a plural one (review 6 #10)", async () => {
    expect(await problemsWith({ [SCENARIO]: plural, [PERSONA]: lines })).toEqual([
      `${PERSONA}:25: phrases.justify.0: "{project} is" reads "the billing services is" in ${SCENARIO}: the fact is plural; word the line so the verb does not depend on it (or make the fact singular)`,
    ]);
  });

  it("a singular fact, or a line that does not lean on it, validates", async () => {
    expect(await problemsWith({ [PERSONA]: lines })).toEqual([]);
    const reworded = (t: string) => t.replace("justify: [j1,", 'justify: ["{project} got slow.",');
    expect(await problemsWith({ [SCENARIO]: plural, [PERSONA]: reworded })).toEqual([]);
  });

  it("the briefing is read the same way", async () => {
    const situation = (t: string) =>
      plural(t).replace(
        "situation: Ada has been paged a lot on {project}.",
        'situation: "{project} is paging Ada."',
      );
    expect(await problemsWith({ [SCENARIO]: situation })).toEqual([
      `${SCENARIO}:13: situation: "{project} is" reads "the billing services is": the fact is plural; word the line so the verb does not depend on it (or make the fact singular)`,
    ]);
  });
});

describe("a line whose verb needs a singular concern's mention", () => {
  // `{concern}` in an `unheard` or `parked` line is filled with the concern's `mention`.
  const mention = (m: string) => (t: string) =>
    t
      .replace("    topics: [workload]\n", `    topics: [workload]\n    mention: "${m}"\n`)
      .concat(
        'reactions:\n  unheard: ["{concern} is still open, though.", "Before we stop: {concern}."]\n',
      );

  it("is flagged where the mention is plural", async () => {
    expect(await problemsWith({ [PERSONA]: mention("the night pages") })).toEqual([
      `${PERSONA}:42: reactions.unheard.0: "{concern} is" reads "the night pages is" (concern pager) in ${SCENARIO}: the mention is plural; word the line so the verb does not depend on it (or make the mention singular)`,
    ]);
  });

  it("a singular mention validates", async () => {
    expect(await problemsWith({ [PERSONA]: mention("the night pager") })).toEqual([]);
  });
});

describe("looksPlural", () => {
  it("reads the head noun of a fact", () => {
    for (const v of [
      "the shared service libraries",
      "about 40% of all pull requests",
      "Aisha, Leo and Marta",
      "fourteen people",
    ])
      expect(looksPlural(v), v).toBe(true);
    for (const v of [
      "the checkout service",
      "the payouts outage on 12 May",
      "moving order events onto Kafka",
      "Developer Experience",
      "3.5% on average",
      "the Growth team",
    ])
      expect(looksPlural(v), v).toBe(false);
  });
});
