import { describe, expect, it } from "vitest";
import { type ComposerState, composerHelp } from "./composer-help";

const base: ComposerState = {
  ended: false,
  connection: "open",
  tooLong: false,
  maxChars: 2000,
  awaiting: false,
  resolved: false,
  personaName: "Dana",
  onTouch: false,
};
const help = (over: Partial<ComposerState>) => composerHelp({ ...base, ...over });

describe("composerHelp", () => {
  it("says how to send when nothing is in the way", () => {
    expect(help({})).toBe("Enter sends · Shift+Enter adds a line");
    expect(help({ onTouch: true })).toBe("Tap Send when it reads right.");
  });
  it("puts what stops sending first: the end, another tab, then a line too long", () => {
    expect(help({ ended: true, connection: "taken_over", tooLong: true })).toBe(
      "The conversation has ended.",
    );
    expect(help({ connection: "taken_over", tooLong: true })).toMatch(/open in another tab/);
    expect(help({ tooLong: true, connection: "offline" })).toMatch(/up to 2,000 characters/);
  });
  it("says the connection beside the box, and that a line sent waits for it", () => {
    expect(help({ connection: "offline", awaiting: true })).toMatch(/your line is kept/);
    expect(help({ connection: "reconnecting" })).toBe("Reconnecting… you can keep typing.");
  });
  it("waits for the reply, then says a resolved conversation is the manager's to close", () => {
    expect(help({ awaiting: true, resolved: true })).toBe(
      "Waiting for Dana's reply… you can keep typing.",
    );
    expect(help({ resolved: true })).toMatch(/^They have agreed/);
  });
});
