import { resolve } from "node:path";
import { loadContent } from "../../server/content";
import { castOf } from "../../server/content/briefing";
import type { Scenario } from "../../server/content/scenario.schema";
import { startSimulation, stepSimulation } from "../../server/sim";
import type { LlmDelta, LlmReply, LlmReplyOptions } from "../../server/sim/llm-responder";

/**
 * The reply options for the persona's first answer in missed-sprint-commitments: the engine's plan
 * for the manager's opening line, the persona, and that line as the history.
 */
export async function firstReplyOptions(
  manager: string,
  canary: string,
): Promise<
  Pick<LlmReplyOptions, "model" | "plan" | "history" | "persona" | "scenario" | "canary">
> {
  const { content } = await loadContent(resolve(import.meta.dirname, "../.."));
  const scenario = content.scenarios.get("missed-sprint-commitments") as Scenario;
  const step = stepSimulation(startSimulation(scenario, content), manager, {
    scenario,
    content,
    seed: 1,
    turnIndex: 0,
  });
  return {
    model: "fake-model",
    plan: step.plan,
    history: [{ speaker: "manager", text: manager }],
    persona: castOf(scenario, content)[0] as NonNullable<ReturnType<typeof castOf>[0]>,
    scenario,
    canary,
  };
}

/**
 * Everything a streamed persona reply produced: its deltas, the error that ended the stream (if
 * any), its result or the error it rejected with, and what the manager's screen shows after
 * applying every delta and reset.
 */
export async function collectReply(reply: LlmReply) {
  const deltas: LlmDelta[] = [];
  let streamError: unknown;
  try {
    for await (const d of reply.stream) deltas.push(d);
  } catch (err) {
    streamError = err;
  }
  const result = await reply.done.catch((err: unknown) => err);
  let screen = "";
  for (const d of deltas) screen = d.reset ? "" : screen + d.delta;
  return { deltas, result, screen, streamError };
}
