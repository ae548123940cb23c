import { resolve } from "node:path";
import { type Content, loadContent } from "../../server/content";
import type { Pattern } from "../../server/content/pattern.schema";
import type { Persona } from "../../server/content/persona.schema";
import type { Scenario } from "../../server/content/scenario.schema";
import type { Transcript } from "../../server/moves";

/** The content shipped in personas/ and rubrics/; a problem in it fails the test that loads it. */
export async function shippedContent(): Promise<Content> {
  const loaded = await loadContent(resolve(import.meta.dirname, "../.."));
  if (loaded.problems.length > 0)
    throw new Error(`the shipped content has problems:\n${loaded.problems.join("\n")}`);
  return loaded.content;
}

export function scenarioOf(content: Content, id: string): Scenario {
  const s = content.scenarios.get(id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
}

export function personaOf(content: Content, id: string): Persona {
  const p = content.personas.get(id);
  if (!p) throw new Error(`no persona ${id}`);
  return p;
}

export function patternOf(content: Content, id: string): Pattern {
  const p = content.patterns.get(id);
  if (!p) throw new Error(`no pattern ${id}`);
  return p;
}

/** A transcript of manager and employee lines, alternating, manager first. */
export function alternating(...lines: string[]): Transcript {
  return {
    turns: lines.map((text, i) => ({ speaker: i % 2 === 0 ? "manager" : "employee", text })),
  };
}
