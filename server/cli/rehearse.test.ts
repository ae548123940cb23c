import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { captureOutput } from "../../tests/support/cli-output";
import { startFakeOpenAI } from "../../tests/support/fake-openai";
import { run } from "./rehearse";

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

const SCRIPT = "eval/personas/missed-sprint-commitments.good.txt";
const args = ["--scenario", "missed-sprint-commitments", "--seed", "7", "--script", SCRIPT];

describe("flightdeck rehearse", () => {
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
