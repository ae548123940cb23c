import type { WireTurn } from "../../../server/sessions/protocol.schema";
import type { BranchView } from "../../../server/sessions/record.schema";
import { otherVersions, versionName } from "../../../server/sessions/versions";
import { lineLabel, managerNumbers, turnAnchor } from "./transcript";

/**
 * A version of a rewound conversation other than the one being flown, as the debrief and the review
 * page fold it under the transcript: its lines from where it parts (the export's grouping,
 * server/sessions/versions.ts), numbered as that version counts them, and the reviewers' comments
 * on them.
 */
export interface VersionShown {
  attempt: number;
  /** "Version 1 (first try)". */
  name: string;
  /** The manager's turn where it parts from the version being flown. */
  fromTurn: number;
  outcome: string | null;
  turns: WireTurn[];
  /** The version's own numbering of the manager's lines (turn index → number). */
  numbers: Map<number, number>;
  /** First comments (not replies) on its lines. */
  comments: number;
  /** What each of its lines is called and its anchor, apart from the flown version's. */
  lines: VersionLines;
  /** The version itself: how it ended, its score. */
  branch: BranchView;
}

/** How another version's lines are told apart from the flown version's on one page. */
export interface VersionLines {
  /** "turn 3 of Version 1", "Elena's reply to turn 3 of Version 1": buttons name the line. */
  labelOf: (turn: WireTurn, who: string) => string;
  /** "v1-turn-6": the flown version's line at the same place is "turn-6". */
  anchorOf: (turn: WireTurn) => string;
}

interface CommentLike {
  turnId: string;
  parentId?: string | null | undefined;
}

/** The other versions, oldest first, with how many first comments each has on its own lines. */
export function versionsShown(
  branches: readonly BranchView[],
  flown: readonly WireTurn[],
  comments: readonly CommentLike[],
): VersionShown[] {
  return otherVersions(branches, flown).map((v) => {
    const ids = new Set(v.turns.map((t) => t.id));
    return {
      attempt: v.attempt,
      name: versionName(v.attempt),
      fromTurn: v.fromTurn,
      outcome: v.outcome,
      turns: v.turns,
      numbers: managerNumbers(v.branch.turns),
      comments: comments.filter((c) => c.parentId == null && ids.has(c.turnId)).length,
      branch: v.branch,
      lines: {
        labelOf: (t, who) => `${lineLabel(v.branch.turns, t, who)} of Version ${v.attempt}`,
        anchorOf: (t) => turnAnchor(t.index, `v${v.attempt}-turn`),
      },
    };
  });
}

/** First comments on the lines of the version being flown. */
export const commentsOnLines = (turns: readonly WireTurn[], comments: readonly CommentLike[]) => {
  const ids = new Set(turns.map((t) => t.id));
  return comments.filter((c) => c.parentId == null && ids.has(c.turnId)).length;
};

const plural = (n: number) => `${n} ${n === 1 ? "comment" : "comments"}`;

/**
 * Where a reviewer's comments are, counted as the page shows them: "1 comment beside your lines (2
 * more on Version 1, which you rewound)", "2 comments on Version 1, which you rewound"; null with
 * none. A version without comments is not named.
 */
export function commentsWhere(
  beside: number,
  versions: readonly { attempt: number; comments: number }[],
): string | null {
  const elsewhere = versions
    .filter((v) => v.comments > 0)
    .map(
      (v, i) =>
        `${i === 0 && beside === 0 ? plural(v.comments) : v.comments} on Version ${v.attempt}`,
    );
  const others =
    elsewhere.length === 0
      ? ""
      : `${elsewhere.length === 1 ? elsewhere[0] : `${elsewhere.slice(0, -1).join(", ")} and ${elsewhere.at(-1)}`}, which you rewound`;
  if (beside === 0) return others || null;
  const here = `${plural(beside)} beside your lines`;
  return others ? `${here} (${others.replace(/^(\d+)/, "$1 more")})` : here;
}
