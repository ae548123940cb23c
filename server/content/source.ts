import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { LocatedIssue, PathSegment } from "./problems";

/** One content file parsed, keeping the YAML tree so any field path can be mapped to a line. */
export interface ParsedSource {
  data: unknown;
  /** YAML syntax errors, with their lines; when present, `data` is not checked further. */
  syntaxErrors: Array<LocatedIssue & { line?: number }>;
  lineOf(path: readonly PathSegment[]): number | undefined;
}

/** Parse YAML or JSON text (JSON is read by the YAML parser, so both get line numbers). */
export function parseSource(text: string): ParsedSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAtOffset = (offset: number) => lineCounter.linePos(offset).line;
  const nodeLine = (node: unknown): number | undefined => {
    const range = (node as Node | null)?.range;
    return range ? lineAtOffset(range[0]) : undefined;
  };
  const syntaxErrors = doc.errors.map((err) => ({
    path: [],
    line: err.linePos?.[0]?.line ?? lineAtOffset(err.pos[0]),
    message: `invalid YAML: ${firstLine(err.message)}`,
  }));
  const lineOf = (path: readonly PathSegment[]): number | undefined => {
    let node: unknown = doc.contents;
    let line = path.length === 0 ? nodeLine(node) : undefined;
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
  return { data: syntaxErrors.length > 0 ? undefined : doc.toJS(), syntaxErrors, lineOf };
}

/** The parser's first line, without its own "at line 3, column 5" (the problem carries the line). */
function firstLine(message: string): string {
  const first = message.split("\n")[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, "").replace(/:$/, "");
}
