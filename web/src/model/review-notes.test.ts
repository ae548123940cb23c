import { describe, expect, it } from "vitest";
import type { Notes } from "../api/auth";
import {
  commentThreads,
  reviewedByText,
  reviewView,
  setAsidesOf,
  setAsideView,
} from "./review-notes";

const adjustment = (id: string, over: Partial<Notes["adjustments"][number]>) => ({
  id,
  sessionId: "s1",
  authorId: "m1",
  patternId: "p1",
  stepId: null,
  machineStatus: null,
  status: null,
  machineScore: null,
  score: null,
  reason: "because",
  createdAt: 0,
  updatedAt: 0,
  ...over,
});

const NOTES: Notes = {
  reviews: [
    { reviewerId: "m2", status: "open", doneAt: null, updatedAt: 50 },
    { reviewerId: "m1", status: "done", doneAt: 40, updatedAt: 40 },
  ],
  comments: [
    {
      id: "c2",
      sessionId: "s1",
      authorId: "m1",
      turnId: "t1",
      text: "later",
      createdAt: 20,
      updatedAt: 20,
    },
    {
      id: "c1",
      sessionId: "s1",
      authorId: "m2",
      turnId: "t1",
      text: "first",
      createdAt: 10,
      updatedAt: 10,
    },
    {
      id: "c3",
      sessionId: "s1",
      authorId: "gone",
      turnId: "t3",
      text: "x",
      createdAt: 5,
      updatedAt: 5,
    },
  ],
  adjustments: [
    adjustment("a1", { stepId: "open", machineStatus: "missed", status: "partial", updatedAt: 1 }),
    adjustment("a2", { stepId: "open", machineStatus: "missed", status: "hit", updatedAt: 3 }),
    adjustment("a3", { machineScore: 55, score: 62, updatedAt: 2 }),
    adjustment("a4", { patternId: "p2", stepId: "open", status: "hit", updatedAt: 4 }),
  ],
  setAsides: [],
  authors: [
    { id: "m1", displayName: "Maya" },
    { id: "m2", displayName: "Sam" },
  ],
};

describe("reviewView", () => {
  const view = reviewView(NOTES);

  it("puts comments on their turn, oldest first, with the author's name", () => {
    expect(view.commentsByTurn.get("t1")?.map((c) => [c.text, c.authorName])).toEqual([
      ["first", "Sam"],
      ["later", "Maya"],
    ]);
    expect(view.commentsByTurn.get("t3")?.[0]?.authorName).toBe("A reviewer");
    expect(view.commentsByTurn.has("t2")).toBe(false);
  });

  it("splits step and score adjustments by pattern, newest first", () => {
    expect(
      view
        .stepAdjustments("p1")
        .get("open")
        ?.map((a) => a.id),
    ).toEqual(["a2", "a1"]);
    expect(
      view
        .stepAdjustments("p2")
        .get("open")
        ?.map((a) => a.id),
    ).toEqual(["a4"]);
    expect(view.scoreAdjustments("p1").map((a) => [a.id, a.authorName])).toEqual([["a3", "Maya"]]);
    expect(view.scoreAdjustments("p2")).toEqual([]);
  });

  it("gives the overall score of a finished review, the one the cohort grid counts", () => {
    // Maya (done) gave 62; Sam's review is still open, so his score does not count yet.
    const withSam = reviewView({
      ...NOTES,
      adjustments: [
        ...NOTES.adjustments,
        adjustment("a5", { authorId: "m2", score: 90, updatedAt: 60 }),
      ],
    });
    expect(withSam.reviewedScore("p1")).toBe(62);
    expect(view.reviewedScore("p2")).toBeNull();
  });

  it("lists only finished reviews as done", () => {
    expect(view.doneBy).toEqual([{ name: "Maya", at: 40 }]);
    expect(view.any).toBe(true);
  });

  it("has nothing to show without notes", () => {
    const empty = reviewView({
      reviews: [],
      comments: [],
      adjustments: [],
      setAsides: [],
      authors: [],
    });
    expect(empty.any).toBe(false);
    expect(empty.doneBy).toEqual([]);
  });
});

describe("reviewedByText", () => {
  it.each([
    [[], ""],
    [["Maya"], "Reviewed by Maya"],
    [["Maya", "Sam"], "Reviewed by Maya and Sam"],
    [["Maya", "Sam", "Li"], "Reviewed by Maya, Sam and Li"],
  ])("%j", (names, text) => {
    expect(reviewedByText(names)).toBe(text);
  });
});

describe("setAsideView", () => {
  const flag = { patternId: "p1", id: "labelling", turn: 2, quote: "you are lazy" };
  const aside = (over: Partial<Notes["setAsides"][number]> = {}) => ({
    id: "f1",
    sessionId: "s1",
    authorId: "m1",
    patternId: "p1",
    flagId: "labelling",
    turn: 2,
    quote: "you are lazy",
    title: "Labelling the person",
    critical: true,
    reason: "a quote of the customer",
    createdAt: 10,
    updatedAt: 10,
    ...over,
  });
  const notes = (setAsides: Notes["setAsides"], done = true): Notes => ({
    ...NOTES,
    reviews: [
      { reviewerId: "m1", status: done ? "done" : "open", doneAt: done ? 40 : null, updatedAt: 40 },
    ],
    setAsides,
  });
  const counting = { setAsideFlags: [{ id: "labelling", turn: 2 }] };

  it("says who set the flag aside and why, and that it counts once the verdict left it out", () => {
    expect(setAsideView(flag, notes([aside()]), counting, "p1")).toMatchObject({
      reason: "a quote of the customer",
      authorName: "Maya",
      counts: true,
    });
    // A draft review, or one of an earlier version: the counted verdict still has the flag.
    expect(setAsideView(flag, notes([aside()], false), { setAsideFlags: [] }, "p1")?.counts).toBe(
      false,
    );
  });

  it("matches only the same pattern, anti-pattern, turn and words", () => {
    for (const other of [
      aside({ quote: "you are late" }),
      aside({ turn: 3 }),
      aside({ flagId: "blame" }),
      aside({ patternId: "p2" }),
    ])
      expect(setAsideView(flag, notes([other]), counting, "p1")).toBeNull();
    expect(
      setAsidesOf(flag, [aside({ id: "a", updatedAt: 1 }), aside({ id: "b", updatedAt: 5 })]).map(
        (a) => a.id,
      ),
    ).toEqual(["b", "a"]);
  });

  it("counts a set-aside on another pattern once its reviewer finished", () => {
    const other = { ...flag, patternId: "p2" };
    expect(setAsideView(other, notes([aside({ patternId: "p2" })]), null, "p1")?.counts).toBe(true);
    expect(
      setAsideView(other, notes([aside({ patternId: "p2" })], false), null, "p1")?.counts,
    ).toBe(false);
  });
});

describe("commentThreads", () => {
  const c = (id: string, createdAt: number, parentId: string | null = null) => ({
    id,
    createdAt,
    parentId,
  });
  it("puts each reply under the comment it answers, oldest first", () => {
    const threads = commentThreads([c("r2", 5, "a"), c("b", 3), c("a", 1), c("r1", 2, "a")]);
    expect(threads.map((t) => [t.comment.id, t.replies.map((r) => r.id)])).toEqual([
      ["a", ["r1", "r2"]],
      ["b", []],
    ]);
  });
  it("shows a reply whose comment is gone on its own, and comments from an older server as first ones", () => {
    const threads = commentThreads([c("r1", 2, "gone"), { id: "x", createdAt: 1 }]);
    expect(threads.map((t) => t.comment.id)).toEqual(["x", "r1"]);
  });
});
