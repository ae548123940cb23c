import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { hintFor } from "./hint";
import { OUTCOMES } from "./outcome.schema";
import { parseScript, playScript } from "./play-script";
import type { SimState } from "./sim.schema";

/**
 * Review 7 #1: after the persona agreed, the session stays open for the manager's closing lines,
 * but Coach hint said "The conversation is over. Open the debrief…", with no debrief to open and
 * the note beside the message box saying the opposite.
 */
let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});

const root = resolve(import.meta.dirname, "../..");
/** The state after a scenario's good script, which ends on the agreement with turns left. */
function agreed(id: string): SimState {
  const lines = parseScript(readFileSync(resolve(root, `eval/personas/${id}.good.txt`), "utf8"));
  const played = playScript(scenarioOf(content, id), content, lines, { seed: 1 });
  expect(played.state.outcome).toBe("resolved");
  expect(played.state.turn).toBeLessThan(scenarioOf(content, id).turnLimit);
  return played.state;
}
const hint = (id: string, state: SimState, endWith?: string) =>
  hintFor(state, { scenario: scenarioOf(content, id), content, ...(endWith ? { endWith } : {}) });

describe("hintFor after the agreement", () => {
  it("says how to close, in the words of the note beside the message box, not that it is over", () => {
    const text = hint("burnout-signals", agreed("burnout-signals"));
    expect(text).toMatch(
      /^Priya agreed\. Close it as you would in the room: thank her, confirm the next step and (?:when you will check in|the check-in you agreed), then press End conversation\.$/,
    );
    expect(text).not.toMatch(/over|debrief/i);
  });

  it("names how the conversation is ended where the manager is (the terminal's /end)", () => {
    expect(hint("burnout-signals", agreed("burnout-signals"), "type /end")).toMatch(
      /, then type \/end\.$/,
    );
  });

  it("asks for a check-in date only when none was agreed", () => {
    const state = agreed("missed-sprint-commitments");
    const without = { ...state, movesUsed: state.movesUsed.filter((m) => m !== "follow_up") };
    const withIt = { ...state, movesUsed: [...without.movesUsed, "follow_up" as const] };
    expect(hint("missed-sprint-commitments", without)).toContain("when you will check in");
    expect(hint("missed-sprint-commitments", withIt)).toContain("the check-in you agreed");
  });

  it("names everyone who agreed in a mediation, and thanks them", () => {
    expect(hint("architecture-mediation", agreed("architecture-mediation"))).toMatch(
      /^Tomás and Elena agreed\. Close it as you would in the room: thank them, /,
    );
  });

  it("puts something said after the agreement, and not taken in, before the goodbye", () => {
    const state = agreed("promotion-not-yet");
    const raised = {
      ...state,
      personas: state.personas.map((p) => ({ ...p, unheard: ["mentoring"] })),
    };
    const text = hint("promotion-not-yet", raised);
    expect(text).toMatch(
      /^Marcus told you something more after agreeing\. Say back what you heard/,
    );
    expect(text).not.toMatch(/over|End conversation/);
  });

  it("says it is over only when it has ended: the turns ran out, or any other outcome", () => {
    const s = scenarioOf(content, "burnout-signals");
    const last = { ...agreed("burnout-signals"), turn: s.turnLimit };
    expect(hint("burnout-signals", last)).toMatch(/^The conversation is over/);
    for (const outcome of OUTCOMES.filter((o) => o !== "resolved")) {
      expect(hint("burnout-signals", { ...agreed("burnout-signals"), outcome })).toMatch(
        /^The conversation is over/,
      );
    }
  });
});
