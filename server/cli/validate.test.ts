import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentWith } from "../../tests/support/content-copy";
import { run } from "./validate";

const REPO = join(import.meta.dirname, "..", "..");
const FIXTURES = join(REPO, "tests", "content-fixtures");

async function validate(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe("flightdeck validate", () => {
  it("exits 0 with a one-line summary on the shipped content", async () => {
    const { code, out } = await validate("--root", REPO);
    expect(code).toBe(0);
    expect(out).toMatch(/^\d+ scenarios, \d+ personas, \d+ patterns: all valid\n$/);
  });

  it("counts in the singular for one of each", async () => {
    const { code, out } = await validate(`--root=${join(FIXTURES, "valid")}`);
    expect(code).toBe(0);
    expect(out).toBe("1 scenario, 1 persona, 1 pattern: all valid\n");
  });

  it("exits 1 and prints one problem per line, then a summary", async () => {
    const { code, out } = await validate("--root", join(FIXTURES, "unknown-field"));
    expect(code).toBe(1);
    expect(out.split("\n")).toEqual([
      'personas/ada.yaml:20: sensitivites: unknown field "sensitivites" (did you mean "sensitivities"?)',
      "1 problem in 1 file (1 scenario, 0 personas, 1 pattern valid)",
      "",
    ]);
  });

  it("--json prints one object with ok, problems and the ids", async () => {
    const { code, out } = await validate("--json", "--root", join(FIXTURES, "missing-persona"));
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual({
      ok: false,
      problems: [
        {
          file: "personas/scenarios/first-chat.yaml",
          path: "personas.0",
          line: 8,
          message: 'unknown persona "dan": no file in personas/ has this id',
        },
      ],
      personas: ["ada"],
      scenarios: ["first-chat"],
      patterns: ["tiny"],
    });
  });

  it("--json leaves out line where the parser has none", async () => {
    const root = contentWith({
      "personas/scenarios/first-chat.yaml": (t) => t.replace(/^estimatedMinutes: 5\n/m, ""),
    });
    const { out } = await validate("--json", "--root", root);
    const [first] = JSON.parse(out).problems;
    expect(first).toEqual({
      file: "personas/scenarios/first-chat.yaml",
      path: "estimatedMinutes",
      message: "missing required field",
    });
  });

  it("counts a scenario with a problem as not valid, and points at the line of the undefined slot", async () => {
    // Review 6 (#11): a typo in a slot of a multi-line situation, in a copy of the shipped content.
    const root = mkdtempSync(join(tmpdir(), "flightdeck-validate-"));
    for (const dir of ["personas", "rubrics"])
      cpSync(join(REPO, dir), join(root, dir), { recursive: true });
    const file = "personas/scenarios/dismissive-code-reviews.yaml";
    const text = readFileSync(join(root, file), "utf8");
    const broken = text.replace("{survey_after}", "{survey_aftr}");
    expect(broken).not.toBe(text);
    writeFileSync(join(root, file), broken);
    const slotLine = broken.split("\n").findIndex((l) => l.includes("{survey_aftr}")) + 1;
    const fieldLine = broken.split("\n").findIndex((l) => l.startsWith("situation:")) + 1;
    expect(slotLine).toBeGreaterThan(fieldLine);
    const all = await validate("--root", REPO);
    const scenarios = Number(/^(\d+) scenarios/.exec(all.out)?.[1]);
    const { code, out } = await validate("--root", root);
    expect(code).toBe(1);
    expect(out.split("\n")).toEqual([
      `${file}:${slotLine}: situation: slot {survey_aftr} is not defined in facts`,
      expect.stringMatching(
        new RegExp(
          `^1 problem in 1 file \\(${scenarios - 1} scenarios, \\d+ personas, \\d+ patterns valid\\)$`,
        ),
      ),
      "",
    ]);
  });

  it("--json says ok on valid content", async () => {
    const { code, out } = await validate("--json", "--root", join(FIXTURES, "valid"));
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ ok: true, problems: [] });
  });

  it.each([[["--root"]], [["--verbose"]], [["extra"]]])(
    "rejects %j with usage and exit 1",
    async (args) => {
      const { code, out, err } = await validate(...args);
      expect(code).toBe(1);
      expect(out).toBe("");
      expect(err).toContain("usage: flightdeck validate");
    },
  );
});
