import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  CONTENT_DIRS,
  type Content,
  castOf,
  factsOf,
  fillSlots,
  INTENTS,
  loadContent,
  slotsIn,
} from "./index";

const REPO = join(import.meta.dirname, "..", "..");
let content: Content;

beforeAll(async () => {
  ({ content } = await loadContent(REPO));
});

const HEADERS: Record<keyof typeof CONTENT_DIRS, string> = {
  personas: "# yaml-language-server: $schema=../schemas/persona.schema.json",
  scenarios: "# yaml-language-server: $schema=../../schemas/scenario.schema.json",
  patterns: "# yaml-language-server: $schema=../schemas/pattern.schema.json",
  lintRules: "# yaml-language-server: $schema=../../schemas/lint-rule.schema.json",
};

describe("the shipped library", () => {
  it("every content file names its JSON Schema on the first line, by the right relative path", async () => {
    const wrong: string[] = [];
    for (const [kind, dir] of Object.entries(CONTENT_DIRS)) {
      const names = (await readdir(join(REPO, dir))).filter((n) => /\.ya?ml$/.test(n));
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) {
        const first = (await readFile(join(REPO, dir, name), "utf8")).split("\n")[0];
        if (first !== HEADERS[kind as keyof typeof CONTENT_DIRS]) wrong.push(`${dir}/${name}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("covers every ladder level and both tracks", () => {
    const scenarios = [...content.scenarios.values()];
    expect(new Set(scenarios.map((s) => s.level))).toEqual(new Set(["L1", "L2", "L3", "L4"]));
    expect(new Set(scenarios.map((s) => s.track))).toEqual(new Set(["manager", "ic"]));
  });

  it("has the six archetypes the issue asks for", () => {
    const archetypes = new Set([...content.personas.values()].map((p) => p.archetype));
    expect(archetypes).toEqual(
      new Set(["defensive", "burnt-out", "ambitious", "disengaged", "dismissive", "conflicted"]),
    );
  });

  it("plays every persona and practises every pattern in some scenario", () => {
    const scenarios = [...content.scenarios.values()];
    const cast = new Set(scenarios.flatMap((s) => s.personas));
    const practised = new Set(scenarios.flatMap((s) => s.patterns));
    expect([...content.personas.keys()].filter((id) => !cast.has(id))).toEqual([]);
    expect([...content.patterns.keys()].filter((id) => !practised.has(id))).toEqual([]);
  });

  it("includes a mediation with two personas", () => {
    expect([...content.scenarios.values()].some((s) => s.personas.length === 2)).toBe(true);
  });

  it("gives every persona enough distinct lines that 20 turns need not repeat", () => {
    for (const persona of content.personas.values()) {
      const lines = new Set([
        ...INTENTS.flatMap((i) => persona.phrases[i]),
        ...Object.values(persona.topicLines).flat(),
      ]);
      expect(lines.size, persona.id).toBeGreaterThanOrEqual(80);
    }
  });

  it("leaves no {slot} unfilled in any line a scenario's personas can say", () => {
    const unfilled: string[] = [];
    for (const scenario of content.scenarios.values()) {
      const facts = factsOf(scenario);
      for (const persona of castOf(scenario, content)) {
        const lines = [
          ...Object.values(persona.phrases).flat(),
          ...Object.values(persona.topicLines).flat(),
          ...persona.concerns.flatMap((c) => c.revealLines),
          ...persona.fragments.openers,
          ...persona.fragments.closers,
        ];
        for (const line of lines) {
          if (slotsIn(fillSlots(line, facts)).length > 0) unfilled.push(`${scenario.id}: ${line}`);
        }
      }
    }
    expect(unfilled).toEqual([]);
  });

  it("makes every success criterion reachable: enough concerns to reveal", () => {
    for (const scenario of content.scenarios.values()) {
      const concerns = castOf(scenario, content).flatMap((p) => p.concerns);
      expect(concerns.length, scenario.id).toBeGreaterThanOrEqual(
        scenario.successCriteria.concernsRevealed,
      );
    }
  });

  it("makes sensitivities coherent: blame and threats cost trust, asking for their view earns it", () => {
    for (const persona of content.personas.values()) {
      const s = persona.sensitivities;
      for (const harmful of ["blame_absolute", "character_label", "threat"] as const) {
        expect(s[harmful]?.trust ?? 0, `${persona.id} ${harmful}`).toBeLessThan(-0.2);
        expect(
          s[harmful]?.guard ?? s[harmful]?.stress ?? 0,
          `${persona.id} ${harmful}`,
        ).toBeGreaterThan(0);
      }
      for (const helpful of ["reflection", "perspective_ask"] as const) {
        expect(s[helpful]?.trust ?? 0, `${persona.id} ${helpful}`).toBeGreaterThan(0);
      }
    }
  });

  it("lint rule examples agree with the rule's own regular expressions", () => {
    for (const rule of content.lintRules.values()) {
      const patterns = (rule.trigger.patterns ?? []).map((p) => new RegExp(p, "i"));
      // A rule that something else can silence (a move or pattern that must be missing, a span
      // it ignores, praise, a sentence that is not one of everySentence, a rule it defers to) may
      // match a clean example: its near-miss is the same words, silenced.
      const { missing, missingPatterns, ignore, praise, everySentence, deferTo } = rule.trigger;
      const silenceable =
        missing ?? missingPatterns ?? ignore ?? praise ?? everySentence ?? deferTo;
      for (const clean of silenceable ? [] : rule.examples.clean) {
        expect(
          patterns.filter((p) => p.test(clean)),
          `${rule.id}: ${clean}`,
        ).toEqual([]);
      }
      // A rule triggered only by text must flag its examples by text alone.
      if (!rule.trigger.moves && !rule.trigger.missing) {
        for (const flagged of rule.examples.flagged) {
          expect(
            patterns.some((p) => p.test(flagged)),
            `${rule.id}: ${flagged}`,
          ).toBe(true);
        }
      }
    }
  });
});
