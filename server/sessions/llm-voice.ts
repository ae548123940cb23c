import { randomBytes } from "node:crypto";
import type { Config } from "../config";
import { castOf } from "../content";
import { ErrorCode, FlightdeckError } from "../errors";
import { createModelClient } from "../llm/model-client";
import type { ReplyRunner } from "../llm/reply-worker";
import type { ReplyPlan } from "../sim";
import { type LlmEvent, replyJob, streamJobReply } from "../sim/llm-responder";
import { turnTrace } from "../turn-trace";
import type { ReplyVoice } from "./engines";

const NOTICES = {
  character: "The model's draft broke character and was replaced.",
  budget:
    "This session has used its model budget (LLM_SESSION_TOKEN_BUDGET); the built-in engine speaks from here.",
} as const;

/** Why the model gave no reply, in words, with what the endpoint said when it said something. */
export function faultWords(event: LlmEvent | null, detail?: string): string {
  const said = detail ? ` (${detail})` : "";
  switch (event) {
    case "timeout":
      return "the model did not answer in time";
    case "rate_limited":
      return `the model is turning requests away for now${said}`;
    case "server_error":
      return `the model's server failed${said}`;
    case "request_rejected":
      return `the model refused the request${said}: check LLM_MODEL, LLM_API_KEY and LLM_BASE_URL`;
    case "stream_error":
      return `the connection to the model broke${said}`;
    case "empty":
      return "the model answered with nothing";
    default:
      return `the model failed${said}`;
  }
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * What the manager is told when the built-in engine spoke instead of the model: a broken draft, the
 * session's budget spent, or the model's fault in words. Undefined when the model spoke.
 */
export function offlineNotice(result: {
  source: "llm" | "offline";
  event: LlmEvent | null;
  detail?: string | undefined;
}): string | undefined {
  if (result.source !== "offline") return undefined;
  if (result.event === "replaced" || result.event === "leak") return NOTICES.character;
  if (result.event === "budget_exhausted") return NOTICES.budget;
  return `${capital(faultWords(result.event, result.detail))}, so the built-in engine spoke this reply.`;
}

/** The fault named by an FD_MODEL_UNAVAILABLE error ("the model did not answer (server_error: …); LLM_FALLBACK=error"). */
export function unavailableFault(message: string): { event: LlmEvent; detail?: string } {
  const [, event = "", detail] = /\(([a-z_]+)(?:: (.*))?\); LLM_FALLBACK/.exec(message) ?? [];
  return { event: event as LlmEvent, ...(detail ? { detail } : {}) };
}

/** A model failure, for the server's log: which session, what happened, what the endpoint said. */
export interface ModelFault {
  sessionId: string;
  event: LlmEvent;
  detail?: string;
  /** What the manager got instead: the built-in engine's reply, or the reply cut off. */
  outcome: "offline" | "interrupted";
}

/** Replies streamed in this thread, with one model client. */
export function inProcessReplies(config: Config): ReplyRunner {
  const client = createModelClient(config, { maxRetries: 0 });
  return {
    run: (job, signal, stage) =>
      streamJobReply(client, job, { signal, ...(stage ? { stage } : {}) }),
  };
}

/**
 * The persona's voice from an OpenAI-compatible model. The engine has already decided what happens
 * (state, intent, reveals); the model only chooses the words, and every draft is checked before the
 * manager sees it (server/sim/llm-responder.ts). Failures follow LLM_FALLBACK. The prompt is built
 * here; `replies` streams it, in this thread or on the reply worker (server/llm/reply-worker.ts,
 * what the server uses).
 */
export function createLlmVoice(
  config: Config,
  replies: ReplyRunner = inProcessReplies(config),
  onFault: (fault: ModelFault) => void = () => {},
): ReplyVoice {
  const model = config.LLM_MODEL ?? "";
  // A per-process secret mixed into each session's canary, so a transcript never predicts it.
  const secret = randomBytes(8).toString("hex");
  // Tokens spent per session on this process; bounds the cost of one practice session.
  const spent = new Map<string, number>();
  return {
    async speak(step, ctx, onDelta, signal) {
      turnTrace.mark(ctx.sessionId, "speak");
      const persona = castOf(ctx.scenario, ctx.content).find((p) => p.id === step.speakerId);
      if (!persona) return { text: step.reply.text, status: "complete" };
      const job = replyJob({
        model,
        plan: step.plan as ReplyPlan,
        history: ctx.history,
        persona,
        scenario: ctx.scenario,
        canary: `FD-${secret}-${ctx.sessionId.slice(0, 8)}`,
        fallback: config.LLM_FALLBACK,
        firstTokenTimeoutMs: config.LLM_TIMEOUT_MS,
        budgetTokens: config.LLM_SESSION_TOKEN_BUDGET - (spent.get(ctx.sessionId) ?? 0),
      });
      const reply = replies.run(
        job,
        signal,
        turnTrace.enabled ? (stage) => turnTrace.mark(ctx.sessionId, stage) : undefined,
      );
      let shown = "";
      try {
        for await (const piece of reply.stream) {
          if (piece.reset) {
            shown = "";
            onDelta("", true);
          }
          if (piece.delta) {
            if (!shown) turnTrace.mark(ctx.sessionId, "piece");
            shown += piece.delta;
            onDelta(piece.delta);
          }
        }
        const result = await reply.done;
        spent.set(
          ctx.sessionId,
          (spent.get(ctx.sessionId) ?? 0) + result.usage.prompt + result.usage.completion,
        );
        if (result.event === "aborted") return { text: shown, status: "interrupted" };
        const notice = offlineNotice(result);
        // A model fault (not a broken draft, not the budget) goes to the server's log too.
        const fault = result.source === "offline" && result.event !== null;
        if (fault && !["replaced", "leak", "budget_exhausted"].includes(result.event as string))
          onFault({
            sessionId: ctx.sessionId,
            event: result.event as LlmEvent,
            ...(result.detail ? { detail: result.detail } : {}),
            outcome: "offline",
          });
        return { text: result.text, status: "complete", ...(notice ? { notice } : {}) };
      } catch (err) {
        await reply.done.catch(() => {});
        if (err instanceof FlightdeckError && err.code === ErrorCode.ModelUnavailable) {
          // "the model did not answer (server_error: HTTP 500 …); LLM_FALLBACK=error"
          const { event, detail } = unavailableFault(err.message);
          const why = faultWords(event, detail);
          onFault({
            sessionId: ctx.sessionId,
            event,
            ...(detail ? { detail } : {}),
            outcome: "interrupted",
          });
          const notice = shown
            ? `${capital(why)}, so their reply stops here; what they said so far is kept. Carry on with your next line.`
            : `${capital(why)}, so there is no reply to this line. Carry on, or say it again.`;
          return { text: shown, status: "interrupted", notice };
        }
        throw err;
      }
    },
    close: () => replies.close?.() ?? Promise.resolve(),
  };
}
