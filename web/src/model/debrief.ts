import type { AntiPatternFlag, Scorecard } from "../../../server/rubric/scorecard.schema";
import type { WireTurn } from "../../../server/sessions/protocol.schema";
import type { TrajectoryPoint } from "../../../server/sessions/record.schema";
import { formatPoints } from "./format";
import { largeChanges } from "./trajectory";
import { managerNumbers, scoredTurnIndex } from "./transcript";

/**
 * A scenario's scorecards in the order its patterns are listed, the main pattern first. The main
 * pattern (the scenario's first) is the one whose score counts: in History, toward an assignment
 * and in a cohort's progress grid (server/people/cohorts.ts, server/sessions/session-service.ts
 * `list`). The others are scored as well, for the manager to learn from.
 */
export function orderedScorecards(
  cards: readonly Scorecard[],
  scenarioPatterns: readonly string[] | undefined,
): { card: Scorecard; main: boolean }[] {
  const rank = (id: string) => {
    const i = scenarioPatterns?.indexOf(id) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  // Without the briefing yet, the server's order stands: it scores the patterns in their order.
  const ordered = [...cards].sort((a, b) => rank(a.patternId) - rank(b.patternId));
  const mainId = scenarioPatterns?.[0] ?? ordered[0]?.patternId;
  return ordered.map((card) => ({ card, main: card.patternId === mainId }));
}

/**
 * A flag on the transcript, with the pattern that raised it and, for a problem spread over several
 * manager lines (a sandwich over turns), the earlier parts by transcript index.
 */
export type TranscriptFlag = AntiPatternFlag & {
  patternId: string;
  parts?: { index: number; quote: string }[];
};

/**
 * The earlier parts of a flag spread over lines, one entry per line in order, with that line's
 * quotes: two parts in one line ("Hi Jun, thanks for making time." and the criticism after it) are
 * one "turn 1" with both quotes, not "turn 1 …, turn 1 …" (review 9a #11).
 */
export function flagPartsByLine(
  parts: readonly { index: number; quote: string }[],
): { index: number; quotes: string[] }[] {
  const out: { index: number; quotes: string[] }[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last?.index === p.index) last.quotes.push(p.quote);
    else out.push({ index: p.index, quotes: [p.quote] });
  }
  return out;
}

/**
 * A part of a line, quoted in a list: in curly quotes, without the full stop or comma that ends
 * the sentence ('“Great work on the launch”, then …', not '“Great work on the launch.”, then …').
 */
export function quotedPart(quote: string): string {
  return `\u201c${quote.trim().replace(/[\s.,;:]+$/u, "")}\u201d`;
}

/**
 * The anti-pattern flags to mark on the transcript, by turn index: every flag of the main pattern,
 * and another pattern's flag where it marks words no flag of the main pattern marks already (two
 * patterns often flag the same words for the same reason, and one note per span is enough).
 */
export function transcriptFlags(
  cards: readonly { card: Scorecard; main: boolean }[],
  turns: readonly WireTurn[],
): Map<number, TranscriptFlag[]> {
  const turnOf = scoredTurnIndex(turns);
  const byTurn = new Map<number, TranscriptFlag[]>();
  const ordered = [...cards].sort((a, b) => Number(b.main) - Number(a.main));
  for (const { card, main } of ordered)
    for (const f of card.antiPatterns) {
      const index = turnOf(f.turn);
      if (index === undefined) continue;
      const there = byTurn.get(index) ?? [];
      const covered = there.some((g) => g.start < f.end && f.start < g.end);
      if (!main && covered) continue;
      const parts = f.across?.flatMap((p) => {
        const at = turnOf(p.turn);
        return at === undefined ? [] : [{ index: at, quote: p.quote }];
      });
      byTurn.set(index, [
        ...there,
        { ...f, patternId: card.patternId, ...(parts?.length ? { parts } : {}) },
      ]);
    }
  for (const list of byTurn.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return byTurn;
}

/**
 * For an attempt one required step short of a pass (no critical flag, no line that cost their
 * trust): the line where that step fits, so a near miss is one rewind from a pass.
 * A step fits before the first line that showed a later step of the pattern (steps are in the
 * pattern's order); with no later step shown, it fits at the manager's last line, which a rewind
 * puts back in the box to say again with the step added.
 */
export function missedStepRewind(
  card: Scorecard,
  turns: readonly WireTurn[],
): RewindSuggestion | undefined {
  // One step short of a pass; with more missing, the attempt needs more than one line mended.
  const missing = card.steps.filter((s) => s.required && s.status === "missed");
  if (missing.length !== 1) return undefined;
  const at = card.steps.findIndex((s) => s.required && s.status === "missed");
  const step = card.steps[at];
  if (!step) return undefined;
  const turnOf = scoredTurnIndex(turns);
  const later = card.steps
    .slice(at + 1)
    .filter((s) => s.status === "hit" || s.status === "partial")
    .flatMap((s) => s.evidence.flatMap((e) => turnOf(e.turn) ?? []));
  const managers = turns.filter((t) => t.speaker === "manager").map((t) => t.index);
  const target = later.length > 0 ? Math.min(...later) : managers.at(-1);
  if (target === undefined || !managers.includes(target)) return undefined;
  const what = step.title.charAt(0).toLowerCase() + step.title.slice(1);
  return { turnIndex: target, why: `to ${what}, the required step that was missed` };
}

export interface RewindSuggestion {
  /** Index of the manager's turn to rewind to. */
  turnIndex: number;
  /** Why, in words, after the button ("flagged: …", "where their trust fell most, −44 pts"). */
  why: string;
}

/**
 * The manager line to suggest rewinding to: the one that did the most damage, and that can be
 * recovered from. Two things do damage: a critical anti-pattern (it fails the score on its own)
 * and a line that made their trust fall (the hidden state decides whether they open up, shut down
 * or escalate). A rewind replays every line after the one it goes back to, so the suggestion is
 * the earlier of the first critical flag and the line where trust fell most: going back to the
 * later one would keep the earlier damage, and a conversation that lost its trust on turn 1 does
 * not recover on turn 2 whatever is said there. With neither, the first flag; with no flag and no
 * fall in trust of at least `threshold`, nothing: no line stands out.
 */
export function suggestedRewind(
  turns: readonly WireTurn[],
  flagsByTurn: ReadonlyMap<number, readonly AntiPatternFlag[]>,
  trajectory: readonly TrajectoryPoint[],
  threshold = 0.05,
  /** The scorecard that counts: a missed required step is where a near miss can be mended. */
  card?: Scorecard,
): RewindSuggestion | undefined {
  const managers = new Set(turns.filter((t) => t.speaker === "manager").map((t) => t.index));
  const flagged = [...flagsByTurn]
    .filter(([index, fs]) => managers.has(index) && fs.length > 0)
    .sort((a, b) => a[0] - b[0]);
  const critical = flagged.find(([, fs]) => fs.some((f) => f.critical));
  const criticalTitle = critical?.[1].find((f) => f.critical)?.title.toLowerCase();

  // The fall in trust each manager line caused (the worst among the people in the room).
  const fall = new Map<number, number>();
  for (const c of largeChanges(trajectory, turns, threshold))
    if (c.variable === "trust" && c.delta < 0 && c.managerTurn !== null)
      fall.set(c.managerTurn, Math.min(fall.get(c.managerTurn) ?? 0, c.delta));
  const worst = [...fall].sort((a, b) => a[1] - b[1] || a[0] - b[0])[0];

  if (critical && worst) {
    const [flagAt] = critical;
    const [dropAt, delta] = worst;
    if (flagAt === dropAt)
      return {
        turnIndex: flagAt,
        why: `flagged: ${criticalTitle}; their trust fell most here, ${formatPoints(delta)}`,
      };
    if (dropAt < flagAt)
      return {
        turnIndex: dropAt,
        why: `where their trust fell most, ${formatPoints(delta)}, before the flag on turn ${managerNumbers(turns).get(flagAt)}`,
      };
    return { turnIndex: flagAt, why: `flagged: ${criticalTitle}` };
  }
  if (critical) return { turnIndex: critical[0], why: `flagged: ${criticalTitle}` };
  if (worst)
    return {
      turnIndex: worst[0],
      why: `where their trust fell most, ${formatPoints(worst[1])}`,
    };
  const missed = card && missedStepRewind(card, turns);
  if (missed) return missed;
  const first = flagged[0];
  if (first) {
    const title = first[1][0]?.title.toLowerCase() ?? "an anti-pattern";
    return { turnIndex: first[0], why: `flagged: ${title}` };
  }
  return undefined;
}

/**
 * Whether a conversation ended before the manager said anything in it, in any attempt: there is
 * nothing to score, and it is no attempt (History lists it as "Ended before your first line"). A
 * conversation rewound to its first line and ended there still has the earlier attempt's lines, so
 * its debrief has something to show and compare.
 */
export function endedBeforeFirstLine(record: {
  turns: readonly { speaker: string }[];
  branches: readonly unknown[];
}): boolean {
  return record.branches.length <= 1 && !record.turns.some((t) => t.speaker === "manager");
}

/**
 * The line to carry on from when the manager ended the conversation themselves (End, perhaps too
 * soon or by mistake): their last line, which a rewind puts back in the box, so the conversation
 * goes on from there. None when it ended by itself (they agreed, escalated, shut down, or the turns
 * ran out), or before the first line.
 */
export function carryOnFrom<T extends { speaker: string }>(
  outcome: string | null | undefined,
  turns: readonly T[],
): T | undefined {
  if (outcome !== "ended") return undefined;
  return turns.findLast((t) => t.speaker === "manager");
}
