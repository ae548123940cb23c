import { afterEach, describe, expect, it } from "vitest";
import { turnTrace } from "./turn-trace";

/** The bench's per-turn stage timer: intervals between the stages a turn reached, in order. */
describe("turnTrace", () => {
  afterEach(() => {
    turnTrace.enabled = false;
    turnTrace.take();
  });

  it("records nothing while off", () => {
    turnTrace.mark("s1", "say");
    turnTrace.mark("s1", "sent");
    expect(turnTrace.take()).toEqual({});
  });

  it("takes the interval between each pair of consecutive stages a turn reached", async () => {
    turnTrace.enabled = true;
    turnTrace.mark("s1", "say");
    turnTrace.mark("s1", "speak");
    await new Promise((r) => setTimeout(r, 20));
    turnTrace.mark("s1", "piece");
    turnTrace.mark("s1", "sent");
    const t = turnTrace.take();
    expect(Object.keys(t).sort()).toEqual(["piece>sent", "say>speak", "speak>piece"]);
    expect(t["speak>piece"]?.[0]).toBeGreaterThanOrEqual(15);
    expect(t["say>speak"]?.[0]).toBeLessThan(15);
    // Taken once: the next take starts empty.
    expect(turnTrace.take()).toEqual({});
  });

  it("takes a stage's time from the caller when given (a frame's arrival)", () => {
    turnTrace.enabled = true;
    const arrived = performance.now() - 30;
    turnTrace.mark("s3", "say", arrived);
    turnTrace.mark("s3", "sent");
    expect(turnTrace.take()["say>sent"]?.[0]).toBeGreaterThanOrEqual(30);
  });

  it("keeps the first time of a stage, starts over at the next say, and ignores a session with no say", () => {
    turnTrace.enabled = true;
    turnTrace.mark("s2", "speak"); // no say yet: ignored
    turnTrace.mark("s2", "sent");
    expect(turnTrace.take()).toEqual({});

    turnTrace.mark("s1", "say");
    turnTrace.mark("s1", "speak");
    turnTrace.mark("s1", "say"); // a new turn before the first was answered
    turnTrace.mark("s1", "sent");
    expect(Object.keys(turnTrace.take())).toEqual(["say>sent"]);

    turnTrace.mark("s1", "say");
    turnTrace.mark("s1", "sent");
    turnTrace.mark("s1", "sent"); // later deltas of the same reply: the turn is already complete
    expect(turnTrace.take()["say>sent"]).toHaveLength(1);
  });
});
