import { beforeEach, describe, expect, it } from "vitest";
import type { WireSession } from "../../../server/sessions/protocol.schema";

/** A tab's sessionStorage, as the browser gives it. */
class MemoryStorage {
  private items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
}
const storage = new MemoryStorage();
(globalThis as { sessionStorage?: unknown }).sessionStorage = storage;

const { useAppStore } = await import("./store");
const { hintDelay, HINT_GAP_MS } = await import("../model/live-session");
const store = () => useAppStore.getState();

const session: WireSession = {
  id: "s1",
  scenarioId: "x",
  status: "active",
  outcome: null,
  branchId: "b1",
  turnLimit: 20,
  managerTurns: 0,
  options: { coachHints: true, difficulty: 2 },
  lastSeq: 1,
};

/** A reload: the in-memory store starts again from nothing, on the same tab's storage. */
function reload(sessionId = "s1") {
  store().liveReset("other");
  store().liveReset(sessionId);
}

describe("the live slice keeps what the manager typed across a reload", () => {
  beforeEach(() => storage.clear());

  it("keeps a line shown as Sending…, with its turn id, until the server acknowledges it", () => {
    store().liveReset("s1");
    store().liveSetDraft("What got in the way this sprint?");
    store().liveQueueTurn({ turnId: "t-7", text: "What got in the way this sprint?" });
    expect(store().live.draft).toBe("");
    reload();
    // Back as the pending line, with the same turn id: sent again on attach, taken once.
    expect(store().live.pending).toEqual({
      turnId: "t-7",
      text: "What got in the way this sprint?",
    });
    expect(store().live.draft).toBe("");
    // Acknowledged: nothing is kept any more, and a later reload sends nothing.
    store().liveApply({
      type: "turn_accepted",
      seq: 2,
      turn: {
        id: "m1",
        index: 0,
        seq: 2,
        speaker: "manager",
        text: "What got in the way this sprint?",
        clientTurnId: "t-7",
        status: "complete",
      },
    });
    expect(store().live.pending).toBeNull();
    reload();
    expect(store().live.pending).toBeNull();
  });

  it("a refused line goes back into the box, and is kept there, not as pending", () => {
    store().liveReset("s1");
    store().liveQueueTurn({ turnId: "t-8", text: "Hi Dana" });
    store().liveSetDraft("and another thought");
    store().liveApply({
      type: "error",
      code: "FD_RATE_LIMITED",
      message: "Too many messages at once: wait a few seconds and send again.",
      continues: true,
      turnId: "t-8",
    });
    expect(store().live.pending).toBeNull();
    reload();
    expect(store().live.pending).toBeNull();
    expect(store().live.draft).toBe("Hi Dana\nand another thought");
  });

  it("keeps each session's lines apart, and ignores what storage holds that is not a line", () => {
    store().liveReset("s1");
    store().liveQueueTurn({ turnId: "t-1", text: "For s1" });
    storage.setItem("flightdeck.pending.s2", "{not json");
    reload("s2");
    expect(store().live.pending).toBeNull();
    reload("s1");
    expect(store().live.pending?.text).toBe("For s1");
  });

  it("a coach hint asked for waits for its answer (a hint or an error)", () => {
    store().liveReset("s1");
    store().liveApply({
      type: "session_started",
      seq: 1,
      session,
      briefing: { id: "x", title: "X" },
      limits: { maxTurnChars: 2000, maxFrameBytes: 16384, turnLimit: 20 },
    });
    expect(hintDelay(store().live, 10_000)).toBe(0);
    store().liveAskHint(10_000);
    expect(store().live.hintAsked).toBe(true);
    // On its way: another press adds nothing.
    expect(hintDelay(store().live, 60_000)).toBeNull();
    store().liveApply({ type: "hint", seq: 2, text: "Ask what got in the way." });
    expect(store().live.hintAsked).toBe(false);
    // Answered fast: the next waits out the gap, so 30 presses in 10 s send at most 10.
    expect(hintDelay(store().live, 10_400)).toBe(HINT_GAP_MS - 400);
    expect(hintDelay(store().live, 10_000 + HINT_GAP_MS)).toBe(0);
    store().liveAskHint(20_000);
    store().liveApply({
      type: "error",
      code: "FD_RATE_LIMITED",
      message: "Too many messages at once: wait a few seconds and send again.",
      continues: true,
    });
    expect(store().live.hintAsked).toBe(false);
  });
});
