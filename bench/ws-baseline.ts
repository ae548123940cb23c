/**
 * The bare-`ws` baseline for bench/ws.ts, run as its own process (forked, config as JSON in argv[2],
 * its port sent over IPC). It speaks just enough of the live-session protocol for the load generator:
 * `start` → `session_started`; `say` → `turn_accepted` at once, then it waits exactly as the fake
 * model does before the first checked text (the same per-token schedule), sends the same
 * `reply_delta`s at the same pace, then `reply_done`. No database, no engine, no model: what it adds
 * to a turn is websocket and event-loop overhead under the same load.
 */
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { WebSocketServer } from "ws";
import { deltaMerger } from "../server/http/delta-merge";

/** Mirrors tests/support/fake-openai.ts fakeTokens: word-ish tokens that concatenate back. */
export function replyTokens(text: string): string[] {
  return text.match(/\s*\S+|\s+$/g) ?? [];
}

/**
 * What server/sim/llm-responder.ts shows as tokens arrive: all but the last `holdback` characters,
 * cut at a space. Entry i is the delta released when token i arrives ("" when none); the last entry
 * also carries the tail released when the stream finishes.
 */
export function holdbackDeltas(tokens: readonly string[], holdback = 80): string[] {
  let text = "";
  let shownUpTo = 0;
  const out: string[] = [];
  for (const token of tokens) {
    text += token;
    const safe = text.lastIndexOf(" ", text.length - holdback);
    if (safe > shownUpTo) {
      out.push(text.slice(shownUpTo, safe));
      shownUpTo = safe;
    } else out.push("");
  }
  if (out.length > 0) out[out.length - 1] += text.slice(shownUpTo);
  return out;
}

export interface BaselineConfig {
  reply: string;
  /** The fake's gap between tokens (1000 / tokensPerSecond). */
  gapMs: number;
  holdbackChars: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const config = JSON.parse(process.argv[2] ?? "{}") as BaselineConfig;
  const tokens = replyTokens(config.reply);
  const released = holdbackDeltas(tokens, config.holdbackChars);
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0, maxPayload: 1024 * 1024 });
  wss.on("connection", (socket) => {
    const sessionId = randomUUID();
    let seq = 0;
    let idx = 0;
    const sendNow = (event: unknown) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(event));
    };
    // The same message pattern as the server: reply text merged per window (server/http/delta-merge.ts).
    const deltas = deltaMerger((d) => sendNow({ type: "reply_delta", ...d }));
    const send = (event: unknown) => {
      deltas.flush();
      sendNow(event);
    };
    socket.on("close", () => deltas.stop());
    socket.on("message", (data) => {
      let message: { type?: string; turnId?: string; text?: string };
      try {
        message = JSON.parse(String(data));
      } catch {
        send({ type: "error", code: "FD_MESSAGE_MALFORMED", message: "not JSON", continues: true });
        return;
      }
      if (message.type === "start") {
        send({ type: "session_started", seq: ++seq, session: { id: sessionId } });
        return;
      }
      if (message.type !== "say") return;
      const acceptedSeq = ++seq;
      const turn = {
        id: randomUUID(),
        index: idx++,
        seq: acceptedSeq,
        speaker: "manager",
        text: message.text ?? "",
        status: "complete",
        clientTurnId: message.turnId,
      };
      send({ type: "turn_accepted", seq: acceptedSeq, turn });
      const replyId = randomUUID();
      void (async () => {
        // The fake writes token i at start + (i + 1) gaps (an absolute schedule); the same here.
        let offset = 0;
        const start = performance.now();
        for (const [i, delta] of released.entries()) {
          await sleep(start + (i + 1) * config.gapMs - performance.now());
          if (socket.readyState !== socket.OPEN) return;
          if (delta === "") continue;
          deltas.push({ seq: acceptedSeq, replyId, personaId: "baseline", offset, delta });
          offset += delta.length;
        }
        send({
          type: "reply_done",
          seq: ++seq,
          turn: {
            id: replyId,
            index: idx++,
            seq,
            speaker: "employee",
            text: config.reply,
            status: "complete",
          },
        });
      })();
    });
  });
  await new Promise<void>((resolve) => wss.once("listening", () => resolve()));
  const { port } = wss.address() as AddressInfo;
  process.send?.({ type: "listening", url: `ws://127.0.0.1:${port}/ws` });
  // Bounded: stops with its parent (IPC channel closes) or on a signal.
  const stop = () => {
    for (const client of wss.clients) client.terminate();
    wss.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2_000).unref();
  };
  process.on("disconnect", stop);
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
