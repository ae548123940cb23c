import { randomBytes } from "node:crypto";
import type { Config } from "../config";
import { castOf } from "../content";
import { ErrorCode, FlightdeckError } from "../errors";
import { createModelClient } from "../llm/model-client";
import type { ReplyRunner } from "../llm/reply-worker";
import type { ReplyPlan } from "../sim";
import { replyJob, streamJobReply } from "../sim/llm-responder";
import { turnTrace } from "../turn-trace";
import type { ReplyVoice } from "./engines";

const NOTICES = {
  offline: "The model did not answer in time, so the built-in engine spoke this reply.",
  error: "The model is unavailable; the reply was cut off. You can carry on or try again later.",
  character: "The model's draft broke character and was replaced.",
  budget:
    "This session has used its model budget (LLM_SESSION_TOKEN_BUDGET); the built-in engine speaks from here.",
} as const;

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
        const notice =
          result.source === "offline"
            ? result.event === "replaced" || result.event === "leak"
              ? NOTICES.character
              : result.event === "budget_exhausted"
                ? NOTICES.budget
                : NOTICES.offline
            : undefined;
        return { text: result.text, status: "complete", ...(notice ? { notice } : {}) };
      } catch (err) {
        await reply.done.catch(() => {});
        if (err instanceof FlightdeckError && err.code === ErrorCode.ModelUnavailable) {
          return { text: shown, status: "interrupted", notice: NOTICES.error };
        }
        throw err;
      }
    },
    close: () => replies.close?.() ?? Promise.resolve(),
  };
}
