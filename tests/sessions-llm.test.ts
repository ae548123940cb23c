import { Writable } from "node:stream";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../server/store";
import { DATABASES, freshDatabase, type TestDatabase } from "./support/databases";
import { type FakeOpenAI, startFakeOpenAI } from "./support/fake-openai";
import { type ServerProcess, startServerProcess } from "./support/processes";
import { startTestServer, type TestServer, TestSocket } from "./support/servers";

type Frame = Record<string, unknown> & { type: string; seq?: number };
const SCENARIO = "missed-sprint-commitments";
const LONG_REPLY =
  "Honestly, the last few sprints have been rough. Wei was out for two of them and the reconciliation work kept growing under me. I kept thinking I could catch up if I just stayed later, and I didn't want to be the one asking for help again.";

async function startSession(url: string, scenarioId = SCENARIO) {
  const socket = await TestSocket.open(url);
  socket.send({ type: "start", scenarioId, seed: 11 });
  const started = (await socket.until<Frame>((f) => f.type === "session_started")).at(
    -1,
  ) as Frame & {
    session: { id: string };
  };
  return { socket, sessionId: started.session.id };
}

const lastSeqOf = (frames: Frame[]) =>
  Math.max(
    0,
    ...frames
      .filter((f) => f.type !== "reply_delta" && typeof f.seq === "number")
      .map((f) => f.seq as number),
  );

/** Applies reply deltas the way the client does: by offset, so replays overwrite. */
function applyDeltas(frames: Frame[], text = ""): string {
  let out = text;
  for (const f of frames)
    if (f.type === "reply_delta") out = out.slice(0, f.offset as number) + (f.delta as string);
  return out;
}

/** A fake OpenAI-compatible model and a real server that uses it, for one describe block. */
function useModelServer(env: Record<string, string> = {}, tokensPerSecond?: number) {
  const m = {} as { fake: FakeOpenAI; server: TestServer; log: string[] };
  beforeAll(async () => {
    m.fake = await startFakeOpenAI(tokensPerSecond ? { tokensPerSecond } : {});
    // The server's warnings, one JSON line each, where an operator would read them.
    m.log = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        m.log.push(...String(chunk).split("\n").filter(Boolean));
        done();
      },
    });
    m.server = await startTestServer(
      "pglite",
      { LLM_BASE_URL: m.fake.url, LLM_MODEL: "fake-model", LLM_API_KEY: "k", ...env },
      { logger: { level: "warn", stream } },
    );
  });
  afterAll(async () => {
    await m.server?.stop();
    await m.fake?.close();
  });
  return m;
}

/** Every behaviour below holds wherever replies stream: the main thread or the reply worker. */
const THREADS = ["main", "worker"] as const;

describe.each(THREADS)(
  "live sessions with a model (fake OpenAI-compatible server), replies on the %s thread",
  (thread) => {
    const m = useModelServer({ LLM_REPLY_THREAD: thread }, 200);

    it("streams the model's reply as deltas and commits it whole", async () => {
      m.fake.script(LONG_REPLY);
      const { socket } = await startSession(m.server.wsUrl);
      socket.send({
        type: "say",
        turnId: "m1",
        text: "How have the last few sprints felt from your side?",
      });
      const frames = await socket.until<Frame>((f) => f.type === "reply_done");
      const deltas = frames.filter((f) => f.type === "reply_delta");
      // Streamed, not sent whole: several deltas (a busy machine merges more of them per 50 ms window).
      expect(deltas.length).toBeGreaterThan(1);
      const done = frames.at(-1) as Frame & { turn: { text: string; status: string } };
      expect(done.turn).toMatchObject({ status: "complete", text: LONG_REPLY });
      expect(applyDeltas(frames)).toBe(LONG_REPLY);
      // The manager's words reach the model only as a user message, never in the system prompt.
      const request = m.fake.requests.at(-1);
      const system = request?.messages.find((m) => m.role === "system");
      expect(String(system?.content)).not.toContain("How have the last few sprints felt");
      expect(request?.messages.at(-1)).toMatchObject({
        role: "user",
        content: "How have the last few sprints felt from your side?",
      });
      socket.close();
    });

    it("keeps streaming into the database while the client is gone, and a resume shows all of it", async () => {
      m.fake.script({ content: LONG_REPLY, tokensPerSecond: 25 });
      const { socket, sessionId } = await startSession(m.server.wsUrl);
      socket.send({ type: "say", turnId: "d1", text: "What got in the way this sprint?" });
      const before = await socket.until<Frame>((f) => f.type === "reply_delta");
      socket.close();
      await socket.closed;
      await new Promise((r) => setTimeout(r, 300));

      const back = await TestSocket.open(m.server.wsUrl);
      back.send({ type: "resume", sessionId, lastSeq: lastSeqOf(before) });
      const frames = await back.until<Frame>((f) => f.type === "reply_done", 20_000);
      expect(frames[0]?.type).toBe("resumed");
      // The text generated while away arrives first, from offset 0, then the rest streams.
      const firstDelta = frames.find((f) => f.type === "reply_delta");
      expect(firstDelta?.offset).toBe(0);
      expect(String(firstDelta?.delta ?? "").length).toBeGreaterThan(0);
      expect(applyDeltas(frames)).toBe(LONG_REPLY);
      expect(frames.at(-1)).toMatchObject({ turn: { status: "complete", text: LONG_REPLY } });
      back.close();
    });

    it("falls back to the offline engine when the model keeps failing, with a notice, and the session goes on", async () => {
      m.fake.script(
        { fault: { kind: "server_error", status: 500 } },
        { fault: { kind: "server_error", status: 500 } },
        { fault: { kind: "server_error", status: 500 } },
      );
      const { socket } = await startSession(m.server.wsUrl);
      socket.send({ type: "say", turnId: "f1", text: "How are things going?" });
      const done = (await socket.until<Frame>((f) => f.type === "reply_done", 20_000)).at(
        -1,
      ) as Frame & {
        turn: { text: string; status: string };
        notice?: string;
      };
      expect(done.turn.status).toBe("complete");
      expect(done.turn.text.length).toBeGreaterThan(0);
      // The notice says what failed, not a timeout; the log says it too.
      expect(done.notice).toMatch(/^The model's server failed \(HTTP 500\b.*built-in engine/);
      expect(m.log.some((l) => /"event":"server_error"/.test(l) && /HTTP 500/.test(l))).toBe(true);
      m.fake.script("Fine, I guess. It's been a lot.");
      socket.send({ type: "say", turnId: "f2", text: "What would help right now?" });
      const next = (await socket.until<Frame>((f) => f.type === "reply_done")).at(-1);
      expect(next).toMatchObject({
        turn: { status: "complete", text: "Fine, I guess. It's been a lot." },
      });
      socket.close();
    });

    it("says a stream it could not read is unreadable, not a reply that stopped partway", async () => {
      const garbage = { content: "x y z", fault: { kind: "malformed" as const, afterTokens: 0 } };
      m.fake.script(garbage, garbage, garbage);
      const { socket } = await startSession(m.server.wsUrl);
      socket.send({ type: "say", turnId: "g1", text: "How are things going?" });
      const done = (await socket.until<Frame>((f) => f.type === "reply_done", 20_000)).at(
        -1,
      ) as Frame & { notice?: string };
      expect(done.notice).toBe(
        "The model's server sent a reply Flightdeck could not read (not valid JSON), so the built-in engine spoke this reply.",
      );
      socket.close();
    });

    it("says a refused request is refused and who can fix it; the settings to check go to the log", async () => {
      m.fake.script({ fault: { kind: "server_error", status: 404 } });
      const { socket } = await startSession(m.server.wsUrl);
      socket.send({ type: "say", turnId: "r1", text: "How are things going?" });
      const done = (await socket.until<Frame>((f) => f.type === "reply_done", 20_000)).at(
        -1,
      ) as Frame & { notice?: string };
      expect(done.notice).toMatch(
        /^The model refused the request \(HTTP 404\b[^)]*\), so the built-in engine spoke this reply\. Tell whoever runs Flightdeck\.$/,
      );
      // The manager cannot see the server's settings: what to check is for the operator's log.
      expect(done.notice).not.toMatch(/LLM_/);
      expect(
        m.log.some((l) => /request_rejected/.test(l) && /check LLM_MODEL, LLM_API_KEY/.test(l)),
      ).toBe(true);
      socket.close();
    });

    it("never shows a reply that breaks character or leaks the instructions", async () => {
      m.fake.script(
        "As an AI language model, I cannot pretend to be an engineer.",
        "As an AI, I must decline to role-play this conversation.",
      );
      const { socket } = await startSession(m.server.wsUrl);
      socket.send({ type: "say", turnId: "c1", text: "Are you an AI?" });
      const frames = await socket.until<Frame>((f) => f.type === "reply_done", 20_000);
      const done = frames.at(-1) as Frame & { turn: { text: string } };
      expect(done.turn.text).not.toMatch(/AI/);
      for (const f of frames)
        if (f.type === "reply_delta") expect(String(f.delta)).not.toMatch(/language model/);
      socket.close();
    });
  },
);

describe("what the model is told, as the server sends it", () => {
  const m = useModelServer();
  const STEP =
    "lead one cross-team design review for the query-understanding service by the end of the month";
  const LINES = [
    "Hi Marcus, thanks for making time.",
    "Marcus, I wanted you to hear this from me first: the committee met on 14 November and decided not to promote you to Staff this cycle.",
    "Here's the committee's reasoning: your delivery is clearly at level, but the packet shows no cross-team technical leadership and little mentoring.",
    "I saw that you took search p95 from 900 ms to 240 ms, and I argued for you with that. I lost the argument.",
    "I know this is disappointing. How does it land for you?",
    "What's your view on the committee's feedback?",
    "So it feels like the goalposts moved, especially after watching someone else get promoted.",
    "How could we build a plan together toward the H1 promotion cycle?",
    `Let's agree: you'll ${STEP}, and we'll check in on it at our next 1-on-1 next week.`,
  ];
  const systemOf = (i: number) =>
    String(m.fake.requests[i]?.messages.find((msg) => msg.role === "system")?.content);

  it("promotion-not-yet: the news not told, then told, in words; a commitment said back reaches the manager", async () => {
    // The model says what the engine would (the example line in its prompt), and a commitment in
    // the manager's words, as a model asked to commit would.
    const commitment = `Okay. I'll ${STEP}, and I'll send you the draft agenda first.`;
    m.fake.script((request) => {
      const system = String(request.messages.find((msg) => msg.role === "system")?.content);
      if (system.includes("Commit to the step the manager proposed for you")) return commitment;
      return (
        /might say now \(say it your own way, do not copy\): "(.*)"/.exec(system)?.[1] ?? "Okay."
      );
    });
    const first = m.fake.requests.length;
    const { socket } = await startSession(m.server.wsUrl, "promotion-not-yet");
    const shown: string[] = [];
    const notices: (string | undefined)[] = [];
    for (const [i, text] of LINES.entries()) {
      socket.send({ type: "say", turnId: `n${i}`, text });
      const done = (await socket.until<Frame>((f) => f.type === "reply_done", 20_000)).at(
        -1,
      ) as Frame & { turn: { text: string }; notice?: string; resolvedNotice?: string };
      // No reply replaced by the built-in engine's (a leak, a character break, a fault).
      expect(done.notice ?? "", text).not.toMatch(/built-in|model/i);
      shown.push(done.turn.text);
      notices.push(done.resolvedNotice);
    }
    expect(m.fake.requests.length - first).toBe(LINES.length);
    // Before the news: not told yet. The turn that tells it: just told, react to it. After: told.
    expect(systemOf(first)).toContain(
      "Not told yet: the committee's decision on your promotion to Staff. You have not heard it",
    );
    expect(systemOf(first + 1)).toContain(
      "Your manager has just told you the committee's decision on your promotion to Staff; this is the first you hear of it.",
    );
    expect(systemOf(first + 1)).toContain("They have just told you the news: react to it first");
    expect(systemOf(first + 1)).not.toContain("Not told yet");
    for (let i = first + 2; i < m.fake.requests.length; i++)
      expect(systemOf(i)).toContain("Your manager told you the committee's decision");
    // No manager words in any system prompt; the step is asked for, not quoted.
    for (let i = first; i < m.fake.requests.length; i++) {
      for (const line of LINES) expect(systemOf(i)).not.toContain(line);
      expect(systemOf(i)).not.toContain(STEP);
    }
    expect(systemOf(m.fake.requests.length - 1)).toContain(
      "Commit to the step the manager proposed for you",
    );
    // The manager sees the model's commitment, not the offline line in its place.
    expect(shown.at(-1)).toBe(commitment);
    // And the commitment counts: the conversation has what it needed, and says who agreed.
    expect(notices.at(-1)).toMatch(/^Marcus agreed\. That's what this conversation needed/);
    socket.close();
  });
});

describe("in a mediation, as the server sends it", () => {
  const m = useModelServer();

  it("the other person's words reach the model under their name, not as its own", async () => {
    const fromTomas = "The broker is the wrong call for Checkout, and nobody asked us.";
    const fromElena = "The RFC was open for two weeks.";
    m.fake.script(fromTomas, fromElena);
    const first = m.fake.requests.length;
    const { socket } = await startSession(m.server.wsUrl, "architecture-mediation");
    const lines = [
      "Thanks both for coming. Tomás, what's your read on the RFC?",
      "Elena, how does it look from your side?",
    ];
    const shown: Frame[] = [];
    for (const [i, text] of lines.entries()) {
      socket.send({ type: "say", turnId: `d${i}`, text });
      shown.push(
        (await socket.until<Frame>((f) => f.type === "reply_done", 20_000)).at(-1) as Frame,
      );
    }
    expect(shown.map((f) => f.turn)).toMatchObject([
      { personaId: "tomas", text: fromTomas },
      { personaId: "elena", text: fromElena },
    ]);
    const toElena = m.fake.requests[first + 1];
    expect(toElena?.messages.slice(1)).toEqual([
      { role: "user", content: lines[0] },
      { role: "user", content: `Tomás: ${fromTomas}` },
      { role: "user", content: lines[1] },
    ]);
    const system = String(toElena?.messages[0]?.content);
    expect(system).toMatch(/^You are Elena Voss/);
    expect(system).toContain(
      "You are in a meeting your tech lead called with you and Tomás Herrera",
    );
    for (const line of lines) expect(system).not.toContain(line);
    socket.close();
  });
});

describe.each(THREADS)("a session's model budget, replies on the %s thread", (thread) => {
  const m = useModelServer({ LLM_SESSION_TOKEN_BUDGET: "3000", LLM_REPLY_THREAD: thread });

  it("hands over to the offline engine, with a notice, once a session has spent its tokens", async () => {
    m.fake.script({
      content: "Fine. It was a long week.",
      usage: { prompt_tokens: 2900, completion_tokens: 50 },
    });
    const { socket } = await startSession(m.server.wsUrl);
    socket.send({ type: "say", turnId: "b1", text: "How was the week?" });
    expect((await socket.until<Frame>((f) => f.type === "reply_done")).at(-1)).toMatchObject({
      turn: { text: "Fine. It was a long week." },
    });
    const requests = m.fake.requests.length;
    socket.send({ type: "say", turnId: "b2", text: "What made it long?" });
    const done = (await socket.until<Frame>((f) => f.type === "reply_done")).at(-1) as Frame & {
      notice?: string;
    };
    expect(done.notice).toMatch(/model budget/);
    expect(m.fake.requests.length).toBe(requests);
    socket.close();
  });
});

describe.each(THREADS)(
  "the model failing with LLM_FALLBACK=error, replies on the %s thread",
  (thread) => {
    const m = useModelServer({ LLM_FALLBACK: "error", LLM_REPLY_THREAD: thread });

    it("marks the reply interrupted with a clear notice; the manager can carry on", async () => {
      m.fake.script(
        { fault: { kind: "cut", afterTokens: 3 } },
        { fault: { kind: "cut", afterTokens: 3 } },
        { fault: { kind: "cut", afterTokens: 3 } },
      );
      const { socket } = await startSession(m.server.wsUrl);
      socket.send({ type: "say", turnId: "e1", text: "How are things?" });
      const done = (await socket.until<Frame>((f) => f.type === "reply_done", 20_000)).at(-1);
      expect(done).toMatchObject({
        turn: { status: "interrupted" },
        notice: expect.stringMatching(
          /^The model is unavailable right now: the model's reply broke off before any of it was shown\. So this line got no reply/,
        ),
      });
      // The line counts for nothing, so saying it again counts it once: the notice says so.
      expect((done as Frame & { notice: string }).notice).toMatch(/say it again/);
      m.fake.script("Okay. Busy, but okay.");
      socket.send({ type: "say", turnId: "e2", text: "Tell me more?" });
      expect((await socket.until<Frame>((f) => f.type === "reply_done")).at(-1)).toMatchObject({
        turn: { status: "complete", text: "Okay. Busy, but okay." },
      });
      socket.close();
    });
  },
);

// A line the model never answered (LLM_FALLBACK=error) counts for nothing: the lines after it are
// played as if it had not been said, so a session with it and one without it end the same, apart
// from the line itself, which stays in the transcript, marked.
const WIN = "celebrating-a-win";
const WIN_LINES = [
  "Great work on the cutover, Tomás. I saw that you led the zero-downtime switch on 9 September and 184,000 orders went through without a single failed payment.",
  "As a result, the finance team closed the month with no reconciliation work, and they called it the smoothest provider migration they've seen.",
  "What are you most proud of from the cutover?",
  "Who else on the team made it work?",
  "So Noor's replay harness was what made the cutover safe, and you want her to get the credit for it.",
  "How could we share the win more widely so the whole team is recognised?",
  "Let's write it up together: you'll draft the post with Noor's harness up front by Friday, and I'll present it at the all-hands next week.",
];
const FAILS = Array.from({ length: 3 }, () => ({
  fault: { kind: "server_error" as const, status: 500 },
}));
type Record_ = {
  branches: {
    active: boolean;
    managerTurns: number;
    outcome: string | null;
    revealed?: string[];
    trajectory?: { turn: number; state: unknown; reveals: string[] }[];
    stillNeeded?: string[];
  }[];
  hiddenTruth?: { concernId: string; revealed: boolean }[];
  scorecards: { overall: number }[];
  turns: { speaker: string; text: string; status: string; cause?: string }[];
};

/** Flies `lines` (the indexes in `unanswered` with the model failing), ends it, returns its record. */
async function fly(
  m: { fake: FakeOpenAI; server: TestServer },
  lines: readonly string[],
  unanswered: ReadonlySet<number> = new Set(),
) {
  const { socket, sessionId } = await startSession(m.server.wsUrl, WIN);
  const done: (Frame & { notice?: string; resolvedNotice?: string })[] = [];
  for (const [i, text] of lines.entries()) {
    if (unanswered.has(i)) m.fake.script(...FAILS);
    socket.send({ type: "say", turnId: `w${i}`, text });
    done.push(
      (await socket.until<Frame>((f) => f.type === "reply_done", 20_000)).at(-1) as Frame & {
        notice?: string;
      },
    );
    // Read back from the database (as a resume or a restart would) before the next line.
    if (unanswered.has(i)) await fetch(`${m.server.url}/api/sessions/${sessionId}`);
  }
  socket.send({ type: "end" });
  await socket.until<Frame>((f) => f.type === "scorecard_ready", 20_000);
  socket.close();
  const record = (await (
    await fetch(`${m.server.url}/api/sessions/${sessionId}`)
  ).json()) as Record_;
  return { done, record };
}

describe("a line the model never answered, with LLM_FALLBACK=error", () => {
  const m = useModelServer({ LLM_FALLBACK: "error" });

  it("reveals nothing, moves no state, resolves nothing and is not scored; it stays in the transcript, marked", async () => {
    const said = WIN_LINES.slice(0, 6);
    const { done, record } = await fly(m, said, new Set([3, 4]));
    const without = await fly(m, [...said.slice(0, 3), ...said.slice(5)]);
    // Turns 4 and 5 got no reply: stored, interrupted, empty, and the model named as the cause.
    for (const i of [3, 4]) {
      expect(done[i]?.turn).toMatchObject({ status: "interrupted", text: "", cause: "model" });
      expect(done[i]?.notice).toMatch(/counts for nothing.*say it again/);
      expect(done[i]?.notice).not.toMatch(/Try this line differently/);
    }
    expect(record.turns.filter((t) => t.speaker === "manager")).toHaveLength(6);
    expect(record.turns.filter((t) => t.cause === "model")).toHaveLength(2);
    const a = record.branches.find((b) => b.active);
    const b = without.record.branches.find((x) => x.active);
    // Everything else as if the two lines had not been said: state, reveals, outcome, score.
    expect(a?.trajectory?.length).toBe(4);
    // (their transcript indexes differ: the two lines are still in it)
    const points = (t: { turn?: number }[] | undefined) => t?.map(({ turn: _, ...p }) => p);
    expect(points(a?.trajectory)).toEqual(points(b?.trajectory));
    expect(a?.revealed).toEqual(b?.revealed);
    expect(record.hiddenTruth).toEqual(without.record.hiddenTruth);
    expect(a?.managerTurns).toBe(4);
    expect(a?.outcome).toBe(b?.outcome);
    expect(a?.stillNeeded).toEqual(b?.stillNeeded);
    expect(record.scorecards.map((c) => c.overall)).toEqual(
      without.record.scorecards.map((c) => c.overall),
    );
  });

  it("the plan left unanswered does not resolve it: the debrief still asks for the agreement", async () => {
    const { done, record } = await fly(m, WIN_LINES, new Set([6]));
    expect(done[6]).toMatchObject({ turn: { status: "interrupted", text: "" } });
    expect(done[6]?.resolved).toBeUndefined();
    const a = record.branches.find((b) => b.active);
    expect(a?.outcome).toBe("ended");
    expect(a?.stillNeeded?.join(" ")).toMatch(/agree/);
  });
});

describe("a reply that resolves it after the model failed, with LLM_FALLBACK=offline", () => {
  const m = useModelServer({ LLM_FALLBACK: "offline" });

  it("says the model's fault and the resolution as two notices, not one paragraph", async () => {
    const { done } = await fly(m, WIN_LINES, new Set([6]));
    const last = done[6];
    expect(last?.resolved).toBe(true);
    expect(last?.notice).toMatch(/^The model's server failed.*built-in engine spoke this reply\.$/);
    expect(last?.resolvedNotice).toMatch(
      /^(?:Tomás agreed\. )?That's what this conversation needed\./,
    );
  });
});

// The model down for good, LLM_FALLBACK=error: each line gets a notice that says so in plain
// words, names where the model was looked for, and does not invite saying the line again.
describe("a model that cannot be reached with LLM_FALLBACK=error", () => {
  // Nothing listens on port 1: the connection is refused at once.
  const m = useModelServer({ LLM_FALLBACK: "error", LLM_BASE_URL: "http://127.0.0.1:1/v1" });

  it("says the model is unavailable at its host, and how to have the line answered", async () => {
    const { socket } = await startSession(m.server.wsUrl);
    socket.send({ type: "say", turnId: "d1", text: "How are things?" });
    const done = (await socket.until<Frame>((f) => f.type === "reply_done", 20_000)).at(
      -1,
    ) as Frame & { notice: string; turn: { status: string; text: string } };
    expect(done.turn).toMatchObject({ status: "interrupted", text: "" });
    expect(done.notice).toMatch(
      /^The model is unavailable right now: could not reach the model at 127\.0\.0\.1:1\b/,
    );
    expect(done.notice).toMatch(/counts for nothing.*say it again/);
    expect(done.notice).not.toMatch(/Connection error|Try this line differently/);
    socket.close();
  });
});

// Words already streamed are never withdrawn, whatever LLM_FALLBACK says: the offline engine
// stands in only when the model failed before a word was shown.
describe.each([
  ["offline", "main"],
  ["offline", "worker"],
  ["error", "main"],
  ["error", "worker"],
] as const)(
  "a model that fails mid-reply with LLM_FALLBACK=%s, replies on the %s thread",
  (fallback, thread) => {
    const m = useModelServer({ LLM_FALLBACK: fallback, LLM_REPLY_THREAD: thread }, 400);

    it("keeps the text already shown: the reply is stored interrupted with it", async () => {
      m.fake.script({ content: LONG_REPLY, fault: { kind: "cut", afterTokens: 40 } });
      const { socket, sessionId } = await startSession(m.server.wsUrl);
      socket.send({ type: "say", turnId: "k1", text: "How are things, honestly?" });
      const frames = await socket.until<Frame>((f) => f.type === "reply_done", 20_000);
      const shown = applyDeltas(frames);
      expect(shown.length).toBeGreaterThan(20);
      expect(LONG_REPLY.startsWith(shown)).toBe(true);
      expect(frames.at(-1)).toMatchObject({
        turn: { status: "interrupted", text: shown },
        notice: expect.stringMatching(
          /^The model's reply stopped partway: what Dana said up to there is kept/,
        ),
      });
      // Nothing withdrawn: every delta continues the text where the last one ended.
      let upTo = 0;
      for (const f of frames.filter((x) => x.type === "reply_delta")) {
        expect(f.offset).toBe(upTo);
        upTo += (f.delta as string).length;
      }
      const record = (await (await fetch(`${m.server.url}/api/sessions/${sessionId}`)).json()) as {
        turns: { status: string; text: string }[];
      };
      expect(record.turns.at(-1)).toMatchObject({ status: "interrupted", text: shown });
      expect(m.log.some((l) => /"outcome":"interrupted"/.test(l))).toBe(true);
      socket.close();
    });
  },
);

describe("a server stopped with SIGTERM mid-reply (SHUTDOWN_GRACE_MS)", () => {
  let fake: FakeOpenAI;
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
  });
  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });
  afterAll(async () => {
    await fake?.close();
  });
  const REPLY =
    "Honestly, it was a rough sprint. Wei was out and I fell behind on the reconciliation.";

  /** Starts a server, a session and a line whose reply streams slowly; SIGTERMs it mid-reply. */
  async function stopMidReply(graceMs: number) {
    database = await freshDatabase("pglite");
    const server = await startServerProcess({
      DATA_DIR: database.dataDir,
      LLM_BASE_URL: fake.url,
      LLM_MODEL: "fake",
      LOG_LEVEL: "info",
      WARM_UP: "off",
      SHUTDOWN_GRACE_MS: String(graceMs),
    });
    // About 3 s of reply, under the 80-character hold-back for most of it.
    fake.script({ content: REPLY, tokensPerSecond: 6 });
    const { socket, sessionId } = await startSession(`${server.url.replace("http", "ws")}/ws`);
    // A second socket with no reply streaming: closed at once, so it resumes elsewhere.
    const idle = await TestSocket.open(`${server.url.replace("http", "ws")}/ws`);
    socket.send({ type: "say", turnId: "t1", text: "How did the sprint go?" });
    await socket.until<Frame>((f) => f.type === "turn_accepted");
    const exited = server.stop("SIGTERM");
    const idleClosed = await idle.closed;
    const closed = await socket.closed;
    const frames: Frame[] = [];
    for (;;) {
      const frame = await socket.next<Frame>(1).catch(() => undefined);
      if (!frame) break;
      frames.push(frame);
    }
    const done = frames.find((f) => f.type === "reply_done");
    const code = await exited;
    const after = await openStore({ dataDir: database.dataDir });
    const stored = await after.db.query<{ text: string; status: string }>(
      "SELECT text, status FROM turns WHERE session_id = $1 AND speaker <> 'manager' ORDER BY idx",
      [sessionId],
    );
    await after.close();
    return { done, closed, idleClosed, code, stored, output: server.output() };
  }

  it("lets the reply in progress finish, stores it, then closes the socket with 1001", async () => {
    const run = await stopMidReply(8000);
    expect(run.idleClosed.code).toBe(1001);
    // reply_done before the close: the client has the whole reply, and resumes elsewhere after it.
    expect(run.done).toMatchObject({ turn: { status: "complete", text: REPLY } });
    expect(run.closed.code).toBe(1001);
    expect(run.code).toBe(0);
    expect(run.stored.at(-1)).toEqual({ text: REPLY, status: "complete" });
    expect(run.output).toContain('"msg":"stopped: 2 sockets closed, 0 replies interrupted"');
  });

  it("stores a reply still streaming at the deadline as interrupted, never lost", async () => {
    const run = await stopMidReply(300);
    // As before the grace period: the socket is closed first, and a resume elsewhere replays the end.
    expect(run.done).toBeUndefined();
    expect(run.closed.code).toBe(1001);
    expect(run.code).toBe(0);
    expect(run.stored.at(-1)?.status).toBe("interrupted");
    expect(REPLY.startsWith(run.stored.at(-1)?.text ?? "x")).toBe(true);
    expect(run.output).toContain('"msg":"stopped: 2 sockets closed, 1 replies interrupted"');
  });
});

describe.each(DATABASES)("a server killed mid-reply on %s", (kind) => {
  let fake: FakeOpenAI;
  let database: TestDatabase;
  const processes: ServerProcess[] = [];
  beforeAll(async () => {
    fake = await startFakeOpenAI();
  });
  afterEach(async () => {
    for (const p of processes.splice(0)) await p.stop("SIGKILL").catch(() => {});
    await database?.drop();
  });
  afterAll(async () => {
    await fake?.close();
  });

  const envFor = (db: TestDatabase) => ({
    DATA_DIR: db.dataDir,
    ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : {}),
    LLM_BASE_URL: fake.url,
    LLM_MODEL: "fake",
    LOG_LEVEL: "silent",
  });

  it("keeps every acknowledged turn, marks the cut reply interrupted, and the session continues after restart", async () => {
    database = await freshDatabase(kind);
    const first = await startServerProcess(envFor(database));
    processes.push(first);
    fake.script("Fine. It was a normal sprint.", { content: LONG_REPLY, tokensPerSecond: 5 });
    const wsUrl = `${first.url.replace("http", "ws")}/ws`;
    const { socket, sessionId } = await startSession(wsUrl);
    socket.send({ type: "say", turnId: "k1", text: "How did the sprint go?" });
    await socket.until<Frame>((f) => f.type === "reply_done");
    socket.send({ type: "say", turnId: "k2", text: "What got in the way?" });
    await socket.until<Frame>((f) => f.type === "turn_accepted");
    // Wait until some of the reply has been written, then kill the process without warning.
    await socket.until<Frame>((f) => f.type === "reply_delta" && String(f.delta).length > 0);
    await new Promise((r) => setTimeout(r, 1200));
    await first.stop("SIGKILL");
    processes.splice(0);

    const second = await startServerProcess(envFor(database));
    processes.push(second);
    const back = await TestSocket.open(`${second.url.replace("http", "ws")}/ws`);
    back.send({ type: "resume", sessionId, lastSeq: 0 });
    const resumed = (await back.next<Frame>(20_000)) as Frame & {
      turns: { speaker: string; text: string; status: string }[];
    };
    expect(resumed.type).toBe("resumed");
    expect(resumed.turns.filter((t) => t.speaker === "manager").map((t) => t.text)).toEqual([
      "How did the sprint go?",
      "What got in the way?",
    ]);
    const cut = resumed.turns.at(-1);
    expect(cut?.status).toBe("interrupted");
    expect(LONG_REPLY.startsWith(cut?.text ?? "x")).toBe(true);
    expect(cut?.text.length).toBeGreaterThan(0);
    fake.script("Okay. I can talk about it.");
    const replay = await back.until<Frame>(
      (f) => f.type === "reply_done" && (f.turn as { status: string }).status === "interrupted",
    );
    expect(replay.length).toBeGreaterThan(0);
    back.send({ type: "say", turnId: "k3", text: "Take your time. What happened?" });
    expect(
      (
        await back.until<Frame>(
          (f) => f.type === "reply_done" && (f.turn as { status: string }).status === "complete",
        )
      ).at(-1),
    ).toMatchObject({
      turn: { text: "Okay. I can talk about it." },
    });
    back.close();
  });

  it.runIf(kind === "postgres")(
    "resumes on a second process when the first dies, with nothing lost",
    async () => {
      database = await freshDatabase(kind);
      const a = await startServerProcess(envFor(database));
      const b = await startServerProcess(envFor(database));
      processes.push(a, b);
      fake.script({ content: LONG_REPLY, tokensPerSecond: 5 });
      const { socket, sessionId } = await startSession(`${a.url.replace("http", "ws")}/ws`);
      socket.send({ type: "say", turnId: "p1", text: "How did the sprint go?" });
      const seen = await socket.until<Frame>((f) => f.type === "reply_delta");
      await a.stop("SIGKILL");

      const other = await TestSocket.open(`${b.url.replace("http", "ws")}/ws`);
      other.send({ type: "resume", sessionId, lastSeq: lastSeqOf(seen) });
      const frames = await other.until<Frame>((f) => f.type === "reply_done", 30_000);
      expect(frames[0]).toMatchObject({ type: "resumed" });
      expect(frames.at(-1)).toMatchObject({ type: "reply_done", turn: { status: "interrupted" } });
      const resumed = frames[0] as Frame & { turns: { text: string }[] };
      expect(resumed.turns[0]?.text).toBe("How did the sprint go?");
      fake.script("Alright. It was a hard one.");
      other.send({ type: "say", turnId: "p2", text: "What made it hard?" });
      expect((await other.until<Frame>((f) => f.type === "reply_done")).at(-1)).toMatchObject({
        turn: { status: "complete", text: "Alright. It was a hard one." },
      });
      other.close();
    },
  );
});

// "Get the reply": the line the model never answered is asked again once the model is back, and
// its reply streams into the same conversation (no new version), replacing the empty one.
describe("getting the reply to a line the model never answered (retry_reply), LLM_FALLBACK=error", () => {
  const m = useModelServer({ LLM_FALLBACK: "error" });

  it("asks the model again from the state before the line, and keeps one answered exchange", async () => {
    const { socket, sessionId } = await startSession(m.server.wsUrl);
    // Nothing to get yet: refused, typed, and the session goes on.
    socket.send({ type: "retry_reply" });
    expect(await socket.next<Frame>()).toMatchObject({
      type: "error",
      code: "FD_BAD_REQUEST",
      continues: true,
    });
    m.fake.script(...FAILS);
    socket.send({ type: "say", turnId: "g1", text: "How are things?" });
    const failed = (await socket.until<Frame>((f) => f.type === "reply_done", 20_000)).at(
      -1,
    ) as Frame & { notice: string; turn: { id: string } };
    expect(failed.turn).toMatchObject({ status: "interrupted", text: "", cause: "model" });
    expect(failed.notice).toMatch(/Get the reply/);
    const replyId = failed.turn.id;

    // A malformed retry is refused by the schema, and nothing is asked of the model.
    const asked = m.fake.requests.length;
    socket.send({ type: "retry_reply", turnId: "x" });
    expect(await socket.next<Frame>()).toMatchObject({
      type: "error",
      code: "FD_MESSAGE_MALFORMED",
      continues: true,
    });
    expect(m.fake.requests.length).toBe(asked);

    // The model still failing: the same reply streams again and fails again, still unanswered.
    m.fake.script(...FAILS);
    socket.send({ type: "retry_reply" });
    const again = await socket.until<Frame>((f) => f.type === "reply_done", 20_000);
    expect(again[0]).toMatchObject({
      type: "reply_retried",
      turn: { id: replyId, status: "streaming", text: "" },
    });
    expect(again.at(-1)).toMatchObject({
      turn: { id: replyId, status: "interrupted", text: "", cause: "model" },
    });

    // The model is back. Two presses: one reply, and the second is refused while it streams.
    m.fake.script("Okay. Busy, but okay.");
    socket.send({ type: "retry_reply" });
    socket.send({ type: "retry_reply" });
    const frames = await socket.until<Frame>((f) => f.type === "reply_done", 20_000);
    const more = await socket.next<Frame>(1_000).catch(() => null);
    const all = more ? [...frames, more] : frames;
    expect(all.filter((f) => f.type === "reply_retried")).toHaveLength(1);
    expect(all.filter((f) => f.type === "error")).toEqual([
      expect.objectContaining({ code: "FD_TURN_OUT_OF_ORDER", continues: true }),
    ]);
    expect(all.filter((f) => f.type === "reply_done").at(-1)).toMatchObject({
      turn: { id: replyId, status: "complete", text: "Okay. Busy, but okay." },
    });
    expect(applyDeltas(frames)).toBe("Okay. Busy, but okay.");
    // The model was asked the line itself, as the last thing said.
    const sent = m.fake.requests.at(-1)?.messages ?? [];
    expect(JSON.stringify(sent.at(-1))).toContain("How are things?");
    // Answered now: nothing more to get.
    socket.send({ type: "retry_reply" });
    expect(await socket.next<Frame>()).toMatchObject({ type: "error", code: "FD_BAD_REQUEST" });

    // One exchange, counted, on the one version: the line and its reply.
    const record = (await (await fetch(`${m.server.url}/api/sessions/${sessionId}`)).json()) as {
      session: { managerTurns: number };
      branches: unknown[];
      turns: { id: string; speaker: string; status: string; text: string; cause?: string }[];
    };
    expect(record.branches).toHaveLength(1);
    expect(record.session.managerTurns).toBe(1);
    expect(record.turns.map((t) => [t.speaker, t.status, t.text])).toEqual([
      ["manager", "complete", "How are things?"],
      ["employee", "complete", "Okay. Busy, but okay."],
    ]);
    expect(record.turns[1]?.cause).toBeUndefined();

    // A reload replays it in order, ending with the answered reply.
    const reloaded = await TestSocket.open(m.server.wsUrl);
    socket.close();
    reloaded.send({ type: "resume", sessionId, lastSeq: 0 });
    const replay = await reloaded.until<Frame>(
      (f) => f.type === "reply_done" && (f.turn as { status: string }).status === "complete",
      10_000,
    );
    expect(replay.filter((f) => f.type === "reply_retried")).toHaveLength(2);
    expect(lastSeqOf(replay)).toBeGreaterThan(0);
    // The conversation goes on from the answered line.
    m.fake.script("Fine, I guess.");
    reloaded.send({ type: "say", turnId: "g2", text: "What's been hardest?" });
    expect(
      (await reloaded.until<Frame>((f) => f.type === "reply_done", 20_000)).at(-1),
    ).toMatchObject({ turn: { status: "complete", text: "Fine, I guess." } });
    reloaded.close();
  });
});
