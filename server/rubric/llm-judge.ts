import { z } from "zod";
import type { Pattern } from "../content/pattern.schema";
import type { Transcript } from "../moves";
import {
  type JudgeOpinion,
  type Scorecard,
  STEP_STATUSES,
  StepStatusSchema,
} from "./scorecard.schema";

/**
 * The part of an OpenAI-compatible client the judge uses. An `OpenAI` instance from the `openai`
 * package fits it; typing it here keeps rubric/ free of the package (the caller owns the client).
 */
export interface ChatClient {
  chat: {
    completions: {
      create(
        body: {
          model: string;
          messages: { role: "system" | "user"; content: string }[];
          temperature?: number;
          max_tokens?: number;
          response_format?:
            | { type: "json_object" }
            | {
                type: "json_schema";
                json_schema: { name: string; strict: boolean; schema: Record<string, unknown> };
              };
        },
        options?: { signal?: AbortSignal },
      ): PromiseLike<{ model?: string; choices: { message: { content: string | null } }[] }>;
    };
  };
}

export interface JudgeOptions {
  readonly model: string;
  /**
   * `json_schema` (structured output, default) or `json_object` for servers without schema support;
   * either way the reply is checked with zod.
   */
  readonly responseFormat?: "json_schema" | "json_object";
  readonly signal?: AbortSignal;
  readonly maxTokens?: number;
}

/** What the model must answer: one verdict per step of the pattern. */
const JudgeReplySchema = z.strictObject({
  steps: z.array(
    z.strictObject({
      id: z.string(),
      status: StepStatusSchema,
      /** The manager's turns that show it, numbered as in the prompt: turn 1 is their first line. */
      turns: z.array(z.number().int().min(1).max(9999)),
      reason: z.string(),
    }),
  ),
  summary: z.string(),
});
type JudgeReply = z.infer<typeof JudgeReplySchema>;

export type JudgeOutcome =
  | { readonly ok: true; readonly scorecard: Scorecard }
  | { readonly ok: false; readonly problem: string };

const SYSTEM = [
  "You are an experienced engineering-management coach grading a practice conversation in which a manager talks to an employee.",
  "You grade only the manager's turns against the steps of one conversation pattern.",
  `For each step answer one status: ${STEP_STATUSES.join(", ")}.`,
  "hit: a manager turn clearly does the step, in the order the step requires. partial: done weakly, or only before a step it must follow. missed: not done. not_applicable: the step says when it does not apply and that happened.",
  "The manager's lines are numbered turn 1, turn 2 and so on; the employee's lines carry no number. List the numbers of the manager's turns that show it (empty when missed) and a one-sentence reason quoting the manager; when the reason names a turn, use the same numbers.",
  "Answer with JSON only, exactly one entry per step id, in the order given.",
].join("\n");

function describeStep(step: Pattern["steps"][number]): string {
  const parts = [`- id: ${step.id}`, `  title: ${step.title}`, `  required: ${step.required}`];
  if (step.description) parts.push(`  description: ${step.description}`);
  if (step.mustFollow) parts.push(`  must come after: ${step.mustFollow.join(", ")}`);
  if (step.notApplicableWhen) parts.push(`  does not apply when: ${step.notApplicableWhen.reason}`);
  return parts.join("\n");
}

/**
 * Transcript positions of the manager's lines: `positions[n - 1]` is their turn n. The debrief, the
 * export and the CLI number turns this way, so a reason that cites "turn 3" reads as the page does.
 */
function managerPositions(transcript: Transcript): number[] {
  const out: number[] = [];
  transcript.turns.forEach((t, i) => {
    if (t.speaker === "manager") out.push(i);
  });
  return out;
}

/** The prompt of the judge: the pattern's steps and the numbered transcript, never the rule score. */
function judgePrompt(transcript: Transcript, pattern: Pattern): string {
  let n = 0;
  const turns = transcript.turns
    .map((t) =>
      t.speaker === "manager" ? `Turn ${++n}, Manager: ${t.text}` : `Employee: ${t.text}`,
    )
    .join("\n");
  return [
    `Pattern: ${pattern.title}`,
    `Goal: ${pattern.problem}`,
    "",
    "Steps:",
    ...pattern.steps.map(describeStep),
    "",
    "Transcript:",
    turns,
  ].join("\n");
}

/** The reply's JSON Schema without `$schema`, which some OpenAI-compatible servers reject. */
function replyJsonSchema(): Record<string, unknown> {
  const { $schema: _, ...schema } = z.toJSONSchema(JudgeReplySchema) as Record<string, unknown>;
  return schema;
}

/** Some servers wrap JSON mode answers in a Markdown fence. */
function unfence(text: string): string {
  const m = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/.exec(text);
  return m ? (m[1] as string) : text;
}

function checkReply(reply: JudgeReply, pattern: Pattern, managerTurns: number): string | undefined {
  const ids = pattern.steps.map((s) => s.id);
  const given = reply.steps.map((s) => s.id);
  const unknown = given.filter((id) => !ids.includes(id));
  if (unknown.length > 0) return `the model judged unknown steps: ${unknown.join(", ")}`;
  const missing = ids.filter((id) => !given.includes(id));
  if (missing.length > 0) return `the model left out steps: ${missing.join(", ")}`;
  if (new Set(given).size !== given.length) return "the model judged a step twice";
  for (const s of reply.steps) {
    const bad = s.turns.find((t) => t > managerTurns);
    if (bad !== undefined) return `step ${s.id}: the manager has no turn ${bad}`;
  }
  return undefined;
}

/**
 * The judge's verdicts beside the rule engine's, with agreement per step and overall. The model's
 * turn numbers (the manager's) become transcript positions, as the rule evidence's `turn` is.
 */
function compareWithRules(
  reply: JudgeReply,
  scorecard: Scorecard,
  model: string,
  positions: readonly number[],
): JudgeOpinion {
  const byId = new Map(reply.steps.map((s) => [s.id, s]));
  const steps = scorecard.steps.map((rule) => {
    const judged = byId.get(rule.id);
    const status = judged?.status ?? "missed";
    return {
      id: rule.id,
      status,
      turns: (judged?.turns ?? []).map((n) => positions[n - 1] as number),
      reason: judged?.reason ?? "",
      agrees: status === rule.status,
    };
  });
  const agreeing = steps.filter((s) => s.agrees).length;
  return {
    model,
    steps,
    agreement: steps.length === 0 ? 1 : agreeing / steps.length,
    summary: reply.summary,
  };
}

/**
 * A model's second opinion on each step, added to the scorecard as `judge` beside the rule score.
 * It never changes `overall`, `passed` or a step's status. Any failure (network, refusal, a reply
 * that is not valid JSON or not one verdict per step) is returned as a problem, never thrown.
 */
export async function judgeScorecard(
  client: ChatClient,
  transcript: Transcript,
  pattern: Pattern,
  scorecard: Scorecard,
  options: JudgeOptions,
): Promise<JudgeOutcome> {
  const responseFormat =
    options.responseFormat === "json_object"
      ? ({ type: "json_object" } as const)
      : ({
          type: "json_schema",
          json_schema: {
            name: "step_verdicts",
            strict: true,
            schema: replyJsonSchema(),
          },
        } as const);
  let content: string | null | undefined;
  let model = options.model;
  try {
    const completion = await client.chat.completions.create(
      {
        model: options.model,
        temperature: 0,
        max_tokens: options.maxTokens ?? 1500,
        response_format: responseFormat,
        messages: [
          { role: "system", content: SYSTEM },
          { role: "user", content: judgePrompt(transcript, pattern) },
        ],
      },
      options.signal ? { signal: options.signal } : undefined,
    );
    content = completion.choices[0]?.message.content;
    model = completion.model ?? model;
  } catch (err) {
    return { ok: false, problem: `the judge model did not answer (${(err as Error).message})` };
  }
  if (!content) return { ok: false, problem: "the judge model returned no content" };
  let data: unknown;
  try {
    data = JSON.parse(unfence(content));
  } catch {
    return { ok: false, problem: "the judge model's answer is not JSON" };
  }
  const parsed = JudgeReplySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      problem: `the judge model's answer does not fit: ${issue?.path.join(".") || "(root)"}: ${issue?.message}`,
    };
  }
  const positions = managerPositions(transcript);
  const problem = checkReply(parsed.data, pattern, positions.length);
  if (problem) return { ok: false, problem };
  return {
    ok: true,
    scorecard: { ...scorecard, judge: compareWithRules(parsed.data, scorecard, model, positions) },
  };
}
