import type { Config } from "../config";
import { hasModel } from "../config";
import { createModelClient } from "../llm/model-client";
import { judgeScorecard } from "../rubric";
import type { Scorecard } from "../rubric/scorecard.schema";
import type { SessionJudge } from "./engines";

/**
 * The LLM judge of practice sessions: the model of LLM_MODEL gives its second opinion on each step
 * of a scorecard (server/rubric/llm-judge.ts). None without a model, or with LLM_JUDGE=off.
 */
export function createSessionJudge(config: Config): SessionJudge | undefined {
  const model = config.LLM_MODEL;
  if (!hasModel(config) || !model || config.LLM_JUDGE === "off") return undefined;
  // One retry: nobody waits on it, and a second try often gets past a passing 429 or 503.
  const client = createModelClient(config, { maxRetries: 1 });
  return {
    model,
    async judge(turns, patternId, content, scorecard, signal) {
      const pattern = content.patterns.get(patternId);
      if (!pattern) return { ok: false, problem: `the pattern ${patternId} is no longer there` };
      const transcript = { turns: turns.map((t) => ({ speaker: t.speaker, text: t.text })) };
      const outcome = await judgeScorecard(client, transcript, pattern, scorecard as Scorecard, {
        model,
        signal,
      });
      if (!outcome.ok) return outcome;
      const opinion = outcome.scorecard.judge;
      return opinion
        ? { ok: true, opinion, model: opinion.model }
        : { ok: false, problem: "the judge gave no opinion" };
    },
  };
}
