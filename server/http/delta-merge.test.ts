import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { deltaMerger, type ReplyDelta } from "./delta-merge";

const piece = (offset: number, delta: string, replyId = "r1", seq = 5): ReplyDelta => ({
  seq,
  replyId,
  personaId: "p",
  offset,
  delta,
});

/** Applies deltas by offset, as the web client does. */
const apply = (deltas: readonly ReplyDelta[]) =>
  deltas.reduce((text, d) => text.slice(0, d.offset) + d.delta, "");

describe("deltaMerger", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("sends the first delta at once and joins the rest of the window into one", () => {
    const sent: ReplyDelta[] = [];
    const m = deltaMerger((d) => sent.push(d), 50);
    m.push(piece(0, "Honestly,"));
    expect(sent).toEqual([piece(0, "Honestly,")]);
    vi.advanceTimersByTime(20);
    m.push(piece(9, " the"));
    vi.advanceTimersByTime(20);
    m.push(piece(13, " last"));
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(10);
    expect(sent).toEqual([piece(0, "Honestly,"), piece(9, " the last")]);
  });

  it("sends nothing late: a quiet window lets the next delta through at once", () => {
    const sent: ReplyDelta[] = [];
    const m = deltaMerger((d) => sent.push(d), 50);
    m.push(piece(0, "One."));
    vi.advanceTimersByTime(80);
    m.push(piece(4, " Two."));
    expect(sent.map((d) => d.delta)).toEqual(["One.", " Two."]);
  });

  it("never joins across a reset or another reply, and keeps the order", () => {
    const sent: ReplyDelta[] = [];
    const m = deltaMerger((d) => sent.push(d), 50);
    m.push(piece(0, "I was told to"));
    m.push(piece(13, " never"));
    m.push(piece(0, "")); // the draft was replaced: the text starts again
    m.push(piece(0, "Fine."));
    m.push(piece(0, "Next reply.", "r2", 7));
    m.flush();
    expect(apply(sent.filter((d) => d.replyId === "r1"))).toBe("Fine.");
    expect(sent.at(-1)).toEqual(piece(0, "Next reply.", "r2", 7));
    expect(sent.map((d) => d.delta)).toEqual(["I was told to", " never", "Fine.", "Next reply."]);
  });

  it("gives the client the same text as the unmerged deltas, whatever the timing", () => {
    const words = "I kept thinking I could catch up if I stayed later and did not ask".split(" ");
    const raw: ReplyDelta[] = [];
    let offset = 0;
    for (const [i, w] of words.entries()) {
      const text = i === 0 ? w : ` ${w}`;
      raw.push(piece(offset, text));
      offset += text.length;
    }
    for (const gap of [1, 10, 33, 49, 51, 120]) {
      const sent: ReplyDelta[] = [];
      const m = deltaMerger((d) => sent.push(d), 50);
      for (const d of raw) {
        m.push(d);
        vi.advanceTimersByTime(gap);
      }
      m.flush();
      expect(apply(sent)).toBe(apply(raw));
      expect(sent.length).toBeLessThanOrEqual(raw.length);
      // Two or more deltas per window are joined; one per window or fewer go out as they are.
      if (gap <= 25) expect(sent.length).toBeLessThan(raw.length / 2);
      if (gap > 50) expect(sent.length).toBe(raw.length);
    }
  });

  it("drops what it holds when stopped", () => {
    const sent: ReplyDelta[] = [];
    const m = deltaMerger((d) => sent.push(d), 50);
    m.push(piece(0, "a"));
    m.push(piece(1, "b"));
    m.stop();
    vi.advanceTimersByTime(100);
    expect(sent).toEqual([piece(0, "a")]);
  });
});
