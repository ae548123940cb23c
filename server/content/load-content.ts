import type { Dirent } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { userInfo } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import type { z } from "zod";
import { ErrorCode, FlightdeckError } from "../errors";
import { checkContent, type Entries, type Entry, type FileIssue } from "./check-content";
import { CONTENT_DIRS, type Content, type ContentKind, type LoadResult } from "./content";
import { LintRuleSchema } from "./lint-rule.schema";
import { PatternSchema } from "./pattern.schema";
import { PersonaSchema } from "./persona.schema";
import { type ContentProblem, describeIssues, fieldsAt, formatProblem } from "./problems";
import { ScenarioSchema } from "./scenario.schema";
import { type ParsedSource, parseSource } from "./source";

const SCHEMAS: Record<ContentKind, z.ZodType> = {
  personas: PersonaSchema,
  scenarios: ScenarioSchema,
  patterns: PatternSchema,
  lintRules: LintRuleSchema,
};

/** YAML or JSON, whatever the case of the extension ("dana.YAML" is read too). */
const CONTENT_FILE = /\.(ya?ml|json)$/i;

/** Real content files are a few kilobytes; a larger one is a mistake, and parsing it is slow. */
export const MAX_CONTENT_FILE_BYTES = 1024 * 1024;

const CONTENT_DIR_SET: ReadonlySet<string> = new Set(Object.values(CONTENT_DIRS));

export interface LoadOptions {
  /**
   * Checks run after the others, on the files kept, told which files already have a problem: the
   * examples run through the linter and the scorer (`contentExampleIssues`, which `validate`
   * passes). Not run at server start, where they would cost about a second.
   */
  extraChecks?: (kept: Entries, withProblems: ReadonlySet<string>) => FileIssue[];
}

/**
 * A content folder or file that cannot be read at all: no read permission, a file where a folder
 * goes. Not a content problem (nothing was read to check), so `start` and `validate` say it in one
 * line, naming the path, and exit 2, as for a bad setting.
 */
export class ContentUnreadableError extends FlightdeckError {
  /** The full path that could not be read. */
  readonly path: string;
  constructor(
    path: string,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(ErrorCode.ContentUnreadable, `cannot read ${resolve(path)} (${problem}): ${fix}`);
    this.name = "ContentUnreadableError";
    this.path = resolve(path);
  }
}

const FOLDERS_FIX = "set CONTENT_DIR to the folder that holds personas/ and rubrics/";

/** Runs a read of `path`, turning a refusal (permission, a file in the way) into one clear line. */
async function reading<T>(path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    throw unreadable(path, err);
  }
}

function unreadable(path: string, err: unknown): unknown {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") {
    let user = "";
    try {
      user = ` (${userInfo().username})`;
    } catch {
      // No name for this uid (a container's bare user id): the sentence reads without it.
    }
    return new ContentUnreadableError(
      path,
      "permission denied",
      `the user running Flightdeck${user} needs read access to it`,
    );
  }
  if (code === "ENOTDIR")
    return new ContentUnreadableError(
      path,
      "a file is where a folder should be",
      `${FOLDERS_FIX}; personas/, personas/scenarios/, rubrics/ and rubrics/lint/ must be folders`,
    );
  if (typeof code === "string")
    return new ContentUnreadableError(path, `${code}: ${(err as Error).message}`, FOLDERS_FIX);
  return err;
}

/**
 * Read and check every content file under `rootDir` (personas/, personas/scenarios/, rubrics/,
 * rubrics/lint/; YAML or JSON). Never throws for bad content: every problem is in `problems`. Throws
 * ContentUnreadableError when a folder or file cannot be read at all.
 */
export async function loadContent(rootDir: string, options: LoadOptions = {}): Promise<LoadResult> {
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
  // A file given as the folder: said as such, not as "not a directory, scandir …/personas".
  const root = await stat(rootDir).catch(() => undefined);
  if (root && !root.isDirectory())
    throw new ContentUnreadableError(resolve(rootDir), "it is a file, not a folder", FOLDERS_FIX);

  for (const kind of Object.keys(CONTENT_DIRS) as ContentKind[]) {
    const dir = CONTENT_DIRS[kind];
    const listing = await listFiles(rootDir, dir);
    if (listing === undefined) continue;
    foundDirs++;
    for (const stray of listing.strays) {
      problems.push({
        file: stray,
        path: "",
        message: `files in subfolders are not read; move it to ${dir}/`,
      });
    }
    for (const name of listing.files) {
      const file = `${dir}/${name}`;
      const stem = name.replace(CONTENT_FILE, "");
      const path = join(rootDir, dir, name);
      const read = decode(await reading(path, () => readFile(path)));
      if (typeof read !== "string") {
        broken[kind].add(stem);
        problems.push({ file, path: "", ...read });
        continue;
      }
      const source = parseSource(read, /\.json$/i.test(name) ? "json" : "yaml");
      sources.set(file, source);
      const data = source.data as { id?: unknown } | null | undefined;
      const claimedId = typeof data?.id === "string" ? data.id : stem;
      if (source.syntaxErrors.length > 0) {
        broken[kind].add(claimedId);
        for (const e of source.syntaxErrors)
          problems.push({ file, path: "", line: e.line, message: e.message });
        continue;
      }
      if (source.data === null || source.data === undefined) {
        broken[kind].add(claimedId);
        problems.push({ file, path: "", message: "file is empty" });
        continue;
      }
      const schema = SCHEMAS[kind];
      const result = schema.safeParse(source.data, { reportInput: true });
      if (result.success) {
        (entries[kind] as Entry<unknown>[]).push({ file, data: result.data });
        continue;
      }
      broken[kind].add(claimedId);
      const elsewhere = otherKindOf(kind, source.data);
      if (elsewhere) {
        problems.push(
          located(
            file,
            [],
            `this looks like a ${NOUN[elsewhere]} (it has ${describeKeys(elsewhere, kind, source.data)}), not a ${NOUN[kind]}: ${NOUN[elsewhere]} files go in ${CONTENT_DIRS[elsewhere]}/`,
            source,
          ),
        );
        continue;
      }
      for (const issue of describeIssues(result.error.issues, schema)) {
        problems.push(
          issue.message === "missing required field"
            ? missingField(file, issue.path, schema, source)
            : located(file, issue.path, issue.message, source),
        );
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
  if (options.extraChecks) {
    const withProblems = new Set([...problems, ...issues].map((p) => p.file));
    issues.push(...options.extraChecks(kept, withProblems));
  }
  for (const issue of issues) {
    problems.push(
      located(issue.file, issue.path, issue.message, sources.get(issue.file), issue.words),
    );
  }
  problems.sort(
    (a, b) =>
      // A problem with no line (a file with no content) after those with one: a line says more.
      a.file.localeCompare(b.file) ||
      (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER) ||
      a.path.localeCompare(b.path),
  );
  const problemFiles = new Set(problems.map((p) => p.file));
  const validOf = (list: readonly Entry<{ id: string }>[]) =>
    list.filter((e) => !problemFiles.has(e.file)).map((e) => e.data.id);
  return {
    problems,
    content: toContent(kept),
    validIds: {
      personas: validOf(kept.personas),
      scenarios: validOf(kept.scenarios),
      patterns: validOf(kept.patterns),
      lintRules: validOf(kept.lintRules),
    },
  };
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
  /** Words inside the field's value the problem is about: their line, where found. */
  words?: string,
): ContentProblem {
  const line =
    (words === undefined ? undefined : source?.lineOfText(path, words)) ?? source?.lineOf(path);
  return line === undefined
    ? { file, path: path.join("."), message }
    : { file, path: path.join("."), line, message };
}

/**
 * A required field that is absent, at the line where it goes: the line of the field after it in
 * the schema's order ("add it before facts"), else of the field before it ("add it after
 * situation"), else of the mapping it belongs in. An editor jumps there, and it is added above.
 */
function missingField(
  file: string,
  path: readonly (string | number)[],
  schema: z.ZodType,
  source: ParsedSource,
): ContentProblem {
  const parent = path.slice(0, -1);
  const field = String(path[path.length - 1]);
  const order = fieldsAt(schema, parent) ?? [];
  let value: unknown = source.data;
  for (const segment of parent) value = (value as Record<string, unknown> | undefined)?.[segment];
  const present = (key: string) =>
    typeof value === "object" && value !== null && !Array.isArray(value) && key in value;
  const at = order.indexOf(field);
  const next = at < 0 ? undefined : order.slice(at + 1).find(present);
  const previous = at < 0 ? undefined : order.slice(0, at).reverse().find(present);
  const neighbour = next ?? previous;
  if (neighbour === undefined) return located(file, path, "missing required field", source);
  const line = source.lineOf([...parent, neighbour]);
  const message = `missing required field (add it ${next ? "before" : "after"} ${neighbour})`;
  return line === undefined
    ? { file, path: path.join("."), message }
    : { file, path: path.join("."), line, message };
}

/**
 * Content file names directly in `dir`, sorted, and the content files in its other subfolders
 * (which are not read, so the author is told); undefined when `dir` does not exist.
 */
async function listFiles(
  rootDir: string,
  dir: string,
): Promise<{ files: string[]; strays: string[] } | undefined> {
  let dirents: Dirent[];
  const path = join(rootDir, dir);
  try {
    dirents = await readdir(path, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw unreadable(path, err);
  }
  const files = dirents
    .filter((d) => d.isFile() && CONTENT_FILE.test(d.name))
    .map((d) => d.name)
    .sort();
  const strays: string[] = [];
  for (const d of dirents) {
    const sub = `${dir}/${d.name}`;
    if (!d.isDirectory() || d.name.startsWith(".") || CONTENT_DIR_SET.has(sub)) continue;
    const nestedPath = join(rootDir, sub);
    const nested = await reading(nestedPath, () =>
      readdir(nestedPath, { recursive: true, withFileTypes: true }),
    );
    for (const n of nested) {
      if (!n.isFile() || !CONTENT_FILE.test(n.name)) continue;
      const rel = relative(rootDir, join(n.parentPath, n.name)).split(sep).join("/");
      if (!rel.split("/").some((part) => part.startsWith("."))) strays.push(rel);
    }
  }
  return { files, strays: strays.sort() };
}

/**
 * The text of a content file, or the problem with its bytes: too large, saved as UTF-16 (Windows
 * "Unicode"), or in another 8-bit encoding. Without this the file reads as garbage that the
 * schema then reports, all of it, on one line.
 */
function decode(bytes: Buffer): string | { line?: number; message: string } {
  if (bytes.length > MAX_CONTENT_FILE_BYTES) {
    return {
      message: `file is ${megabytes(bytes.length)}; a content file may be at most ${megabytes(MAX_CONTENT_FILE_BYTES)} (is it the right file?)`,
    };
  }
  const bom16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (bom16 || bytes.subarray(0, 4096).includes(0)) {
    return {
      message:
        'file is not UTF-8 (it looks like UTF-16, what Windows calls "Unicode"); save it as UTF-8',
    };
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const line = firstInvalidUtf8Line(bytes);
    return {
      line,
      message:
        "file is not UTF-8 (this line has a character saved in another encoding, such as Windows-1252); save the file as UTF-8",
    };
  }
}

/** The 1-based line of the first byte sequence that is not UTF-8. */
function firstInvalidUtf8Line(bytes: Buffer): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return line;
}

const megabytes = (n: number) => `${Number((n / (1024 * 1024)).toFixed(1))} MB`;

const NOUN: Record<ContentKind, string> = {
  personas: "persona",
  scenarios: "scenario",
  patterns: "pattern",
  lintRules: "lint rule",
};

const KEYS: Record<ContentKind, ReadonlySet<string>> = {
  personas: new Set(Object.keys(PersonaSchema.shape)),
  scenarios: new Set(Object.keys(ScenarioSchema.shape)),
  patterns: new Set(Object.keys(PatternSchema.shape)),
  lintRules: new Set(Object.keys(LintRuleSchema.shape)),
};

/** Top-level keys of `data` that belong to `kind` and not to every kind. */
function ownKeys(kind: ContentKind, data: unknown): string[] {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return [];
  const shared = (key: string) => Object.values(KEYS).every((keys) => keys.has(key));
  return Object.keys(data).filter((key) => KEYS[kind].has(key) && !shared(key));
}

/**
 * The kind of content a file that failed its own schema looks like, when its fields fit another
 * kind clearly better: a scenario saved in personas/ is told where it goes, not given 30 lines
 * of missing and unknown fields.
 */
function otherKindOf(kind: ContentKind, data: unknown): ContentKind | undefined {
  const own = ownKeys(kind, data).length;
  let best: ContentKind | undefined;
  let bestCount = Math.max(own, 2);
  for (const other of Object.keys(KEYS) as ContentKind[]) {
    if (other === kind) continue;
    const count = ownKeys(other, data).length;
    if (count > bestCount) {
      best = other;
      bestCount = count;
    }
  }
  return best;
}

/** A few of the fields that make `data` look like `kind` and not like `own`: "title, level, situation, …". */
function describeKeys(kind: ContentKind, own: ContentKind, data: unknown): string {
  const keys = ownKeys(kind, data).filter((key) => !KEYS[own].has(key));
  const shown = keys.slice(0, 3);
  return shown.join(", ") + (keys.length > shown.length ? ", …" : "");
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
