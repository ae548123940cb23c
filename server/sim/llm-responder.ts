/**
 * The LLM responder: plays the engine's decision (a ReplyPlan) through any OpenAI-compatible chat
 * endpoint, streaming, with every reply checked before the manager sees it. The one file in sim/
 * that talks to a network; it receives its client. Fault behaviour: docs/persona-engine.md.
 */
import type OpenAI from "openai";
import type { Persona } from "../content/persona.schema";
import type { Scenario } from "../content/scenario.schema";
import { ErrorCode, FlightdeckError } from "../errors";
import { streamChatCompletion } from "../llm/chat-stream";
import type { TranscriptTurn } from "../moves/move.schema";
import type { ReplyStage } from "../turn-trace";
import type { ReplyPlan } from "./plan";
import { buildPrompt, counterpartOf, type Prompt, type PromptMessage } from "./prompt";
import {
  type CheckContext,
  instructionIndex,
  type ReplyProblem,
  replyChecker,
} from "./reply-checks";

/** Everything that can happen to one reply besides a clean answer; recorded with the turn. */
export const LLM_EVENTS = [
  /** The first draft broke character; the second, in character, was used. */
  "regenerated",
  /** Both drafts broke character; the offline line was used. */
  "replaced",
  /** A draft contained the canary or a piece of the instructions; the offline line was used. */
  "leak",
  /** No first token, or a pause between tokens, beyond the timeout. */
  "timeout",
  /** 429 from the endpoint (after honouring Retry-After as far as the wait budget allows). */
  "rate_limited",
  /** 5xx from the endpoint, after retries. */
  "server_error",
  /** Any other refusal of the request (401, 404, 400 …): not retried. */
  "request_rejected",
  /** The connection dropped or a chunk could not be parsed. */
  "stream_error",
  /** The model returned no text. */
  "empty",
  /** The session's token budget cannot cover another reply. */
  "budget_exhausted",
  /** The caller aborted (the manager left, or the session ended). */
  "aborted",
] as const;
export type LlmEvent = (typeof LLM_EVENTS)[number];

/** One piece of the streamed reply. `reset`: discard what this reply has shown so far. */
export interface LlmDelta {
  delta: string;
  reset?: true;
}

export interface LlmReplyOptions {
  model: string;
  plan: ReplyPlan;
  /** The transcript so far, ending with the manager turn being answered. */
  history: readonly TranscriptTurn[];
  /** The speaking persona as cast in the scenario. */
  persona: Persona;
  scenario: Scenario;
  /** A per-session secret placed in the system prompt; a reply containing it is a leak. */
  canary: string;
  /** Cap per reply. Default 200. */
  maxTokens?: number;
  temperature?: number;
  signal?: AbortSignal;
  /** What an endpoint failure does: the offline line (default), or reject with FD_MODEL_UNAVAILABLE. */
  fallback?: "offline" | "error";
  /** Tokens left in the session's budget; a reply that might not fit is not requested. */
  budgetTokens?: number;
  /** Wait for the first token (and for the response) per attempt. Default 15 000. */
  firstTokenTimeoutMs?: number;
  /** Longest pause between tokens. Default 10 000. */
  idleTimeoutMs?: number;
  /** Attempts for retryable faults (429, 5xx, dropped connection) before any text was shown. Default 3. */
  maxAttempts?: number;
  /** First backoff; doubles per retry unless the endpoint sends Retry-After. Default 500. */
  backoffMs?: number;
  /** Total time spent waiting between attempts; a longer Retry-After gives up instead. Default 10 000. */
  maxWaitMs?: number;
  /** Characters held back from the manager until checked. Default 80 (longer than any pattern). */
  holdbackChars?: number;
  /** Injected for tests; default setTimeout, cut short by `signal`. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Told when the request goes out and when its headers, first event and first shown text arrive (the bench's diagnosis). */
  stage?: (stage: ReplyStage) => void;
}

/**
 * One reply as plain data: the prompt already built, and what the run needs besides the model's
 * words. It can cross to a worker thread as it is (server/llm/reply-worker.ts).
 */
export interface ReplyJob
  extends Omit<
    LlmReplyOptions,
    "plan" | "history" | "persona" | "scenario" | "signal" | "sleep" | "stage"
  > {
  prompt: Prompt;
  /** The persona's first name, for the note that asks for a second draft. */
  speaker: string;
  /** Whom they are talking to, for the same note: "manager", or the scenario's counterpart ("mentor"). */
  counterpart: string;
  /** The engine's own line, said when the model cannot be used. */
  offlineText: string;
}

/** The job for a reply: the prompt is built here, from the plan, the persona and the history. */
export function replyJob(options: LlmReplyOptions): ReplyJob {
  const { plan, history, persona, scenario, signal, sleep, stage, ...rest } = options;
  return {
    ...rest,
    prompt: buildPrompt(options),
    speaker: persona.name.split(/\s+/)[0] ?? persona.name,
    counterpart: counterpartOf(scenario),
    offlineText: plan.offlineText,
  };
}

export interface LlmReplyResult {
  /** The reply as the manager has it after all deltas and resets. */
  text: string;
  source: "llm" | "offline";
  /** What decided this reply; null for a clean model reply. */
  event: LlmEvent | null;
  /** Everything that happened, in order (retried faults included). */
  events: LlmEvent[];
  /** The last fault's detail ("HTTP 404: …", "connection reset"), when a fault decided the reply. */
  detail?: string;
  usage: { prompt: number; completion: number };
  attempts: number;
  /**
   * The model failed (`event` says how) after some of its reply was shown: `text` is what was
   * shown, and the reply stops there. Whatever LLM_FALLBACK says, words the manager has read are
   * never taken back or replaced; the caller stores the reply as interrupted.
   */
  cut?: true;
}

export interface LlmReply {
  stream: AsyncIterable<LlmDelta>;
  done: Promise<LlmReplyResult>;
}

type AttemptResult =
  | { kind: "ok"; text: string }
  | { kind: "problem"; problem: ReplyProblem }
  | {
      kind: "fault";
      event: LlmEvent;
      retryable: boolean;
      retryAfterMs?: number;
      /** What the endpoint said, for the notice and the log: "HTTP 404: model not found". */
      detail?: string;
    };

/** A failed request in a line: its HTTP status and the endpoint's own words, shortened. */
function faultDetail(err: unknown): string {
  const status = (err as { status?: number }).status;
  const message = err instanceof Error ? err.message.replace(/\s+/g, " ").trim() : String(err);
  const words = message.length > 160 ? `${message.slice(0, 157)}…` : message;
  if (status === undefined) return words || "the connection failed";
  return words.startsWith(String(status)) ? `HTTP ${words}` : `HTTP ${status}: ${words}`;
}

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

const estimateTokens = (chars: number) => Math.ceil(chars / 4);

function retryAfterMs(err: unknown): number | undefined {
  const headers = (err as { headers?: { get?(name: string): string | null } }).headers;
  const ms = Number(headers?.get?.("retry-after-ms"));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const s = Number(headers?.get?.("retry-after"));
  return Number.isFinite(s) && s >= 0 ? s * 1000 : undefined;
}

/** A single-consumer queue the run pushes into and `stream` reads from (also the reply worker's). */
export function createChannel<T>() {
  const items: T[] = [];
  let closed = false;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  return {
    push(item: T) {
      items.push(item);
      notify();
    },
    close() {
      closed = true;
      notify();
    },
    fail(error: unknown) {
      failure = { error };
      closed = true;
      notify();
    },
    async *iterate(): AsyncGenerator<T> {
      for (;;) {
        const next = items.shift();
        if (next !== undefined) {
          yield next;
          continue;
        }
        if (failure) throw failure.error;
        if (closed) return;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
  };
}

/**
 * Streams one persona reply from a model. Text reaches the manager only after it is checked: deltas
 * pass through a holdback buffer that keeps the last `holdbackChars` characters until the text
 * around them is checked, so a leak or a break of character is caught before any of it is shown.
 * If a check fails after some text was shown, the stream sends `{ reset: true }` and the
 * replacement follows. If the endpoint fails after some text was shown, that text stays and the
 * result is `cut` (under either fallback: words already read are never replaced). `done` resolves
 * with the final text and what happened; it rejects only with `fallback: "error"` on an endpoint
 * failure before any text was shown (FD_MODEL_UNAVAILABLE). It never hangs: every wait is bounded
 * by the timeouts and the wait budget.
 */
export function streamLlmReply(client: OpenAI, options: LlmReplyOptions): LlmReply {
  return streamJobReply(client, replyJob(options), options);
}

/** `streamLlmReply` for a job whose prompt is already built (the reply worker runs these). */
export function streamJobReply(
  client: OpenAI,
  job: ReplyJob,
  control: Pick<LlmReplyOptions, "signal" | "sleep" | "stage"> = {},
): LlmReply {
  const channel = createChannel<LlmDelta>();
  const done = runReply(client, job, control, channel);
  done.then(
    () => channel.close(),
    (error: unknown) => channel.fail(error),
  );
  return {
    stream: { [Symbol.asyncIterator]: () => channel.iterate() },
    done,
  };
}

async function runReply(
  client: OpenAI,
  o: ReplyJob,
  control: Pick<LlmReplyOptions, "signal" | "sleep" | "stage">,
  channel: { push(d: LlmDelta): void },
): Promise<LlmReplyResult> {
  const maxTokens = o.maxTokens ?? 200;
  const holdback = o.holdbackChars ?? 80;
  const sleep = control.sleep ?? defaultSleep;
  const events: LlmEvent[] = [];
  const usage = { prompt: 0, completion: 0 };
  let attempts = 0;
  let shown = "";

  const prompt = o.prompt;
  const checks: CheckContext = {
    canary: o.canary,
    instructionWords: instructionIndex(prompt.instructions),
  };
  const show = (text: string) => {
    if (text === "") return;
    shown += text;
    channel.push({ delta: text });
  };
  const reset = () => {
    if (shown === "") return;
    shown = "";
    channel.push({ delta: "", reset: true });
  };
  const result = (
    source: "llm" | "offline",
    event: LlmEvent | null,
    detail?: string,
  ): LlmReplyResult => ({
    text: shown,
    source,
    event,
    events,
    usage,
    attempts,
    ...(detail ? { detail } : {}),
  });
  const offline = (event: LlmEvent, detail?: string): LlmReplyResult => {
    if (!events.includes(event)) events.push(event);
    reset();
    show(o.offlineText);
    return result("offline", event, detail);
  };

  if (control.signal?.aborted) return result("llm", "aborted");
  const promptTokens = estimateTokens(prompt.messages.reduce((n, m) => n + m.content.length, 0));
  if (o.budgetTokens !== undefined && promptTokens + maxTokens > o.budgetTokens) {
    return offline("budget_exhausted");
  }

  /** One request, streamed through the holdback buffer. */
  const attempt = async (messages: readonly PromptMessage[]): Promise<AttemptResult> => {
    attempts++;
    const controller = new AbortController();
    let why: "timeout" | "caller" | "check" | undefined;
    const onAbort = () => {
      why = "caller";
      controller.abort();
    };
    control.signal?.addEventListener("abort", onAbort, { once: true });
    let timer: ReturnType<typeof setTimeout> | undefined;
    let armedFor = 0;
    const arm = (ms: number) => {
      // Called for every chunk: the same wait again only restarts the timer.
      if (timer && ms === armedFor) {
        timer.refresh();
        return;
      }
      if (timer) clearTimeout(timer);
      armedFor = ms;
      timer = setTimeout(() => {
        why = "timeout";
        controller.abort();
      }, ms);
    };
    arm(o.firstTokenTimeoutMs ?? 15_000);
    let text = "";
    const check = replyChecker(checks);
    let shownUpTo = 0;
    let finished = false;
    let reportedUsage = false;
    try {
      control.stage?.("request");
      const stream = await streamChatCompletion(
        client,
        {
          model: o.model,
          messages: messages.map((m) => ({ role: m.role, content: m.content })),
          stream_options: { include_usage: true },
          max_tokens: maxTokens,
          ...(o.temperature === undefined ? {} : { temperature: o.temperature }),
        },
        { signal: controller.signal, maxRetries: 0 },
      );
      control.stage?.("headers");
      let first = true;
      for await (const chunk of stream) {
        if (first) {
          first = false;
          control.stage?.("first_event");
        }
        arm(o.idleTimeoutMs ?? 10_000);
        if (chunk.usage) {
          usage.prompt += chunk.usage.prompt_tokens;
          usage.completion += chunk.usage.completion_tokens;
          reportedUsage = true;
        }
        const choice = chunk.choices[0];
        if (choice?.finish_reason) finished = true;
        const delta = choice?.delta?.content ?? "";
        if (delta === "") continue;
        text += delta;
        // Show all but the held-back tail, cut at a space so words arrive whole. The text is
        // checked whenever some of it is about to be shown (and once more at the end), not for every
        // chunk: nothing unchecked reaches the manager, and the chunks that only grow the held-back
        // tail cost nothing.
        const safe = text.lastIndexOf(" ", text.length - holdback);
        if (safe > shownUpTo) {
          if (shownUpTo === 0) control.stage?.("release_event");
          const problem = check(text);
          if (problem) {
            why = "check";
            controller.abort();
            return { kind: "problem", problem };
          }
          show(text.slice(shownUpTo, safe));
          shownUpTo = safe;
        }
      }
    } catch (err) {
      if (why === "caller") return { kind: "fault", event: "aborted", retryable: false };
      if (why === "timeout") return { kind: "fault", event: "timeout", retryable: false };
      const status = (err as { status?: number }).status;
      const detail = faultDetail(err);
      if (status === 429) {
        const after = retryAfterMs(err);
        return {
          kind: "fault",
          event: "rate_limited",
          retryable: true,
          detail,
          ...(after === undefined ? {} : { retryAfterMs: after }),
        };
      }
      if (status !== undefined && status >= 500) {
        return { kind: "fault", event: "server_error", retryable: true, detail };
      }
      if (status !== undefined)
        return { kind: "fault", event: "request_rejected", retryable: false, detail };
      return { kind: "fault", event: "stream_error", retryable: shown === "", detail };
    } finally {
      if (timer) clearTimeout(timer);
      control.signal?.removeEventListener("abort", onAbort);
      if (!reportedUsage) {
        usage.prompt += estimateTokens(messages.reduce((n, m) => n + m.content.length, 0));
        usage.completion += estimateTokens(text.length);
      }
    }
    // A stream can also end quietly after an abort, so the reason is checked here too.
    if (why === "caller") return { kind: "fault", event: "aborted", retryable: false };
    if (why === "timeout") return { kind: "fault", event: "timeout", retryable: false };
    if (!finished) return { kind: "fault", event: "stream_error", retryable: shown === "" };
    if (text.trim() === "") return { kind: "fault", event: "empty", retryable: false };
    const problem = check(text);
    if (problem) return { kind: "problem", problem };
    show(text.slice(shownUpTo));
    return { kind: "ok", text };
  };

  /** Attempts with retries for 429/5xx/dropped connections, while nothing has been shown. */
  const withRetries = async (messages: readonly PromptMessage[]): Promise<AttemptResult> => {
    const maxAttempts = o.maxAttempts ?? 3;
    let waited = 0;
    for (let i = 1; ; i++) {
      const r = await attempt(messages);
      if (r.kind !== "fault") return r;
      if (!r.retryable || shown !== "" || i >= maxAttempts) return r;
      const wait = r.retryAfterMs ?? (o.backoffMs ?? 500) * 2 ** (i - 1);
      if (waited + wait > (o.maxWaitMs ?? 10_000)) return r;
      events.push(r.event);
      await sleep(wait, control.signal);
      waited += wait;
      if (control.signal?.aborted) return { kind: "fault", event: "aborted", retryable: false };
    }
  };

  let messages: PromptMessage[] = prompt.messages;
  for (let round = 0; ; round++) {
    const r = await withRetries(messages);
    if (r.kind === "ok") return result("llm", round > 0 ? "regenerated" : null);
    if (r.kind === "problem") {
      if (r.problem.kind === "leak") return offline("leak");
      if (round > 0) return offline("replaced");
      events.push("regenerated");
      reset();
      const first = o.speaker;
      messages = [
        ...prompt.messages,
        {
          role: "system",
          content: `Your last draft broke character (it ${r.problem.reason}). Answer your ${o.counterpart} again as ${first} would, out loud, following every rule above.`,
        },
      ];
      continue;
    }
    if (r.event === "aborted") return result("llm", "aborted");
    if (shown !== "") {
      // What was shown stays: it was checked, the manager has read it, and the reply is stored as
      // interrupted with it (never dropped, never swapped for the offline line).
      events.push(r.event);
      return { ...result("llm", r.event, r.detail), cut: true };
    }
    if (o.fallback === "error") {
      events.push(r.event);
      throw new FlightdeckError(
        ErrorCode.ModelUnavailable,
        `the model did not answer (${r.event}${r.detail ? `: ${r.detail}` : ""}); LLM_FALLBACK=error`,
      );
    }
    return offline(r.event, r.detail);
  }
}
