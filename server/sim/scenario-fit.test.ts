import { beforeAll, describe, expect, it } from "vitest";
import { shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { castOf, factsOf } from "../content/briefing";
import { fillSlots } from "../content/common.schema";
import { INTENTS } from "../content/persona.schema";
import { playScript } from "./index";
import {
  fitPersona,
  fitsScenario,
  foreignSubjects,
  namesSubject,
  speaksOfAbsent,
} from "./scenario-fit";
import { fittedCast } from "./simulate";

/** A persona line naming another scenario's subject is only spoken where that subject belongs. */
let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});

/** Generic manager lines: nothing in them names any scenario's subject. */
const GENERIC = [
  "Thanks for making the time. How are things going?",
  "What's on your mind this week?",
  "Tell me more about that.",
  "How is the team doing?",
  "What does your workload look like?",
  "That sounds like a lot.",
  "What would help?",
  "How do you feel about it, honestly?",
  "What else?",
  "What would you change about how we work?",
  "I appreciate you telling me that.",
  "What do you think should happen next?",
  "How can I support you?",
  "Let's agree on one next step and check in next Tuesday.",
  "Is there anything you want to ask me?",
  "Okay.",
];

describe("scenario subjects", () => {
  it("every persona in every scenario has that scenario's subjects, and no override names a stranger", () => {
    for (const scenario of content.scenarios.values()) {
      for (const id of scenario.personas)
        expect(scenario.overrides?.[id]?.subjects?.length, `${scenario.id}/${id}`).toBeGreaterThan(
          0,
        );
      for (const id of Object.keys(scenario.overrides ?? {}))
        expect(scenario.personas, `${scenario.id} overrides ${id}`).toContain(id);
    }
  });

  it("no reply names a subject that belongs only to another scenario (5 seeds, generic lines)", () => {
    const leaks: string[] = [];
    for (const scenario of content.scenarios.values()) {
      for (let seed = 1; seed <= 5; seed++) {
        const played = playScript(scenario, content, GENERIC, { seed, continuePastOutcome: true });
        for (const step of played.steps) {
          const text = step.reply.text.toLowerCase();
          for (const s of foreignSubjects(step.speakerId, scenario, content.scenarios.values()))
            if (namesSubject(text, s))
              leaks.push(`${scenario.id} seed ${seed}: "${s}" in ${step.reply.text}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it("celebrating-a-win opens on the win, not the architecture feud (reviewer's seeds)", () => {
    const scenario = content.scenarios.get("celebrating-a-win");
    if (!scenario) throw new Error("no scenario");
    for (const seed of [1, 2, 3, 4, 17]) {
      const opener = playScript(
        scenario,
        content,
        [
          "Tomás, the cutover handled 184,000 orders without a failed payment. That was great work.",
        ],
        { seed },
      ).steps[0];
      expect(opener?.reply.text).not.toMatch(/\bRFC|channel|Elena|event-driven/i);
    }
  });

  it("leaves every bank at least four lines of the scenario's own", () => {
    for (const scenario of content.scenarios.values()) {
      const facts = factsOf(scenario);
      for (const persona of castOf(scenario, content)) {
        const fitted = fitPersona(persona, scenario, facts, content.scenarios.values());
        const foreign = foreignSubjects(persona.id, scenario, content.scenarios.values());
        for (const intent of INTENTS) {
          const own = fitted.phrases[intent].filter((l) => fitsScenario(l, foreign, facts));
          expect(own.length, `${scenario.id}/${persona.id}/${intent}`).toBeGreaterThanOrEqual(4);
        }
        expect(fitted.fragments.closers.every((l) => fitsScenario(l, foreign, facts))).toBe(true);
      }
    }
  });

  it("a line with a slot the scenario has no fact for is not its line", () => {
    expect(fitsScenario("It's about {proposal}.", [], { project: "x" })).toBe(false);
    expect(fitsScenario("It's about {project}.", [], { project: "x" })).toBe(true);
    expect(fitsScenario("I wrote the RFC.", ["rfc"], {})).toBe(false);
    expect(fitsScenario("I wrote the ARFCX.", ["rfc"], {})).toBe(true);
  });
});

describe("fittedCast", () => {
  it("fits each scenario's cast once per content, the same personas fitPersona gives", () => {
    for (const scenario of content.scenarios.values()) {
      const cast = fittedCast(scenario, content);
      expect(fittedCast(scenario, content)).toBe(cast);
      const all = castOf(scenario, content);
      expect(cast).toEqual(
        all.map((p) =>
          fitPersona(
            p,
            scenario,
            factsOf(scenario),
            content.scenarios.values(),
            all.filter((o) => o.id !== p.id).map((o) => o.name.split(/\s+/)[0] ?? o.name),
          ),
        ),
      );
    }
  });

  it("fits again for another content (a reload), never serving the old one's cast", () => {
    const scenario = [...content.scenarios.values()][0];
    if (!scenario) throw new Error("no scenario shipped");
    const id = scenario.personas[0] ?? "";
    const persona = content.personas.get(id);
    if (!persona) throw new Error(`no persona ${id}`);
    const renamed = { ...persona, name: `${persona.name} (edited)` };
    const reloaded: Content = {
      ...content,
      personas: new Map([...content.personas, [id, renamed]]),
    };
    expect(fittedCast(scenario, content)[0]?.name).toBe(persona.name);
    expect(fittedCast(scenario, reloaded)[0]?.name).toBe(renamed.name);
  });
});

describe("a line that speaks of someone in the room as absent (review 8 #12)", () => {
  it.each([
    ["What did {peer} say to you about it?", true],
    ["Has Elena talked to you about this?", true],
    ["Did you speak to {peer} before this?", true],
    ["Elena told you that, didn't she?", true],
    ["{peer} is brilliant. That's what makes this so frustrating.", false],
    ["I'll talk to {peer} one-on-one before the next review.", false],
    ["What did you say to the team about it?", false],
  ])("%s", (line, absent) => {
    expect(speaksOfAbsent(fillSlots(line, { peer: "Elena" }), ["Elena"])).toBe(absent);
  });

  it("keeps such a line out where the one it names is in the room, and only there", () => {
    const scenario = content.scenarios.get("architecture-mediation");
    const tomas = content.personas.get("tomas");
    if (!scenario || !tomas) throw new Error("mediation not shipped");
    const line = "What did {peer} say to you about it?";
    const withLine = {
      ...tomas,
      phrases: { ...tomas.phrases, ask_back: [...tomas.phrases.ask_back, line] },
    };
    const facts = factsOf(scenario);
    const all = content.scenarios.values();
    expect(fitPersona(withLine, scenario, facts, all).phrases.ask_back).toContain(line);
    expect(fitPersona(withLine, scenario, facts, all, ["Elena"]).phrases.ask_back).not.toContain(
      line,
    );
  });

  it("no shipped scenario's cast has a line speaking of another of the cast as absent", () => {
    for (const scenario of content.scenarios.values()) {
      const cast = fittedCast(scenario, content);
      const facts = factsOf(scenario);
      for (const p of cast) {
        const others = cast.filter((o) => o.id !== p.id).map((o) => o.name.split(/\s+/)[0] ?? "");
        const lines = [
          ...Object.values(p.phrases).flat(),
          ...Object.values(p.topicLines).flat(),
          ...Object.values(p.reactions ?? {}).flat(),
        ];
        for (const l of lines)
          expect(
            speaksOfAbsent(fillSlots(l ?? "", facts), others),
            `${scenario.id}/${p.id}: ${l}`,
          ).toBe(false);
      }
    }
  });
});

describe("lines scoped to their scenarios (review 9a #9)", () => {
  const spoken = (scenarioId: string, personaId: string) => {
    const persona = fittedCast(content.scenarios.get(scenarioId) as never, content).find(
      (p) => p.id === personaId,
    );
    return [
      ...Object.values(persona?.phrases ?? {}).flat(),
      ...Object.values(persona?.topicLines ?? {}).flat(),
    ];
  };
  it.each([
    ["compensation-disappointment", "marcus", "Fine. Send me the list."],
    ["compensation-disappointment", "marcus", "Is this about my work or about the headcount?"],
    ["pip-kickoff", "jun", "I'll pair with the new hire on Wednesday afternoon."],
  ])("%s: %s does not say %j", (scenarioId, personaId, line) => {
    expect(spoken(scenarioId, personaId)).not.toContain(line);
  });
  it.each([
    ["promotion-not-yet", "marcus", "Fine. Send me the list."],
    ["promotion-not-yet", "marcus", "Is this about my work or about the headcount?"],
    [
      "first-one-on-one-after-attrition",
      "jun",
      "I'll pair with the new hire on Wednesday afternoon.",
    ],
  ])("%s: %s still says %j", (scenarioId, personaId, line) => {
    expect(spoken(scenarioId, personaId)).toContain(line);
  });
});
