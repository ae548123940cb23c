import type { z } from "zod";
import { ErrorCode, FlightdeckError } from "../errors";

/**
 * The one wording of input that fails its schema, for REST and the websocket alike: each problem is
 * the dotted path from the root of what was sent, then what is wrong, and several are joined by
 * "; ". `body.scenarioId: missing (expected string)`, `query.format: Invalid option: expected one of
 * "json"|"md"`, `body: unknown key "extra" (expected scenarioId, seed, options)`. A websocket frame
 * is its own root: `text: missing (expected string)`. (Review 7, #9d: REST said both "body:
 * scenarioId: …" and "body.text: …".)
 */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  where?: string,
  schema?: z.ZodType,
): string {
  return issues
    .map((issue) => {
      const path = [...(where ? [where] : []), ...issue.path.map(String)].join(".");
      const problem = issueWords(issue, schema);
      return path ? `${path}: ${problem}` : problem;
    })
    .join("; ");
}

function issueWords(issue: z.core.$ZodIssue, schema: z.ZodType | undefined): string {
  if (issue.code === "invalid_type" && / received undefined$/.test(issue.message))
    return `missing (expected ${issue.expected})`;
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((k) => JSON.stringify(k)).join(", ");
    const known = keysAt(schema, issue.path);
    return `unknown key${issue.keys.length === 1 ? "" : "s"} ${keys}${known ? ` (expected ${known.join(", ")})` : ""}`;
  }
  return issue.message;
}

/**
 * Where a value sits, in the same dotted wording: `body.text`, `query.scenarioId`, `body` for the
 * value itself (`unstorableTextAt` says "(value)" for it).
 */
export function pathAt(where: string | undefined, at: string): string {
  return [where, at === "(value)" ? "" : at].filter(Boolean).join(".");
}

type Def = { type?: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType> };
const defOf = (s: z.ZodType | undefined): Def | undefined =>
  (s as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/** The keys an object schema at `path` accepts (optional and default wrappers looked through). */
function keysAt(schema: z.ZodType | undefined, path: readonly PropertyKey[]): string[] | undefined {
  let at = schema;
  for (let i = 0; i <= path.length; i++) {
    let def = defOf(at);
    while (def?.innerType && def.type !== "object") {
      at = def.innerType;
      def = defOf(at);
    }
    if (def?.type !== "object" || !def.shape) return undefined;
    if (i === path.length) return Object.keys(def.shape);
    at = def.shape[String(path[i])];
  }
  return undefined;
}

/**
 * `value` read by `schema`, or a 400 `FD_BAD_REQUEST` in the words above. `where` is the part of
 * the request it came from: `body`, `query` or `path`.
 */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw new FlightdeckError(
    ErrorCode.BadRequest,
    describeIssues(result.error.issues, where, schema),
  );
}
