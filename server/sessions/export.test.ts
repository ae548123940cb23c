import { describe, expect, it } from "vitest";
import {
  managerNumbers,
  renumberNote as renumberForDebrief,
  replyNumbers,
  scoredTurnIndex,
} from "../../web/src/model/transcript";
import { loadValidContent } from "../content";
import { parseTranscript, scoreTranscript } from "../rubric";
import { type Scorecard, ScorecardSchema } from "../rubric/scorecard.schema";
import { type ExportRecord, exportJson, exportMarkdown, renumberNote } from "./export";
import type { WireSession, WireTurn } from "./protocol.schema";

const turn = (index: number, text: string, over: Partial<WireTurn> = {}): WireTurn => ({
  id: `t${index}`,
  index,
  seq: index + 2,
  speaker: index % 2 === 0 ? "manager" : "employee",
  text,
  status: "complete",
  ...over,
});

// The second reply was cut off before a word: the rubric skips it when it numbers positions.
const turns = [
  turn(0, "Thanks for making time."),
  turn(1, "Sure."),
  turn(2, "What got in the way?"),
  turn(3, "", { status: "interrupted" }),
  turn(4, "So the pager ate the week?"),
  turn(5, "Yes."),
];

describe("renumberNote in exports", () => {
  const notes = [
    'Turn 4: "So the pager ate the week?" (a reflection).',
    'Turn 3: "What got in the way?" (an open question).',
    'Critical anti-pattern "blame" on turn 3.',
    "Not applicable: they never raised it (turn 5).",
    "Turn 4 answered the question.",
    "Turn 9 is past the end.",
    'Counted as partial: turn 4, "So the pager", the same sentence was flagged as "Blame".',
    'Not counted: turn 9, "x", the same sentence was flagged as "Label" (critical).',
  ];
  it("numbers the manager's lines, as the debrief does (positions skip the empty reply)", () => {
    expect(renumberNote(notes[0] as string, turns)).toBe(
      'Turn 3: "So the pager ate the week?" (a reflection).',
    );
    expect(renumberNote(notes[1] as string, turns)).toBe(
      'Turn 2: "What got in the way?" (an open question).',
    );
    expect(renumberNote("Turn 1 then Turn 3.", turns.slice(0, 3))).toBe("Turn 1 then Turn 2.");
    expect(renumberNote("Turn 9 is past the end.", turns)).toBe("Turn 9 is past the end.");
    // Why a sentence counted only partly: the flagged line, numbered as hers too (review 7, #3).
    expect(renumberNote(notes[6] as string, turns)).toBe(
      'Counted as partial: turn 3, "So the pager", the same sentence was flagged as "Blame".',
    );
  });
  it("agrees with the debrief's renumbering on every kind of reference", () => {
    const numbers = managerNumbers(turns);
    for (const note of notes)
      expect(renumberNote(note, turns)).toBe(
        renumberForDebrief(
          note,
          scoredTurnIndex(turns),
          (i) => numbers.get(i),
          replyNumbers(turns),
        ),
      );
  });
});

const session: WireSession = {
  id: "s1",
  scenarioId: "missed-sprint-commitments",
  status: "ended",
  outcome: "resolved",
  branchId: "b2",
  turnLimit: 20,
  managerTurns: 2,
  options: { coachHints: true, difficulty: 2 },
  lastSeq: 9,
};

describe("exports of a rewound conversation", () => {
  const first = [turn(0, "Hi Dana."), turn(1, "Hi."), turn(2, "You always miss deadlines.")];
  const flown = [
    turn(0, "Hi Dana."),
    turn(1, "Hi."),
    turn(2, "How did the sprint feel?", { id: "n2" }),
    turn(3, "Rough.", { id: "n3" }),
  ];
  const record: ExportRecord = {
    session,
    turns: flown,
    scorecards: [],
    branches: [
      { active: false, createdAt: 1, outcome: "escalated", turns: first },
      { active: true, createdAt: 2, outcome: "resolved", turns: flown },
    ],
  };
  const content = { scenarios: new Map(), personas: new Map() } as never;

  it("Markdown: the attempt flown, then the others under their heading, which score ignores", () => {
    const md = exportMarkdown(record, content);
    expect(md).toContain("This conversation was rewound once.");
    expect(md).toContain("### Version 1 (first try): from your turn 2 (Escalated)");
    expect(md).not.toMatch(/Attempt \d/);
    expect(md).toContain("Your turn 1 and the reply to it are as above");
    const parsed = parseTranscript(md);
    expect(parsed.ok && parsed.transcript.turns.map((t) => t.text)).toEqual(
      flown.map((t) => t.text),
    );
  });
  it("Markdown for a reviewer: the versions part at the manager's turn, by name (review 9b, #8)", () => {
    const md = exportMarkdown(
      {
        ...record,
        ownerId: "lee",
        readerId: "felix",
        notes: {
          reviews: [],
          comments: [],
          adjustments: [],
          setAsides: [],
          authors: [{ id: "lee", displayName: "Lee Chen" }],
        },
      },
      content,
    );
    expect(md).toContain("### Version 1 (first try): from Lee Chen's turn 2 (Escalated)");
    expect(md).toContain("Lee Chen's turn 1 and the reply to it are as above");
    expect(md).not.toMatch(/\b[Yy]our turn/);
  });
  it("JSON: `turns` are the attempt flown; `attempts` has the others from where they part", () => {
    const json = exportJson(record);
    expect(json.turns.map((t) => t.text)).toEqual(flown.map((t) => t.text));
    expect(json).toMatchObject({
      rewound: 1,
      attempts: [
        {
          attempt: 1,
          fromTurn: 2,
          outcome: "escalated",
          turns: [{ speaker: "manager", text: "You always miss deadlines." }],
        },
      ],
    });
  });
  it("a conversation never rewound says nothing of attempts", () => {
    const once: ExportRecord = { ...record, branches: [record.branches[1] as never] };
    expect(exportMarkdown(once, content)).not.toMatch(/rewound|Other versions/);
    expect(exportJson(once)).not.toHaveProperty("attempts");
  });
  it("a reply cut off before a word is exported, and `flightdeck score` reads past it", () => {
    const cut = [
      turn(0, "Hi Dana."),
      turn(1, "", { status: "interrupted" }),
      turn(2, "How did the sprint feel?"),
      turn(3, "Rough."),
    ];
    const once: ExportRecord = { ...record, turns: cut, branches: [] };
    const json = exportJson(once);
    expect(json.turns[1]).toEqual({ speaker: "employee", text: "", status: "interrupted" });
    const md = exportMarkdown(once, content);
    expect(md).toMatch(/\*\*Employee:\*\* +_\(cut off\)_/);
    for (const file of [JSON.stringify(json), md]) {
      const parsed = parseTranscript(file);
      expect(parsed.ok && parsed.transcript.turns.map((t) => t.text)).toEqual([
        "Hi Dana.",
        "How did the sprint feel?",
        "Rough.",
      ]);
    }
    // An empty turn not marked as cut off is still a mistake in the file.
    expect(parseTranscript('{"turns":[{"speaker":"manager","text":" "}]}')).toMatchObject({
      ok: false,
    });
  });

  it("a line the model never answered: both exports say so, and `flightdeck score` leaves it out as the session did", () => {
    const unanswered = [
      turn(0, "Hi Dana."),
      turn(1, "Hi."),
      turn(2, "How did the sprint feel?"),
      turn(3, "", { status: "interrupted", cause: "model" }),
      turn(4, "How did the sprint feel, honestly?"),
      turn(5, "Rough."),
    ];
    const once: ExportRecord = { ...record, turns: unanswered, branches: [] };
    const json = exportJson(once);
    expect(json.turns[3]).toEqual({
      speaker: "employee",
      text: "",
      status: "interrupted",
      cause: "model",
    });
    const md = exportMarkdown(once, content);
    expect(md).toMatch(/\*\*Employee:\*\* +_\(no reply: the model was unavailable\)_/);
    for (const file of [JSON.stringify(json), md]) {
      const parsed = parseTranscript(file);
      expect(parsed.ok && parsed.transcript.turns.map((t) => t.text)).toEqual([
        "Hi Dana.",
        "Hi.",
        "How did the sprint feel, honestly?",
        "Rough.",
      ]);
    }
  });

  it("a mediation: both exports name who spoke each reply, and `flightdeck score` reads the names", () => {
    const cast = {
      scenarios: new Map(),
      personas: new Map([
        ["elena", { name: "Elena Voss" }],
        ["tomas", { name: "Tomás Herrera" }],
      ]),
    } as never;
    const lines = [
      turn(0, "An ADR by Friday the 5th. Agreed?"),
      turn(1, "Agreed.", { personaId: "elena" }),
      turn(2, "Tomás?"),
      turn(3, "Maybe.", { personaId: "tomas" }),
    ];
    const once: ExportRecord = { ...record, turns: lines, branches: [] };
    const json = exportJson(once, cast);
    expect(json.turns[1]).toEqual({ speaker: "employee", text: "Agreed.", name: "Elena Voss" });
    expect(json.turns[0]).not.toHaveProperty("name");
    for (const file of [JSON.stringify(json), exportMarkdown(once, cast)]) {
      const parsed = parseTranscript(file);
      expect(parsed.ok && parsed.transcript.turns.map((t) => t.name)).toEqual([
        undefined,
        "Elena Voss",
        undefined,
        "Tomás Herrera",
      ]);
    }
  });

  it("says the score and verdict that count: a reviewer's, or a review of an earlier version", () => {
    const scored = {
      scenarios: new Map([["s1", { title: "S", patterns: ["p1"] }]]),
      personas: new Map(),
    } as never;
    const base: ExportRecord = {
      ...record,
      session: { ...record.session, scenarioId: "s1" },
      scorecards: [{ patternId: "p1", overall: 76, passed: false }],
      branches: [],
    };
    const counted = {
      overall: 84,
      passed: true,
      machineOverall: 76,
      machinePassed: false,
      reviewedOverall: 84,
      verdictByReviewer: true,
      staleReview: null,
    };
    expect(exportMarkdown(base, scored)).toContain("Score (p1): 76/100 — not passed");
    const md = exportMarkdown({ ...base, counted }, scored);
    expect(md).toContain(
      "Score (p1): 84/100 — passed, as your reviewer counted it (the machine: 76/100 — not passed)",
    );
    expect(exportJson({ ...base, counted })).toMatchObject({ counted: { passed: true } });
    const stale = {
      ...counted,
      overall: 76,
      passed: false,
      reviewedOverall: null,
      verdictByReviewer: false,
      staleReview: { overall: 84 },
    };
    const after = exportMarkdown({ ...base, counted: stale }, scored);
    expect(after).toContain("Score (p1): 76/100 — not passed");
    expect(after).toContain("Your reviewer's review (84/100) was of an earlier version");
    // Still a transcript `flightdeck score` reads.
    expect(parseTranscript(md).ok).toBe(true);
  });

  it("strikes a flag a counting review set aside, with the reason, and drops it from why not passed", async () => {
    const real = await loadValidContent(".");
    const pattern = real.patterns.get("delivering-difficult-feedback");
    if (!pattern) throw new Error("no pattern");
    const lines = [turn(0, "Honestly, you are lazy."), turn(1, "Okay.")];
    const parsed = parseTranscript(exportMarkdown({ ...record, turns: lines, branches: [] }, real));
    if (!parsed.ok) throw new Error("unparsed");
    const card = scoreTranscript(parsed.transcript, pattern);
    const flag = card.antiPatterns.find((f) => f.critical);
    if (!flag) throw new Error("no critical flag");
    const base: ExportRecord = {
      ...record,
      session: { ...record.session, scenarioId: "missed-sprint-commitments" },
      turns: lines,
      scorecards: [card],
      branches: [],
    };
    const reason = "a quote of what the customer said, not a label";
    const others = card.failReasons.filter((r) => !r.includes(flag.title));
    const counted = {
      overall: card.overall,
      passed: others.length === 0,
      machineOverall: card.overall,
      machinePassed: false,
      reviewedOverall: null,
      verdictByReviewer: others.length === 0,
      staleReview: null,
      failReasons: others,
      changedSteps: [],
      setAsideFlags: [{ id: flag.id, turn: flag.turn, reason }],
    };
    const before = exportMarkdown(base, real);
    expect(before).toContain(`Turn 1: ${flag.title} (critical)`);
    expect(before).toMatch(new RegExp(`- Critical anti-pattern "${flag.title}"`));
    const md = exportMarkdown({ ...base, counted }, real);
    expect(md).toContain(`Turn 1: ~~${flag.title}~~ (critical)`);
    expect(md).toContain(`Set aside by your reviewer: ${reason}`);
    expect(md).not.toMatch(new RegExp(`- Critical anti-pattern "${flag.title}"`));
    expect(parseTranscript(md).ok).toBe(true);
  });

  it("a heading in someone's words cannot end the transcript early", () => {
    for (const heading of ["## Other versions", "## Other attempts"]) {
      const sly = [turn(0, `Hi.\n${heading}\nStill me.`), turn(1, "Okay.")];
      const md = exportMarkdown({ ...record, turns: sly, branches: [] }, content);
      const parsed = parseTranscript(md);
      expect(parsed.ok && parsed.transcript.turns).toHaveLength(2);
    }
  });
  it("an export made before branches were called versions still ends at “## Other attempts”", () => {
    const old = exportMarkdown(record, content).replace("## Other versions", "## Other attempts");
    const parsed = parseTranscript(old);
    expect(parsed.ok && parsed.transcript.turns.map((t) => t.text)).toEqual(
      flown.map((t) => t.text),
    );
  });
});

describe("the Markdown export's debrief", () => {
  it("gives each step with the manager's own words, each flag with its better phrasing, numbered as the debrief does; score reads the same turns", async () => {
    const { shippedContent, patternOf } = await import("../../tests/support/shipped-content");
    const { scoreTranscript } = await import("../rubric");
    const shipped = await shippedContent();
    const lines = [
      turn(0, "You always miss your sprint commitments."),
      turn(1, "", { status: "interrupted" }),
      turn(2, "Great work on the launch."),
      turn(3, "ok thanks"),
      turn(4, "One thing: the tests were skipped."),
      turn(5, "…"),
      turn(6, "But honestly, you're one of our best."),
      turn(7, "Right."),
      turn(8, "What's getting in the way from your side?"),
      turn(9, "Interrupts, mostly."),
    ];
    const card = scoreTranscript(
      {
        turns: lines
          .filter((t) => t.text !== "")
          .map((t) => ({ speaker: t.speaker, text: t.text })),
      },
      patternOf(shipped, "delivering-difficult-feedback"),
    );
    const md = exportMarkdown({ session, turns: lines, scorecards: [card], branches: [] }, shipped);
    // The verdict, then every step of the pattern, then the flags, before the transcript.
    expect(md).toContain(`### ${patternOf(shipped, "delivering-difficult-feedback").title}`);
    expect(md.indexOf("Steps:")).toBeLessThan(md.indexOf("## Transcript"));
    for (const step of card.steps) expect(md).toContain(`: ${step.title}`);
    // Done out of order: its words, and why it is only partly done.
    expect(md).toMatch(
      /- ◐ Partly: Ask for their perspective \(required\): turn 5 “What's getting in the way from your side\?”\. Done, but without/,
    );
    expect(md).toMatch(/- ✗ Missed: .*\(required\)\. /);
    // The blame on the first line, and the sandwich over lines 2 to 4, in the manager's numbering.
    expect(md).toMatch(
      /- Turn 1: Absolute or blaming language: “You always miss your sprint commitments\.” Better: \S/,
    );
    expect(md).toMatch(
      /- Turns 2, 3, 4: Feedback sandwich: “But honestly, you're one of our best\.” Better: \S/,
    );
    expect(card.failReasons.length).toBeGreaterThan(0);
    for (const reason of card.failReasons) expect(md).toContain(`- ${reason}`);
    // `flightdeck score` reads the same conversation from it.
    const parsed = parseTranscript(md);
    expect(parsed.ok && parsed.transcript.turns.map((t) => t.text)).toEqual(
      lines.filter((t) => t.text !== "").map((t) => t.text),
    );
  });
});

describe("the Markdown export after a review (review 6, #2 and #15)", () => {
  const lines = [
    turn(
      0,
      "Over the last month I've seen comments like 'No.' on the Growth team's pull requests.",
    ),
    turn(1, "They were wrong."),
    turn(
      2,
      "The impact is that two engineers wait for your days off to merge. What's your read on it?",
    ),
    turn(3, "I review until midnight."),
    turn(4, "What would help you here? Could we work out a plan together?"),
    turn(5, "A review guide, maybe."),
    turn(
      6,
      "So to make it concrete: you draft the review guide by Friday. Does that work for you?",
    ),
    turn(7, "Maybe. I'd want to see the numbers first.", { id: "t7" }),
  ];
  const scenario = { title: "Reviews", patterns: ["delivering-difficult-feedback"] };
  const base = async () => {
    const { shippedContent, patternOf } = await import("../../tests/support/shipped-content");
    const shipped = await shippedContent();
    const content = {
      ...shipped,
      scenarios: new Map([...shipped.scenarios, ["s-review", scenario]]),
    } as never as typeof shipped;
    const card = scoreTranscript(
      { turns: lines.map((t) => ({ speaker: t.speaker, text: t.text })) },
      patternOf(shipped, "delivering-difficult-feedback"),
    );
    const step = card.steps.find((s) => s.id === "next-step");
    // The machine reads the step in turn 4, proposed and not agreed ("Maybe. …"): Partly.
    expect(step?.status, "the machine reads a proposed next step").toBe("partial");
    const record: ExportRecord = {
      session: { ...session, scenarioId: "s-review", outcome: "ended" },
      turns: lines,
      scorecards: [card],
      branches: [
        {
          active: true,
          createdAt: 1,
          outcome: "ended",
          turns: lines,
          stillNeeded: ["Elena Voss to agree to a next step"],
        },
      ],
      ownerId: "priya",
    };
    return { content, card, record };
  };
  const REASON = "Elena never agreed: 'Maybe' is not an agreement.";
  const notes = (card: { overall: number }) => ({
    reviews: [{ reviewerId: "tom", status: "done", doneAt: 10, updatedAt: 10 }],
    comments: [
      {
        id: "c1",
        authorId: "tom",
        turnId: "t7",
        parentId: null,
        text: "This is where she\nleft it open.",
        createdAt: 5,
      },
      { id: "c2", authorId: "priya", turnId: "t7", parentId: "c1", text: "Fair.", createdAt: 6 },
    ],
    adjustments: [
      {
        authorId: "tom",
        patternId: "delivering-difficult-feedback",
        stepId: "next-step",
        machineStatus: "hit",
        status: "missed",
        machineScore: null,
        score: null,
        reason: REASON,
        updatedAt: 4,
      },
      {
        authorId: "tom",
        patternId: "delivering-difficult-feedback",
        stepId: null,
        machineStatus: null,
        status: null,
        machineScore: card.overall,
        score: 72,
        reason: "Strong opening, but she closed on a maybe.",
        updatedAt: 4,
      },
    ],
    setAsides: [],
    authors: [
      { id: "tom", displayName: "Tom Becker" },
      { id: "priya", displayName: "Priya Raman" },
    ],
  });

  it("says what it still needed, and why a passed attempt did not end resolved, as the debrief does", async () => {
    const { content, card, record } = await base();
    const md = exportMarkdown(record, content);
    expect(card.passed, "the machine passes it").toBe(true);
    expect(md).toContain(
      "To end resolved, the conversation still needed: Elena Voss to agree to a next step.",
    );
    expect(md).toContain(
      "The attempt passed, but the conversation did not get what it needed: it was ended before they came round.",
    );
    expect(md.indexOf("still needed")).toBeLessThan(md.indexOf("## Transcript"));
    const json = exportJson(record, content);
    expect(json).toMatchObject({
      stillNeeded: ["Elena Voss to agree to a next step"],
      outcomeNote: expect.stringContaining("The attempt passed, but"),
    });
    expect(json).not.toHaveProperty("review");
  });

  it("shows the reviewer's status on the step with the machine's and the reason, and the comments under their line", async () => {
    const { content, card, record } = await base();
    const reviewed: ExportRecord = {
      ...record,
      counted: {
        overall: 72,
        passed: false,
        machineOverall: card.overall,
        machinePassed: true,
        reviewedOverall: 72,
        verdictByReviewer: true,
        staleReview: null,
        failReasons: ['Required step "Agree a specific next step" was missed.'],
        changedSteps: [
          {
            id: "next-step",
            title: "Agree a specific next step",
            machine: "partial",
            reviewer: "missed",
          },
        ],
        setAsideFlags: [],
      },
      notes: notes(card),
    };
    const md = exportMarkdown(reviewed, content);
    expect(md).toContain("72/100 — not passed, as your reviewer counted it");
    expect(md).toContain("Reviewed by Tom Becker.");
    expect(md).toContain(
      `Your reviewer marked "Agree a specific next step" Missed; the machine had it Partly. With that reading the attempt does not pass`,
    );
    expect(md).toContain('- Required step "Agree a specific next step" was missed.');
    // The step line: the counted status, the machine's with what it read, the reviewer's reason.
    expect(md).toMatch(
      /- ✗ Missed: Agree a specific next step \(required\)\. Your reviewer marked it Missed; the machine had it Partly: turn 4 “So to make it concrete: [^”]*”\. [^\n]*: Proposed; they did not agree to it yet\. Why \(Tom Becker\): Elena never agreed/,
    );
    expect(md).not.toMatch(/✓ Done: Agree a specific next step/);
    expect(md).toContain(
      `**Tom Becker** (reviewer) scored it 72 (the machine: ${card.overall}). Why: Strong opening`,
    );
    // A passed-but-not-resolved note would contradict the counted verdict: none.
    expect(md).not.toContain("The attempt passed, but");
    // The comment and the reply, under the line they are on, attributed.
    const after = md.slice(md.indexOf("**Employee:** Maybe."));
    expect(after).toContain(
      "> 💬 **Tom Becker** (reviewer) commented: This is where she left it open.",
    );
    expect(after).toContain("> 💬 **You** replied: Fair.");
    // `flightdeck score` reads the same conversation as without the review.
    const parsed = parseTranscript(md);
    expect(parsed.ok && parsed.transcript.turns.map((t) => t.text)).toEqual(
      lines.map((t) => t.text),
    );
    const plain = parseTranscript(exportMarkdown(record, content));
    expect(parsed).toEqual(plain);
    // The JSON carries the same: the comment on its line, the step change with its reason.
    expect(exportJson(reviewed, content)).toMatchObject({
      review: {
        reviewedBy: ["Tom Becker"],
        comments: [
          {
            on: "the reply to your turn 4",
            author: "Tom Becker (reviewer)",
            replies: [{ author: "You", text: "Fair." }],
          },
        ],
        steps: [{ stepId: "next-step", reviewer: "missed", reason: REASON, counts: true }],
        scores: [{ reviewer: 72, counts: true }],
      },
    });
  });

  it("is written for a reviewer who downloads it: by name, the manager's replies as theirs, his own as his (review 9b, #8)", async () => {
    const { content, card, record } = await base();
    const named = {
      ...notes(card),
      authors: [...notes(card).authors, { id: "priya", displayName: "Priya Raman" }],
    };
    const reviewed: ExportRecord = {
      ...record,
      counted: {
        overall: 72,
        passed: false,
        machineOverall: card.overall,
        machinePassed: true,
        reviewedOverall: 72,
        verdictByReviewer: true,
        staleReview: null,
        failReasons: ['Required step "Agree a specific next step" was missed.'],
        changedSteps: [
          {
            id: "next-step",
            title: "Agree a specific next step",
            machine: "partial",
            reviewer: "missed",
          },
        ],
        setAsideFlags: [],
      },
      notes: named,
    };
    const forOwner = exportMarkdown({ ...reviewed, readerId: "priya" }, content);
    expect(forOwner, "the owner reads it as before").toBe(exportMarkdown(reviewed, content));
    expect(forOwner).toContain("> 💬 **You** replied: Fair.");

    // Tom, the reviewer, downloads it: his own notes are his, the manager's replies hers.
    const forTom = exportMarkdown({ ...reviewed, readerId: "tom" }, content);
    expect(forTom).not.toMatch(/\b[Yy]our (reviewer|mentor|turn)/);
    expect(forOwner).toContain("Outcome: Ended by you");
    expect(forTom).toContain("Outcome: Ended by Priya Raman");
    expect(forTom).toContain("72/100 — not passed, as you counted it (the machine:");
    expect(forTom).toContain(
      `You marked "Agree a specific next step" Missed; the machine had it Partly.`,
    );
    expect(forTom).toMatch(
      /\(required\)\. You marked it Missed; the machine had it Partly: turn 4 /,
    );
    expect(forTom).toContain("**You** (reviewer) scored it 72");
    expect(forTom).toContain("> 💬 **You** (reviewer) commented: This is where she left it open.");
    expect(forTom).toContain("> 💬 **Priya Raman** (manager) replied: Fair.");

    // Someone else who may read it (another mentor, an admin): everyone by name.
    const forSam = exportMarkdown({ ...reviewed, readerId: "sam" }, content);
    expect(forSam).toContain("72/100 — not passed, as Tom Becker counted it");
    expect(forSam).toContain(`Tom Becker marked "Agree a specific next step" Missed;`);
    expect(forSam).toMatch(/\(required\)\. Tom Becker marked it Missed; the machine had it Partly/);
    expect(forSam).toContain(
      "> 💬 **Tom Becker** (reviewer) commented: This is where she left it open.",
    );
    expect(forSam).toContain("> 💬 **Priya Raman** (manager) replied: Fair.");
    expect(forSam).not.toMatch(/\*\*You\*\*|\b[Yy]our (reviewer|mentor|turn)/);

    // `flightdeck score` reads every reader's file as the same conversation, with the same patterns.
    const read = parseTranscript(forOwner);
    expect(read.ok).toBe(true);
    expect(parseTranscript(forTom)).toEqual(read);
    expect(parseTranscript(forSam)).toEqual(read);

    // The JSON says the same: the line by the manager's name, the authors as the reader sees them.
    expect(exportJson({ ...reviewed, readerId: "tom" }, content)).toMatchObject({
      review: {
        comments: [
          {
            on: "the reply to Priya Raman's turn 4",
            author: "You (reviewer)",
            replies: [{ author: "Priya Raman (manager)", text: "Fair." }],
          },
        ],
        steps: [{ stepId: "next-step", author: "You (reviewer)", counts: true }],
        scores: [{ reviewer: 72, author: "You (reviewer)" }],
      },
    });
    expect(exportJson({ ...reviewed, readerId: "priya" }, content)).toMatchObject({
      review: {
        comments: [
          {
            on: "the reply to your turn 4",
            author: "Tom Becker (reviewer)",
            replies: [{ author: "You", text: "Fair." }],
          },
        ],
      },
    });
  });

  it("tells a reviewer whose review is open that it is his, and a stale one without 'your'", async () => {
    const { content, card, record } = await base();
    const open = {
      ...notes(card),
      reviews: [{ reviewerId: "tom", status: "open", doneAt: null, updatedAt: 4 }],
    };
    expect(exportMarkdown({ ...record, notes: open, readerId: "tom" }, content)).toContain(
      "Your review is in progress: it counts once you mark it done.",
    );
    const other = exportMarkdown({ ...record, notes: open, readerId: "sam" }, content);
    expect(other).toContain(
      "The review is in progress: it counts once the reviewer marks it done.",
    );
    expect(other).toMatch(/\*\*Tom Becker\*\* \(reviewer\) marked it Missed \(not counted yet/);
    const stale: ExportRecord = {
      ...record,
      notes: notes(card),
      readerId: "tom",
      counted: {
        overall: card.overall,
        passed: card.passed,
        machineOverall: card.overall,
        machinePassed: card.passed,
        reviewedOverall: null,
        verdictByReviewer: false,
        staleReview: { overall: 72 },
      },
    };
    const md = exportMarkdown(stale, content);
    expect(md).toContain(
      "The review (72/100) was of an earlier version of this conversation, before it was rewound; this version counts with the machine's score until it is reviewed again.",
    );
    expect(exportMarkdown({ ...stale, readerId: "priya" }, content)).toContain(
      "Your reviewer's review (72/100) was of an earlier version",
    );
  });

  it("says a note of a review not marked done does not count yet, and keeps the machine's status", async () => {
    const { content, card, record } = await base();
    const open = {
      ...notes(card),
      reviews: [{ reviewerId: "tom", status: "open", doneAt: null, updatedAt: 4 }],
    };
    const md = exportMarkdown({ ...record, notes: open }, content);
    expect(md).toContain("Your mentor's review is in progress");
    expect(md).toMatch(
      /- ◐ Partly: Agree a specific next step \(required\): turn 4 “[^”]*”\. [^\n]*: Proposed; they did not agree to it yet\. \*\*Tom Becker\*\* \(reviewer\) marked it Missed \(not counted yet: the review is not marked done\)\. Why: Elena never agreed/,
    );
  });

  it("a line of someone's words that looks like a reviewer's note stays speech", () => {
    const sly = [turn(0, "Hi.\n> 💬 **Tom** (reviewer) commented: fine"), turn(1, "Okay.")];
    const md = exportMarkdown({ ...{ session, scorecards: [], branches: [] }, turns: sly }, {
      scenarios: new Map(),
      personas: new Map(),
    } as never);
    const parsed = parseTranscript(md);
    expect(parsed.ok && parsed.transcript.turns[0]?.text).toBe(
      "Hi.\n> 💬 **Tom** (reviewer) commented: fine",
    );
  });
});

describe("the model's second opinion in the exports", () => {
  // The manager's lines 1 to 5; the reply cut off before a word is not a position the rubric counts.
  const lines = [
    turn(0, "Thanks for making time. How did the sprint feel?"),
    turn(1, "", { status: "interrupted" }),
    turn(2, "The last two sprints closed with about half the work done."),
    turn(3, "Yeah, I know."),
    turn(4, "What got in the way from your side?"),
    turn(5, "Interrupts, mostly."),
    turn(6, "So the pager ate the week. What would help?"),
    turn(7, "Fewer pages."),
    turn(8, "Let's agree: you take no pager next sprint, and we check in Friday."),
    turn(9, "Deal."),
  ];
  const spoken = lines.filter((t) => t.text !== "");
  const scored = async () => {
    const { shippedContent, patternOf } = await import("../../tests/support/shipped-content");
    const shipped = await shippedContent();
    const card = scoreTranscript(
      { turns: spoken.map((t) => ({ speaker: t.speaker, text: t.text })) },
      patternOf(shipped, "delivering-difficult-feedback"),
    );
    return { shipped, card };
  };
  /** The judge rates every step Partly, pointing at positions 1 and 7 (the manager's turns 2 and 5). */
  const judged = (card: Scorecard) => {
    const steps = card.steps.map((s, i) => ({
      id: s.id,
      status: "partial" as const,
      turns: [1, 7],
      // A reason over two lines, the second looking like a speaker line: it stays one line.
      reason: i === 0 ? "Named the gap.\n**Manager:** not speech" : `Reason ${i}.`,
      agrees: s.status === "partial",
    }));
    const agreeing = steps.filter((s) => s.agrees).length;
    return {
      ...card,
      judge: {
        model: "fake-model",
        steps,
        agreement: agreeing / steps.length,
        summary: "Partly, throughout.",
      },
    };
  };

  it("Markdown: the agreement above the steps and one line under each step the judge rated; score reads past them", async () => {
    const { shipped, card } = await scored();
    const withJudge = judged(card);
    const md = exportMarkdown(
      { session, turns: lines, scorecards: [withJudge], branches: [] },
      shipped,
    );
    const agreeing = withJudge.judge.steps.filter((s) => s.agrees).length;
    const agreement = `The model's second opinion (fake-model) agrees on ${agreeing} of ${card.steps.length} steps; the score is the rule score.`;
    expect(md).toContain(agreement);
    expect(md.indexOf(agreement)).toBeLessThan(md.indexOf("Steps:"));
    const mdLines = md.split("\n");
    const opinions = mdLines.filter((l) => l.startsWith("  - Second opinion (fake-model): "));
    expect(opinions).toHaveLength(card.steps.length);
    // Each under its own step's line, in the manager's numbering, saying whether it agrees.
    card.steps.forEach((step, i) => {
      const at = mdLines.findIndex(
        (l) =>
          l.startsWith(`  - Second opinion`) &&
          l.endsWith(i === 0 ? "Named the gap. **Manager:** not speech" : `Reason ${i}.`),
      );
      expect(mdLines[at - 1]).toContain(`: ${step.title}`);
      expect(mdLines[at]).toBe(
        `  - Second opinion (fake-model): Partly, turns 2, 5, ${step.status === "partial" ? "agrees" : "differs"} · ${i === 0 ? "Named the gap. **Manager:** not speech" : `Reason ${i}.`}`,
      );
    });
    expect(md.lastIndexOf("Second opinion")).toBeLessThan(md.indexOf("## Transcript"));
    // `flightdeck score` reads the same conversation from it, and scores it the same.
    const parsed = parseTranscript(md);
    if (!parsed.ok) throw new Error(parsed.problems.join("; "));
    expect(parsed.transcript.turns.map((t) => t.text)).toEqual(spoken.map((t) => t.text));
    expect(parsed.patterns).toEqual(["delivering-difficult-feedback"]);
  });

  it("Markdown: a step the judge did not rate has no line; none at all without a judge", async () => {
    const { shipped, card } = await scored();
    const withJudge = judged(card);
    const fewer = {
      ...withJudge,
      judge: { ...withJudge.judge, steps: withJudge.judge.steps.slice(1) },
    };
    const md = exportMarkdown(
      { session, turns: lines, scorecards: [fewer], branches: [] },
      shipped,
    );
    expect(md.split("\n").filter((l) => l.startsWith("  - Second opinion"))).toHaveLength(
      card.steps.length - 1,
    );
    expect(md).not.toContain("Named the gap.");
    const plain = exportMarkdown(
      { session, turns: lines, scorecards: [card], branches: [] },
      shipped,
    );
    expect(plain).not.toContain("second opinion");
    expect(plain).not.toContain("Second opinion");
  });

  it("Markdown: says the opinion could not be had, or had not come yet", async () => {
    const { shipped, card } = await scored();
    const failed = {
      ...card,
      judgeStatus: {
        status: "failed" as const,
        model: "fake-model",
        problem: "the judge model did not answer (503)",
      },
    };
    const md = exportMarkdown(
      { session, turns: lines, scorecards: [failed], branches: [] },
      shipped,
    );
    expect(md).toContain(
      "The second opinion (fake-model) could not be had: the judge model did not answer (503).",
    );
    expect(md).not.toContain("  - Second opinion");
    const asked = { ...card, judgeStatus: { status: "asked" as const, model: "fake-model" } };
    expect(
      exportMarkdown({ session, turns: lines, scorecards: [asked], branches: [] }, shipped),
    ).toContain("The model's second opinion (fake-model) had not come yet when this was exported.");
  });

  it("JSON: each scorecard carries the judge's opinion or status as GET does, and score reads it back", async () => {
    const { shipped, card } = await scored();
    const withJudge = judged(card);
    const failed = {
      ...card,
      patternId: "other",
      judgeStatus: { status: "failed" as const, model: "fake-model", problem: "not JSON" },
    };
    const json = exportJson(
      { session, turns: lines, scorecards: [withJudge, failed], branches: [] },
      shipped,
    );
    // As the file reads: scorecards a client of GET /api/sessions/:id reads as well.
    const cards = ScorecardSchema.array().parse(JSON.parse(JSON.stringify(json)).scorecards);
    expect(cards[0]?.judge).toEqual(withJudge.judge);
    expect(cards[0]?.judgeStatus).toBeUndefined();
    expect(cards[1]?.judgeStatus).toEqual(failed.judgeStatus);
    expect(cards[1]?.judge).toBeUndefined();
    const parsed = parseTranscript(JSON.stringify(json));
    if (!parsed.ok) throw new Error(parsed.problems.join("; "));
    expect(parsed.transcript.turns.map((t) => t.text)).toEqual(spoken.map((t) => t.text));
    // Without a judge, none.
    const plain = exportJson({ session, turns: lines, scorecards: [card], branches: [] }, shipped);
    expect(plain.scorecards[0]).not.toHaveProperty("judge");
    expect(plain.scorecards[0]).not.toHaveProperty("judgeStatus");
  });
});
