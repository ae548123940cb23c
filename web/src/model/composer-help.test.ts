import { describe, expect, it } from "vitest";
import { type ComposerState, composerHelp } from "./composer-help";

const base: ComposerState = {
  ended: false,
  connection: "open",
  tooLong: false,
  maxChars: 2000,
  awaiting: false,
  pending: false,
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
    expect(help({ connection: "offline", awaiting: true, pending: true })).toMatch(
      /your line is kept/,
    );
    expect(help({ connection: "reconnecting", awaiting: true, pending: true })).toBe(
      "Reconnecting: your line is kept and goes once the connection is back.",
    );
    expect(help({ connection: "reconnecting" })).toBe("Reconnecting… you can keep typing.");
  });
  it("does not say a line is kept while only the persona's reply is awaited", () => {
    for (const connection of ["offline", "reconnecting", "connecting"] as const) {
      const text = help({ connection, awaiting: true, pending: false });
      expect(text).not.toMatch(/your line is kept/);
      expect(text).toMatch(/keep typing, and send once Dana's reply is in\./);
    }
  });
  it("offline, names what needs the connection, as those buttons cannot (review 7 #11)", () => {
    for (const over of [{}, { awaiting: true }, { awaiting: true, pending: true }]) {
      expect(help({ connection: "offline", ...over })).toMatch(
        /^Offline: .*\. Coach hint, rewind and End need the connection\.$/,
      );
    }
    expect(help({ connection: "open" })).not.toContain("need the connection");
  });
  it("waits for the reply, then says a resolved conversation is the manager's to close", () => {
    expect(help({ awaiting: true, resolved: true })).toBe(
      "Waiting for Dana's reply… you can keep typing.",
    );
    expect(help({ resolved: true })).toMatch(/^They have agreed/);
  });
});
