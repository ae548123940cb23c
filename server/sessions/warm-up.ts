import { type Content, castOf } from "../content";
import type { Scenario } from "../content/scenario.schema";
import { detectMoves, detectTopics, type TranscriptTurn } from "../moves";
import { lintDraft, scorePatterns } from "../rubric";
import { hintFor, playScript } from "../sim";
import { buildPrompt } from "../sim/prompt";
import { instructionIndex, replyChecker } from "../sim/reply-checks";

/**
 * Why a server warms up: the move detectors, the persona engine, the reply checks, the scorer and the
 * linter hold a few hundred regular expressions, and V8 compiles each one the first time it runs, a
 * second time (to machine code) the next time, and again for text with a character beyond Latin-1
 * (a curly apostrophe or a dash, as phones and word processors type them). A fresh process measured
 * 170 ms for its first turn, up to 36 ms for a later one whose wording reached new rules, and 136 ms
 * for the first turn with a curly apostrophe (docs/benchmarks.md, "Warming up"). Each stall holds
 * every session on the process. The warm-up runs the real code on the content library's own lines
 * so those compilations happen at start, not in someone's conversation.
 */

/** The same line as a phone or a word processor would type it: curly quotes, a real dash and ellipsis. */
export function typographic(text: string): string {
  const out = text
    .replace(/(^|[\s(])'/g, "$1\u2018")
    .replace(/'/g, "\u2019")
    .replace(/"([^"]*)"/g, "\u201c$1\u201d")
    .replace(/ - /g, " \u2014 ")
    .replace(/\.\.\./g, "\u2026");
  // A line with none of those still gets a character beyond Latin-1, which is what matters to V8.
  return out === text ? `${text} \u2014` : out;
}

/** Manager lines from the library: every pattern's examples and better phrasings, every lint example. */
export function warmUpLines(content: Content): string[] {
  const lines = new Set<string>();
  for (const pattern of content.patterns.values()) {
    for (const example of [...pattern.examples.good, ...pattern.examples.bad])
      lines.add(example.text);
    for (const anti of pattern.antiPatterns) lines.add(anti.better);
  }
  for (const rule of content.lintRules.values()) {
    for (const text of [...rule.examples.flagged, ...rule.examples.clean]) lines.add(text);
  }
  return [...lines];
}

/** Turns played per scenario: enough to reach each stage, few enough to keep the start quick. */
const LINES_PER_SCENARIO = 12;

/**
 * The warm-up as small tasks, so the server can run them between requests (each is one line's
 * detection and lint, or one short scenario played, scored and checked). Pure: every task computes
 * and drops its result. Each line and each scenario runs as written and typographic, twice (V8
 * compiles a pattern to machine code on its second run).
 */
export function warmUpTasks(content: Content): Array<() => void> {
  const plain = warmUpLines(content);
  const lines = [...plain, ...plain.map(typographic)];
  const rules = [...content.lintRules.values()];
  const tasks: Array<() => void> = [];
  for (let round = 0; round < 2; round++) {
    lines.forEach((text, i) => {
      const previous: TranscriptTurn[] = [
        { speaker: "employee", text: lines[(i + 1) % lines.length] as string },
      ];
      tasks.push(() => {
        detectMoves(text, { previous });
        detectTopics(text);
        lintDraft(text, rules);
      });
    });
  }
  const scenarios = [...content.scenarios.values()];
  for (let round = 0; round < 2; round++) {
    scenarios.forEach((scenario, s) => {
      for (const form of [plain, lines.slice(plain.length)]) {
        const start = (s * LINES_PER_SCENARIO) % Math.max(1, form.length);
        const script = [...form.slice(start), ...form].slice(0, LINES_PER_SCENARIO);
        tasks.push(() => playScenario(scenario, content, script));
      }
    });
  }
  return tasks;
}

/** One scenario played with these lines, scored, hinted, and every reply run through the checks. */
function playScenario(scenario: Scenario, content: Content, script: readonly string[]): void {
  const played = playScript(scenario, content, script, { continuePastOutcome: true });
  const cast = castOf(scenario, content);
  const history: TranscriptTurn[] = [];
  played.steps.forEach((step, i) => {
    const persona = cast.find((p) => p.id === step.speakerId);
    if (persona) {
      const prompt = buildPrompt({
        plan: step.plan,
        persona,
        scenario,
        history,
        canary: "warm-up",
      });
      const check = replyChecker({
        canary: "warm-up",
        instructionWords: instructionIndex(prompt.instructions),
      });
      // As a streamed reply is checked: the text so far, a few words more each time.
      const words = step.reply.text.split(" ");
      for (let n = 4; n < words.length + 4; n += 4) check(words.slice(0, n).join(" "));
    }
    history.push(
      { speaker: "manager", text: script[i] as string },
      { speaker: "employee", text: step.reply.text },
    );
  });
  hintFor(played.state, { scenario, content });
  scorePatterns(
    { turns: history },
    scenario.patterns.flatMap((id) => content.patterns.get(id) ?? []),
  );
}

export interface WarmUpReport {
  tasks: number;
  /** Wall time from the first task to the last, including the requests served in between. */
  ms: number;
}

/**
 * Runs the tasks a slice at a time (at least one task, then more until `sliceMs` has passed, then
 * the event loop's turn), so requests that arrive during the warm-up wait at most one slice. `stopped` ends it early (the
 * server is closing).
 */
export function runWarmUp(
  tasks: ReadonlyArray<() => void>,
  options: { sliceMs?: number; stopped?: () => boolean } = {},
): Promise<WarmUpReport> {
  const sliceMs = options.sliceMs ?? 5;
  const started = performance.now();
  let next = 0;
  return new Promise((resolve, reject) => {
    const slice = () => {
      try {
        // At least one task a slice, however short the slice.
        const until = performance.now() + sliceMs;
        do {
          if (next >= tasks.length || options.stopped?.()) break;
          (tasks[next++] as () => void)();
        } while (performance.now() < until);
      } catch (err) {
        reject(err);
        return;
      }
      if (next < tasks.length && !options.stopped?.()) setImmediate(slice);
      else resolve({ tasks: next, ms: performance.now() - started });
    };
    setImmediate(slice);
  });
}
