import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatProblem, loadContent } from "./index";

const REPO = join(import.meta.dirname, "..", "..");

describe("docs/authoring.md", () => {
  it("its complete example scenario validates against the shipped personas and patterns", async () => {
    const doc = await readFile(join(REPO, "docs", "authoring.md"), "utf8");
    const example = doc.match(/```yaml\n([\s\S]*?)```/)?.[1];
    expect(example).toBeDefined();
    const { id } = parse(example as string) as { id: string };
    const root = await mkdtemp(join(tmpdir(), "flightdeck-authoring-"));
    try {
      await cp(join(REPO, "personas"), join(root, "personas"), { recursive: true });
      await cp(join(REPO, "rubrics"), join(root, "rubrics"), { recursive: true });
      await writeFile(join(root, "personas", "scenarios", `${id}.yaml`), example as string);
      const { problems, content } = await loadContent(root);
      expect(problems.map(formatProblem)).toEqual([]);
      expect(content.scenarios.has(id)).toBe(true);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
