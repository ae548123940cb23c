import { describe, expect, it } from "vitest";
import { patternOf, shippedContent } from "../../tests/support/shipped-content";
import type { Transcript } from "../moves";
import { outcomeNote, scoreTranscript } from "./index";
import { markdownTurn, parseTranscript } from "./parse-transcript";

/**
 * A mediation's "Agree how and when to decide" is done only once both of them agree, as the persona
 * engine resolves it only then (criteria.ts, agreedNextStep: every persona commits). One of the two
 * agreeing is partial, and the note says who has not yet.
 */
const content = await shippedContent();
const mediation = patternOf(content, "conflict-mediation-opening");

type Line = readonly [who: "manager" | "tomas" | "elena", text: string];
const NAMES = { tomas: "Tomás Herrera", elena: "Elena Voss" } as const;

const lines = (tomasLast: string): Line[] => [
  [
    "manager",
    "Right, let's start. The point of today is a way of making this call that both of you would trust. I'd like us to leave with a decision process and a date.",
  ],
  ["tomas", "There isn't one now. That's the problem."],
  ["manager", "Elena, how do you see the proposal?"],
  [
    "elena",
    "RFC-112 solves a Checkout problem by creating a Platform problem. I'm the codeowner of the shared libs.",
  ],
  ["manager", "Tomás, same question: how do you see it, and what do you most need out of this?"],
  ["tomas", "I need the pages to stop. Nine last month."],
  [
    "manager",
    "Then let's do that: an ADR with criteria including ownership cost, co-written by you both by Friday the 5th, and a ninety-minute decision review on Wednesday the 10th that I'll chair. Agreed?",
  ],
  ["elena", "Agreed."],
  [
    "manager",
    "Tomás, can you live with the ADR by Friday the 5th and the decision review on the 10th?",
  ],
  ["tomas", tomasLast],
];

/** As a live session records it: who spoke each employee turn, and their reply intents. */
const live = (ls: Line[]): Transcript => ({
  turns: ls.map(([who, text]) =>
    who === "manager"
      ? { speaker: "manager", text }
      : { speaker: "employee", text, personaId: who, name: NAMES[who] },
  ),
});
/** As the Markdown export writes it ("**Employee (Elena Voss):** Agreed."), read back. */
const exported = (ls: Line[]): Transcript => {
  const md = ls
    .map(([who, text]) =>
      who === "manager"
        ? markdownTurn("manager", text)
        : markdownTurn("employee", text, { name: NAMES[who] }),
    )
    .join("\n\n");
  const parsed = parseTranscript(md, "markdown");
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.transcript;
};
const decideHow = (t: Transcript, intents?: (string | null)[]) =>
  scoreTranscript(
    t,
    mediation,
    intents ? { employeeIntents: intents as never } : undefined,
  ).steps.find((s) => s.id === "decide-how");

const HEDGE = "Maybe. I'd want to see the criteria first.";
const YES = "Yes, that works.";

describe("Agree how and when to decide, in a mediation", () => {
  it("live: one of the two committing is partial, and names who has not agreed", () => {
    const intents = [null, "acknowledge", null, "answer", null, "answer", null, "commit", null];
    const step = decideHow(live(lines(HEDGE)), [...intents, "hedge"]);
    expect(step?.status).toBe("partial");
    expect(step?.note).toMatch(/: Proposed; Elena agreed, Tomás did not yet\.$/);
    expect(step?.agreement).toEqual({ agreed: ["Elena"], waiting: ["Tomás"] });
  });

  it("live: both committing is done", () => {
    const intents = [null, "acknowledge", null, "answer", null, "answer", null, "commit", null];
    const step = decideHow(live(lines(YES)), [...intents, "commit"]);
    expect(step?.status).toBe("hit");
    expect(step).not.toHaveProperty("agreement");
  });

  it("a passed attempt whose session ended says who had not come round, and who had", () => {
    const intents = [null, "acknowledge", null, "answer", null, "answer", null, "commit", null];
    const card = scoreTranscript(live(lines(HEDGE)), mediation, {
      employeeIntents: [...intents, "hedge"] as never,
    });
    const note = outcomeNote("ended", { ...card, passed: true });
    expect(note).toContain("it was ended before Tomás came round (Elena agreed).");
    expect(outcomeNote("out_of_turns", { ...card, passed: true })).toContain(
      "the turns ran out before Tomás came round (Elena agreed).",
    );
  });

  it("an exported transcript: the names on its lines say who agreed", () => {
    const step = decideHow(exported(lines(HEDGE)));
    expect(step?.status).toBe("partial");
    expect(step?.note).toMatch(/: Proposed; Elena agreed, Tomás did not yet\.$/);
    expect(decideHow(exported(lines(YES)))?.status).toBe("hit");
  });

  it("the export's names are kept on the turns it reads back", () => {
    const turns = exported(lines(YES)).turns;
    expect(turns[7]).toMatchObject({ speaker: "employee", name: "Elena Voss" });
    expect(turns[0]).not.toHaveProperty("name");
  });

  it("a transcript that names no one is read as one employee, as before", () => {
    const anonymous: Transcript = {
      turns: lines(HEDGE).map(([who, text]) => ({
        speaker: who === "manager" ? "manager" : "employee",
        text,
      })),
    };
    expect(decideHow(anonymous)?.status).toBe("hit");
  });
});
