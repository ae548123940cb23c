import { describe, expect, it } from "vitest";
import { parseTranscript } from "./index";

describe("parseTranscript", () => {
  it("reads Markdown speaker lines, joining continuation lines into the turn", () => {
    const md = [
      "# Sprint carry-over, take 2",
      "",
      "**Manager:** I noticed the sprint carried over.",
      "What's your read?",
      "",
      "- **Employee**: The interrupts ate my week.",
      "**manager:** So the board assumed time you didn't have.",
    ].join("\n");
    expect(parseTranscript(md)).toEqual({
      ok: true,
      transcript: {
        turns: [
          { speaker: "manager", text: "I noticed the sprint carried over.\nWhat's your read?" },
          { speaker: "employee", text: "The interrupts ate my week." },
          { speaker: "manager", text: "So the board assumed time you didn't have." },
        ],
      },
    });
  });

  it("reads JSON checked against the transcript schema", () => {
    const json = JSON.stringify({ turns: [{ speaker: "manager", text: "How was on-call?" }] });
    expect(parseTranscript(json)).toEqual({
      ok: true,
      transcript: { turns: [{ speaker: "manager", text: "How was on-call?" }] },
    });
  });

  it.each([
    ["broken JSON", '{"turns": [', /^not valid JSON/],
    [
      "a wrong speaker in JSON",
      '{"turns":[{"speaker":"boss","text":"hi"}]}',
      /^turns\.0\.speaker: /,
    ],
    ["an unknown field", '{"turns":[],"extra":1}', /^\(root\): /],
    ["no turns", '{"turns":[]}', /no turns/],
    ["an empty turn", '{"turns":[{"speaker":"manager","text":"  "}]}', /turns\.0\.text: /],
    [
      "an unknown Markdown speaker",
      "**Manager:** hi\n**Dana:** hello",
      /^line 2: unknown speaker "Dana"/,
    ],
    ["text before any speaker", "hello there\n**Manager:** hi", /^line 1: expected/],
    ["an empty file", "", /no turns/],
  ])("reports %s", (_, text, problem) => {
    const result = parseTranscript(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems[0]).toMatch(problem);
  });

  it("honours an explicit format", () => {
    expect(parseTranscript("{not json", "markdown").ok).toBe(false);
    expect(parseTranscript("**Manager:** hi", "json")).toMatchObject({ ok: false });
  });
});
