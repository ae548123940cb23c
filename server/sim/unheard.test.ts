import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { stillNeeded } from "./criteria";
import { hintFor } from "./hint";
import { parseScript, playScript } from "./index";
import { extraBanks } from "./voice-extra";

/**
 * Review 5 #10: "I can live with that. I estimated the ledger reconciliation rewrite at thirteen
 * points…" — a concern said beside the agreement, passed over by "Great. Let's check in…", and the
 * conversation was announced resolved. An agreement ends it only once what they raised was taken in.
 */
let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});

const GOOD = [
  "Thanks for making time, Dana. I'd like to talk about the last few sprints. Is now still a good time?",
  "In 3 of the last 4 sprints work has carried over; in Sprint 42, 21 story points rolled, most of it on the ledger reconciliation rewrite.",
  "The impact is that our forecast to Product keeps slipping, and they've asked me twice why. Before I jump to conclusions, how does it look from your side?",
  "It sounds like a lot of what you do never makes it onto the board. What's been taking your time?",
  "That makes sense, and I'm glad you told me. What would help?",
  // The review's line was "How about this: … Would that work for you?"; since the detectors read an
  // announced proposal as one, Dana agrees to it plainly, so a proposal she agrees to with the
  // concern beside it stands in (every seed reveals it there). It says back what she asked for
  // first: the reflection earns the reveal, the plan after it is a next step, not a say-back.
  "So the alerts you carry need to show up in the estimate. Okay, so you re-estimate it and we plan against that on Thursday. Deal?",
];
const PASS_OVER = [
  "Great. Let's check in at our 1-on-1 next Tuesday to see how it went. Thanks, Dana.",
  "Perfect. Let's review it together at our 1-on-1 on Tuesday.",
  "Good, so we're agreed. I'll add the column before Thursday.",
];
const TAKE_IN = [
  "Before we wrap up: you said your estimate was cut from thirteen to five and that pushing back got you called 'negative'. That matters to me. Can you tell me more about that?",
  "Wait, your thirteen-point estimate went in at five? That's not okay, and I'm glad you said it.",
  "It sounds like you stopped pushing back in planning because it cost you last time.",
];
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const dana = () => scenarioOf(content, "missed-sprint-commitments");
const name = () => "Dana Okafor";

describe("a concern said beside the agreement", () => {
  it.each(PASS_OVER)("passed over by %s: not resolved, and the debrief says why", (line) => {
    for (const seed of SEEDS) {
      const played = playScript(dana(), content, [...GOOD, line], { seed });
      const sixth = played.steps[5];
      if (!sixth?.reveals.length) continue; // this seed said nothing new at turn 6
      expect(played.outcome, `seed ${seed}: ${played.turns.at(-1)?.text}`).toBeNull();
      expect(stillNeeded(played.state, dana(), name).join(" ")).toMatch(
        /take in what Dana Okafor raised/,
      );
      expect(hintFor(played.state, { scenario: dana(), content })).toMatch(
        /^Dana just told you something new/,
      );
    }
    // The reviewer's seed does say it at turn 6.
    expect(playScript(dana(), content, GOOD, { seed: 1 }).steps[5]?.reveals).toEqual([
      "estimates-overridden",
    ]);
  });

  it.each(TAKE_IN)("taken in by %s, then an agreement resolves", (line) => {
    for (const seed of SEEDS) {
      const played = playScript(
        dana(),
        content,
        [
          ...GOOD,
          PASS_OVER[0] as string,
          line,
          "So we're agreed on Thursday's column. Let's check in next Tuesday.",
        ],
        { seed },
      );
      expect(played.outcome, `seed ${seed}: ${played.turns.at(-1)?.text}`).toBe("resolved");
      expect(played.state.personas[0]?.unheard).toBeUndefined();
    }
  });

  it("a reveal that was taken in before the plan does not hold the agreement up", () => {
    // Turn 4 brings out the interrupts, turn 5 validates them, turn 6 agrees a step: resolved there.
    const played = playScript(
      dana(),
      content,
      [
        ...GOOD.slice(0, 5),
        "So the next step: you re-estimate the ledger rewrite with the interrupts visible before Thursday's planning, and I'll add an interrupts column to the board. Does that work?",
      ],
      { seed: 1 },
    );
    expect(played.steps[3]?.reveals).toEqual(["invisible-interrupts"]);
    expect(played.outcome).toBe("resolved");
  });

  it("a put-down does not take it in", () => {
    const played = playScript(
      dana(),
      content,
      [...GOOD, "Honestly, that sounds like an excuse. Let's check in next Tuesday."],
      { seed: 1 },
    );
    expect(played.state.personas[0]?.unheard).toEqual(["estimates-overridden"]);
    expect(played.outcome).toBeNull();
  });
});

/**
 * Review 6 #1: passed over, Dana still closed warmly ("That would help. I'll hold you to it.") while
 * the engine knew her concern was unheard. A person with something unanswered does not sign off:
 * they name it again, briefly, in their own voice, and agree to nothing on that turn.
 */
describe("raised again, not signed off", () => {
  const raisedAgain = (personaId: string, text: string) => {
    const persona = content.personas.get(personaId);
    if (!persona) throw new Error(personaId);
    const lines = extraBanks(persona).unheard;
    // A line's words before its {concern} slot are in the reply (after a commitment, if any).
    return lines.some((l) => text.includes(l.split("{concern}")[0] as string));
  };

  it.each(PASS_OVER)("passed over by %s: Dana names it again", (line) => {
    for (const seed of SEEDS) {
      const played = playScript(dana(), content, [...GOOD, line], { seed });
      if (!played.steps[5]?.reveals.length) continue;
      const last = played.steps.at(-1);
      expect(raisedAgain("dana", last?.reply.text ?? ""), `seed ${seed}: ${last?.reply.text}`).toBe(
        true,
      );
      // Not a warm close: the reply is the concern named again, or the step taken on and then it.
      expect(["ask_back", "commit"]).toContain(last?.intent);
      expect(last?.reply.text).not.toMatch(/^That would help\. I'll hold you to it\.$/);
      expect(last?.plan.intentGuide).toMatch(/do not thank them or sign off/);
    }
  });

  it("the reviewer's line: the step taken on, the concern named in her words, and taking it in resolves", () => {
    const played = playScript(dana(), content, [...GOOD, PASS_OVER[0] as string], { seed: 1 });
    expect(played.turns.at(-1)?.text).toBe(
      "That would help. I'll hold you to it. For the record, you haven't said a word about my estimate getting cut in planning.",
    );
    expect(played.outcome).toBeNull();
    // The next line that takes it in resolves: the agreement stands, nothing is left unheard.
    const after = playScript(
      dana(),
      content,
      [...GOOD, PASS_OVER[0] as string, TAKE_IN[1] as string],
      {
        seed: 1,
      },
    );
    expect(after.outcome).toBe("resolved");
  });

  // Other moves to close of the same class: thanks, a plan, a bare "great".
  it.each([
    "Thanks, Dana. I think we have a plan.",
    "Great, I think we're done here. See you Tuesday.",
    // "sounds like…" reads as a reflection to the detectors; inside a closing sentence it takes nothing in.
    "Great, sounds like we're done here. See you Tuesday.",
    "Cool. So you'll re-estimate it and we'll talk Thursday. Sound good?",
  ])("nor by %s", (line) => {
    const played = playScript(dana(), content, [...GOOD, line], { seed: 1 });
    expect(raisedAgain("dana", played.turns.at(-1)?.text ?? ""), played.turns.at(-1)?.text).toBe(
      true,
    );
    expect(played.outcome).toBeNull();
  });

  it.each(TAKE_IN)("not when the close takes it in: %s", (line) => {
    const played = playScript(dana(), content, [...GOOD, line], { seed: 1 });
    expect(raisedAgain("dana", played.turns.at(-1)?.text ?? "")).toBe(false);
  });

  it("after it is raised again, taking it in and agreeing resolves", () => {
    const played = playScript(
      dana(),
      content,
      [
        ...GOOD,
        PASS_OVER[0] as string,
        TAKE_IN[1] as string,
        "So we're agreed on Thursday's column. Let's check in next Tuesday.",
      ],
      { seed: 1 },
    );
    expect(played.steps[6]?.outcome).toBeNull();
    expect(played.outcome).toBe("resolved");
  });

  // Every persona, from the shipped good scripts: after each turn that brought a concern out, a
  // close that passes it over is answered by the one who raised it, naming it again.
  it("for every persona in every scenario", () => {
    const root = resolve(import.meta.dirname, "../..");
    let checked = 0;
    for (const id of content.scenarios.keys()) {
      const lines = parseScript(
        readFileSync(resolve(root, `eval/personas/${id}.good.txt`), "utf8"),
      );
      const scenario = scenarioOf(content, id);
      const full = playScript(scenario, content, lines, { seed: 1 });
      full.steps.forEach((step, i) => {
        if (step.reveals.length === 0) return;
        const played = playScript(
          scenario,
          content,
          [...lines.slice(0, i + 1), "Great. Let's check in next Tuesday. Thanks."],
          { seed: 1 },
        );
        const last = played.steps.at(-1);
        expect(last?.speakerId, `${id} turn ${i}`).toBe(step.speakerId);
        expect(
          raisedAgain(step.speakerId, last?.reply.text ?? ""),
          `${id} turn ${i}: ${last?.reply.text}`,
        ).toBe(true);
        expect(played.outcome).toBeNull();
        checked++;
      });
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });
});

describe("passed over again and again", () => {
  const CLOSES = [
    "Great. Let's check in at our 1-on-1 next Tuesday to see how it went. Thanks, Dana.",
    "Okay, so we're set then. Talk Tuesday.",
    "Thanks again, Dana.",
    "Great, I think we're done here.",
    "Alright, see you Tuesday.",
  ];
  it("named again twice, then they withdraw rather than ask a third time", () => {
    for (const seed of SEEDS) {
      const played = playScript(dana(), content, [...GOOD, ...CLOSES], { seed });
      if (!played.steps[5]?.reveals.length) continue;
      const after = played.steps.slice(6);
      const raised = after.filter((s) =>
        s.plan.intentGuide.includes("do not thank them or sign off"),
      );
      expect(raised, `seed ${seed}: ${after.map((s) => s.reply.text).join(" | ")}`).toHaveLength(2);
      expect(after.slice(2).map((s) => s.intent)).toEqual(["go_quiet", "go_quiet", "go_quiet"]);
      expect(played.outcome).toBeNull();
    }
  });
  it("taken in, the count starts again", () => {
    const played = playScript(
      dana(),
      content,
      [...GOOD, CLOSES[0] as string, CLOSES[1] as string, TAKE_IN[1] as string],
      { seed: 1 },
    );
    expect(played.steps.at(-2)?.state.personas[0]?.memory.raisedAgain).toBe(2);
    expect(played.state.personas[0]?.memory.raisedAgain).toBeUndefined();
    expect(played.state.personas[0]?.unheard).toBeUndefined();
  });
});
