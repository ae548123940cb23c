import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Briefing } from "../../../server/content/briefing";
import { briefingOf, loadContent } from "../../../server/content/index";
import {
  facetsOf,
  filterScenarios,
  gentlestScenarios,
  isFiltered,
  moreFiltersOn,
  NO_FILTERS,
  searchStems,
  stem,
} from "./library-filter";

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
    // Any word matches; the card with more of them comes first, then the one with them in its title.
    [{ query: "jun sprint" }, ["a", "c"]],
    [{ query: "sprints burnout jun" }, ["c", "a"]],
    [{ query: "the" }, []],
    [{ query: "sprint", levels: ["L2"] }, []],
    // Accents do not matter on either side: a US keyboard finds Tomás, and "Tomás" finds Tomas.
    [{ query: "tomas" }, ["d"]],
    [{ query: "TOMÁS herrera" }, ["d"]],
    [{ query: "Tomás" }, ["d"]],
    // Both words first; then the cards with "senior" alone (every persona here is a senior engineer).
    [{ query: "séñior ÅRCHITECTURE" }, ["b", "d", "c", "a"]],
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

describe("stem", () => {
  it.each([
    // Forms of one word meet.
    [["deadline", "deadlines"], "deadlin"],
    [["estimate", "estimates", "estimated", "estimating", "estimation"], "estimat"],
    [["quit", "quits", "quitting"], "quit"],
    [["miss", "missed", "misses", "missing"], "miss"],
    [["commit", "commitment", "commitments"], "commit"],
    [["plan", "planned", "planning", "plans"], "plan"],
    [["apply", "applies", "applied"], "appli"],
    [["move", "moving", "moves"], "mov"],
  ])("%j → %s", (words, out) => {
    for (const w of words) expect(stem(w)).toBe(out);
  });
  it.each([
    // Words that only look inflected keep their end.
    ["status", "status"],
    ["analysis", "analysis"],
    ["need", "need"],
    ["thing", "thing"],
    ["add", "add"],
    ["sprint", "sprint"],
  ])("%s stays %s", (w, out) => {
    expect(stem(w)).toBe(out);
  });
  it("drops the words that say nothing, unless nothing else is left", () => {
    expect(searchStems("My report keeps missing deadlines")).toEqual(["report", "miss", "deadlin"]);
    expect(searchStems("the")).toEqual(["the"]);
  });
});

describe("filterScenarios on the real library", () => {
  let all: ReturnType<typeof briefingOf>[];
  beforeAll(async () => {
    const { content } = await loadContent(join(import.meta.dirname, "..", "..", ".."));
    all = [...content.scenarios.values()].map((s) => briefingOf(s, content));
  });
  const found = (query: string) => filterScenarios(all, { ...NO_FILTERS, query }).map((b) => b.id);
  it.each([
    // A situation in a manager's own words (review 5, #9), and others of the same kind.
    ["deadline", "missed-sprint-commitments"],
    ["missed deadlines", "missed-sprint-commitments"],
    ["underperforming", "missed-sprint-commitments"],
    ["estimates", "missed-sprint-commitments"],
    ["keeps missing sprint commitments", "missed-sprint-commitments"],
    ["quit", "first-one-on-one-after-attrition"],
    ["she seems exhausted and stressed", "burnout-signals"],
    ["telling him he did not get promoted", "promotion-not-yet"],
    ["two engineers in a disagreement", "architecture-mediation"],
    ["unhappy with his salary", "compensation-disappointment"],
  ])("%s finds %s first or among the first three", (query, id) => {
    expect(found(query).slice(0, 3)).toContain(id);
  });
  it("puts the card with the word in its title before one with it in its search terms", () => {
    expect(found("performance")[0]).toBe("pip-kickoff");
  });
  it("puts the scenario with every word first", () => {
    expect(found("missed deadlines")[0]).toBe("missed-sprint-commitments");
    expect(found("underperforming")).toEqual(
      expect.arrayContaining(["missed-sprint-commitments", "pip-kickoff"]),
    );
  });
  it("finds nothing for words no scenario has, and then offers the gentlest", () => {
    expect(found("xylophone")).toEqual([]);
    const gentle = gentlestScenarios(all, NO_FILTERS);
    expect(gentle).toHaveLength(3);
    expect(gentle.map((b) => b.difficulty)).toEqual(
      [...all.map((b) => b.difficulty)].sort((a, b) => a - b).slice(0, 3),
    );
    // The other filters still hold when they leave something.
    expect(
      gentlestScenarios(all, { ...NO_FILTERS, track: "ic" }).every((b) => b.track === "ic"),
    ).toBe(true);
  });
});
