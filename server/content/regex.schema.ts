import { z } from "zod";
import { regexRisk } from "./regex-safety";

/**
 * What a control character in a pattern most likely was: inside double quotes (YAML or JSON) a
 * backslash escape is read before the regular expression sees it, so "\b" (a word boundary) arrives
 * as a backspace and the pattern never matches what it was written for.
 */
const CONTROL_ESCAPES: Readonly<Record<string, string>> = {
  "\u0000": "\\0",
  "\u0007": "\\a",
  "\u0008": "\\b",
  "\u000b": "\\v",
  "\u000c": "\\f",
  "\u001b": "\\e",
};

/** A tab, a line break and a carriage return are typed text; other control characters are not. */
const TYPED = new Set([0x09, 0x0a, 0x0d]);

/** Why a pattern holds a control character, with the fix, or undefined when it holds none. */
export function controlCharacterProblem(source: string): string | undefined {
  const found = [...source].find((c) => {
    const n = c.charCodeAt(0);
    return (n < 0x20 || n === 0x7f) && !TYPED.has(n);
  });
  if (found === undefined) return undefined;
  const code = `U+${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  if (found === "\u0008")
    return 'has a backspace character where a word boundary was meant: "\\b" inside double quotes is a backspace; write "\\\\b", or put the pattern in single quotes';
  const written = CONTROL_ESCAPES[found];
  const what = written ? `, what "${written}" inside double quotes becomes` : "";
  const fix = written
    ? `; write "\\${written}" for a backslash and a letter, or put the pattern in single quotes`
    : "; remove it";
  return `has a control character (${code}${what}), which no draft contains${fix}`;
}

/**
 * A case-insensitive JavaScript regular expression, checked to compile, to hold no control
 * character (a "\b" in double quotes that became a backspace), and to match in reasonable time
 * whatever the text (see regexRisk): one that can backtrack for ever would hang the server.
 *
 * Apart from common.schema.ts because the check needs a regex analyser (refa, scslre, regexpp:
 * about 1.2 MB), which the web client, importing the common schemas through the briefing's,
 * must not bundle.
 */
export const RegexSchema = z
  .string()
  .min(1)
  .superRefine((source, ctx) => {
    const control = controlCharacterProblem(source);
    if (control) {
      ctx.addIssue({ code: "custom", message: control });
      return;
    }
    try {
      new RegExp(source, "i");
    } catch (err) {
      ctx.addIssue({ code: "custom", message: `not a valid regular expression: ${String(err)}` });
      return;
    }
    const risk = regexRisk(source);
    if (risk) ctx.addIssue({ code: "custom", message: risk });
  });
