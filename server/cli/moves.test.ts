import { afterEach, describe, expect, it, vi } from "vitest";
import { captureOutput } from "../../tests/support/cli-output";
import { compileModel } from "../moves/learned/model";
import { setLearnedModel } from "../moves/learned/reader";
import { run } from "./moves";

afterEach(() => {
  vi.restoreAllMocks();
  setLearnedModel(undefined);
});

describe("flightdeck moves", () => {
  it("prints the moves as JSON with --json", async () => {
    const io = captureOutput();
    const code = await run(["--json", "What got in the way this week? You always miss deadlines."]);
    expect(code).toBe(0);
    expect(JSON.parse(io.out)).toEqual({
      moves: [
        { move: "open_question", start: 0, end: 30 },
        { move: "blame_absolute", start: 31, end: 57 },
      ],
    });
  });

  it("prints one readable line per move with its quote by default", async () => {
    const io = captureOutput();
    expect(await run(["Thanks for covering on-call."])).toBe(0);
    expect(io.out).toContain("appreciation");
    expect(io.out).toContain('"Thanks for covering on-call."');
  });

  it("says which moves the learned reader added (FLIGHTDECK_LEARNED_MOVES=1)", async () => {
    setLearnedModel(
      compileModel({
        trainedOn: { sha256: "", lines: 0, sets: "" },
        moves: { next_step: { threshold: 0.5, bias: -2, weights: { "w:gizmo": 4 } } },
      }),
    );
    const io = captureOutput();
    expect(await run(["Thanks for covering on-call. The gizmo goes to Sam."])).toBe(0);
    expect(io.out).toMatch(/appreciation .*\(positive\) "Thanks/);
    expect(io.out).toMatch(/next_step .*\(positive, learned\) "The gizmo goes to Sam\."/);
  });

  it("exits 1 with a message when no text is given", async () => {
    const io = captureOutput();
    expect(await run([])).toBe(1);
    expect(await run(["--json", "   "])).toBe(1);
    expect(io.err).toContain("no text given");
    expect(io.out).toBe("");
  });

  it("reads the line after their line with --after, as the scorer does (review 2: #19)", async () => {
    const line = "You haven't slept properly in weeks.";
    const alone = captureOutput();
    expect(await run(["--json", line])).toBe(0);
    expect(JSON.parse(alone.out).moves.map((m: { move: string }) => m.move)).not.toContain(
      "reflection",
    );
    vi.restoreAllMocks();
    const after = captureOutput();
    const them = "I haven't slept properly in weeks, the pager never stops.";
    expect(await run(["--json", "--after", them, line])).toBe(0);
    expect(JSON.parse(after.out).moves.map((m: { move: string }) => m.move)).toContain(
      "reflection",
    );
    vi.restoreAllMocks();
    const inline = captureOutput();
    expect(await run([`--after=${them}`, line])).toBe(0);
    expect(inline.out).toContain("reflection");
  });

  it("refuses --after without their line", async () => {
    const io = captureOutput();
    expect(await run(["--after"])).toBe(1);
    expect(io.err).toContain("--after needs their line");
  });

  it("rejects an unknown option", async () => {
    const io = captureOutput();
    expect(await run(["--jsn", "hello"])).toBe(1);
    expect(io.err).toContain('unknown option "--jsn"');
  });
});
