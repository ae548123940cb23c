/**
 * The other versions of a rewound conversation, as the export groups them and the debrief and the
 * review page show them: each version not being flown, numbered in the order they were started
 * (Version 1 is the first try), with the lines it does not share with the one being flown. Pure:
 * the web client imports it too.
 */

/** What the grouping reads of a turn: its id tells a shared line from one said again. */
interface Line {
  id: string;
  speaker: string;
}

/** What the grouping reads of a branch (BranchView, or the export's record). */
interface Version {
  active: boolean;
  createdAt: unknown;
  outcome: string | null;
  turns: readonly Line[];
}

/** A version other than the one being flown, from where it parts from it. */
export interface OtherVersion<B extends Version = Version> {
  /** 1 for the first try, in the order the versions were started. */
  attempt: number;
  /** The manager's turn (their numbering) where this version and the one being flown part. */
  fromTurn: number;
  outcome: string | null;
  /** Its lines from where it parts: the ones before are the flown version's. */
  turns: B["turns"][number][];
  branch: B;
}

/** The versions other than the one being flown (`flown`: its turns), oldest first. */
export function otherVersions<B extends Version>(
  branches: readonly B[],
  flown: readonly Line[],
): OtherVersion<B>[] {
  const sorted = [...branches].sort((a, b) => Number(a.createdAt) - Number(b.createdAt));
  if (sorted.length < 2) return [];
  return sorted.flatMap((b, i) => {
    if (b.active) return [];
    const turns = b.turns;
    // The first turn of this version that the one being flown does not share.
    let split = 0;
    while (split < turns.length && turns[split]?.id === flown[split]?.id) split++;
    const before = turns.slice(0, split).filter((t) => t.speaker === "manager").length;
    return [
      {
        attempt: i + 1,
        fromTurn: before + 1,
        outcome: b.outcome,
        turns: turns.slice(split),
        branch: b,
      },
    ];
  });
}

/** "Version 1 (first try)", "Version 2": a version's name, as the export heads it. */
export const versionName = (attempt: number): string =>
  `Version ${attempt}${attempt === 1 ? " (first try)" : ""}`;
