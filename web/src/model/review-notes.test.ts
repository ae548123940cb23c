import { describe, expect, it } from "vitest";
import type { Notes } from "../api/auth";
import {
  commentNames,
  commentThreads,
  ordinal,
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

describe("commentNames", () => {
  const note = (
    id: string,
    authorId: string,
    text: string,
    createdAt: number,
    parentId = null as string | null,
  ) => ({
    id,
    authorId,
    text,
    createdAt,
    parentId,
  });
  const names = (comments: ReturnType<typeof note>[], meId: string | undefined = "me") =>
    commentNames(comments, {
      turnLabel: "turn 3",
      meId,
      authorOf: (c) => (c.authorId === "maya" ? "Maya" : "Sam"),
    });
  it("names a single comment or reply by whose it is and its line", () => {
    const n = names([
      note("a", "me", "Good.", 1),
      note("r", "me", "Yes.", 2, "a"),
      note("b", "maya", "Hm.", 3),
    ]);
    expect([...n.values()]).toEqual([
      "your comment on turn 3",
      "your reply on turn 3",
      "Maya's comment on turn 3",
    ]);
  });
  it("tells two comments of one person on one line apart by how they start, and leaves the others short", () => {
    const n = names([
      note("b", "me", "Please say more about the ledger rewrite and who asked for it.", 2),
      note("a", "me", "Good opening.", 1),
      note("m", "maya", "Nice.", 3),
    ]);
    expect(n.get("a")).toBe("your comment on turn 3 (“Good opening.”)");
    expect(n.get("b")).toBe("your comment on turn 3 (“Please say more about the ledger…”)");
    expect(n.get("m")).toBe("Maya's comment on turn 3");
    expect(new Set(n.values()).size).toBe(3);
  });
  it("tells another reviewer's two comments apart too, as the manager's Reply buttons name them", () => {
    const n = names([note("a", "maya", "One.", 1), note("b", "maya", "Two.", 2)], undefined);
    expect([...n.values()]).toEqual([
      "Maya's comment on turn 3 (“One.”)",
      "Maya's comment on turn 3 (“Two.”)",
    ]);
  });
  it("adds the place, oldest first, when two start alike", () => {
    const n = names([
      note("a", "me", "Thanks.", 1),
      note("b", "me", "Thanks.", 5),
      note("c", "me", "Other.", 3),
    ]);
    expect(n.get("a")).toBe("your comment on turn 3 (1st, “Thanks.”)");
    expect(n.get("b")).toBe("your comment on turn 3 (3rd, “Thanks.”)");
    expect(n.get("c")).toBe("your comment on turn 3 (“Other.”)");
  });
});

describe("ordinal", () => {
  it("says 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 111th", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 111].map(ordinal)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "111th",
    ]);
  });
});
