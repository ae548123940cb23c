import { afterEach, describe, expect, it } from "vitest";
import { detectMoves, detectMovesOf } from "../detect-moves";
import { compileModel, LearnedModelSchema } from "./model";
import { activeLearnedModel, LEARNED_BY_DEFAULT, setLearnedModel } from "./reader";
import shipped from "./weights.json" with { type: "json" };

/** A hand-made model: "gizmo" is strong evidence of a next step; "nope" of nothing. */
const toy = compileModel({
  trainedOn: { sha256: "", lines: 0, sets: "" },
  moves: {
    next_step: { threshold: 0.6, bias: -3, weights: { "w:gizmo": 5, "w:nope": -10 } },
    appreciation: { threshold: 0.6, bias: -3, weights: { "w:gizmo": 5, "w:nope": -10 } },
  },
});

afterEach(() => setLearnedModel(undefined));

describe("the learned reader's hook in detectMoves", () => {
  it("adds a move the rules missed, marked as learned, on the sentence it scores highest", () => {
    setLearnedModel(toy);
    const text = "Right. The gizmo goes out with Sam.";
    const learned = detectMoves(text).filter((m) => m.source === "learned");
    expect(learned.map((m) => m.move).sort()).toEqual(["appreciation", "next_step"]);
    for (const m of learned)
      expect(text.slice(m.start, m.end)).toBe("The gizmo goes out with Sam.");
  });

  it("adds nothing below the threshold, and never what the rules already found", () => {
    setLearnedModel(toy);
    expect(detectMoves("The gizmo, nope.").some((m) => m.source === "learned")).toBe(false);
    // The rules find appreciation here: the reader does not add a second one.
    const moves = detectMoves("Thank you for the gizmo, that was a real help.");
    expect(moves.filter((m) => m.move === "appreciation")).toHaveLength(1);
    expect(moves.find((m) => m.move === "appreciation")?.source).toBeUndefined();
  });

  it("is silent when switched off, and the rules' moves are unchanged by it", () => {
    const text = "Can you send the gizmo by Friday? I'll review it Monday.";
    setLearnedModel(null);
    const rules = detectMoves(text);
    setLearnedModel(toy);
    const both = detectMoves(text);
    expect(both.filter((m) => m.source === undefined)).toEqual(rules);
  });

  it("is read by detectMovesOf too, which finds what detectMoves finds", () => {
    setLearnedModel(toy);
    const text = "Okay. The gizmo goes out with Sam.";
    const previous = [{ speaker: "employee" as const, text: "What about the gizmo?" }];
    for (const kinds of [
      ["next_step"],
      ["next_step", "follow_up"],
      ["appreciation", "advice"],
    ] as const) {
      expect(detectMovesOf(text, kinds, { previous })).toEqual(
        detectMoves(text, { previous }).filter((m) =>
          (kinds as readonly string[]).includes(m.move),
        ),
      );
    }
    expect(detectMovesOf(text, ["next_step"]).map((m) => m.source)).toEqual(["learned"]);
  });

  it("ships a model that parses, and is off unless switched on", () => {
    const model = LearnedModelSchema.parse(shipped);
    expect(Object.keys(model.moves).length).toBeGreaterThan(0);
    expect(LEARNED_BY_DEFAULT).toBe(false);
    setLearnedModel(undefined);
    if (process.env.FLIGHTDECK_LEARNED_MOVES === undefined) expect(activeLearnedModel()).toBeNull();
  });
});
