import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Content, loadContent } from "../content";
import type { Persona } from "../content/persona.schema";
import { renderOffline } from "./offline-responder";
import { createRng } from "./rng";

let content: Content;
beforeAll(async () => {
  const loaded = await loadContent(resolve(import.meta.dirname, "../.."));
  expect(loaded.problems).toEqual([]);
  content = loaded.content;
});

const persona = (id: string): Persona => {
  const p = content.personas.get(id);
  if (!p) throw new Error(`no persona ${id}`);
  return p;
};

/** Every go_quiet reply over many seeds, for one manager line. */
function quietReplies(personaId: string, managerText: string): Set<string> {
  const out = new Set<string>();
  for (let seed = 0; seed < 200; seed++) {
    const reply = renderOffline({
      persona: persona(personaId),
      facts: {},
      intent: "go_quiet",
      topic: null,
      managerText,
      usedLines: new Set(),
      rng: createRng(seed, 1),
    });
    out.add(reply.text);
  }
  return out;
}

describe("renderOffline: a withdrawn reply fits the turn", () => {
  it("does not accept a plan nobody proposed", () => {
    const afterQuestion = quietReplies("priya", "How are you doing, honestly?");
    expect(afterQuestion.size).toBeGreaterThan(1);
    for (const line of ["Whatever you think is best.", "Sure, I'll add it to the list."])
      expect(afterQuestion).not.toContain(line);
    const afterObservation = quietReplies(
      "tomas",
      "I've noticed your comments in the architecture channel got sharper this month.",
    );
    expect(afterObservation).not.toContain("If that's the call.");
  });

  it("may accept one when something is put to them", () => {
    const afterProposal = quietReplies(
      "priya",
      "Let's take the on-call swap off your plate this sprint.",
    );
    expect(afterProposal).toContain("Whatever you think is best.");
  });
});
