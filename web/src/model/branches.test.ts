import { describe, expect, it } from "vitest";
import type { WireTurn } from "../../../server/sessions/protocol.schema";
import type { BranchView } from "../../../server/sessions/record.schema";
import { compareBranches, defaultPair, splitIndex } from "./branches";

const turns = (...texts: string[]): WireTurn[] =>
  texts.map((text, index) => ({
    id: `${text}-${index}`,
    index,
    seq: index + 2,
    speaker: index % 2 === 0 ? "manager" : "employee",
    text,
    status: "complete",
  }));
const card = (overall: number, steps: [string, string][]) =>
  ({
    patternId: "feedback",
    overall,
    steps: steps.map(([id, status]) => ({
      id,
      title: id === "ask" ? "Ask their view" : "Name the impact",
      status,
    })),
  }) as unknown as NonNullable<BranchView["scorecards"]>[number];
const branch = (over: Partial<BranchView>): BranchView => ({
  id: "b1",
  parentId: null,
  forkIndex: null,
  active: false,
  createdAt: 1,
  turns: [],
  managerTurns: 0,
  outcome: "ended",
  ...over,
});

const first = branch({
  id: "b1",
  turns: turns("Hi Dana.", "Hi.", "You always miss sprints.", "That's not fair."),
  scorecards: [
    card(35, [
      ["impact", "hit"],
      ["ask", "missed"],
    ]),
  ],
  finalState: { dana: { trust: 0.3, guard: 0.7, stress: 0.6, engagement: 0.4 } },
  revealed: [],
});
const second = branch({
  id: "b2",
  parentId: "b1",
  forkIndex: 2,
  active: true,
  turns: turns(
    "Hi Dana.",
    "Hi.",
    "What got in the way this sprint?",
    "Honestly, the on-call load.",
  ),
  scorecards: [
    card(62, [
      ["impact", "hit"],
      ["ask", "hit"],
    ]),
  ],
  finalState: { dana: { trust: 0.6, guard: 0.4, stress: 0.5, engagement: 0.7 } },
  revealed: ["on-call-load"],
});

describe("compareBranches", () => {
  it("finds the split, the two lines and what the new line bought", () => {
    const c = compareBranches(first, second);
    expect(c.split).toBe(2);
    expect(c.splitNumber).toBe(2);
    expect([c.lineA, c.lineB]).toEqual([
      "You always miss sprints.",
      "What got in the way this sprint?",
    ]);
    expect([c.scoreA, c.scoreB]).toEqual([35, 62]);
    expect(c.steps).toEqual([
      { id: "impact", title: "Name the impact", a: "hit", b: "hit" },
      { id: "ask", title: "Ask their view", a: "missed", b: "hit" },
    ]);
    expect(c.revealedOnlyB).toEqual(["on-call-load"]);
    expect(c.summary).toBe(
      "Saying “What got in the way this sprint?” at turn 2 instead of “You always miss sprints.”: trust +30 pts, score +27, ask their view now met, concern revealed.",
    );
  });
  it("calls a step an attempt left by a rewind never got to not reached, not missed", () => {
    const left = { ...first, outcome: null };
    const c = compareBranches(left, second);
    expect(c.steps.find((s) => s.id === "ask")).toMatchObject({ a: "not_reached", b: "hit" });
    // One that ended (End, or by itself) missed it.
    expect(compareBranches(first, second).steps.find((s) => s.id === "ask")?.a).toBe("missed");
  });
  it("says 'now met' only of steps met on the new attempt, and what it lost", () => {
    // The old attempt was left by a rewind before these steps; the new one ended missing them.
    const left = {
      ...first,
      outcome: null,
      scorecards: [
        card(35, [
          ["impact", "missed"],
          ["ask", "missed"],
        ]),
      ],
    };
    const ended = {
      ...second,
      scorecards: [
        card(50, [
          ["impact", "missed"],
          ["ask", "hit"],
        ]),
      ],
    };
    const c = compareBranches(left, ended);
    expect(c.steps).toMatchObject([
      { id: "impact", a: "not_reached", b: "missed" },
      { id: "ask", a: "not_reached", b: "hit" },
    ]);
    expect(c.summary).toContain("ask their view now met");
    expect(c.summary).not.toContain("name the impact now met");
    // Met before, missed now: said as a loss. A step that did not apply is neither.
    const worse = compareBranches(second, {
      ...first,
      scorecards: [
        card(35, [
          ["impact", "not_applicable"],
          ["ask", "missed"],
        ]),
      ],
    });
    expect(worse.summary).toContain("ask their view no longer met");
    // Partly done is said as such, either way.
    const partly = compareBranches(left, {
      ...ended,
      scorecards: [
        card(50, [
          ["impact", "partial"],
          ["ask", "hit"],
        ]),
      ],
    });
    expect(partly.summary).toContain("ask their view now met, name the impact now partly met");
    const lostPartly = compareBranches(
      { ...second, scorecards: [card(62, [["impact", "partial"]])] },
      { ...first, scorecards: [card(35, [["impact", "missed"]])] },
    );
    expect(lostPartly.summary).toContain("name the impact no longer partly met");
    expect(worse.summary).not.toContain("name the impact");
  });
  it("says why a step did not apply, on the side where it did not", () => {
    const na = card(35, [["impact", "not_applicable"]]);
    (na.steps[0] as { note: string }).note = "The engineer named the impact themselves.";
    const c = compareBranches({ ...first, scorecards: [na] }, second);
    expect(c.steps[0]).toEqual({
      id: "impact",
      title: "Name the impact",
      a: "not_applicable",
      b: "hit",
      whyNotA: "The engineer named the impact themselves.",
    });
  });
  it("says so when nothing measurable changed", () => {
    expect(compareBranches(first, { ...first, id: "b3" }).summary).toMatch(
      /no measurable difference/,
    );
  });
});

describe("defaultPair and splitIndex", () => {
  it("pairs the active branch with its parent", () => {
    expect(defaultPair([first, second])?.map((b) => b.id)).toEqual(["b1", "b2"]);
    expect(defaultPair([first])).toBeNull();
  });
  it("is the length of the shorter when one extends the other", () => {
    expect(splitIndex(turns("a", "b"), turns("a", "b", "c"))).toBe(2);
    expect(splitIndex(turns("a"), turns("x"))).toBe(0);
  });
});
