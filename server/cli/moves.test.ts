import { afterEach, describe, expect, it, vi } from "vitest";
import { run } from "./moves";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
  return { out, err };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("flightdeck moves", () => {
  it("prints the moves as JSON with --json", async () => {
    const io = capture();
    const code = await run(["--json", "What got in the way this week? You always miss deadlines."]);
    expect(code).toBe(0);
    expect(JSON.parse(io.out.join(""))).toEqual({
      moves: [
        { move: "open_question", start: 0, end: 30 },
        { move: "blame_absolute", start: 31, end: 57 },
      ],
    });
  });

  it("prints one readable line per move with its quote by default", async () => {
    const io = capture();
    expect(await run(["Thanks for covering on-call."])).toBe(0);
    expect(io.out.join("")).toContain("appreciation");
    expect(io.out.join("")).toContain('"Thanks for covering on-call."');
  });

  it("exits 1 with a message when no text is given", async () => {
    const io = capture();
    expect(await run([])).toBe(1);
    expect(await run(["--json", "   "])).toBe(1);
    expect(io.err.join("")).toContain("no text given");
    expect(io.out.join("")).toBe("");
  });

  it("rejects an unknown option", async () => {
    const io = capture();
    expect(await run(["--jsn", "hello"])).toBe(1);
    expect(io.err.join("")).toContain('unknown option "--jsn"');
  });
});
