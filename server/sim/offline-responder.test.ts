import { beforeAll, describe, expect, it } from "vitest";
import { personaOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { castOf, factsOf } from "../content/briefing";
import { fillSlots } from "../content/common.schema";
import type { Persona } from "../content/persona.schema";
import { renderOffline } from "./offline-responder";
import { createRng } from "./rng";
import { fitPersona } from "./scenario-fit";

let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});

const persona = (id: string): Persona => personaOf(content, id);

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

describe("renderOffline: joined lines read as one reply", () => {
  it("never puts a lead-in before a line that brings its own (Dana's 'please. Fine. Since…')", () => {
    const glued: string[] = [];
    let checked = 0;
    for (const scenario of content.scenarios.values()) {
      const facts = factsOf(scenario);
      for (const p of castOf(scenario, content)) {
        const persona = fitPersona(p, scenario, facts, content.scenarios.values());
        for (const concern of persona.concerns) {
          const first = fillSlots(concern.revealLines[0] as string, facts);
          const opensItself = /^(?:fine|okay|honestly|look|for the record|here's the)\b/i.test(
            first,
          );
          for (let seed = 0; seed < 60; seed++) {
            const { text } = renderOffline({
              persona,
              facts,
              intent: "reveal",
              topic: null,
              concern,
              usedLines: new Set(),
              rng: createRng(seed, 3),
            });
            if (!opensItself) continue;
            checked++;
            for (const lead of persona.phrases.reveal)
              if (text.includes(`${lead} ${first.slice(0, 10)}`)) glued.push(text);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(glued).toEqual([]);
  });

  it("strips a line's own lead-in after a reaction that must stay", () => {
    const dana = persona("dana");
    const base = dana.concerns.find((c) => c.id === "invisible-interrupts");
    if (!base) throw new Error("no concern");
    const concern = {
      ...base,
      revealLines: [
        "Fine. Since {last_incident}, every ledger alert comes to me.",
        "Fine. Since then, it's been me.",
      ],
    };
    for (let seed = 0; seed < 30; seed++) {
      const { text } = renderOffline({
        persona: dana,
        facts: { last_incident: "the incident" },
        intent: "reveal",
        topic: null,
        concern,
        lead: "accept",
        usedLines: new Set(),
        rng: createRng(seed, 3),
      });
      expect(text).not.toMatch(/[.!?] Fine\. Since/);
      expect(text).toMatch(/^[^.]+\.(?: [^.]+\.)? Since (?:the incident, every ledger alert|then)/);
    }
  });
});

describe("renderOffline: jun's withdrawn lines fit the turn (review 2: #17)", () => {
  it("takes in a statement with 'Noted' or 'I know', never an open question", () => {
    const asked = quietReplies("jun", "How have things been for you on the team lately?");
    for (const line of asked) expect(line).not.toMatch(/\bnoted\b|\bi know\b|something like that/i);
    expect(asked.size).toBeGreaterThan(4);
    const told = quietReplies("jun", "Two of your changes caused production bugs last month.");
    expect([...told].some((l) => /\bnoted\b|\bi know\b/i.test(l))).toBe(true);
  });
});

describe("renderOffline: nothing that contradicts the moment (review 2: #9)", () => {
  const WARM =
    /\b(?:thanks?|thank(?:ed| you)|means (?:something|a lot)|nice to (?:hear|be)|good to hear|appreciated?|glad you)\b/i;
  const replies = (
    personaId: string,
    intent: "acknowledge" | "open_up" | "agree" | "push_back",
    managerText: string,
    warm: boolean,
    scenarioId?: string,
  ) => {
    const scenario = scenarioId ? content.scenarios.get(scenarioId) : undefined;
    const p = scenario
      ? fitPersona(persona(personaId), scenario, factsOf(scenario), content.scenarios.values())
      : persona(personaId);
    const out = new Set<string>();
    for (let seed = 0; seed < 120; seed++)
      out.add(
        renderOffline({
          persona: p,
          facts: scenario ? factsOf(scenario) : {},
          intent,
          topic: null,
          managerText,
          managerSaid: managerText,
          warm,
          usedLines: new Set(),
          rng: createRng(seed, 1),
        }).text,
      );
    return [...out];
  };

  it.each([
    ["priya", "acknowledge", "On-call is part of the job, everyone does it."],
    ["marcus", "acknowledge", "Let's catch up again sometime."],
    ["dana", "acknowledge", "Things have been slipping a bit lately."],
    ["tomas", "open_up", "Noor did most of the real work with the replay harness, right?"],
  ] as const)("%s (%s) never thanks a cold turn: %s", (id, intent, text) => {
    const scenario = id === "tomas" ? "celebrating-a-win" : undefined;
    for (const reply of replies(id, intent, text, false, scenario))
      expect(reply, reply).not.toMatch(WARM);
  });

  it("still thanks a warm one", () => {
    const all = replies(
      "marcus",
      "acknowledge",
      "Thank you for telling me, that took courage.",
      true,
    );
    expect(all.some((r) => WARM.test(r))).toBe(true);
  });

  it("does not rebut words nobody said ('Top of the band' …)", () => {
    const cold = replies(
      "marcus",
      "push_back",
      "You should be grateful.",
      false,
      "compensation-disappointment",
    );
    expect(cold.some((r) => /Top of the band/i.test(r))).toBe(false);
    const said = replies(
      "marcus",
      "push_back",
      "You're at the top of the band, so the raise was smaller.",
      false,
      "compensation-disappointment",
    );
    expect(said.some((r) => /Top of the band/i.test(r))).toBe(true);
  });
});

describe("renderOffline: a content-free prompt gets one thing, not two glued together", () => {
  it("answers 'Anything else?' with the topic line alone", () => {
    const scenario = content.scenarios.get("celebrating-a-win");
    if (!scenario) throw new Error("scenario");
    const p = fitPersona(persona("tomas"), scenario, factsOf(scenario), content.scenarios.values());
    for (let seed = 0; seed < 40; seed++) {
      const reply = renderOffline({
        persona: p,
        facts: factsOf(scenario),
        intent: "open_up",
        topic: "process",
        managerText: "Anything else?",
        contentFree: true,
        usedLines: new Set(),
        rng: createRng(seed, 1),
      });
      expect(reply.lineIds, reply.text).toHaveLength(1);
    }
  });
});
