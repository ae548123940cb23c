import { beforeAll, describe, expect, it } from "vitest";
import { personaOf, scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { factsOf } from "../content/briefing";
import { checkContent } from "../content/check-content";
import { fillSlots } from "../content/common.schema";
import { type Persona, PersonaSchema } from "../content/persona.schema";
import { playScript } from "./index";
import { renderOffline } from "./offline-responder";
import { presumedBy } from "./presumes";
import { createRng } from "./rng";
import { fitPersona } from "./scenario-fit";

/**
 * Review 3 (§8): replies that know things nobody has said. A line declares what it presumes
 * (`presumes` in the persona or scenario file) and the engine never picks it before.
 */
let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

/** The persona's lines (slots filled) that presume something, as this scenario plays it. */
function presumingLines(scenarioId: string, personaId: string, filter?: RegExp): string[] {
  const scenario = scenarioOf(content, scenarioId);
  const persona = fitPersona(
    personaOf(content, personaId),
    scenario,
    factsOf(scenario),
    content.scenarios.values(),
  );
  const facts = factsOf(scenario);
  return (persona.presumes ?? [])
    .filter((p) => filter === undefined || filter.test(JSON.stringify(p.after)))
    .flatMap((p) => p.lines.map((l) => fillSlots(l, facts)));
}

function replies(scenarioId: string, lines: string[], seed: number): string[] {
  return playScript(scenarioOf(content, scenarioId), content, lines, {
    seed,
    continuePastOutcome: true,
  }).steps.map((s) => s.reply.text);
}

describe("what a line presumes (presumedBy)", () => {
  const persona = {
    id: "p",
    presumes: [
      { after: { said: "\\baverage\\b" }, lines: ["The average is not my letter."] },
      { after: { topics: ["workload"] }, lines: ["It's the pages."] },
      { after: { revealed: ["offer"] }, lines: ["They're offering more."] },
      { after: { said: "recruiter" }, lines: ["They're offering more."] },
      { after: { told: true }, lines: ["Another cycle."] },
    ],
  } as unknown as Persona;
  const with_ = (managerSaid: string, revealed: string[] = [], news?: string) =>
    presumedBy(persona, {
      managerSaid,
      revealed: new Set(revealed),
      ...(news ? { news } : {}),
    });

  it("a word said, a topic raised, a concern out, the news told", () => {
    expect(with_("How did the letter land?")("The average is not my letter.")).toBe(false);
    expect(with_("The org average was 3.5%.")("The average is not my letter.")).toBe(true);
    expect(with_("How are you?")("It's the pages.")).toBe(false);
    expect(with_("How's your workload been?")("It's the pages.")).toBe(true);
    expect(with_("What's on your mind?")("They're offering more.")).toBe(false);
    expect(with_("What's on your mind?", ["offer"])("They're offering more.")).toBe(true);
    // A line under two entries needs one of them.
    expect(with_("Did a recruiter call you?")("They're offering more.")).toBe(true);
    const news = "didn't happen|not (?:yet|this cycle)";
    expect(with_("The committee met.", [], news)("Another cycle.")).toBe(false);
    expect(with_("The committee met. It didn't happen.", [], news)("Another cycle.")).toBe(true);
    // Where the scenario brings no news, they knew it before.
    expect(with_("Hi.")("Another cycle.")).toBe(true);
  });

  it("a line that presumes nothing is always free", () => {
    expect(with_("")("Okay.")).toBe(true);
  });
});

describe("the schema and the content checks", () => {
  it("an entry must say what it presumes", () => {
    const marcus = personaOf(content, "marcus");
    const bad = { ...marcus, presumes: [{ after: {}, lines: ["Okay."] }] };
    expect(PersonaSchema.safeParse(bad).success).toBe(false);
  });

  it("a presumed line must be the persona's own, and a concern one it has", () => {
    const marcus = personaOf(content, "marcus");
    const data: Persona = {
      ...marcus,
      presumes: [
        { after: { said: "x" }, lines: ["A line Marcus never says."] },
        { after: { revealed: ["no-such-concern"] }, lines: ["Okay."] },
      ],
    };
    const none = new Set<string>();
    const { issues } = checkContent(
      {
        personas: [{ file: "personas/marcus.yaml", data }],
        scenarios: [],
        patterns: [],
        lintRules: [],
      },
      { personas: none, scenarios: none, patterns: none, lintRules: none },
    );
    const messages = issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages.some((m) => m.startsWith("presumes.0.lines.0"))).toBe(true);
    expect(messages.some((m) => m.startsWith("presumes.1.after.revealed.0"))).toBe(true);
  });
});

describe("no rebuttal of something nobody said (review 3 §8)", () => {
  it("Marcus does not argue with an average before anyone mentions one", () => {
    const average = presumingLines("compensation-disappointment", "marcus", /average/);
    expect(average.length).toBeGreaterThan(0);
    for (const opener of [
      "Thanks for asking to talk today, Marcus. I'd like to hear from you first — how did the letter land?",
      "hey marcus, how r u feeling about the letter?",
      "Marcus, I wanted to check in properly about your raise. What's your reaction been?",
    ])
      for (const seed of SEEDS) {
        const [first] = replies("compensation-disappointment", [opener], seed);
        for (const line of average) expect(first, `${opener} (seed ${seed})`).not.toContain(line);
      }
  });

  it("Elena does not defend her comments to praise", () => {
    const defences = presumingLines("dismissive-code-reviews", "elena", /comment\|review/);
    expect(defences.length).toBeGreaterThan(5);
    for (const opener of [
      "Elena, you are a brilliant engineer and everyone respects your technical depth.",
      "Elena, thanks for making time. The migration last month went really smoothly.",
      "Hi Elena. How has your week been?",
    ])
      for (const seed of SEEDS) {
        const [first] = replies("dismissive-code-reviews", [opener], seed);
        for (const line of defences) expect(first, `${opener} (seed ${seed})`).not.toContain(line);
      }
  });

  it("Marcus does not react to a decision he has not been told", () => {
    for (const scenarioId of ["promotion-not-yet", "career-goals-exploration"]) {
      const told = presumingLines(scenarioId, "marcus", /told/);
      expect(told.length).toBeGreaterThan(5);
      for (const lines of [
        [
          "Hi Marcus, how was your week? Busy?",
          "So, the committee met last week. There was a lot of good discussion about your packet.",
        ],
        [
          "Marcus, thanks for coming. How are you feeling about everything?",
          "What have you been working on?",
        ],
        ["hey, quick sync before the email goes out", "how's the query understanding work going"],
        [
          "Right, Marcus, I'll be frank with you. Eleven entries is a lot of noise, and titles aren't everything.",
          "You're a heads-down coder, that's just who you are, and Staff is a different job.",
        ],
      ])
        for (const seed of SEEDS)
          for (const reply of replies(scenarioId, lines, seed))
            for (const line of told)
              expect(reply, `${scenarioId}: ${lines.join(" / ")} (seed ${seed})`).not.toContain(
                line,
              );
    }
  });

  it("once told, he may react to it", () => {
    const told = presumingLines("promotion-not-yet", "marcus", /told/);
    const heard = SEEDS.flatMap((seed) =>
      replies(
        "promotion-not-yet",
        [
          "Marcus, I want you to hear it from me: the committee decided not to promote you this cycle.",
          "How are you taking it?",
          "I know. What's going through your head?",
        ],
        seed,
      ),
    );
    expect(heard.some((r) => told.some((l) => r.includes(l)))).toBe(true);
  });
});

describe("no hidden concern given away before it is earned (review 3 §8)", () => {
  it("Dana does not hint at the interrupts before she has said them or they were raised", () => {
    const hint = "If interrupts were tickets, this conversation wouldn't be happening.";
    for (const lines of [
      [
        "dana, got a sec to talk about the sprints? I want to be upfront about what I've seen.",
        "over the last 4 sprints 3 have carried work over, and 21 points rolled from sprint 42 alone, mostly on the ledger rewrite",
      ],
      [
        "Dana, the last three sprints carried over work. What happened?",
        "Walk me through sprint 42.",
      ],
    ])
      for (const seed of SEEDS) {
        const played = playScript(
          scenarioOf(content, "missed-sprint-commitments"),
          content,
          lines,
          {
            seed,
          },
        );
        for (const step of played.steps)
          if (!played.steps.slice(0, played.steps.indexOf(step)).some((s) => s.reveals.length))
            expect(step.reply.text, `${lines.join(" / ")} (seed ${seed})`).not.toContain(hint);
      }
  });

  it("the shipped hints wait for the concern they give away, or for its subject", () => {
    const cases: Array<[string, string, string, string, string]> = [
      // persona, concern, line, a turn that raises nothing, a turn that raises the subject
      [
        "dana",
        "invisible-interrupts",
        "If interrupts were tickets, this conversation wouldn't be happening.",
        "Three sprints carried work over. What happened?",
        "How many interrupts did you get from the ledger alerts?",
      ],
      [
        "priya",
        "covering-shifts",
        "The rotation spreadsheet is fair. The swaps underneath it aren't tracked anywhere.",
        "How does the process for the upgrade work at the moment?",
        "Is the on-call rota working for you?",
      ],
      [
        "tomas",
        "pager-pain",
        "Nine pages last month, all timeouts in the synchronous path.",
        "How did the architecture review go?",
        "How has on-call been?",
      ],
    ];
    for (const [id, concern, line, silent, raises] of cases) {
      const persona = personaOf(content, id);
      const at = (said: string, revealed: string[]) =>
        presumedBy(persona, { managerSaid: said, revealed: new Set(revealed) })(line);
      expect(at(silent, []), `${id}: ${silent}`).toBe(false);
      expect(at(silent, [concern]), `${id}: after ${concern}`).toBe(true);
      expect(at(raises, []), `${id}: ${raises}`).toBe(true);
    }
  });

  it("a reveal line that goes on from another ('They're offering…') never comes first", () => {
    const scenario = scenarioOf(content, "promotion-not-yet");
    const marcus = personaOf(content, "marcus");
    const offer = marcus.concerns.find((c) => c.id === "recruiter-offer");
    if (!offer) throw new Error("no recruiter-offer");
    const presumed = presumedBy(marcus, { managerSaid: "That works.", revealed: new Set() });
    for (let seed = 1; seed <= 40; seed++) {
      const text = renderOffline({
        persona: marcus,
        facts: factsOf(scenario),
        intent: "reveal",
        topic: null,
        concern: offer,
        managerText: "What if you led the design review with two other teams?",
        usedLines: new Set(),
        rng: createRng(seed, 8),
        lead: "accept",
        presumed,
      }).text;
      expect(text, `seed ${seed}`).not.toMatch(/They're offering the title now/);
      expect(text, `seed ${seed}`).toMatch(/recruiter/);
    }
  });
});

/**
 * Review 6 #4, the offline lines: "What would you need to see by the H1 promotion cycle to put me
 * forward?" is for the one who puts him forward, his manager. Said to his mentor
 * (career-goals-exploration's `counterpart`), it read as a mistake about who is in the room.
 */
describe("lines for their manager only (toManager)", () => {
  const FOR_MANAGER = [
    "What would you need to see by {promo_cycle} to put me forward?",
    "Are you going to argue for me, or just report back?",
    "I'd rather hear it from you than read it in calibration notes.",
  ];
  const soFar = (counterpart?: string) => ({
    managerSaid: "What would it take to get you to Staff?",
    revealed: new Set<string>(),
    ...(counterpart ? { counterpart } : {}),
  });
  it("are not said to a mentor", () => {
    const marcus = personaOf(content, "marcus");
    const toMentor = presumedBy(marcus, soFar("mentor"));
    for (const line of FOR_MANAGER) expect(toMentor(line), line).toBe(false);
    // Lines that do not presume a manager are still said to a mentor.
    expect(
      toMentor("Staff would mean owning the search platform's direction, not just my services."),
    ).toBe(true);
  });
  it("are said to a manager, named or by default", () => {
    const marcus = personaOf(content, "marcus");
    for (const counterpart of ["manager", undefined]) {
      const toManager = presumedBy(marcus, soFar(counterpart));
      for (const line of FOR_MANAGER) expect(toManager(line), line).toBe(true);
    }
  });
  it("each scenario whose counterpart is not a manager says so in its file", () => {
    const notManager = [...content.scenarios.values()]
      .filter((s) => /not (?:his|her|their) manager|neither .* reports? to you/i.test(s.yourRole))
      .map((s) => [s.id, s.counterpart]);
    expect(notManager).toEqual([
      ["architecture-mediation", "tech lead"],
      ["career-goals-exploration", "mentor"],
    ]);
  });
});
