import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { captureOutput } from "../../tests/support/cli-output";
import { contentWith } from "../../tests/support/content-copy";
import { startFakeOpenAI } from "../../tests/support/fake-openai";
import { runCli } from "../../tests/support/processes";
import { ROSA_PROMOTION } from "../../tests/support/review-lines";
import { alternating, patternOf, shippedContent } from "../../tests/support/shipped-content";
import type { Scenario } from "../content";
import { type Scorecard, scoreTranscript } from "../rubric";
import type { SimState } from "../sim";
import { endedWhy, run, scorecardLines } from "./rehearse";

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

const SCRIPT = "eval/personas/missed-sprint-commitments.good.txt";

/** A script file with these manager lines. */
function lines(...texts: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), "rehearse-")), "lines.txt");
  writeFileSync(file, `${texts.join("\n")}\n`);
  return file;
}
const args = ["--scenario", "missed-sprint-commitments", "--seed", "7", "--script", SCRIPT];

describe("flightdeck rehearse", () => {
  it("notes a risk raised again at the close and never answered, on a resolved flight (review 8b #15)", async () => {
    const closing =
      "Thanks Marcus. I know this wasn't what you wanted to hear, I appreciate you talking it through with me.";
    const io = captureOutput();
    const flight = ["--scenario", "promotion-not-yet", "--seed", "6", "--script"];
    expect(await run([...flight, lines(...ROSA_PROMOTION, closing), "--json", "--offline"])).toBe(
      0,
    );
    const result = JSON.parse(io.out);
    expect(result.outcome).toBe("resolved");
    expect(result.unanswered).toEqual([
      "Marcus Lindqvist raised the recruiter again as you closed, and heard nothing back about it",
    ]);
  });

  it("plays a script and prints turns, outcome, reveals and the scorecard as JSON", async () => {
    const io = captureOutput();
    expect(await run([...args, "--json", "--offline"])).toBe(0);
    const result = JSON.parse(io.out);
    expect(result.outcome).toBe("resolved");
    expect(result.revealed).toContain("invisible-interrupts");
    expect(result.turns[0]).toMatchObject({ speaker: "manager" });
    expect(result.turns[0].moves.length).toBeGreaterThan(0);
    expect(result.turns[1]).toMatchObject({ speaker: "employee", source: "offline" });
    expect(Object.keys(result.turns[1].state).sort()).toEqual([
      "engagement",
      "guard",
      "stress",
      "trust",
    ]);
    expect(result.scorecard.patternId).toBe("delivering-difficult-feedback");
  });

  describe("after an outcome, as the web client (review 2: defect 4)", () => {
    const good = readFileSync(SCRIPT, "utf8").trim().split("\n");

    it("plays a script's closing lines after the conversation resolves, and it stays resolved", async () => {
      const closing = [
        "Thanks for telling me about the alerts, Dana.",
        "I'll put Thursday's review in both our calendars today.",
      ];
      const io = captureOutput();
      expect(
        await run([...args.slice(0, -1), lines(...good, ...closing), "--json", "--offline"]),
      ).toBe(0);
      const result = JSON.parse(io.out);
      expect(result.outcome).toBe("resolved");
      expect(result.unplayed).toBeUndefined();
      const said = result.turns.filter((t: { speaker: string }) => t.speaker === "manager");
      expect(said.map((t: { text: string }) => t.text)).toEqual([...good, ...closing]);
      // The closing is scored: its turns are in the transcript the scorecard quotes from.
      expect(result.turns).toHaveLength(2 * (good.length + closing.length));
    });

    it("says so in the text output when the closing starts", async () => {
      const io = captureOutput();
      expect(await run([...args.slice(0, -1), lines(...good, "Thanks, Dana."), "--offline"])).toBe(
        0,
      );
      expect(io.out).toMatch(/remaining lines are played as your closing/);
      expect(io.out).toContain("you: Thanks, Dana.\nDana: ");
      expect(io.out).toContain("Outcome: resolved");
      expect(io.out).not.toContain("stopped at line");
    });

    it("stops a conversation that ended by itself and says at which line and why, never silently", async () => {
      const poor = [
        "Dana, you always miss your commitments and frankly it's getting old.",
        "You're a lazy engineer and everyone knows it.",
        "If this happens one more sprint you're fired.",
        "Keep this up and you won't have a job here.",
        "You're useless, frankly.",
        "I'm done with your excuses, you always do this.",
        "This is your last chance, or you're out.",
        "One more line that is never said.",
      ];
      const text = captureOutput();
      expect(await run([...args.slice(0, -1), lines(...poor), "--offline"])).toBe(0);
      const m = text.out.match(
        /\(stopped at line (\d+) of 8: Dana ended the conversation \(escalated\); the rest of the script was not played\)/,
      );
      expect(m).not.toBeNull();
      expect(text.out).not.toContain("you: One more line that is never said.");
      expect(text.out).toContain("Outcome: escalated");
      vi.restoreAllMocks();
      const json = captureOutput();
      expect(await run([...args.slice(0, -1), lines(...poor), "--json", "--offline"])).toBe(0);
      const result = JSON.parse(json.out);
      expect(result.outcome).toBe("escalated");
      expect(result.unplayed).toEqual({
        line: Number(m?.[1]),
        of: 8,
        reason: "Dana ended the conversation (escalated)",
      });
    });

    it("ends a resolved conversation at the scenario's turn limit, as the web client does", () => {
      const scenario = { turnLimit: 4 } as Scenario;
      const state = (outcome: SimState["outcome"], turn: number) =>
        ({ outcome, turn, lastSpeakerId: "dana" }) as SimState;
      const name = () => "Dana";
      expect(endedWhy(state(null, 2), scenario, name)).toBeUndefined();
      expect(endedWhy(state("resolved", 3), scenario, name)).toBeUndefined();
      expect(endedWhy(state("resolved", 4), scenario, name)).toBe(
        "the scenario's 4 turns ran out (resolved)",
      );
      expect(endedWhy(state("out_of_turns", 4), scenario, name)).toBe(
        "the scenario's 4 turns ran out (out_of_turns)",
      );
      expect(endedWhy(state("shut_down", 3), scenario, name)).toBe(
        "Dana shut down and stopped engaging (shut_down)",
      );
    });
  });

  describe("the verdict (review 2: #3, #19)", () => {
    const card = (patternId: string, passed: boolean, missed?: string): Scorecard =>
      ({
        patternId,
        rubricVersion: "1+abc",
        overall: passed ? 88 : 71,
        passed,
        failReasons: missed ? [`Required step "${missed}" was missed.`] : [],
        steps: missed
          ? [
              {
                id: "s",
                title: missed,
                status: "missed",
                required: true,
                evidence: [],
                orderOk: true,
                note: "",
              },
            ]
          : [],
        antiPatterns: [],
      }) as unknown as Scorecard;

    it("explains a resolved conversation that did not pass, under the score that counts", () => {
      const text = scorecardLines(
        [card("feedback", false, "Agree a specific next step")],
        [],
        "resolved",
      );
      expect(text).toContain(
        'Scorecard: feedback (rubric 1+abc): 71/100, NOT PASSED\n  The conversation got what it needed (resolved), but the attempt did not pass: required step "Agree a specific next step" was missed.',
      );
      expect(scorecardLines([card("feedback", true)], [], "ended")).toContain(
        "The attempt passed, but the conversation did not get what it needed: it was ended before they came round.",
      );
      expect(scorecardLines([card("feedback", true)], [], "resolved")).not.toContain(
        "The conversation got",
      );
    });

    it("with two patterns, says which one counts and gives its verdict", () => {
      const text = scorecardLines(
        [card("supporting", false, "Schedule a check-in"), card("weekly", true)],
        [],
        "resolved",
      );
      expect(text).toContain(
        "Scorecard: supporting (rubric 1+abc): 71/100, NOT PASSED (main pattern: this score counts)",
      );
      expect(text).toContain(
        "Scorecard: weekly (rubric 1+abc): 88/100, PASSED (also practised here: does not count)",
      );
      expect(text).toMatch(
        /\nVerdict: 71\/100, NOT PASSED on supporting, the scenario's main pattern \(weekly is also practised here and does not count\)\.$/,
      );
      // The outcome note is about the score that counts only.
      expect(text.match(/The conversation got what it needed/g)).toHaveLength(1);
      expect(scorecardLines([card("one", true)], [], null)).not.toContain("Verdict");
    });

    it("numbers every line of a sandwich spread over turns as the manager's own", async () => {
      const transcript = alternating(
        "Great work on the launch.",
        "ok thanks",
        "One thing: the tests were skipped.",
        "…",
        "But honestly, you're one of our best.",
      );
      const pattern = patternOf(await shippedContent(), "delivering-difficult-feedback");
      const text = scorecardLines([scoreTranscript(transcript, pattern)], transcript.turns);
      expect(text).toMatch(
        /! turn 3: Feedback sandwich \(spread over turns 1, 2 and 3\)\. Better:/,
      );
    });

    it("names a turn that holds two parts of a spread sandwich once (review 9a #11)", async () => {
      const transcript = alternating(
        "Great work on the launch. One thing: the tests were skipped.",
        "ok",
        "But honestly, you're one of our best.",
      );
      const pattern = patternOf(await shippedContent(), "delivering-difficult-feedback");
      const text = scorecardLines([scoreTranscript(transcript, pattern)], transcript.turns);
      expect(text).toMatch(/! turn 2: Feedback sandwich \(spread over turns 1 and 2\)\. Better:/);
    });

    it("prints the main pattern's verdict for a two-pattern scenario", async () => {
      const io = captureOutput();
      const file = lines(
        "Hey Priya, how are you doing, really?",
        "What would help most right now?",
      );
      expect(
        await run(["--scenario", "burnout-signals", "--seed", "1", "--script", file, "--offline"]),
      ).toBe(0);
      expect(io.out).toMatch(
        /Scorecard: supporting-a-struggling-report .*\(main pattern: this score counts\)/,
      );
      expect(io.out).toMatch(
        /Scorecard: weekly-one-on-one .*\(also practised here: does not count\)/,
      );
      expect(io.out).toMatch(
        /Verdict: \d+\/100, (NOT )?PASSED on supporting-a-struggling-report, the scenario's main pattern/,
      );
      // Ended by the script's end, not passed: the two agree, so no note.
      expect(io.out).not.toContain("did not get what it needed");
      // What it still needed to end resolved, in words, under the outcome.
      expect(io.out).toMatch(
        /Outcome: ended\nTo end resolved, it still needed: [^\n]*Priya [^\n]+ to agree to a next step[.;][^\n]*\n/,
      );
    });

    it("in a mediation, names the one who has not agreed yet (JSON too)", async () => {
      const file = lines(
        "Thanks to both of you for coming. The goal today is to agree how we decide on RFC-112, not to decide it here. Can we agree that each of you speaks without interruption?",
        "Tomás, could you start: what's your view of the proposal and how the review went?",
        "So Tomás, you put real work into the RFC and it felt like it was closed in four minutes without a hearing.",
        "Elena, what's your view of the proposal?",
        "Elena, what worries you most about running it in production?",
        "So Elena, your concern is less the design and more what it would mean for the shared libraries you maintain.",
        "Let me summarise what I've heard: Tomás wants the pages to stop, Elena wants the operational cost priced in, and you both want a decision process that isn't a Slack thread.",
        "How could we decide this together in a way that covers both concerns?",
        "Tomás, let's agree you'll add an operational cost section to the RFC by next Friday. Elena, you'll review it, and the three of us meet next Thursday to decide.",
      );
      const io = captureOutput();
      const mediation = ["--scenario", "architecture-mediation", "--seed", "1", "--script", file];
      expect(await run([...mediation, "--json", "--offline"])).toBe(0);
      const result = JSON.parse(io.out);
      expect(result.outcome).toBe("ended");
      // Tomás's pages came out at turn 8 and the plan passed over them (review 5 #10).
      expect(result.stillNeeded).toEqual([
        "Tomás Herrera to agree to a next step",
        "you to take in what Tomás Herrera raised last (say it back or ask about it) before closing",
      ]);
    });
  });

  it("refuses invalid content, listing every problem as validate does", async () => {
    const root = contentWith({
      "personas/scenarios/first-chat.yaml": (t) =>
        t.replace("estimatedMinutes:", "estimatedMinutess:").replace("level: L1", "level: L9"),
    });
    vi.stubEnv("CONTENT_DIR", root);
    const io = captureOutput();
    expect(await run([...args, "--offline"])).toBe(1);
    expect(io.err).toContain(`flightdeck rehearse: the content in ${root} has 2 problems`);
    expect(io.err).toContain('first-chat.yaml:4: level: expected one of "L1", "L2", "L3", "L4"');
    expect(io.err).toContain(
      'first-chat.yaml:12: estimatedMinutess: unknown field "estimatedMinutess"',
    );
    expect(io.out).toBe("");
  });

  it("gives byte-identical output for the same seed and script", async () => {
    const first = captureOutput();
    await run([...args, "--json", "--offline"]);
    const a = first.out;
    vi.restoreAllMocks();
    const second = captureOutput();
    await run([...args, "--json", "--offline"]);
    expect(second.out).toBe(a);
  });

  it("prints a readable transcript and scorecard without --json", async () => {
    const io = captureOutput();
    expect(await run([...args, "--offline"])).toBe(0);
    const text = io.out;
    expect(text).toContain("Dana: ");
    expect(text).toContain("Outcome: resolved");
    expect(text).toMatch(/Scorecard: delivering-difficult-feedback/);
  });

  it("lets a configured model play the persona, streaming", async () => {
    const fake = await startFakeOpenAI({
      handler: () => "To be clear, I'm at sixty percent planned work. The rest is fires.",
    });
    try {
      vi.stubEnv("LLM_BASE_URL", fake.url);
      vi.stubEnv("LLM_MODEL", "fake-model");
      vi.stubEnv("LLM_API_KEY", "test");
      const dir = mkdtempSync(join(tmpdir(), "rehearse-"));
      const file = join(dir, "lines.txt");
      writeFileSync(file, "How is your workload?\nWhat's been taking your time?\n");
      const io = captureOutput();
      const code = await run([
        "--scenario",
        "missed-sprint-commitments",
        "--script",
        file,
        "--json",
      ]);
      expect(code).toBe(0);
      const result = JSON.parse(io.out);
      expect(result.turns[1]).toMatchObject({
        source: "llm",
        text: "To be clear, I'm at sixty percent planned work. The rest is fires.",
      });
      expect(result.outcome).toBe("ended");
      expect(fake.requests).toHaveLength(2);
    } finally {
      await fake.close();
    }
  });

  it("counts the model's tokens against LLM_SESSION_TOKEN_BUDGET and says why the engine spoke (review: ops 12)", async () => {
    const fake = await startFakeOpenAI({ handler: () => "I'm at sixty percent planned work." });
    try {
      vi.stubEnv("LLM_BASE_URL", fake.url);
      vi.stubEnv("LLM_MODEL", "fake-model");
      vi.stubEnv("LLM_API_KEY", "test");
      // Less than one prompt: no request is sent, and each reply says the budget is spent.
      vi.stubEnv("LLM_SESSION_TOKEN_BUDGET", "60");
      const file = lines("How is your workload?", "What's been taking your time?");
      const json = captureOutput();
      expect(
        await run(["--scenario", "missed-sprint-commitments", "--script", file, "--json"]),
      ).toBe(0);
      const replies = JSON.parse(json.out).turns.filter(
        (t: { speaker: string }) => t.speaker === "employee",
      );
      expect(replies).toHaveLength(2);
      for (const r of replies) {
        expect(r).toMatchObject({ source: "offline", event: "budget_exhausted" });
        expect(r.notice).toMatch(/LLM_SESSION_TOKEN_BUDGET/);
      }
      expect(fake.requests).toHaveLength(0);
      vi.restoreAllMocks();
      const text = captureOutput();
      await run(["--scenario", "missed-sprint-commitments", "--script", file]);
      expect(text.out).toMatch(/\n {2}\(This session has used its model budget/);
    } finally {
      await fake.close();
    }
  });

  describe("with the model down (review: ops 11)", () => {
    let downUrl: string;
    beforeAll(async () => {
      // A port that was just free: nothing listens there, so every connection is refused.
      const probe = createServer();
      await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
      const { port } = probe.address() as { port: number };
      await new Promise((resolve) => probe.close(resolve));
      downUrl = `http://127.0.0.1:${port}/v1`;
    });
    const down = (fallback?: string) => {
      vi.stubEnv("LLM_BASE_URL", downUrl);
      vi.stubEnv("LLM_MODEL", "llama3.1");
      vi.stubEnv("LLM_API_KEY", "test");
      if (fallback) vi.stubEnv("LLM_FALLBACK", fallback);
    };

    it("falls back to the built-in engine and says so on every reply", async () => {
      down();
      const file = lines("How did the handover go?");
      const text = captureOutput();
      expect(await run(["--scenario", "missed-sprint-commitments", "--script", file])).toBe(0);
      expect(text.out).toMatch(
        /\n {2}\(Could not reach the model at 127\.0\.0\.1:\d+, so the built-in engine spoke this reply\.\)\n/,
      );
      vi.restoreAllMocks();
      const json = captureOutput();
      await run(["--scenario", "missed-sprint-commitments", "--script", file, "--json"]);
      expect(JSON.parse(json.out).turns[1]).toMatchObject({
        source: "offline",
        event: "stream_error",
        notice: expect.stringMatching(/^Could not reach the model at 127\.0\.0\.1:\d+/),
      });
    }, 20_000);

    it("with LLM_FALLBACK=error, stops with the reason and exit code 1, not a stack trace", async () => {
      down("error");
      const io = captureOutput();
      const code = await run([
        "--scenario",
        "missed-sprint-commitments",
        "--script",
        lines("How did the handover go?", "What happened on Tuesday?"),
      ]);
      expect(code).toBe(1);
      expect(io.err).toMatch(
        /could not reach the model at 127\.0\.0\.1:\d+ .*LLM_FALLBACK=error.*no reply to this line/,
      );
      expect(io.err).toMatch(/nothing to score/);
      expect(io.err).not.toMatch(/\bat .*\.ts:\d+/);
      expect(io.out).not.toMatch(/Dana: $/m);
    }, 20_000);
  });

  describe("read from a pipe (review: ops 19)", () => {
    const scenario = ["rehearse", "--scenario", "missed-sprint-commitments", "--offline"];

    it("shows no prompt, echoes each line, and numbers the scorecard by the manager's lines", async () => {
      const run = await runCli(
        [...scenario, "--seed", "3"],
        {},
        "Thanks for making time, Dana.\n\nYou always miss your deadlines.\n/end\n",
      );
      expect(run.code).toBe(0);
      expect(run.stdout).not.toContain("you>");
      expect(run.stdout).toContain("you: Thanks for making time, Dana.\nDana: ");
      expect(run.stdout).toContain("you: You always miss your deadlines.\nDana: ");
      // The blame is the manager's second line (the fourth turn of the transcript).
      expect(run.stdout).toMatch(/! turn 2: Absolute or blaming language/);
      expect(run.stdout).not.toMatch(/! turn [34]:/);
    });

    it.each([
      ["an empty pipe", ""],
      ["only blank lines and /end", "\n\n/end\n"],
    ])("refuses %s with a message and exit code 1", async (_, input) => {
      const run = await runCli(scenario, {}, input);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/no lines given, so there is nothing to score/);
      expect(run.stdout).not.toContain("Scorecard");
    });

    it("goes on after the conversation resolves, for the closing line, then /end (review 2: #4)", async () => {
      const good = readFileSync(SCRIPT, "utf8").trim();
      const run = await runCli(
        [...scenario, "--seed", "7"],
        {},
        `${good}\n/hint\nThanks, Dana. I'll send the invite today.\nSee you Thursday.\n/end\n`,
      );
      expect(run.code).toBe(0);
      // Said once, when it resolved, not again after each closing line.
      expect(
        run.stdout.split("That's what this conversation needed. Close it as you would in the room"),
      ).toHaveLength(2);
      // Still open: the hint is how to close, not "The conversation is over" (review 7: #1).
      expect(run.stdout).toMatch(
        /\nhint: Dana agreed\. Close it as you would in the room: .*, then type \/end\.\n/,
      );
      expect(run.stdout).not.toContain("The conversation is over");
      expect(run.stdout).toContain("you: Thanks, Dana. I'll send the invite today.\nDana: ");
      expect(run.stdout).toContain("Outcome: resolved");
    });

    it("refuses an empty --script", async () => {
      const io = captureOutput();
      const file = lines("# only a comment", "");
      expect(await run(["--scenario", "missed-sprint-commitments", "--script", file])).toBe(1);
      expect(io.err).toMatch(/no manager lines/);
    });
  });

  it.each([
    [[], /no scenario given/],
    [["--scenario", "nope"], /unknown scenario "nope"/],
    [["--scenario", "missed-sprint-commitments", "--difficulty", "9"], /1 to 5/],
    [["--scenario", "missed-sprint-commitments", "--script", "/no/such/file"], /no such file/],
  ])("rejects %j with a message", async (argv, message) => {
    const io = captureOutput();
    expect(await run(argv)).toBe(1);
    expect(io.err).toMatch(message);
  });
});
