import {
  type Alias,
  type Document,
  type ErrorCode,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from "yaml";
import type { LocatedIssue, PathSegment } from "./problems";

/** One content file parsed, keeping the YAML tree so any field path can be mapped to a line. */
export interface ParsedSource {
  data: unknown;
  /** YAML syntax errors, with their lines; when present, `data` is not checked further. */
  syntaxErrors: Array<LocatedIssue & { line?: number }>;
  lineOf(path: readonly PathSegment[]): number | undefined;
  /**
   * The line where `words` first appear inside the value at `path` (a `{slot}` on the fifth line
   * of a multi-line `situation`); undefined when the value does not hold them as written.
   */
  lineOfText(path: readonly PathSegment[], words: string): number | undefined;
}

/** Parse YAML or JSON text (JSON is read by the YAML parser, so both get line numbers). */
export function parseSource(text: string, format: "yaml" | "json" = "yaml"): ParsedSource {
  const lineCounter = new LineCounter();
  // Duplicate keys are found below in one pass: the parser's own check compares every key with
  // every other, which takes minutes on a mapping of 100,000 keys.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const lineAtOffset = (offset: number) => lineCounter.linePos(offset).line;
  const nodeLine = (node: unknown): number | undefined => {
    const range = (node as Node | null)?.range;
    return range ? lineAtOffset(range[0]) : undefined;
  };
  const syntaxErrors: ParsedSource["syntaxErrors"] = [];
  const seenLines = new Set<number>();
  const addError = (line: number | undefined, message: string) => {
    // One mistake often trips the parser several times on its line: the first says most.
    if (line !== undefined && seenLines.has(line)) return;
    if (line !== undefined) seenLines.add(line);
    syntaxErrors.push({ path: [], line, message });
  };
  const lines = doc.errors.length > 0 ? text.split("\n") : [];
  for (const err of doc.errors) {
    const line = err.linePos?.[0]?.line ?? lineAtOffset(err.pos[0]);
    addError(
      line,
      (format === "yaml" && unquotedSigil(lines[line - 1])) ||
        plainSyntaxError(err.code, firstLine(err.message), format),
    );
  }
  if (syntaxErrors.length === 0) {
    for (const dup of duplicateKeys(doc.contents)) {
      addError(
        nodeLine(dup.key),
        `invalid YAML: the field "${dup.name}" appears twice in one mapping (first on line ${nodeLine(dup.first)}); keep one`,
      );
    }
  }
  const lineOf = (path: readonly PathSegment[]): number | undefined => {
    let node: unknown = doc.contents;
    // A path not found all the way (a field that is missing) gets the line of the deepest mapping
    // found on it: the document's first line at the least.
    let line = nodeLine(node);
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isScalar(p.key) && String(p.key.value) === String(segment),
        );
        if (!pair) break;
        line = nodeLine(pair.key) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment];
        if (!item) break;
        line = nodeLine(item) ?? line;
        node = item;
      } else {
        break;
      }
    }
    return line;
  };
  const lineOfText = (path: readonly PathSegment[], words: string): number | undefined => {
    let node: unknown = doc.contents;
    for (const segment of path) {
      if (isMap(node)) {
        node = node.items.find(
          (p) => isScalar(p.key) && String(p.key.value) === String(segment),
        )?.value;
      } else if (isSeq(node) && typeof segment === "number") node = node.items[segment];
      else return undefined;
    }
    const range = (node as Node | null | undefined)?.range;
    if (!range || words === "") return undefined;
    const at = text.indexOf(words, range[0]);
    return at >= 0 && at + words.length <= range[1] ? lineAtOffset(at) : undefined;
  };
  const located = { lineOf, lineOfText };
  if (syntaxErrors.length > 0) return { data: undefined, syntaxErrors, ...located };
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), syntaxErrors, ...located };
  } catch (err) {
    // Aliases (`*name`) are resolved only here, and the parser's errors then name no line.
    return { data: undefined, syntaxErrors: [aliasError(doc, err, nodeLine)], ...located };
  }
}

/** As the yaml package's default: an alias may stand for at most this many nodes in all. */
const MAX_ALIAS_COUNT = 100;

/**
 * The problem for an alias that toJS could not resolve, at the line of the alias: an unknown
 * anchor is most often text that starts with `*` ("*sigh*") and needs quotes.
 */
function aliasError(
  doc: Document.Parsed,
  err: unknown,
  nodeLine: (node: unknown) => number | undefined,
): LocatedIssue & { line?: number } {
  const aliases: Alias[] = [];
  visit(doc, {
    Alias(_, node) {
      aliases.push(node);
    },
  });
  const unresolved = aliases.find((a) => {
    try {
      return a.resolve(doc) === undefined;
    } catch {
      return true;
    }
  });
  if (unresolved) {
    return {
      path: [],
      line: nodeLine(unresolved),
      message: `invalid YAML: *${unresolved.source} is read as a reference to an &${unresolved.source} anchor, and there is none before it; to write text that starts with *, put it in quotes: "*${unresolved.source}"`,
    };
  }
  const message = err instanceof Error ? err.message : String(err);
  if (/alias count/i.test(message)) {
    return {
      path: [],
      line: nodeLine(aliases[0]),
      message: `invalid YAML: the aliases (*name) in this file stand for too many copies (more than ${MAX_ALIAS_COUNT}); write the values out instead`,
    };
  }
  return { path: [], line: nodeLine(aliases[0]), message: `invalid YAML: ${firstLine(message)}` };
}

/** Keys that appear twice in one mapping, anywhere in the tree, found in one pass. */
function duplicateKeys(root: unknown): Array<{ name: string; key: unknown; first: unknown }> {
  const found: Array<{ name: string; key: unknown; first: unknown }> = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Map<string, unknown>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          const name = String(pair.key.value);
          const first = seen.get(name);
          if (first) found.push({ name, key: pair.key, first });
          else seen.set(name, pair.key);
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      stack.push(...node.items);
    }
  }
  return found;
}

/**
 * A value that starts with `*`, `&` or `!` ("title: *Skipped* handover", "- *sigh*") is YAML
 * syntax (an alias, an anchor, a tag), and the parser's complaint about it names none of that.
 */
function unquotedSigil(line: string | undefined): string | undefined {
  const value = /^\s*(?:-\s+)*(?:[^\s"'#][^:#]*:\s+)?([*&!]\S.*?)\s*(?:#.*)?$/.exec(
    line ?? "",
  )?.[1];
  if (!value) return undefined;
  const what = { "*": "a reference to an anchor", "&": "an anchor", "!": "a type tag" }[
    value[0] as "*" | "&" | "!"
  ];
  return `invalid YAML: a value that starts with ${value[0]} is read as ${what}; to write text that starts with ${value[0]}, put it in quotes: ${JSON.stringify(value)}`;
}

/** The parser's messages that speak its own jargon, in an author's words. */
function plainSyntaxError(code: ErrorCode, message: string, format: "yaml" | "json"): string {
  if (format === "json") {
    if (/^Unexpected , in flow/.test(message))
      return "invalid JSON: a comma where none belongs (two in a row, or one with nothing before it); remove it";
    return `invalid JSON: ${message}`;
  }
  switch (code) {
    case "BAD_DQ_ESCAPE":
      return `invalid YAML: ${message}; inside "double quotes" write a backslash twice ("\\\\d" for \\d), or use 'single quotes'`;
    case "TAB_AS_INDENT":
      return "invalid YAML: this line is indented with a tab; indent with spaces only";
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return "invalid YAML: this line is not indented like the lines around it; fields of one mapping start in the same column, and a field's own fields are indented further";
    case "BAD_INDENT":
      if (/same column/.test(message))
        return "invalid YAML: this line is not indented like the lines around it; fields of one mapping start in the same column, and a field's own fields are indented further";
      return `invalid YAML: ${message}`;
    default:
      return `invalid YAML: ${message}`;
  }
}

/** The parser's first line, without its own "at line 3, column 5" (the problem carries the line). */
function firstLine(message: string): string {
  const first = message.split("\n")[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, "").replace(/:$/, "");
}
