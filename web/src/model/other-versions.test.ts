import { describe, expect, it } from "vitest";
import type { WireTurn } from "../../../server/sessions/protocol.schema";
import type { BranchView } from "../../../server/sessions/record.schema";
import { commentsOnLines, commentsWhere, versionsShown } from "./other-versions";

const turn = (id: string, index: number): WireTurn => ({
  id,
  index,
  seq: index,
  speaker: index % 2 === 0 ? "manager" : "employee",
  text: `line ${id}`,
  status: "complete",
});

const branch = (id: string, turns: WireTurn[], over: Partial<BranchView> = {}): BranchView => ({
  id,
  parentId: null,
  forkIndex: null,
  active: false,
  createdAt: 0,
  turns,
  managerTurns: turns.filter((t) => t.speaker === "manager").length,
  outcome: null,
  ...over,
});

// Version 1: six lines (three of the manager's). Rewound to turn 2 (index 2): version 2 shares
// the first two lines and says two of its own.
const v1 = [0, 1, 2, 3, 4, 5].map((i) => turn(`a${i}`, i));
const v2 = [...v1.slice(0, 2), turn("b2", 2), turn("b3", 3)];
const branches = [
  branch("v2", v2, { active: true, createdAt: 20, parentId: "v1", forkIndex: 2 }),
  branch("v1", v1, { createdAt: 10, outcome: "ended" }),
];

describe("versionsShown", () => {
  it("names each version not flown after the export's grouping, with its own lines, numbering and comments", () => {
    const comments = [
      { turnId: "a0", parentId: null }, // on a shared line: beside the flown transcript
      { turnId: "a2", parentId: null },
      { turnId: "a5", parentId: null },
      { turnId: "a5", parentId: "c-a5" }, // a reply: not counted
    ];
    const [only, ...rest] = versionsShown(branches, v2, comments);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({
      attempt: 1,
      name: "Version 1 (first try)",
      fromTurn: 2,
      outcome: "ended",
      comments: 2,
    });
    expect(only?.turns.map((t) => t.id)).toEqual(["a2", "a3", "a4", "a5"]);
    // Its lines keep the numbers that version gave them: a2 was the manager's turn 2.
    expect(only?.numbers.get(2)).toBe(2);
    expect(only?.numbers.get(4)).toBe(3);
    expect(commentsOnLines(v2, comments)).toBe(1);
  });

  it("shows nothing for a conversation never rewound", () => {
    expect(versionsShown([branch("v1", v1, { active: true })], v1, [])).toEqual([]);
  });

  it("numbers versions in the order they were started, and leaves out the one flown", () => {
    const v3 = [...v1.slice(0, 4), turn("c4", 4)];
    const three = [
      branch("v3", v3, { createdAt: 30 }),
      ...branches.map((b) => ({ ...b, active: b.id === "v1" })),
    ];
    const shown = versionsShown(three, v1, [{ turnId: "c4", parentId: null }]);
    expect(shown.map((v) => [v.name, v.fromTurn, v.comments])).toEqual([
      ["Version 2", 2, 0],
      ["Version 3", 3, 1],
    ]);
  });
});

describe("commentsWhere", () => {
  it("counts what the page shows: beside the lines, then on each version rewound", () => {
    expect(commentsWhere(3, [])).toBe("3 comments beside your lines");
    expect(commentsWhere(1, [{ attempt: 1, comments: 2 }])).toBe(
      "1 comment beside your lines (2 more on Version 1, which you rewound)",
    );
    expect(commentsWhere(0, [{ attempt: 1, comments: 2 }])).toBe(
      "2 comments on Version 1, which you rewound",
    );
    expect(commentsWhere(0, [{ attempt: 1, comments: 1 }])).toBe(
      "1 comment on Version 1, which you rewound",
    );
    expect(
      commentsWhere(1, [
        { attempt: 1, comments: 2 },
        { attempt: 2, comments: 0 },
        { attempt: 3, comments: 1 },
      ]),
    ).toBe(
      "1 comment beside your lines (2 more on Version 1 and 1 on Version 3, which you rewound)",
    );
    expect(commentsWhere(0, [{ attempt: 1, comments: 0 }])).toBeNull();
  });
});

describe("a version's lines", () => {
  it("are named and anchored apart from the flown version's lines at the same place", () => {
    const [v] = versionsShown(branches, v2, []);
    const reply = v1[3] as WireTurn;
    expect(v?.lines.labelOf(v1[2] as WireTurn, "You")).toBe("turn 2 of Version 1");
    expect(v?.lines.labelOf(reply, "Elena")).toBe("Elena's reply to turn 2 of Version 1");
    expect(v?.lines.anchorOf(reply)).toBe("v1-turn-3");
  });
});
