import type { Adjustment, Notes, ReviewComment } from "../api/auth";
import { quoteStart } from "./transcript";

/** A note with its author's name, as the debrief shows it. */
export type Authored<T> = T & { authorName: string };

export interface ReviewView {
  /** Comments by the turn they are on (turn id), oldest first. */
  commentsByTurn: Map<string, Authored<ReviewComment>[]>;
  /** Step adjustments of one pattern by step id, newest first. */
  stepAdjustments: (patternId: string) => Map<string, Authored<Adjustment>[]>;
  /** Overall-score adjustments of one pattern, newest first. */
  scoreAdjustments: (patternId: string) => Authored<Adjustment>[];
  /** The overall score of a finished review (the latest), which counts in place of the machine's. */
  reviewedScore: (patternId: string) => number | null;
  /** Reviewers who marked their review done, with when, oldest first. */
  doneBy: { name: string; at: number }[];
  /** How many machine flags reviewers set aside (each flag once). */
  setAsides: number;
  /** True when there is anything to show on the debrief. */
  any: boolean;
}

/** Folds a session's notes for the debrief: who wrote what, where it belongs. */
export function reviewView(notes: Notes): ReviewView {
  const names = new Map(notes.authors.map((a) => [a.id, a.displayName]));
  const nameOf = (id: string) => names.get(id) || "A reviewer";
  const authored = <T extends { authorId: string }>(n: T): Authored<T> => ({
    ...n,
    authorName: nameOf(n.authorId),
  });

  const commentsByTurn = new Map<string, Authored<ReviewComment>[]>();
  for (const c of notes.comments.toSorted((a, b) => a.createdAt - b.createdAt))
    commentsByTurn.set(c.turnId, [...(commentsByTurn.get(c.turnId) ?? []), authored(c)]);

  const newestFirst = notes.adjustments.toSorted((a, b) => b.updatedAt - a.updatedAt);
  const stepAdjustments = (patternId: string) => {
    const byStep = new Map<string, Authored<Adjustment>[]>();
    for (const a of newestFirst)
      if (a.patternId === patternId && a.stepId !== null)
        byStep.set(a.stepId, [...(byStep.get(a.stepId) ?? []), authored(a)]);
    return byStep;
  };
  const scoreAdjustments = (patternId: string) =>
    newestFirst.filter((a) => a.patternId === patternId && a.stepId === null).map(authored);

  const doneBy = notes.reviews
    .filter((r) => r.status === "done")
    .toSorted((a, b) => (a.doneAt ?? a.updatedAt) - (b.doneAt ?? b.updatedAt))
    .map((r) => ({ name: nameOf(r.reviewerId), at: r.doneAt ?? r.updatedAt }));

  // The overall score a reviewer gave in a finished review, the latest: it counts in place of the
  // machine's, as the cohort grid counts it (server/people/progress.ts).
  const reviewedScore = (patternId: string): number | null => {
    const counted = notes.adjustments
      .flatMap((a) => {
        const review = notes.reviews.find(
          (r) => r.reviewerId === a.authorId && r.status === "done",
        );
        return a.patternId === patternId && a.stepId === null && a.score !== null && review
          ? [{ score: a.score, at: Math.max(a.updatedAt, review.doneAt ?? 0) }]
          : [];
      })
      .toSorted((x, y) => x.at - y.at);
    return counted.at(-1)?.score ?? null;
  };

  return {
    commentsByTurn,
    stepAdjustments,
    scoreAdjustments,
    reviewedScore,
    doneBy,
    setAsides: new Set(notes.setAsides.map((a) => `${a.patternId} ${a.flagId} ${a.turn}`)).size,
    any:
      notes.comments.length + notes.adjustments.length + notes.setAsides.length + doneBy.length > 0,
  };
}

type SetAside = Notes["setAsides"][number];

/** The set-asides of one machine flag (same pattern, anti-pattern, turn and words), newest first. */
export function setAsidesOf(
  flag: { patternId: string; id: string; turn: number; quote: string },
  setAsides: readonly SetAside[],
): SetAside[] {
  return setAsides
    .filter(
      (a) =>
        a.patternId === flag.patternId &&
        a.flagId === flag.id &&
        a.turn === flag.turn &&
        a.quote === flag.quote,
    )
    .toSorted((a, b) => b.updatedAt - a.updatedAt);
}

/**
 * How the manager reads a flag a reviewer set aside: the reason, by whom, and whether it counts.
 * On the main pattern it counts when the counted verdict left it out (a finished review of this
 * version); on another pattern, which decides nothing, when its reviewer finished their review.
 * Null when nobody set it aside.
 */
export function setAsideView(
  flag: { patternId: string; id: string; turn: number; quote: string },
  notes: Notes,
  counted: { setAsideFlags?: readonly { id: string; turn: number }[] | undefined } | null,
  mainPatternId: string | undefined,
): (Authored<SetAside> & { counts: boolean }) | null {
  const latest = setAsidesOf(flag, notes.setAsides)[0];
  if (!latest) return null;
  const counts =
    flag.patternId === mainPatternId
      ? (counted?.setAsideFlags ?? []).some((f) => f.id === flag.id && f.turn === flag.turn)
      : notes.reviews.some((r) => r.reviewerId === latest.authorId && r.status === "done");
  const authorName =
    notes.authors.find((a) => a.id === latest.authorId)?.displayName || "A reviewer";
  return { ...latest, authorName, counts };
}

/**
 * A line's comments as threads: each first comment, oldest first, with the replies under it, oldest
 * first. A reply whose first comment is gone (deleted meanwhile) stands on its own.
 */
export function commentThreads<
  T extends { id: string; parentId?: string | null | undefined; createdAt: number },
>(comments: readonly T[]): { comment: T; replies: T[] }[] {
  const sorted = comments.toSorted((a, b) => a.createdAt - b.createdAt);
  const ids = new Set(sorted.map((c) => c.id));
  const isRoot = (c: T) => c.parentId == null || !ids.has(c.parentId);
  return sorted.filter(isRoot).map((comment) => ({
    comment,
    replies: sorted.filter((c) => !isRoot(c) && c.parentId === comment.id),
  }));
}

/**
 * What each comment and reply on one line is called in its buttons' names ("Edit your comment on
 * turn 3", "Reply to Maya's comment on turn 3"), told apart when one person has two of a kind
 * there: "your comment on turn 3 (“Please say more about…”)", by how it starts, and when two start
 * alike, by its place too: "(2nd, “Thanks.”)". The quote says which one by the words a screen reader
 * just read, and it does not move to another comment when an earlier one is deleted, as "your 2nd
 * comment" would; a name that is unique stays short.
 */
export function commentNames<
  T extends {
    id: string;
    authorId: string;
    parentId?: string | null | undefined;
    text: string;
    createdAt: number;
  },
>(
  comments: readonly T[],
  opts: { turnLabel: string; meId: string | undefined; authorOf: (c: T) => string },
): Map<string, string> {
  const base = (c: T) =>
    `${opts.meId !== undefined && c.authorId === opts.meId ? "your" : `${opts.authorOf(c)}'s`} ${
      c.parentId != null ? "reply" : "comment"
    } on ${opts.turnLabel}`;
  const groups = new Map<string, T[]>();
  for (const c of comments.toSorted((a, b) => a.createdAt - b.createdAt))
    groups.set(base(c), [...(groups.get(base(c)) ?? []), c]);
  const names = new Map<string, string>();
  for (const [name, group] of groups) {
    const quoted = group.map((c) => `${name} (“${quoteStart(c.text)}”)`);
    group.forEach((c, i) => {
      const q = quoted[i] as string;
      names.set(
        c.id,
        group.length === 1
          ? name
          : quoted.indexOf(q) === quoted.lastIndexOf(q)
            ? q
            : `${name} (${ordinal(i + 1)}, “${quoteStart(c.text)}”)`,
      );
    });
  }
  return names;
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** "Reviewed by Maya" / "Reviewed by Maya and Sam" / "Reviewed by Maya, Sam and Li". */
export function reviewedByText(names: readonly string[]): string {
  if (names.length === 0) return "";
  const last = names.at(-1);
  const list = names.length === 1 ? last : `${names.slice(0, -1).join(", ")} and ${last}`;
  return `Reviewed by ${list}`;
}
