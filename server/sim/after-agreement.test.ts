import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { stillNeeded } from "./criteria";
import { parseScript, playScript } from "./index";
import { extraBanks } from "./voice-extra";

/**
 * A concern said after the conversation had resolved ("Before we finish, what else is on your
 * mind?" after the plan was agreed) and passed over by the goodbye. Before: the goodbye got the
 * nagging "Hang on. We haven't touched the mentoring, and that's the part that matters to me." (the
 * `unheard` reaction), as if the agreement were off. A person who has agreed the plan and mentioned
 * one more thing at the door does not reopen it: they take the goodbye and ask, once and briefly, to
 * come back to it another time (`reactions.parked`). The outcome stays resolved.
 */
let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});

const root = resolve(import.meta.dirname, "../..");
const goodScript = (id: string) =>
  parseScript(readFileSync(resolve(root, `eval/personas/${id}.good.txt`), "utf8"));
const ANYTHING_ELSE = "Before we finish, what else is on your mind?";
const GOODBYE = "Great. Let's check in at our 1-on-1 on Tuesday. Thanks.";
const SEEDS = [1, 2, 3, 4, 5];

/** The words of a bank's line before its {concern} slot (or the whole line) are in the text. */
const says = (lines: readonly string[], text: string) =>
  lines.some((l) => text.includes((l.split("{concern}")[0] as string).trim()));
const banks = (personaId: string) => {
  const persona = content.personas.get(personaId);
  if (!persona) throw new Error(personaId);
  return extraBanks(persona);
};

// The scenarios whose good script leaves a concern for after the agreement (their persona reveals
// it to "what else is on your mind?"), with a line that takes that concern in.
const CASES = [
  {
    id: "promotion-not-yet",
    personaId: "marcus",
    // A reflection here brings out his recruiter offer too (a new concern, open again): a
    // validation takes the mentoring in and asks nothing more.
    takeIn: "That's honest, and it makes sense. Thanks for telling me.",
  },
  {
    id: "burnout-signals",
    personaId: "priya",
    takeIn: "That's a big step, and I'm glad you told me. How are you feeling about it?",
  },
];
const AFTER = [ANYTHING_ELSE, "How are you feeling about all this?"];

/** The good script, then an open question after its agreement: the sessions where it brings one out. */
function revealedAfter(id: string) {
  const scenario = scenarioOf(content, id);
  const lines = goodScript(id);
  const found: { seed: number; lines: string[] }[] = [];
  for (const seed of SEEDS)
    for (const open of AFTER) {
      const played = playScript(scenario, content, [...lines, open], {
        seed,
        continuePastOutcome: true,
      });
      const resolvedBefore = played.steps.at(-2)?.state.outcome === "resolved";
      if (resolvedBefore && played.steps.at(-1)?.reveals.length) {
        found.push({ seed, lines: [...lines, open] });
        break;
      }
    }
  return found;
}

describe("a concern said after the agreement, passed over by the goodbye", () => {
  it.each(CASES)("$id: the goodbye is taken, the concern asked about once, briefly", (c) => {
    const scenario = scenarioOf(content, c.id);
    const found = revealedAfter(c.id);
    expect(found.length, `${c.id}: no seed revealed anything after the agreement`).toBeGreaterThan(
      0,
    );
    for (const { seed, lines } of found) {
      const played = playScript(scenario, content, [...lines, GOODBYE, GOODBYE], {
        seed,
        continuePastOutcome: true,
      });
      const [close, again] = played.steps.slice(-2);
      const text = close?.reply.text ?? "";
      const at = `seed ${seed}: ${text}`;
      // Not the nagging "Hang on. We haven't touched …": that is for a concern said before the plan.
      expect(says(banks(c.personaId).unheard, text), at).toBe(false);
      expect(close?.plan.intentGuide, at).not.toMatch(/do not thank them or sign off/);
      // They take the goodbye (no question back, no withdrawal) …
      expect(["commit", "agree", "acknowledge"], at).toContain(close?.intent);
      // … and ask once, briefly, to come back to it.
      expect(says(banks(c.personaId).parked, text), at).toBe(true);
      expect(close?.plan.intentGuide, at).toMatch(/come back to it another time/);
      expect(close?.plan.intentGuide, at).not.toMatch(/raise nothing new/);
      // The outcome stays resolved; nothing is listed as still needed for it.
      expect(played.outcome, at).toBe("resolved");
      // Once only: the next goodbye is a plain close, not a second mention nor a withdrawal.
      const next = again?.reply.text ?? "";
      expect(says(banks(c.personaId).parked, next), `seed ${seed}: ${next}`).toBe(false);
      expect(says(banks(c.personaId).unheard, next), `seed ${seed}: ${next}`).toBe(false);
      expect(again?.intent, `seed ${seed}: ${next}`).not.toBe("go_quiet");
    }
  });

  it.each(CASES)("$id: taken in by the next line, it is cleared and the goodbye is plain", (c) => {
    const scenario = scenarioOf(content, c.id);
    for (const { seed, lines } of revealedAfter(c.id)) {
      const played = playScript(scenario, content, [...lines, c.takeIn, GOODBYE], {
        seed,
        continuePastOutcome: true,
      });
      const text = played.steps.at(-1)?.reply.text ?? "";
      expect(played.steps.at(-2)?.state.personas[0]?.unheard, `seed ${seed}`).toBeUndefined();
      expect(says(banks(c.personaId).parked, text), `seed ${seed}: ${text}`).toBe(false);
      expect(says(banks(c.personaId).unheard, text), `seed ${seed}: ${text}`).toBe(false);
      expect(played.outcome).toBe("resolved");
    }
  });

  it("the reviewer's session: Marcus's mentoring after the agreement", () => {
    const scenario = scenarioOf(content, "promotion-not-yet");
    const played = playScript(
      scenario,
      content,
      [...goodScript("promotion-not-yet"), ANYTHING_ELSE, GOODBYE],
      {
        seed: 1,
        continuePastOutcome: true,
      },
    );
    expect(played.steps.at(-2)?.reveals).toEqual(["avoids-mentoring"]);
    expect(played.turns.at(-1)?.text).toMatch(/the mentoring/);
    expect(played.turns.at(-1)?.text).not.toMatch(/Hang on|where does that land|staying as it is/);
    expect(played.outcome).toBe("resolved");
    // The debrief's "still needed" is read only for an outcome other than resolved (debrief.ts,
    // rehearse.ts); the state itself says what is open, and a resolved session lists nothing.
    expect(played.state.outcome).toBe("resolved");
  });

  it("a concern said before the agreement is still named again (unchanged)", () => {
    // Marcus's recruiter offer comes out before any plan is agreed; passed over by a plan, he names it.
    const scenario = scenarioOf(content, "promotion-not-yet");
    const lines = goodScript("promotion-not-yet");
    const full = playScript(scenario, content, lines, { seed: 1 });
    const at = full.steps.findIndex((s) => s.reveals.length > 0);
    expect(at).toBeGreaterThanOrEqual(0);
    const played = playScript(scenario, content, [...lines.slice(0, at + 1), GOODBYE], {
      seed: 1,
    });
    const text = played.turns.at(-1)?.text ?? "";
    expect(says(banks("marcus").unheard, text), text).toBe(true);
    expect(says(banks("marcus").parked, text), text).toBe(false);
    expect(played.outcome).toBeNull();
    expect(stillNeeded(played.state, scenario, (id) => id).join(" ")).toMatch(/take in what/);
  });
});
