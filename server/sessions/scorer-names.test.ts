import { describe, expect, it } from "vitest";
import { shippedContent } from "../../tests/support/shipped-content";
import type { TranscriptTurn } from "../moves";
import { rubricScorer } from "./default-engines";

/**
 * The live scorer names who spoke each employee turn from the persona, so a mediation's note says
 * "Elena agreed, Tomás did not yet", not the persona ids (server/rubric/mediation-agreement.test.ts).
 */
const content = await shippedContent();

describe("the session service's scorer in a mediation", () => {
  it("names each person in the note on a step only one of them agreed to", () => {
    const turns: TranscriptTurn[] = [
      { speaker: "manager", text: "Elena, how do you see the proposal?" },
      { speaker: "employee", text: "It creates a Platform problem.", personaId: "elena" },
      { speaker: "manager", text: "Tomás, how do you see it, and what do you need?" },
      { speaker: "employee", text: "I need the pages to stop.", personaId: "tomas" },
      {
        speaker: "manager",
        text: "Then let's do that: an ADR with criteria including ownership cost, co-written by you both by Friday the 5th, and a ninety-minute decision review on Wednesday the 10th that I'll chair. Agreed?",
      },
      { speaker: "employee", text: "Agreed.", personaId: "elena" },
    ];
    const scored = rubricScorer.score(turns, "conflict-mediation-opening", content, {
      intents: [null, "answer", null, "answer", null, "commit"],
      moves: turns.map(() => undefined),
    });
    const card = scored?.scorecard as { steps: { id: string; status: string; note: string }[] };
    const step = card.steps.find((s) => s.id === "decide-how");
    expect(step?.status).toBe("partial");
    expect(step?.note).toMatch(/: Proposed; Elena agreed, Tomás did not yet\.$/);
  });
});
