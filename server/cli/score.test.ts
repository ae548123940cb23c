import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type CapturedOutput, captureOutput } from "../../tests/support/cli-output";
import { contentWith } from "../../tests/support/content-copy";
import { type FakeOpenAI, startFakeOpenAI } from "../../tests/support/fake-openai";
import { patternOf, shippedContent } from "../../tests/support/shipped-content";
import { parseTranscript, scoreTranscript } from "../rubric";
import { type Scorecard, ScorecardSchema } from "../rubric/scorecard.schema";
import { type ExportRecord, exportJson, exportMarkdown } from "../sessions/export";
import type { WireSession, WireTurn } from "../sessions/protocol.schema";
import { run } from "./score";

const REPO = join(import.meta.dirname, "..", "..");
const TRANSCRIPTS = join(REPO, "tests", "fixtures", "transcripts");
const FEEDBACK = "delivering-difficult-feedback";

let io: CapturedOutput;
beforeEach(() => {
  vi.stubEnv("CONTENT_DIR", REPO);
  io = captureOutput();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

const tmp = (name: string, text: string): string => {
  const file = join(mkdtempSync(join(tmpdir(), "flightdeck-score-")), name);
  writeFileSync(file, text);
  return file;
};

describe("flightdeck score", () => {
  it("lists a second flag on an already penalised sentence as costing no points", async () => {
    const file = tmp(
      "t.md",
      "**Manager:** Everyone's tired, you should just push through.\n\n**Employee:** Right.\n",
    );
    const code = await run(["--pattern", "supporting-a-struggling-report", file]);
    expect(code).toBe(0);
    expect(io.out).toMatch(/\(same sentence as another flag: no points\)/);
    // The flag that counts keeps its CRITICAL mark; the free one does not.
    expect(io.out.match(/CRITICAL/g)?.length).toBe(1);
  });

  it("names every turn of a sandwich spread over turns, not only the one that closes it", async () => {
    const file = tmp(
      "t.md",
      [
        "**Manager:** Great work on the launch.",
        "**Employee:** ok thanks",
        "**Manager:** One thing: the tests were skipped.",
        "**Employee:** …",
        "**Manager:** But honestly, you're one of our best.",
      ].join("\n\n"),
    );
    expect(await run(["--pattern", FEEDBACK, file])).toBe(0);
    // Numbered as the manager's lines (the debrief's and the export's numbering).
    expect(io.out).toContain(
      'spread over: turn 1 "Great work on the launch.", turn 2 "One thing: the tests were skipped.", then this turn',
    );
    expect(io.out.match(/spread over/g)?.length).toBe(1);
  });

  it("names a turn that holds two parts of a spread sandwich once, with both quotes", async () => {
    const file = tmp(
      "t.md",
      [
        "**Manager:** Great work on the launch. One thing: the tests were skipped.",
        "**Employee:** ok",
        "**Manager:** But honestly, you're one of our best.",
      ].join("\n\n"),
    );
    expect(await run(["--pattern", FEEDBACK, file])).toBe(0);
    expect(io.out).toContain(
      'spread over: turn 1 "Great work on the launch." and "One thing: the tests were skipped.", then this turn',
    );
  });

  it("--json prints the scorecard of a JSON transcript", async () => {
    const code = await run([
      "--json",
      "--pattern",
      FEEDBACK,
      join(TRANSCRIPTS, "feedback-good.json"),
    ]);
    expect(code).toBe(0);
    const card = ScorecardSchema.parse(JSON.parse(io.out));
    expect(card.patternId).toBe(FEEDBACK);
    expect(card.overall).toBeGreaterThanOrEqual(0);
    const observe = card.steps.find((s) => s.id === "observe");
    expect(observe?.status).toBe("hit");
    expect(observe?.evidence[0]).toMatchObject({ turn: 0, start: 24 });
    expect(card.metrics.managerTalkShare.value).toBeGreaterThan(0);
  });

  it("fails a Markdown transcript with a threat even though the steps were done", async () => {
    const code = await run([
      "--json",
      `--pattern=${FEEDBACK}`,
      join(TRANSCRIPTS, "feedback-threat.md"),
    ]);
    expect(code).toBe(0);
    const card = ScorecardSchema.parse(JSON.parse(io.out));
    expect(card.antiPatterns.map((f) => [f.id, f.turn])).toContainEqual(["threat", 10]);
    expect(card.passed).toBe(false);
    expect(card.failReasons.join(" ")).toContain("Threatening consequences");
  });

  it("prints a readable scorecard by default", async () => {
    const code = await run([
      "--pattern",
      "weekly-one-on-one",
      join(TRANSCRIPTS, "one-on-one-status.md"),
    ]);
    expect(code).toBe(0);
    expect(io.out).toMatch(
      /^weekly-one-on-one \(rubric \d+\+[0-9a-f]{8}\): \d+\/100, NOT PASSED\n/,
    );
    expect(io.out).toContain('✗ Required step "Open with their agenda" was missed.');
    expect(io.out).toContain("turn 1 Stacking questions:");
    expect(io.out).toContain("How the score was computed");
  });

  it("says under a partial step what it lacks, as the debrief does (review 9a #13)", async () => {
    const md = tmp(
      "partial.md",
      [
        "**Manager:** In the last three sprints, 5 of your 8 committed stories carried over.",
        "**Employee:** I know.",
        "**Manager:** What's getting in the way from your side?",
        "**Employee:** Interrupts, mostly.",
        "**Manager:** Let's agree that you flag any interrupt over an hour in standup, starting Monday, and we review it on Friday the 12th.",
        "**Employee:** Maybe. I'd want to see how it goes first.",
      ].join("\n\n"),
    );
    expect(await run(["--pattern", FEEDBACK, md])).toBe(0);
    expect(io.out).toMatch(
      /\[partial\] Agree a specific next step \(required\)\n.*\n\s+Turn 3: Proposed; they did not agree to it yet\.\n/,
    );
  });

  it.each([
    [["--pattern", FEEDBACK], /^flightdeck score: no transcript file given; usage/],
    [
      [join(TRANSCRIPTS, "feedback-good.json")],
      /^flightdeck score: no pattern given, and \S+feedback-good\.json names none \(a Flightdeck export does\)/,
    ],
    [
      ["--pattern", FEEDBACK, "/nonexistent/t.json"],
      /^flightdeck score: \/nonexistent\/t\.json: no such file\n$/,
    ],
    [
      ["--pattern", "nope", join(TRANSCRIPTS, "feedback-good.json")],
      /^flightdeck score: unknown pattern "nope" \(known: .*delivering-difficult-feedback/,
    ],
    [["--bogus"], /^flightdeck score: unknown option "--bogus"/],
  ])("exits 1 with one line for %j", async (args, message) => {
    expect(await run(args)).toBe(1);
    expect(io.err.split("\n").filter(Boolean)).toHaveLength(1);
    expect(io.err).toMatch(message);
    expect(io.out).toBe("");
  });

  it.each([
    ["bad.json", '{"turns":[{"speaker":"boss","text":"hi"}]}', /bad\.json: turns\.0\.speaker: /],
    ["bad.json", "{ nope", /bad\.json: not valid JSON/],
    ["bad.md", "**Dana:** hi", /bad\.md: line 1: unknown speaker "Dana"/],
    ["empty.md", "", /empty\.md: the transcript has no turns/],
  ])("exits 1 on a bad transcript file %s", async (name, text, message) => {
    expect(await run(["--pattern", FEEDBACK, tmp(name, text)])).toBe(1);
    expect(io.err).toMatch(message);
    expect(io.err.split("\n").filter(Boolean)).toHaveLength(1);
  });

  it("exits 1 when the content does not load, listing every problem", async () => {
    const root = contentWith({
      "personas/scenarios/first-chat.yaml": (t) =>
        t.replace(/^estimatedMinutes: 5\n/m, "").replace("level: L1", "level: L9"),
    });
    vi.stubEnv("CONTENT_DIR", root);
    expect(await run(["--pattern", FEEDBACK, join(TRANSCRIPTS, "feedback-good.json")])).toBe(1);
    expect(io.err.split("\n")).toEqual([
      `flightdeck score: the content in ${root} has 2 problems; fix them first (flightdeck validate lists them too):`,
      'personas/scenarios/first-chat.yaml:4: level: expected one of "L1", "L2", "L3", "L4", got "L9"',
      "personas/scenarios/first-chat.yaml:12: estimatedMinutes: missing required field (add it before situation)",
      "",
    ]);
  });

  it("reads the transcript from stdin with -", async () => {
    const text = readFileSync(join(TRANSCRIPTS, "feedback-good.json"), "utf8");
    vi.spyOn(process, "stdin", "get").mockReturnValue(
      Readable.from([Buffer.from(text)]) as unknown as typeof process.stdin,
    );
    expect(await run(["--json", "--pattern", FEEDBACK, "-"])).toBe(0);
    expect(ScorecardSchema.parse(JSON.parse(io.out)).patternId).toBe(FEEDBACK);
  });
});

describe("flightdeck score of an export (review 7, #3)", () => {
  const line = (index: number, text: string, over: Partial<WireTurn> = {}): WireTurn => ({
    id: `t${index}`,
    index,
    seq: index + 2,
    speaker: index % 2 === 0 ? "manager" : "employee",
    text,
    status: "complete",
    ...over,
  });
  // A reply cut off before a word (the scorer skips it), a sandwich over three lines and a critical
  // blame late: transcript positions and the manager's numbering part ways everywhere.
  const lines = [
    line(0, "In the last three sprints, 5 of your 8 committed stories carried over."),
    line(1, "", { status: "interrupted" }),
    line(2, "Great work on the launch."),
    line(3, "ok thanks"),
    line(4, "One thing: the tests were skipped."),
    line(5, "…"),
    line(6, "But honestly, you're one of our best."),
    line(7, "Right."),
    line(8, "What's getting in the way from your side?"),
    line(9, "Interrupts, mostly."),
    line(10, "Honestly, you are lazy."),
    line(11, "Right."),
  ];
  const session: WireSession = {
    id: "s1",
    scenarioId: "missed-sprint-commitments",
    status: "ended",
    outcome: "ended",
    branchId: "b1",
    turnLimit: 20,
    managerTurns: 6,
    options: { coachHints: true, difficulty: 2 },
    lastSeq: 14,
  };
  let exported: { md: string; json: string; card: Scorecard };
  beforeAll(async () => {
    const content = await shippedContent();
    const card = scoreTranscript(
      {
        turns: lines
          .filter((t) => t.text !== "")
          .map((t) => ({ speaker: t.speaker, text: t.text })),
      },
      patternOf(content, FEEDBACK),
    );
    const record: ExportRecord = { session, turns: lines, scorecards: [card], branches: [] };
    exported = {
      md: tmp("export.md", exportMarkdown(record, content)),
      json: tmp("export.json", JSON.stringify(exportJson(record, content))),
      card,
    };
  });

  it("numbers turns in its text as the Markdown export does: the manager's lines", async () => {
    const md = readFileSync(exported.md, "utf8");
    expect(md).toContain("turn 5 “What's getting in the way from your side?”");
    expect(md).toMatch(/Critical anti-pattern "[^"]+" on turn 6\./);
    expect(await run(["--pattern", FEEDBACK, exported.md])).toBe(0);
    expect(io.out).toContain("Steps (turn N is the manager's Nth line)");
    expect(io.out).toContain(
      `turn 5 [perspective_ask]: "What's getting in the way from your side?"`,
    );
    expect(io.out).toMatch(/✗ Critical anti-pattern "[^"]+" on turn 6\./);
    expect(io.out).toContain(
      'spread over: turn 2 "Great work on the launch.", turn 3 "One thing: the tests were skipped.", then this turn',
    );
    expect(io.out).toMatch(/\n {2}turn 4 Feedback sandwich/);
    expect(io.out).toMatch(/\n {2}turn 6 CRITICAL /);
    // No transcript position leaks into the words: positions 8 and 10 are not lines of hers.
    expect(io.out).not.toMatch(/\bturns? (8|10)\b/i);
  });

  it("reads the pattern from the export when none is given, Markdown and JSON (review 9a #13)", async () => {
    expect(await run([exported.md])).toBe(0);
    expect(io.out).toMatch(
      new RegExp(`^${FEEDBACK} \\(rubric [^)]+\\): ${exported.card.overall}/100`),
    );
    const printed = io.out.length;
    expect(await run(["--json", exported.json])).toBe(0);
    const card = ScorecardSchema.parse(JSON.parse(io.out.slice(printed)));
    expect(card.patternId).toBe(FEEDBACK);
    expect(card.overall).toBe(exported.card.overall);
  });

  it("--json keeps the raw transcript indexes and words its notes as the JSON export does", async () => {
    const fromExport = JSON.parse(readFileSync(exported.json, "utf8")) as {
      turnNumbers: string;
      scorecards: Scorecard[];
    };
    expect(await run(["--json", "--pattern", FEEDBACK, exported.json])).toBe(0);
    const card = ScorecardSchema.parse(JSON.parse(io.out));
    const [theirs] = fromExport.scorecards;
    expect(card.steps.map((s) => s.note)).toEqual(theirs?.steps.map((s) => s.note));
    expect(card.failReasons).toEqual(theirs?.failReasons);
    expect(card.failReasons.join(" ")).toMatch(/on turn 6\./);
    // `turn` stays the 0-based position in the transcript scored (the cut-off reply left out).
    const perspective = card.steps.find((s) => s.id === "perspective");
    expect(perspective?.evidence[0]?.turn).toBe(7);
    expect(perspective?.note).toMatch(/^Turn 5: /);
    expect(card.antiPatterns.find((f) => f.critical)?.turn).toBe(9);
    // Only the words changed: the same scorecard otherwise.
    expect(card.steps.map((s) => s.evidence)).toEqual(exported.card.steps.map((s) => s.evidence));
    expect(card.overall).toBe(exported.card.overall);
  });

  it("reads an export with the model's second opinion back to the same score, Markdown and JSON", async () => {
    const content = await shippedContent();
    // The model rates every step Partly at position 7 (the manager's turn 5), with a reason over
    // two lines whose second looks like a speaker line.
    const judge = {
      model: "fake-model",
      steps: exported.card.steps.map((s) => ({
        id: s.id,
        status: "partial" as const,
        turns: [7],
        reason: "Half of it.\n**Manager:** not a line of hers",
        agrees: s.status === "partial",
      })),
      agreement: 0,
      summary: "Partly.",
    };
    const record: ExportRecord = {
      session,
      turns: lines,
      scorecards: [{ ...exported.card, judge }],
      branches: [],
    };
    const md = exportMarkdown(record, content);
    expect(md).toContain(
      "  - Second opinion (fake-model): Partly, turn 5, differs · Half of it. **Manager:** not a line of hers",
    );
    expect(await run([tmp("judged.md", md)])).toBe(0);
    expect(io.out).toMatch(
      new RegExp(`^${FEEDBACK} \\(rubric [^)]+\\): ${exported.card.overall}/100`),
    );
    expect(io.out).not.toContain("not a line of hers");
    const printed = io.out.length;
    const json = JSON.stringify(exportJson(record, content));
    expect(await run(["--json", tmp("judged.json", json)])).toBe(0);
    const card = ScorecardSchema.parse(JSON.parse(io.out.slice(printed)));
    expect(card.overall).toBe(exported.card.overall);
    expect(card.steps.map((s) => s.evidence)).toEqual(exported.card.steps.map((s) => s.evidence));
  });

  it("reads a reviewer's export back to the same score, Markdown and JSON (review 9b, #8)", async () => {
    const content = await shippedContent();
    const record: ExportRecord = {
      session,
      turns: lines,
      scorecards: [exported.card],
      branches: [],
      ownerId: "lee",
      readerId: "felix",
      notes: {
        reviews: [{ reviewerId: "felix", status: "done", doneAt: 10, updatedAt: 10 }],
        comments: [
          {
            id: "c1",
            authorId: "felix",
            turnId: "t10",
            parentId: null,
            text: "Here.",
            createdAt: 5,
          },
          {
            id: "c2",
            authorId: "lee",
            turnId: "t10",
            parentId: "c1",
            text: "I know.",
            createdAt: 6,
          },
        ],
        adjustments: [
          {
            authorId: "felix",
            patternId: FEEDBACK,
            stepId: null,
            machineStatus: null,
            status: null,
            machineScore: exported.card.overall,
            score: 40,
            reason: "The blame undid the rest.",
            updatedAt: 4,
          },
        ],
        setAsides: [],
        authors: [
          { id: "felix", displayName: "Felix Brandt" },
          { id: "lee", displayName: "Lee Chen" },
        ],
      },
    };
    const md = exportMarkdown(record, content);
    expect(md).toContain("> 💬 **You** (reviewer) commented: Here.");
    expect(md).toContain("> 💬 **Lee Chen** (manager) replied: I know.");
    const files = {
      md: tmp("review.md", md),
      json: tmp("review.json", JSON.stringify(exportJson(record, content))),
    };
    for (const file of [files.md, files.json]) {
      const printed = io.out.length;
      expect(await run(["--json", file])).toBe(0);
      const card = ScorecardSchema.parse(JSON.parse(io.out.slice(printed)));
      expect(card.patternId).toBe(FEEDBACK);
      expect(card.overall).toBe(exported.card.overall);
      expect(card.steps.map((s) => s.status)).toEqual(exported.card.steps.map((s) => s.status));
    }
  });
});

describe("flightdeck score --judge", () => {
  let fake: FakeOpenAI;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
  });
  afterAll(async () => {
    await fake.close();
  });
  const file = join(TRANSCRIPTS, "feedback-good.json");
  const stepIds = [
    "observe",
    "impact",
    "perspective",
    "listen",
    "collaborate",
    "next-step",
    "follow-up",
  ];
  const reply = (status: string) =>
    JSON.stringify({
      steps: stepIds.map((id) => ({ id, status, turns: [1], reason: "Seen in turn 1." })),
      summary: "A clear, specific conversation.",
    });

  it("adds the model's second opinion beside the rule score", async () => {
    vi.stubEnv("LLM_BASE_URL", fake.url);
    vi.stubEnv("LLM_MODEL", "judge-1");
    fake.script(reply("hit"));
    expect(await run(["--json", "--judge", "--pattern", FEEDBACK, file])).toBe(0);
    const card = ScorecardSchema.parse(JSON.parse(io.out));
    expect(card.judge?.model).toBe("judge-1");
    expect(card.judge?.steps.map((s) => s.id)).toEqual(stepIds);
    const ruleHits = card.steps.filter((s) => s.status === "hit").length;
    expect(card.judge?.agreement).toBeCloseTo(ruleHits / stepIds.length);
  });

  it("prints the agreement in the readable scorecard", async () => {
    vi.stubEnv("LLM_BASE_URL", fake.url);
    vi.stubEnv("LLM_MODEL", "judge-1");
    fake.script(reply("missed"));
    expect(await run(["--judge", "--pattern", FEEDBACK, file])).toBe(0);
    const parsed = parseTranscript(readFileSync(file, "utf8"), "json");
    if (!parsed.ok) throw new Error(parsed.problems.join("; "));
    const card = scoreTranscript(parsed.transcript, patternOf(await shippedContent(), FEEDBACK));
    const missedByRules = card.steps.filter((s) => s.status === "missed").length;
    expect(io.out).toContain(
      `Second opinion (judge-1): agrees on ${missedByRules} of ${stepIds.length} steps; the score above is the rule score`,
    );
    // By title, with the rules' status beside the model's, turns in the manager's numbering.
    const observe = card.steps.find((s) => s.id === "observe");
    expect(observe?.status).toBe("hit");
    expect(io.out).toContain(
      `differs ${observe?.title}: rules hit, model missed (turn 1): Seen in turn 1.`,
    );
    expect(io.out).not.toContain("differs observe:");
  });

  it("keeps the rule scorecard and says why when the judge fails", async () => {
    vi.stubEnv("LLM_BASE_URL", fake.url);
    vi.stubEnv("LLM_MODEL", "judge-1");
    fake.script("not json at all");
    expect(await run(["--json", "--judge", "--pattern", FEEDBACK, file])).toBe(0);
    expect(ScorecardSchema.parse(JSON.parse(io.out)).judge).toBeUndefined();
    expect(io.err).toBe("flightdeck score: judge skipped: the judge model's answer is not JSON\n");
  });

  it("exits 1 when no model is configured", async () => {
    vi.stubEnv("LLM_BASE_URL", "");
    vi.stubEnv("LLM_MODEL", "");
    vi.stubEnv("OPENAI_API_KEY", "");
    vi.stubEnv("OPENAI_BASE_URL", "");
    expect(await run(["--judge", "--pattern", FEEDBACK, file])).toBe(1);
    expect(io.err).toMatch(/^flightdeck score: --judge needs a model/);
  });
});
