import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const VALID = join(import.meta.dirname, "..", "content-fixtures", "valid");

/**
 * What to do to one file of the copy: a function edits its text, a string or bytes replace it,
 * null deletes it. Paths are relative to the content root ("personas/ada.yaml").
 */
export type ContentEdit = ((text: string) => string) | string | Uint8Array | null;

/**
 * A temporary copy of tests/content-fixtures/valid with `edits` applied: one author's mistake,
 * loaded by the real loader from real files.
 */
export function contentWith(edits: Record<string, ContentEdit>): string {
  const root = mkdtempSync(join(tmpdir(), "flightdeck-content-"));
  cpSync(VALID, root, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(root, file);
    if (edit === null) {
      rmSync(path);
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    if (typeof edit === "function") writeFileSync(path, edit(readFileSync(path, "utf8")));
    else writeFileSync(path, edit);
  }
  return root;
}
