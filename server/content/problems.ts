import type { z } from "zod";
import { MOVE_KINDS, TOPICS } from "../moves/move.schema";
import { INTENTS } from "./persona.schema";

/** One thing wrong with one content file, addressed the way an author fixes it. */
export interface ContentProblem {
  /** Path relative to the content root, with forward slashes: "personas/dana.yaml". */
  file: string;
  /** Dotted field path, "" for the file as a whole: "sensitivities.blame_absolute.trust". */
  path: string;
  /** 1-based line, where the YAML parser can point at one. */
  line?: number;
  message: string;
}

/** `personas/dana.yaml:12: sensitivities.blame_absolute.trust: expected a number from -1 to 1` */
export function formatProblem(p: ContentProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return `${where}: ${p.path || "(root)"}: ${p.message}`;
}

export type PathSegment = string | number;

/** A problem before its line is known: the loader maps the path to a line through the YAML. */
export interface LocatedIssue {
  path: PathSegment[];
  message: string;
}

const VOCABULARIES: ReadonlyArray<{ noun: string; values: readonly string[]; where: string }> = [
  { noun: "move", values: MOVE_KINDS, where: "server/moves/move.schema.ts" },
  { noun: "topic", values: TOPICS, where: "server/moves/move.schema.ts" },
  { noun: "intent", values: INTENTS, where: "server/content/persona.schema.ts" },
];

/** Which vocabulary (moves, topics, intents) a list of allowed values is, if any. */
function vocabularyOf(values: readonly unknown[]) {
  return VOCABULARIES.find(
    (v) => v.values.length === values.length && v.values.every((x, i) => x === values[i]),
  );
}

/** Messages zod writes itself; anything else is a message an author of the schema chose. */
const DEFAULT_MESSAGE =
  /^(Invalid input|Invalid option|Too small|Too big|Unrecognized key|Invalid string|Invalid element|Invalid key)/;

/** Turn zod issues into author-facing messages, resolving enum and key names against `schema`. */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodType,
): LocatedIssue[] {
  // A value of the wrong type also fails the checks that follow it ("dana" is not a list, and its
  // length is not 1 or 2): the type is the one mistake to report.
  const wrongType = new Set(
    issues.filter((i) => i.code === "invalid_type").map((i) => pathKey(i.path)),
  );
  const kept = issues.filter((i) => i.code === "invalid_type" || !wrongType.has(pathKey(i.path)));
  const described = kept.flatMap((issue) => describeIssue(issue, schema));
  return withoutMisplaced(withoutMisspeltMissing(described), schema);
}

/**
 * A field indented too far lands inside the field above it: `successCriteria` under `hiddenFacts`
 * is then missing where it belongs, and it and its own fields are wrong keys of `hiddenFacts`. That
 * is one slip, reported once, as indentation, at the misplaced field.
 */
function withoutMisplaced(issues: LocatedIssue[], root: z.ZodType): LocatedIssue[] {
  let result = issues;
  for (const missingField of issues.filter((i) => i.message === "missing required field")) {
    const parent = missingField.path.slice(0, -1);
    const field = missingField.path[missingField.path.length - 1] as PathSegment;
    const under = (i: LocatedIssue) =>
      i.path.length === parent.length + 2 &&
      pathKey(i.path.slice(0, parent.length)) === pathKey(parent);
    const slip = result.find(
      (i) => under(i) && String(i.path[parent.length + 1]) === String(field),
    );
    if (!slip) continue;
    const host = slip.path[parent.length] as PathSegment;
    const target = schemaAt(root, missingField.path);
    const ownFields = target ? Object.keys(objectShape(target) ?? {}) : [];
    const where = parent.length > 0 ? `a field of ${parent.join(".")}` : "a top-level field";
    result = result.flatMap((i) => {
      if (i === missingField) return [];
      if (i === slip)
        return [
          {
            path: i.path,
            message: `"${field}" is ${where}, not part of ${host}: check its indentation (it should start in the same column as ${host}:)`,
          },
        ];
      const sameHost = under(i) && String(i.path[parent.length]) === String(host);
      return sameHost && ownFields.includes(String(i.path[parent.length + 1])) ? [] : [i];
    });
  }
  return result;
}

const pathKey = (path: readonly PropertyKey[]) => path.map(String).join("\u0000");

/**
 * A misspelt field is reported as unknown, with its "did you mean"; the field it was meant to be
 * is then also missing. That is one mistake: the missing line is left out.
 */
function withoutMisspeltMissing(issues: LocatedIssue[]): LocatedIssue[] {
  const meant = new Set<string>();
  for (const issue of issues) {
    const suggestion = /^unknown field ".*" \(did you mean "(.+)"\?\)$/.exec(issue.message)?.[1];
    if (suggestion) meant.add(pathKey([...issue.path.slice(0, -1), suggestion]));
  }
  return issues.filter(
    (i) => !(i.message === "missing required field" && meant.has(pathKey(i.path))),
  );
}

function describeIssue(issue: z.core.$ZodIssue, root: z.ZodType): LocatedIssue[] {
  const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  const custom = !DEFAULT_MESSAGE.test(issue.message);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: unknownKeyMessage(key, schemaAt(root, path)),
      }));
    case "invalid_key":
      return describeIssues(issue.issues, root).map((i) => ({ ...i, path: [...path, ...i.path] }));
    case "invalid_element":
      return describeIssues(issue.issues, root).map((i) => ({ ...i, path: [...path, ...i.path] }));
    case "invalid_type": {
      if (input === undefined) return [missing(root, path)];
      // A custom message says what is expected; the value found is added, so the line shows both.
      if (custom) return [{ path, message: `${issue.message}, got ${describeValue(input)}` }];
      return [
        { path, message: `expected ${article(issue.expected)}, got ${describeValue(input)}` },
      ];
    }
    case "invalid_value": {
      if (input === undefined) return [missing(root, path)];
      if (custom) return [{ path, message: issue.message }];
      const vocab = vocabularyOf(issue.values);
      if (vocab) return [{ path, message: unknownWord(vocab, input) }];
      const options = issue.values.map((v) => JSON.stringify(v)).join(", ");
      return [{ path, message: `expected one of ${options}, got ${describeValue(input)}` }];
    }
    case "too_small":
    case "too_big": {
      if (custom)
        return [
          {
            path,
            message:
              input === undefined ? issue.message : `${issue.message}, got ${describeValue(input)}`,
          },
        ];
      return [{ path, message: sizeMessage(issue, input) }];
    }
    case "invalid_format":
      return [
        {
          path,
          message: custom ? issue.message : `does not match the expected format (${issue.format})`,
        },
      ];
    default:
      return [{ path, message: issue.message }];
  }
}

/** A required field or record entry that is absent. */
function missing(root: z.ZodType, path: PathSegment[]): LocatedIssue {
  const parent = schemaAt(root, path.slice(0, -1));
  const vocab = parent && recordVocabulary(parent);
  const key = String(path[path.length - 1]);
  return {
    path,
    message: vocab ? `missing entry for ${vocab.noun} "${key}"` : "missing required field",
  };
}

function sizeMessage(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  input: unknown,
): string {
  const small = issue.code === "too_small";
  const bound = small
    ? (issue as z.core.$ZodIssueTooSmall).minimum
    : (issue as z.core.$ZodIssueTooBig).maximum;
  const word = small ? "at least" : "at most";
  if (issue.origin === "array") {
    const got = Array.isArray(input) ? `, got ${input.length}` : "";
    return `expected ${word} ${bound} items${got}`;
  }
  if (issue.origin === "string") {
    if (small && Number(bound) === 1) return "must not be empty";
    return `expected ${word} ${bound} characters`;
  }
  return `expected a number ${small ? ">=" : "<="} ${bound}`;
}

function unknownWord(vocab: (typeof VOCABULARIES)[number], input: unknown): string {
  const hint = typeof input === "string" ? didYouMean(input, vocab.values) : "";
  return `unknown ${vocab.noun} ${describeValue(input)}${hint || `: see the list in ${vocab.where}`}`;
}

function unknownKeyMessage(key: string, schema: z.ZodType | undefined): string {
  const vocab = schema && recordVocabulary(schema);
  if (vocab) return unknownWord(vocab, key);
  const shape = schema && objectShape(schema);
  if (shape) return `unknown field "${shortened(key)}"${didYouMean(key, Object.keys(shape))}`;
  return `unknown field "${shortened(key)}"`;
}

function article(expected: string): string {
  if (expected === "int") return "a whole number";
  if (expected === "array") return "a list";
  if (expected === "object") return "a mapping of fields";
  if (expected === "string") return "text";
  if (expected === "boolean") return "true or false";
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describeValue(value: unknown): string {
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return JSON.stringify(shortened(value));
  return shortened(String(value));
}

/** A value quoted in a message stays on one readable line: long text is cut, with "…". */
const MAX_QUOTED = 60;
function shortened(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
}

function didYouMean(word: string, options: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const option of options) {
    if (word.length >= 4 && option.startsWith(word)) return ` (did you mean "${option}"?)`;
    const d = editDistance(word.toLowerCase(), option.toLowerCase());
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
    }
  }
  return best ? ` (did you mean "${best}"?)` : "";
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost);
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

// Walking a zod schema by path reads its definition; zod 4 keeps it on `_zod.def`.
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, unknown>;
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (
    let def = defOf(s);
    def.innerType && ["optional", "default", "nullable", "prefault"].includes(def.type);
    def = defOf(s)
  ) {
    s = def.innerType;
  }
  return s;
}

function schemaAt(root: z.ZodType, path: readonly PathSegment[]): z.ZodType | undefined {
  let schema: z.ZodType | undefined = unwrap(root);
  for (const segment of path) {
    if (!schema) return undefined;
    const def = defOf(schema);
    if (def.type === "object") schema = def.shape?.[String(segment)];
    else if (def.type === "record") schema = def.valueType;
    else if (def.type === "array") schema = def.element;
    else return undefined;
    schema = schema && unwrap(schema);
  }
  return schema;
}

/** The fields of the mapping at `path` of `root`, in the schema's order; undefined for no mapping. */
export function fieldsAt(root: z.ZodType, path: readonly PathSegment[]): string[] | undefined {
  const schema = schemaAt(root, path);
  const shape = schema && objectShape(schema);
  return shape ? Object.keys(shape) : undefined;
}

function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = defOf(unwrap(schema));
  return def.type === "object" ? def.shape : undefined;
}

function enumValues(schema: z.ZodType): string[] {
  const def = defOf(schema);
  if (def.type === "enum" && def.entries) return Object.values(def.entries) as string[];
  if (def.type === "union" && def.options) return def.options.flatMap(enumValues);
  return [];
}

function recordVocabulary(schema: z.ZodType) {
  const def = defOf(unwrap(schema));
  return def.type === "record" && def.keyType ? vocabularyOf(enumValues(def.keyType)) : undefined;
}
