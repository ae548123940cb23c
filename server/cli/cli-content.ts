import { resolve } from "node:path";
import {
  type Content,
  type ContentProblem,
  ContentUnreadableError,
  formatProblem,
  loadContent,
} from "../content";

/** Where a command's content comes from: `$CONTENT_DIR`, or the current folder. */
export const contentRoot = (): string => resolve(process.env.CONTENT_DIR ?? process.cwd());

/** Every problem, one per line, in the order `flightdeck validate` prints them. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${formatProblem(p)}\n`).join("");
}

/**
 * For commands that need valid content (lint, score, rehearse): the content under `root`, or
 * undefined after printing every problem to stderr (`flightdeck <command>: the content in … has 2
 * problems:` then one line each), so the author sees the useful line, not only the first.
 */
export async function loadContentOrExplain(
  command: string,
  root: string = contentRoot(),
  err: (text: string) => void = (text) => process.stderr.write(text),
): Promise<Content | undefined> {
  let loaded: Awaited<ReturnType<typeof loadContent>>;
  try {
    loaded = await loadContent(root);
  } catch (e) {
    if (!(e instanceof ContentUnreadableError)) throw e;
    err(`flightdeck ${command}: ${e.message}\n`);
    return undefined;
  }
  const { problems, content } = loaded;
  if (problems.length === 0) return content;
  const count = `${problems.length} ${problems.length === 1 ? "problem" : "problems"}`;
  err(
    `flightdeck ${command}: the content in ${root} has ${count}; fix ${problems.length === 1 ? "it" : "them"} first (flightdeck validate lists them too):\n${formatProblems(problems)}`,
  );
  return undefined;
}

/** All of stdin as UTF-8 text (for a `-` argument). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
