import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SessionRecordSchema } from "../server/sessions/record.schema";
import { playScript } from "../server/sim";
import { DATABASES } from "./support/databases";
import { AGREEING_LINES } from "./support/scripts";
import { startTestServer, type TestServer, TestSocket } from "./support/servers";
import { scenarioOf, shippedContent } from "./support/shipped-content";

/**
 * Review 6 #3 and #2, on a real server and database. A rewind starts from the persona state as it
 * was then: a line already resolved stays resolved, and an attempt left after its agreement is
 * listed as resolved (its outcome is read from its state, not from its last line). A concern said
 * in the last reply the turn limit allows is "raised at the very end", not still needed.
 */
type Frame = Record<string, unknown> & { type: string; seq?: number };
const SCENARIO = "missed-sprint-commitments";

async function session(server: TestServer, seed: number) {
  const socket = await TestSocket.open(server.wsUrl);
  socket.send({ type: "start", scenarioId: SCENARIO, seed });
  const [started] = await socket.until<Frame>((f) => f.type === "session_started");
  return { socket, id: (started as Frame & { session: { id: string } }).session.id };
}

async function say(socket: TestSocket, turnId: string, text: string) {
  socket.send({ type: "say", turnId, text });
  return socket.until<Frame>((f) => f.type === "reply_done" || f.type === "error");
}

interface Branch {
  forkIndex: number | null;
  active: boolean;
  outcome: string | null;
  stillNeeded?: string[];
  raisedAtEnd?: string[];
}

describe.each(DATABASES)("the persona state across a rewind, on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("a rewind to a turn after the agreement starts resolved, and the attempt it left stays resolved", async () => {
    const content = await shippedContent();
    const scenario = scenarioOf(content, SCENARIO);
    const lines = [...AGREEING_LINES, "See you Monday, Dana."];
    // Where the engine resolves this script (found with the engine itself, so a change of wording
    // does not silently void the test): at least two lines must follow it.
    const resolvedAt = playScript(scenario, content, lines, { seed: 7 }).steps.findIndex(
      (s) => s.outcome === "resolved",
    );
    expect(resolvedAt).toBeGreaterThanOrEqual(0);
    expect(resolvedAt).toBeLessThanOrEqual(lines.length - 3);
    const { socket, id } = await session(server, 7);
    for (const [i, line] of lines.entries()) await say(socket, `r${i}`, line);
    // The manager turn two after the agreeing one: the line kept before it ends with a closing line.
    const toTurn = (resolvedAt + 2) * 2;
    socket.send({ type: "rewind", toTurn });
    const branch = (await socket.until<Frame>((f) => f.type === "branch_started")).at(
      -1,
    ) as Frame & {
      session: { resolved?: boolean; status: string };
    };
    expect(branch.session).toMatchObject({ status: "active", resolved: true });
    // Back to the agreeing line itself: the state before it was not resolved.
    socket.send({ type: "rewind", toTurn: resolvedAt * 2 });
    const before = (await socket.until<Frame>((f) => f.type === "branch_started")).at(
      -1,
    ) as Frame & {
      session: { resolved?: boolean };
    };
    expect(before.session.resolved).toBeUndefined();
    socket.send({ type: "end" });
    await socket.until<Frame>((f) => f.type === "scorecard_ready");
    socket.close();

    const raw = await (await fetch(`${server.url}/api/sessions/${id}`)).json();
    expect(SessionRecordSchema.safeParse(raw).error).toBeUndefined();
    const branches = (raw as { branches: Branch[] }).branches;
    const original = branches.find((b) => b.forkIndex === null);
    const afterAgreement = branches.find((b) => b.forkIndex === toTurn);
    // Both ended on a closing line after the agreement: still resolved, nothing "still needed".
    for (const b of [original, afterAgreement]) {
      expect(b).toMatchObject({ outcome: "resolved" });
      expect(b?.stillNeeded).toBeUndefined();
    }
    expect(branches.find((b) => b.active)).toMatchObject({ outcome: "ended" });
  });

  it("a concern said in the last reply the turn limit allows is raised at the end, not still needed", async () => {
    const content = await shippedContent();
    const scenario = scenarioOf(content, SCENARIO);
    const opening = [
      "Thanks for making time, Dana. I'd like to talk about the last few sprints. Is now still a good time?",
      "In 3 of the last 4 sprints work has carried over; in Sprint 42, 21 story points rolled, most of it on the ledger reconciliation rewrite.",
      "The impact is that our forecast to Product keeps slipping, and they've asked me twice why. Before I jump to conclusions, how does it look from your side?",
      "It sounds like a lot of what you do never makes it onto the board. What's been taking your time?",
      "That makes sense, and I'm glad you told me. What would help?",
    ];
    const lines = [
      ...opening,
      ...Array<string>(scenario.turnLimit - opening.length - 1).fill("Right."),
      "So the alerts you carry need to show up in the estimate. Okay, so you re-estimate it and we plan against that on Thursday. Deal?",
    ];
    expect(playScript(scenario, content, lines, { seed: 7 }).steps.at(-1)?.reveals).toEqual([
      "estimates-overridden",
    ]);
    const { socket, id } = await session(server, 7);
    for (const [i, line] of lines.entries()) await say(socket, `l${i}`, line);
    const [ended] = (await socket.until<Frame>((f) => f.type === "session_ended")).slice(-1);
    expect(ended).toMatchObject({ outcome: "out_of_turns" });
    socket.close();

    const raw = await (await fetch(`${server.url}/api/sessions/${id}`)).json();
    expect(SessionRecordSchema.safeParse(raw).error).toBeUndefined();
    const [branch] = (raw as { branches: Branch[] }).branches;
    expect(branch?.raisedAtEnd).toEqual([
      "Dana Okafor raised something at the very end — no turn left to answer it",
    ]);
    expect((branch?.stillNeeded ?? []).join(" ")).not.toMatch(/take in/);
  });
});
