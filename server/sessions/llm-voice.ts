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

/** Where the fault happened, for plainer words: the endpoint's host, and whether text was shown. */
export interface FaultPlace {
  /** The model endpoint's host ("api.example.com", "127.0.0.1:4799"). */
  host?: string | undefined;
  /** Some of the reply was on the manager's screen when it failed. */
  shown?: boolean;
}

/** The host of LLM_BASE_URL, for "could not reach the model at …"; undefined when unset or bad. */
export function modelHost(baseUrl: string | undefined): string | undefined {
  try {
    return baseUrl ? new URL(baseUrl).host : undefined;
  } catch {
    return undefined;
  }
}

/** A connection that never got an answer (refused, no such host, network down), as the client words it. */
const UNREACHABLE =
  /^connection error|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|the connection failed/i;

/**
 * Why the model gave no reply, or stopped, in words a manager can act on; what the endpoint said is
 * added only where it helps (a status the operator can look up), never a library's own words.
 */
export function faultWords(
  event: LlmEvent | null,
  detail?: string,
  place: FaultPlace = {},
): string {
  if (place.shown) return "the model's reply stopped partway";
  const said = detail ? ` (${detail})` : "";
  switch (event) {
    case "timeout":
      return "the model did not answer in time";
    case "rate_limited":
      return "the model is turning requests away for now";
    case "server_error":
      return `the model's server failed${said}`;
    case "request_rejected":
      return `the model refused the request${said}`;
    case "stream_error":
      if (detail && UNREACHABLE.test(detail))
        return place.host
          ? `could not reach the model at ${place.host}`
          : "could not reach the model";
      // Nothing was shown (`place.shown` is said above): "partway" would send an operator looking
      // for a cut connection when the endpoint sent something that is not its API's stream.
      if (detail && /\bJSON\b/.test(detail))
        return "the model's server sent a reply Flightdeck could not read (not valid JSON)";
      return "the model's reply broke off before any of it was shown";
    case "empty":
      return "the model answered with nothing";
    default:
      return `the model failed${said}`;
  }
}

/**
 * What the person who runs Flightdeck should check, for the server's log and the CLI: never said in
 * a manager's conversation, who cannot see the server's settings.
 */
export function operatorAdvice(event: LlmEvent | null): string | undefined {
  return event === "request_rejected" ? "check LLM_MODEL, LLM_API_KEY and LLM_BASE_URL" : undefined;
}

/** A refused request (401, 404): the manager is told who can fix it. */
const tellOperator = (event: LlmEvent | null) =>
  event === "request_rejected" ? " Tell whoever runs Flightdeck." : "";

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * What the manager is told when the reply is not the model's whole reply: the built-in engine spoke
 * instead (a broken draft, the session's budget spent, or the model's fault in words), or the model
 * stopped partway and what was shown is kept (`cut`). Undefined when the model spoke in full.
 */
export function offlineNotice(
  result: {
    source: "llm" | "offline";
    event: LlmEvent | null;
    detail?: string | undefined;
    cut?: true | undefined;
  },
  place: FaultPlace & { speaker?: string } = {},
): string | undefined {
  if (result.cut) return cutNotice(place.speaker);
  if (result.source !== "offline") return undefined;
  if (result.event === "replaced" || result.event === "leak") return NOTICES.character;
  if (result.event === "budget_exhausted") return NOTICES.budget;
  return `${capital(faultWords(result.event, result.detail, place))}, so the built-in engine spoke this reply.${tellOperator(result.event)}`;
}

/** The model stopped after some words were shown: they stay, and the reply ends there. */
export const cutNotice = (speaker = "they") =>
  `The model's reply stopped partway: what ${speaker} said up to there is kept, marked as cut off. Carry on with your next line.`;

/**
 * LLM_FALLBACK=error and the model gave no word: it is unavailable. The line stays in the transcript
 * but counts for nothing (no state moved, not scored, no turn used: conversation.ts `answeredTurns`),
 * so saying it again once the model is back is the way to have it answered, and counts it once.
 */
export const unavailableNotice = (why: string, event: LlmEvent | null = null) =>
  `The model is unavailable right now: ${why}. So this line got no reply. It stays in the transcript but counts for nothing: nothing was revealed, and it is not scored.${tellOperator(event)} Wait a moment, then choose Get the reply under it (or say it again), or end the conversation and come back later.`;

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
  /** What to check, for the operator (a refused request: the model's settings). */
  advice?: string;
}

/** A fault for the log, with the operator's advice when there is some. */
const faultOf = (
  sessionId: string,
  event: LlmEvent,
  detail: string | undefined,
  outcome: ModelFault["outcome"],
): ModelFault => {
  const advice = operatorAdvice(event);
  return {
    sessionId,
    event,
    ...(detail ? { detail } : {}),
    outcome,
    ...(advice ? { advice } : {}),
  };
};

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
  const host = modelHost(config.LLM_BASE_URL);
  // A per-process secret mixed into each session's canary, so a transcript never predicts it.
  const secret = randomBytes(8).toString("hex");
  // Tokens spent per session on this process; bounds the cost of one practice session.
  const spent = new Map<string, number>();
  return {
    async speak(step, ctx, onDelta, signal) {
      turnTrace.mark(ctx.sessionId, "speak");
      const persona = castOf(ctx.scenario, ctx.content).find((p) => p.id === step.speakerId);
      if (!persona) return { text: step.reply.text, status: "complete" };
      const speaker = persona.name.split(/\s+/)[0] ?? persona.name;
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
        if (result.cut) {
          // The model stopped after some words were shown: they are kept, whatever the fallback.
          onFault(faultOf(ctx.sessionId, result.event as LlmEvent, result.detail, "interrupted"));
          return { text: shown, status: "interrupted", notice: cutNotice(speaker), cause: "model" };
        }
        const notice = offlineNotice(result, { host });
        // A model fault (not a broken draft, not the budget) goes to the server's log too.
        const fault = result.source === "offline" && result.event !== null;
        if (fault && !["replaced", "leak", "budget_exhausted"].includes(result.event as string))
          onFault(faultOf(ctx.sessionId, result.event as LlmEvent, result.detail, "offline"));
        return { text: result.text, status: "complete", ...(notice ? { notice } : {}) };
      } catch (err) {
        await reply.done.catch(() => {});
        if (err instanceof FlightdeckError && err.code === ErrorCode.ModelUnavailable) {
          // "the model did not answer (server_error: HTTP 500 …); LLM_FALLBACK=error"
          const { event, detail } = unavailableFault(err.message);
          onFault(faultOf(ctx.sessionId, event, detail, "interrupted"));
          const notice = shown
            ? cutNotice(speaker)
            : unavailableNotice(faultWords(event, detail, { host }), event);
          return { text: shown, status: "interrupted", notice, cause: "model" };
        }
        throw err;
      }
    },
    close: () => replies.close?.() ?? Promise.resolve(),
  };
}
