import { join } from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type CapturedOutput, captureOutput } from "../../tests/support/cli-output";
import { contentWith } from "../../tests/support/content-copy";
import { run } from "./lint";

const REPO = join(import.meta.dirname, "..", "..");

let io: CapturedOutput;
beforeEach(() => {
  vi.stubEnv("CONTENT_DIR", REPO);
  io = captureOutput();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("flightdeck lint", () => {
  it("--json prints the flags with rule, span, title, explanation, message and suggestion", async () => {
    const text = "Honestly, you always skip the checklist.";
    expect(await run(["--json", text])).toBe(0);
    const { flags } = JSON.parse(io.out) as { flags: Record<string, unknown>[] };
    const flag = flags.find((f) => f.rule === "absolute-blame");
    expect(flag).toMatchObject({ start: 10, end: 20 });
    expect(Object.keys(flag ?? {}).sort()).toEqual([
      "end",
      "explanation",
      "message",
      "rule",
      "start",
      "suggestion",
      "title",
    ]);
  });

  it("prints a readable report by default", async () => {
    expect(await run(["You're so careless with reviews. What's going on?"])).toBe(0);
    expect(io.out).toMatch(/^1 problem found\n\ncharacter-label \(0-\d+\): "You're so careless/);
    expect(io.out).toContain("  try: ");
  });

  it("says so when a draft is clean", async () => {
    expect(await run(["Thanks everyone for a calm incident response last night."])).toBe(0);
    expect(io.out).toBe("no problems found\n");
  });

  it("reads the draft from stdin with -", async () => {
    vi.spyOn(process, "stdin", "get").mockReturnValue(
      Readable.from([
        Buffer.from("@channel the deploy broke again."),
      ]) as unknown as typeof process.stdin,
    );
    expect(await run(["--json", "-"])).toBe(0);
    expect(JSON.parse(io.out).flags.map((f: { rule: string }) => f.rule)).toContain(
      "public-feedback",
    );
  });

  it("refuses invalid content, listing every problem with its line", async () => {
    const root = contentWith({
      "personas/scenarios/first-chat.yaml": (t) =>
        t.replace("estimatedMinutes:", "estimatedMinutess:").replace("level: L1", "level: L9"),
    });
    vi.stubEnv("CONTENT_DIR", root);
    expect(await run(["You always skip the checklist."])).toBe(1);
    expect(io.err.split("\n")).toEqual([
      `flightdeck lint: the content in ${root} has 2 problems; fix them first (flightdeck validate lists them too):`,
      'personas/scenarios/first-chat.yaml:4: level: expected one of "L1", "L2", "L3", "L4", got "L9"',
      'personas/scenarios/first-chat.yaml:12: estimatedMinutess: unknown field "estimatedMinutess" (did you mean "estimatedMinutes"?)',
      "",
    ]);
    expect(io.out).toBe("");
  });

  it.each([
    [[], /^flightdeck lint: no text given; usage/],
    [["--nope", "hi"], /^flightdeck lint: unknown option "--nope"/],
  ])("exits 1 with one line for %j", async (args, message) => {
    expect(await run(args)).toBe(1);
    expect(io.err).toMatch(message);
    expect(io.err.split("\n").filter(Boolean)).toHaveLength(1);
  });
});
