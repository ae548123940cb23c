import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { z } from "zod";
import { ErrorCode, FlightdeckError } from "../errors";
import { checkContent, type Entries, type Entry } from "./check-content";
import { CONTENT_DIRS, type Content, type ContentKind, type LoadResult } from "./content";
import { LintRuleSchema } from "./lint-rule.schema";
import { PatternSchema } from "./pattern.schema";
import { PersonaSchema } from "./persona.schema";
import { type ContentProblem, describeIssues, formatProblem } from "./problems";
import { ScenarioSchema } from "./scenario.schema";
import { type ParsedSource, parseSource } from "./source";

const SCHEMAS: Record<ContentKind, z.ZodType> = {
  personas: PersonaSchema,
  scenarios: ScenarioSchema,
  patterns: PatternSchema,
  lintRules: LintRuleSchema,
};

const CONTENT_FILE = /\.(ya?ml|json)$/;

/**
 * Read and check every content file under `rootDir` (personas/, personas/scenarios/, rubrics/,
 * rubrics/lint/; YAML or JSON). Never throws for bad content: every problem is in `problems`.
 */
export async function loadContent(rootDir: string): Promise<LoadResult> {
  const problems: ContentProblem[] = [];
  const sources = new Map<string, ParsedSource>();
  const entries: Entries = { personas: [], scenarios: [], patterns: [], lintRules: [] };
  const broken = {
    personas: new Set<string>(),
    scenarios: new Set<string>(),
    patterns: new Set<string>(),
    lintRules: new Set<string>(),
  };
  let foundDirs = 0;

  for (const kind of Object.keys(CONTENT_DIRS) as ContentKind[]) {
    const dir = CONTENT_DIRS[kind];
    const names = await listFiles(join(rootDir, dir));
    if (names === undefined) continue;
    foundDirs++;
    for (const name of names) {
      const file = `${dir}/${name}`;
      const source = parseSource(await readFile(join(rootDir, dir, name), "utf8"));
      sources.set(file, source);
      const data = source.data as { id?: unknown } | null | undefined;
      const claimedId = typeof data?.id === "string" ? data.id : name.replace(CONTENT_FILE, "");
      if (source.syntaxErrors.length > 0) {
        broken[kind].add(claimedId);
        for (const e of source.syntaxErrors)
          problems.push({ file, path: "", line: e.line, message: e.message });
        continue;
      }
      if (source.data === null || source.data === undefined) {
        problems.push({ file, path: "", message: "file is empty" });
        continue;
      }
      const schema = SCHEMAS[kind];
      const result = schema.safeParse(source.data, { reportInput: true });
      if (result.success) {
        (entries[kind] as Entry<unknown>[]).push({ file, data: result.data });
      } else {
        broken[kind].add(claimedId);
        for (const issue of describeIssues(result.error.issues, schema)) {
          problems.push(located(file, issue.path, issue.message, source));
        }
      }
    }
  }
  if (foundDirs === 0) {
    problems.push({
      file: ".",
      path: "",
      message: `no content found under ${rootDir}: expected personas/ and rubrics/ folders`,
    });
  }

  const { issues, kept } = checkContent(entries, broken);
  for (const issue of issues) {
    problems.push(located(issue.file, issue.path, issue.message, sources.get(issue.file)));
  }
  problems.sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.path.localeCompare(b.path),
  );
  return { problems, content: toContent(kept) };
}

/**
 * For server start: the content, or a FlightdeckError FD_CONTENT_INVALID whose message lists every
 * problem, one per line, so invalid content stops the process with the same lines as `validate`.
 */
export async function loadValidContent(rootDir: string): Promise<Content> {
  const { problems, content } = await loadContent(rootDir);
  if (problems.length > 0) {
    const lines = problems.map(formatProblem).join("\n");
    throw new FlightdeckError(
      ErrorCode.ContentInvalid,
      `invalid content in ${resolve(rootDir)}:\n${lines}`,
    );
  }
  return content;
}

function located(
  file: string,
  path: readonly (string | number)[],
  message: string,
  source: ParsedSource | undefined,
): ContentProblem {
  const line = source?.lineOf(path);
  return line === undefined
    ? { file, path: path.join("."), message }
    : { file, path: path.join("."), line, message };
}

/** File names in a folder, sorted; undefined when the folder does not exist. */
async function listFiles(dir: string): Promise<string[] | undefined> {
  try {
    const dirents = await readdir(dir, { withFileTypes: true });
    return dirents
      .filter((d) => d.isFile() && CONTENT_FILE.test(d.name))
      .map((d) => d.name)
      .sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}

function byId<T extends { id: string }>(entries: readonly Entry<T>[]): ReadonlyMap<string, T> {
  return new Map(
    [...entries].sort((a, b) => a.data.id.localeCompare(b.data.id)).map((e) => [e.data.id, e.data]),
  );
}

function toContent(kept: Entries): Content {
  return {
    personas: byId(kept.personas),
    scenarios: byId(kept.scenarios),
    patterns: byId(kept.patterns),
    lintRules: byId(kept.lintRules),
  };
}
