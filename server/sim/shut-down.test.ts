import { beforeAll, describe, expect, it } from "vitest";
import { scenarioOf, shippedContent } from "../../tests/support/shipped-content";
import type { Content } from "../content";
import { playScript } from "./index";
import { TUNING } from "./tuning";
import { givenAwayBanks } from "./voice-extra";

// Review 9a #1: one "it's nothing to worry about, kind of a formality" on turn 1 ended the PIP on
// turn 2, the pattern's own model sentence after it unheard. The hurt turn is not the first quiet
// one, and the plan named plainly re-engages Jun.
let content: Content;
beforeAll(async () => {
  content = await shippedContent();
});

const BRUSH_OFF =
  "Hi Jun, thanks for making time. So, um, this is a bit awkward, and I want to say up front that it's nothing to worry about really, it's kind of a formality that HR wants us to do.";
const PLAIN =
  "Actually, let me say it properly: today we're starting a formal six-week performance improvement plan, and I want to walk you through it.";
const EXAMPLES =
  "Two of the last three committed dates on the pricing page slipped, and GROW-418 and GROW-431 reached production.";
const play = (id: string, lines: readonly string[], seed: number) =>
  playScript(scenarioOf(content, id), content, [...lines], { seed });
type Reply = { text: string; state?: { trust: number; engagement: number } };
const replies = (id: string, lines: readonly string[], seed: number) =>
  play(id, lines, seed).turns.filter((t) => t.speaker === "employee") as Reply[];

describe("a nervous opening has turns to be put right", () => {
  it.each([1, 2])("the plan said plainly after a brush-off keeps Jun in it (seed %i)", (seed) => {
    const played = play("pip-kickoff", [BRUSH_OFF, PLAIN, EXAMPLES], seed);
    expect(played.outcome).not.toBe("shut_down");
    expect(played.turns.filter((t) => t.speaker === "employee")).toHaveLength(3);
    const [, told] = replies("pip-kickoff", [BRUSH_OFF, PLAIN], seed);
    expect(told?.state?.engagement).toBeGreaterThan(TUNING.shutDownEngagement);
    // He reacts to the plan, not "I guess, yeah. Something like that."
    const reactions = scenarioOf(content, "pip-kickoff").overrides?.jun?.presumes?.[0]?.lines;
    expect(reactions).toContain(told?.text);
  });
  it.each([1, 2])("one brush-off alone is not two quiet turns (seed %i)", (seed) => {
    expect(play("pip-kickoff", [BRUSH_OFF, "Okay."], seed).outcome).not.toBe("shut_down");
  });
  it.each([1, 2])("left quiet, he still shuts down (seed %i)", (seed) => {
    const played = play("pip-kickoff", [BRUSH_OFF, "Okay.", "Okay.", "Okay."], seed);
    expect(played.outcome).toBe("shut_down");
  });
  it("a hedged plan ('a sort of plan') does not re-engage him", () => {
    const hedged =
      "Basically HR has asked me to put together a sort of plan for you. You know how they are.";
    const [, after] = replies("pip-kickoff", [BRUSH_OFF, hedged], 1);
    expect(after?.state?.engagement).toBeLessThanOrEqual(TUNING.shutDownEngagement);
  });
});

describe("the PIP disowned or its outcome promised, once it is told (review 9a #10)", () => {
  const jun = () => givenAwayBanks(content.personas.get("jun") as never);
  it.each([
    ["disowned", "It's not my idea honestly, my hands are a bit tied here."],
    ["promised", "I promise you'll get through this, I really do."],
  ] as const)("%s: %s", (kind, line) => {
    for (const seed of [1, 2]) {
      const before = replies("pip-kickoff", [PLAIN], seed).at(-1)?.state?.trust as number;
      const after = replies("pip-kickoff", [PLAIN, line], seed).at(-1) as Reply;
      expect(after.state?.trust).toBeLessThan(before);
      expect(jun()[kind].some((l) => after.text.startsWith(l))).toBe(true);
    }
  });
});
