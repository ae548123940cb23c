import { describe, expect, it } from "vitest";
import type { ServerEvent, WireSession, WireTurn } from "../../../server/sessions/protocol.schema";
import {
  applyDelta,
  applyServerEvent,
  currentHint,
  emptyLive,
  isAwaitingReply,
  type LiveState,
  replyBubble,
  retryableReply,
} from "./live-session";

const session = (over: Partial<WireSession> = {}): WireSession => ({
  id: "s1",
  scenarioId: "missed-sprint-commitments",
  status: "active",
  outcome: null,
  branchId: "b1",
  turnLimit: 12,
  managerTurns: 0,
  options: { coachHints: true, difficulty: 3 },
  lastSeq: 1,
  ...over,
});
const turn = (index: number, over: Partial<WireTurn> = {}): WireTurn => ({
  id: `t${index}`,
  index,
  seq: index + 2,
  speaker: index % 2 === 0 ? "manager" : "employee",
  text: `line ${index}`,
  status: "complete",
  ...over,
});
const limits = { maxTurnChars: 2000, maxFrameBytes: 16384, turnLimit: 12 };
const briefing = { id: "missed-sprint-commitments", title: "Missed sprints" };
const fold = (events: ServerEvent[], from: LiveState = emptyLive("s1")) =>
  events.reduce(applyServerEvent, from);

describe("applyDelta", () => {
  it.each([
    ["", 0, "Hel", "Hel"],
    ["Hel", 3, "lo", "Hello"],
    ["Hello", 3, "lo", "Hello"],
    ["Hello", 0, "Hello there", "Hello there"],
  ])("%j at %i + %j → %j", (text, offset, delta, out) => {
    expect(applyDelta(text, offset, delta)).toBe(out);
  });
});

describe("applyServerEvent", () => {
  const started: ServerEvent = {
    type: "session_started",
    seq: 1,
    session: session(),
    briefing,
    limits,
  };
  const accepted: ServerEvent = {
    type: "turn_accepted",
    seq: 2,
    turn: turn(0, { clientTurnId: "c1" }),
  };
  const delta = (offset: number, text: string): ServerEvent => ({
    type: "reply_delta",
    seq: 2,
    replyId: "t1",
    personaId: "dana",
    offset,
    delta: text,
  });
  const done: ServerEvent = {
    type: "reply_done",
    seq: 3,
    turn: turn(1, { seq: 3, text: "Fine, I guess." }),
  };

  it("streams a reply by offset and a replayed delta never duplicates text", () => {
    const s = fold([started, accepted, delta(0, "Fine, "), delta(6, "I"), delta(0, "Fine, I")]);
    expect(s.streaming?.text).toBe("Fine, I");
    expect(isAwaitingReply(s)).toBe(true);
  });

  it("acknowledges the pending turn by its client id and counts manager turns", () => {
    const s = fold([started], { ...emptyLive("s1"), pending: { turnId: "c1", text: "line 0" } });
    expect(s.pending).not.toBeNull();
    const after = applyServerEvent(s, accepted);
    expect(after.pending).toBeNull();
    expect(after.session?.managerTurns).toBe(1);
  });

  it("an event seen live and again in a replay is applied once", () => {
    const s = fold([started, accepted, done, accepted, done]);
    expect(s.turns.map((t) => t.id)).toEqual(["t0", "t1"]);
    expect(s.streaming).toBeNull();
    expect(s.lastSeq).toBe(3);
  });

  it("a delta for a reply already committed is ignored", () => {
    const s = fold([started, accepted, done, delta(0, "stale")]);
    expect(s.streaming).toBeNull();
    expect(s.turns[1]?.text).toBe("Fine, I guess.");
  });

  it("resumed replaces the turns and skips replayed events its snapshot already holds", () => {
    const rewound = session({ branchId: "b2", lastSeq: 9, managerTurns: 1 });
    const s = fold([
      {
        type: "resumed",
        session: rewound,
        turns: [turn(0, { clientTurnId: "c1" })],
        briefing,
        limits,
      },
      // The replay from seq 0 that follows: the old branch's turns must not come back.
      started,
      accepted,
      done,
      { type: "hint", seq: 4, text: "Ask what got in the way." },
      { type: "branch_started", seq: 5, session: session(), turns: [], fromTurn: 0 },
    ]);
    expect(s.session?.branchId).toBe("b2");
    expect(s.turns.map((t) => t.id)).toEqual(["t0"]);
    // The replayed hint came before the rewind: it belongs to the old line and is not shown.
    expect(s.hints).toEqual([]);
    expect(s.lastSeq).toBe(9);
  });

  it("resumed picks up a reply that is still streaming and keeps text already seen", () => {
    const s = fold([started, accepted, delta(0, "Fine, I gu")]);
    const resumed = applyServerEvent(s, {
      type: "resumed",
      session: session({ lastSeq: 2 }),
      turns: [turn(0), turn(1, { status: "streaming", text: "Fine, " })],
      briefing,
      limits,
    });
    expect(resumed.streaming?.text).toBe("Fine, I gu");
    const more = applyServerEvent(resumed, delta(0, "Fine, I guess"));
    expect(more.streaming?.text).toBe("Fine, I guess");
  });

  it("says which words on screen a server that stopped did not save, and keeps what it saved", () => {
    const s = fold([started, accepted, delta(0, "Fine, I guess the sprint was")]);
    const resumed = applyServerEvent(s, {
      type: "resumed",
      session: session({ lastSeq: 3 }),
      turns: [turn(0), turn(1, { status: "interrupted", text: "Fine, I guess" })],
      briefing,
      limits,
    });
    expect(resumed.turns[1]?.text).toBe("Fine, I guess");
    expect(resumed.notice).toContain("(“the sprint was”) were not saved");
    // Saved to the last word: nothing to say.
    const whole = applyServerEvent(s, {
      type: "resumed",
      session: session({ lastSeq: 3 }),
      turns: [turn(0), turn(1, { status: "interrupted", text: "Fine, I guess the sprint was" })],
      briefing,
      limits,
    });
    expect(whole.notice).toBeNull();
  });

  it("an error about the pending turn puts its text back in the message box", () => {
    const s = fold([started], { ...emptyLive("s1"), pending: { turnId: "c9", text: "Hi" } });
    const failed = applyServerEvent(s, {
      type: "error",
      code: "FD_TURN_OUT_OF_ORDER",
      message: "wait",
      continues: true,
      turnId: "c9",
    });
    expect(failed.pending).toBeNull();
    expect(failed.draft).toBe("Hi");
    expect(failed.error?.code).toBe("FD_TURN_OUT_OF_ORDER");
  });

  it("an error about another turn leaves the pending turn alone", () => {
    const s = fold([started], { ...emptyLive("s1"), pending: { turnId: "c9", text: "Hi" } });
    const failed = applyServerEvent(s, {
      type: "error",
      code: "FD_RATE_LIMITED",
      message: "slow down",
      continues: true,
    });
    expect(failed.pending?.turnId).toBe("c9");
    expect(failed.draft).toBe("");
  });

  it("a session deleted while open says so in plain words, and the line goes back in the box", () => {
    const s = fold([started], { ...emptyLive("s1"), pending: { turnId: "c9", text: "Hi" } });
    for (const e of [
      // Told by the server when the delete happened, and at the next line (another process).
      {
        code: "FD_SESSION_NOT_FOUND",
        message: "This conversation was deleted, so it can't go on.",
      },
      { code: "FD_SESSION_NOT_FOUND", message: 'no session "7f30f967"', turnId: "c9" },
    ]) {
      const gone = applyServerEvent(s, { type: "error", continues: false, ...e });
      expect(gone.deleted).toBe(true);
      expect(gone.error).toBeNull();
    }
    const said = applyServerEvent(s, {
      type: "error",
      code: "FD_SESSION_NOT_FOUND",
      message: 'no session "7f30f967"',
      continues: false,
      turnId: "c9",
    });
    expect(said.draft).toBe("Hi");
    expect(said.pending).toBeNull();
    // Never opened here (a mistyped link): the not-found page, not "deleted".
    const never = applyServerEvent(emptyLive("s1"), {
      type: "error",
      code: "FD_SESSION_NOT_FOUND",
      message: 'no session "s1"',
      continues: false,
    });
    expect(never.deleted).toBe(false);
    expect(never.error?.code).toBe("FD_SESSION_NOT_FOUND");
    // Other errors are shown as they are.
    expect(
      applyServerEvent(s, {
        type: "error",
        code: "FD_SESSION_ENDED",
        message: "x",
        continues: true,
      }).deleted,
    ).toBe(false);
  });

  it("a branch replaces the turns and clears the end", () => {
    const s = fold([
      started,
      accepted,
      done,
      { type: "session_ended", seq: 4, outcome: "ended", reason: "You ended it." },
      {
        type: "scorecard_ready",
        seq: 5,
        sessionId: "s1",
        branchId: "b1",
        overall: 40,
        passed: false,
      },
    ]);
    expect(s.ended?.outcome).toBe("ended");
    expect(s.scorecard?.overall).toBe(40);
    expect(isAwaitingReply(s)).toBe(false);
    const b = applyServerEvent(s, {
      type: "branch_started",
      seq: 6,
      session: session({ branchId: "b2", lastSeq: 6 }),
      turns: [],
      fromTurn: 0,
    });
    expect(b.turns).toEqual([]);
    expect(b.ended).toBeNull();
    expect(b.scorecard).toBeNull();
    // It left a conversation that had ended: no undo.
    expect(b.undoable).toBe(false);
  });

  it("offers to undo a rewind of a conversation still going, until a line is said on it", () => {
    const s = fold([started, accepted, done]);
    const rewound = applyServerEvent(s, {
      type: "branch_started",
      seq: 6,
      session: session({ branchId: "b2", lastSeq: 6 }),
      turns: [],
      fromTurn: 0,
    });
    expect(rewound.undoable).toBe(true);
    const said = applyServerEvent(rewound, {
      type: "turn_accepted",
      seq: 7,
      turn: turn(0, { id: "n0", seq: 7, text: "Again" }),
    });
    expect(said.undoable).toBe(false);
    const restored = applyServerEvent(rewound, {
      type: "branch_started",
      seq: 7,
      session: session({ branchId: "b1", lastSeq: 7 }),
      turns: [turn(0), turn(1)],
      fromTurn: 0,
      restored: true,
    });
    expect(restored.undoable).toBe(false);
    expect(restored.turns).toHaveLength(2);
    expect(restored.notice).toMatch(/^Back where you were/);
  });

  it("a hint shows until the manager's next line, and a rewind clears it and says what happened", () => {
    const hint: ServerEvent = { type: "hint", seq: 4, text: "Ask what got in the way." };
    const s = fold([started, accepted, done, hint]);
    expect(currentHint(s)?.text).toBe("Ask what got in the way.");
    // Sending hides it at once; the accepted turn keeps it hidden.
    expect(
      currentHint({ ...s, pending: { turnId: "c2", text: "What got in the way?" } }),
    ).toBeNull();
    const next = applyServerEvent(s, {
      type: "turn_accepted",
      seq: 5,
      turn: turn(2, { seq: 5, clientTurnId: "c2" }),
    });
    expect(currentHint(next)).toBeNull();
    expect(next.hints).toHaveLength(1);
    // A hint after that line is current again.
    const again = applyServerEvent(next, { type: "hint", seq: 6, text: "Agree a next step." });
    expect(currentHint(again)?.text).toBe("Agree a next step.");
    const rewound = applyServerEvent(again, {
      type: "branch_started",
      seq: 7,
      session: session({ branchId: "b2", lastSeq: 7 }),
      turns: [turn(0), turn(1)],
      fromTurn: 2,
    });
    expect(rewound.hints).toEqual([]);
    expect(currentHint(rewound)).toBeNull();
    expect(rewound.notice).toMatch(/^You went back to turn 2: .*first version is kept/);
    // The next line closes the notice.
    const said = applyServerEvent(rewound, {
      type: "turn_accepted",
      seq: 8,
      turn: turn(2, { seq: 8, clientTurnId: "c3" }),
    });
    expect(said.notice).toBeNull();
  });

  it("says when Coach hint gives the same words again for the same line", () => {
    const hint = (seq: number, text: string): ServerEvent => ({ type: "hint", seq, text });
    const s = fold([started, accepted, done, hint(4, "Ask what got in the way.")]);
    expect(currentHint(s)?.repeated).toBe(false);
    const twice = applyServerEvent(s, hint(5, "Ask what got in the way."));
    expect(currentHint(twice)).toEqual({
      seq: 5,
      text: "Ask what got in the way.",
      repeated: true,
    });
    // Other words are a new hint, not a repeat.
    expect(currentHint(applyServerEvent(twice, hint(6, "Agree a next step.")))?.repeated).toBe(
      false,
    );
    // After a new line, the same words are the first hint for that line.
    const next = applyServerEvent(twice, {
      type: "turn_accepted",
      seq: 6,
      turn: turn(2, { seq: 6, clientTurnId: "c2" }),
    });
    expect(currentHint(applyServerEvent(next, hint(7, "Ask what got in the way.")))?.repeated).toBe(
      false,
    );
  });
});

describe("replyBubble (review 7 #6: offline before the first word)", () => {
  const started: ServerEvent = {
    type: "session_started",
    seq: 1,
    session: session(),
    briefing,
    limits,
  };
  const accepted: ServerEvent = {
    type: "turn_accepted",
    seq: 2,
    turn: turn(0, { clientTurnId: "c1" }),
  };
  const delta: ServerEvent = {
    type: "reply_delta",
    seq: 2,
    replyId: "t1",
    personaId: "dana",
    offset: 0,
    delta: "Fine, ",
  };
  const sending = fold([started], {
    ...emptyLive("s1"),
    pending: { turnId: "c1", text: "line 0" },
  });
  const reached = applyServerEvent(sending, accepted);
  const partway = applyServerEvent(reached, delta);

  it("keeps the bubble of a reply that has reached them and not started when the network goes", () => {
    for (const connection of ["offline", "reconnecting", "connecting"] as const) {
      expect(replyBubble(reached, connection)).toEqual({
        personaId: undefined,
        text: "",
        state: "held",
      });
    }
    expect(replyBubble(reached, "open")?.state).toBe("live");
  });

  it("keeps the words so far, still, and says who is answering", () => {
    expect(replyBubble(partway, "offline")).toEqual({
      personaId: "dana",
      text: "Fine, ",
      state: "held",
    });
    expect(replyBubble(partway, "taken_over")?.state).toBe("stopped");
  });

  it("shows no bubble for a line still sending while not connected: nobody is answering it yet", () => {
    expect(replyBubble(sending, "offline")).toBeNull();
    expect(replyBubble(sending, "reconnecting")).toBeNull();
    expect(replyBubble(sending, "open")?.state).toBe("live");
  });

  it("shows none once the reply is in, or when nothing was said", () => {
    const done = applyServerEvent(partway, {
      type: "reply_done",
      seq: 3,
      turn: turn(1, { seq: 3, text: "Fine, I guess." }),
    });
    expect(replyBubble(done, "offline")).toBeNull();
    expect(replyBubble(fold([started]), "open")).toBeNull();
  });
});

describe("Get the reply (retryableReply, reply_retried)", () => {
  const started: ServerEvent = {
    type: "session_started",
    seq: 1,
    session: session(),
    briefing,
    limits,
  };
  const accepted: ServerEvent = { type: "turn_accepted", seq: 2, turn: turn(0) };
  const unanswered = turn(1, { seq: 3, text: "", status: "interrupted", cause: "model" });
  const failed: ServerEvent = {
    type: "reply_done",
    seq: 4,
    turn: unanswered,
    notice: "The model is unavailable right now: … Get the reply …",
  };
  const retried: ServerEvent = {
    type: "reply_retried",
    seq: 5,
    turn: { ...unanswered, status: "streaming", cause: undefined },
  };
  const answered: ServerEvent = {
    type: "reply_done",
    seq: 6,
    turn: turn(1, { seq: 3, text: "Fine, I guess." }),
  };
  const noAnswer = fold([started, accepted, failed]);

  it("offers it on the last reply the model never gave, only while connected and idle", () => {
    expect(retryableReply(noAnswer, "open")?.id).toBe("t1");
    expect(noAnswer.session?.managerTurns).toBe(0);
    for (const connection of ["offline", "reconnecting", "taken_over"] as const)
      expect(retryableReply(noAnswer, connection)).toBeNull();
    // A reply cut before a word by an end or a restart (no cause) is not the model's: nothing to get.
    const cut = fold([
      started,
      accepted,
      { ...failed, turn: { ...unanswered, cause: undefined } } as ServerEvent,
    ]);
    expect(retryableReply(cut, "open")).toBeNull();
    // Not on an earlier line: a line said after it is the last now.
    const later = fold([{ type: "turn_accepted", seq: 5, turn: turn(2, { seq: 5 }) }], noAnswer);
    expect(retryableReply(later, "open")).toBeNull();
    expect(
      retryableReply({ ...noAnswer, pending: { turnId: "c2", text: "x" } }, "open"),
    ).toBeNull();
    const ended = { ...noAnswer, session: session({ status: "ended", outcome: "ended" }) };
    expect(retryableReply(ended, "open")).toBeNull();
  });

  it("a press hides it until the server answers; an error brings it back", () => {
    const asked = { ...noAnswer, retryAsked: "t1" };
    expect(retryableReply(asked, "open")).toBeNull();
    const refused = applyServerEvent(asked, {
      type: "error",
      code: "FD_TURN_OUT_OF_ORDER",
      message: "the reply is already coming",
      continues: true,
    });
    expect(retryableReply(refused, "open")?.id).toBe("t1");
  });

  it("streams the reply again into the same line and replaces the empty one, once", () => {
    const streaming = fold([retried], { ...noAnswer, retryAsked: "t1" });
    expect(streaming.turns.map((t) => t.status)).toEqual(["complete", "streaming"]);
    expect(streaming.notice).toBeNull();
    expect(streaming.retryAsked).toBeNull();
    expect(isAwaitingReply(streaming)).toBe(true);
    expect(retryableReply(streaming, "open")).toBeNull();
    expect(streaming.session?.managerTurns).toBe(1);
    const typing = applyServerEvent(streaming, {
      type: "reply_delta",
      seq: 2,
      replyId: "t1",
      personaId: "dana",
      offset: 0,
      delta: "Fine, ",
    });
    expect(replyBubble(typing, "open")?.text).toBe("Fine, ");
    const done = fold([answered, answered], typing);
    expect(done.turns.map((t) => [t.id, t.status, t.text])).toEqual([
      ["t0", "complete", "line 0"],
      ["t1", "complete", "Fine, I guess."],
    ]);
    expect(done.streaming).toBeNull();
    expect(retryableReply(done, "open")).toBeNull();
  });

  it("a replay the snapshot already holds changes nothing", () => {
    const snapshot = fold([
      {
        type: "resumed",
        session: session({ lastSeq: 6, managerTurns: 1 }),
        turns: [turn(0), turn(1, { seq: 3, text: "Fine, I guess." })],
        briefing,
        limits,
      },
    ]);
    const replayed = fold([failed, retried, answered], snapshot);
    expect(replayed.turns).toEqual(snapshot.turns);
    expect(replayed.streaming).toBeNull();
  });
});
