import { describe, expect, it } from "vitest";
import type { Briefing } from "../../../server/content/briefing";
import { facetsOf, filterScenarios, isFiltered, moreFiltersOn, NO_FILTERS } from "./library-filter";

const briefing = (over: Partial<Briefing>): Briefing => ({
  id: "x",
  title: "X",
  level: "L1",
  track: "manager",
  skill: "feedback",
  difficulty: 2,
  turnLimit: 12,
  estimatedMinutes: 10,
  yourRole: "EM",
  situation: "",
  goal: "",
  facts: {},
  personas: [
    {
      id: "dana",
      name: "Dana",
      pronouns: "she/her",
      role: "Senior engineer",
      seniority: "senior",
      tenure: "3 years",
      summary: "",
      knownFacts: [],
    },
  ],
  patterns: [],
  ...over,
});
const list = [
  briefing({ id: "a", title: "Missed sprint commitments", level: "L1", difficulty: 3 }),
  briefing({
    id: "b",
    title: "Architecture mediation",
    level: "L2",
    track: "ic",
    skill: "conflict",
  }),
  briefing({
    id: "c",
    title: "Burnout signals",
    level: "L1",
    personas: [{ ...briefing({}).personas[0], id: "jun", name: "Jun" } as Briefing["personas"][0]],
  }),
];
const accented = briefing({
  id: "d",
  title: "Two seniors, one decision",
  level: "L3",
  personas: [
    { ...briefing({}).personas[0], id: "tomas", name: "Tomás Herrera" } as Briefing["personas"][0],
  ],
});
const ids = (f: Partial<typeof NO_FILTERS>) =>
  filterScenarios([...list, accented], { ...NO_FILTERS, ...f }).map((b) => b.id);

describe("filterScenarios", () => {
  it.each([
    // Library order: level, then easier first, then title (c is L1 at difficulty 2, a at 3).
    [{}, ["c", "a", "b", "d"]],
    [{ levels: ["L1"] }, ["c", "a"]],
    [{ levels: ["L1", "L2"] }, ["c", "a", "b"]],
    [{ track: "ic" }, ["b"]],
    [{ difficulty: 3 }, ["a"]],
    [{ persona: "jun" }, ["c"]],
    [{ query: "sprint" }, ["a"]],
    [{ query: "CONFLICT" }, ["b"]],
    [{ query: "jun burnout" }, ["c"]],
    [{ query: "jun sprint" }, []],
    [{ query: "sprint", levels: ["L2"] }, []],
    // Accents do not matter on either side: a US keyboard finds Tomás, and "Tomás" finds Tomas.
    [{ query: "tomas" }, ["d"]],
    [{ query: "TOMÁS herrera" }, ["d"]],
    [{ query: "Tomás" }, ["d"]],
    [{ query: "séñior ÅRCHITECTURE" }, ["b"]],
  ])("%j → %j", (f, out) => {
    expect(ids(f)).toEqual(out);
  });
  it("knows when any filter is on", () => {
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, query: "  " })).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, difficulty: 1 })).toBe(true);
  });
  it("counts the filters that fold away on a phone, not the search that stays", () => {
    expect(moreFiltersOn(NO_FILTERS)).toBe(0);
    expect(moreFiltersOn({ ...NO_FILTERS, query: "burnout" })).toBe(0);
    expect(moreFiltersOn({ ...NO_FILTERS, levels: ["L1", "L2"], persona: "dana" })).toBe(3);
    expect(moreFiltersOn({ ...NO_FILTERS, track: "ic", difficulty: 3 })).toBe(2);
  });
  it("offers only values the library has", () => {
    const f = facetsOf(list);
    expect(f.levels).toEqual(["L1", "L2"]);
    expect(f.tracks).toEqual(["ic", "manager"]);
    expect(f.personas).toEqual([
      { id: "dana", name: "Dana" },
      { id: "jun", name: "Jun" },
    ]);
  });
});
