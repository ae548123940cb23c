import type { Pattern, Step } from "../content/pattern.schema";
import type { Move, MoveKind } from "../moves";
import type { TranscriptAnalysis } from "./analyse-transcript";
import type { Evidence, StepResult } from "./scorecard.schema";

/** A step shows at most this many quotes; the first ones are the ones a reader checks. */
const MAX_EVIDENCE = 3;

interface Position {
  readonly turn: number;
  readonly start: number;
}

/** `a` comes at or after `b`. The same sentence may evidence two steps (observation + impact). */
const isAtOrAfter = (a: Position, b: Position): boolean =>
  a.turn > b.turn || (a.turn === b.turn && a.start >= b.start);

/** Every manager move that evidences `step`, in transcript order, one per span. */
function findEvidence(step: Step, analysis: TranscriptAnalysis): Evidence[] {
  const out: Evidence[] = [];
  const kinds: readonly MoveKind[] = step.evidencedBy;
  for (let turn = 0; turn < analysis.managerMoves.length; turn++) {
    const moves = analysis.managerMoves[turn] as readonly Move[];
    let lastStart = -1;
    for (const m of moves) {
      if (!kinds.includes(m.move) || m.start === lastStart) continue;
      lastStart = m.start;
      const text = (analysis.turns[turn] as { text: string }).text;
      out.push({
        turn,
        start: m.start,
        end: m.end,
        quote: text.slice(m.start, m.end),
        move: m.move,
      });
    }
  }
  return out;
}

/** The first employee turn that makes the step not applicable, or undefined. */
function notApplicableTurn(step: Step, analysis: TranscriptAnalysis): number | undefined {
  const when = step.notApplicableWhen;
  if (!when) return undefined;
  for (let i = 0; i < analysis.turns.length; i++) {
    if (analysis.turns[i]?.speaker !== "employee") continue;
    const intent = analysis.employeeIntents[i];
    if (intent && when.employeeIntent?.includes(intent)) return i;
    if (when.employeeUsed) {
      for (const m of analysis.employeeMoves(i)) if (when.employeeUsed.includes(m.move)) return i;
    }
  }
  return undefined;
}

const quoteShort = (q: string): string => (q.length > 80 ? `${q.slice(0, 77)}…` : q);

/**
 * Each step hit (evidenced after every step it must follow), partial (evidenced, but only before
 * one of those), missed, or not applicable (missed, and the pattern's notApplicableWhen holds).
 * Turn numbers in notes count from 1, as a reader does.
 */
export function scoreSteps(pattern: Pattern, analysis: TranscriptAnalysis): StepResult[] {
  const evidenceById = new Map<string, Evidence[]>();
  for (const step of pattern.steps) evidenceById.set(step.id, findEvidence(step, analysis));
  const titleOf = new Map(pattern.steps.map((s) => [s.id, s.title] as const));
  const naTurnById = new Map<string, number | undefined>();
  const naTurn = (step: Step): number | undefined => {
    if (!naTurnById.has(step.id)) naTurnById.set(step.id, notApplicableTurn(step, analysis));
    return naTurnById.get(step.id);
  };

  return pattern.steps.map((step): StepResult => {
    const evidence = evidenceById.get(step.id) ?? [];
    const base = { id: step.id, title: step.title, required: step.required };
    if (evidence.length === 0) {
      const na = naTurn(step);
      if (na !== undefined && step.notApplicableWhen) {
        return {
          ...base,
          status: "not_applicable",
          evidence: [],
          orderOk: true,
          note: `${step.notApplicableWhen.reason.replace(/\.\s*$/, "")} (turn ${na + 1}).`,
        };
      }
      return {
        ...base,
        status: "missed",
        evidence: [],
        orderOk: true,
        note: `No manager turn showed ${step.evidencedBy.join(" or ")}.`,
      };
    }
    // Order: the step must come at or after the first evidence of each step it must follow.
    let earliest: Position = { turn: 0, start: 0 };
    const absent: string[] = [];
    for (const id of step.mustFollow ?? []) {
      const first = evidenceById.get(id)?.[0];
      if (first) {
        if (isAtOrAfter(first, earliest)) earliest = first;
      } else {
        const prerequisite = pattern.steps.find((s) => s.id === id);
        // A prerequisite that did not apply imposes no order.
        if (!prerequisite || naTurn(prerequisite) === undefined) absent.push(id);
      }
    }
    const inOrder = absent.length > 0 ? [] : evidence.filter((e) => isAtOrAfter(e, earliest));
    if (inOrder.length > 0) {
      const first = inOrder[0] as Evidence;
      return {
        ...base,
        status: "hit",
        evidence: inOrder.slice(0, MAX_EVIDENCE),
        orderOk: true,
        note: `Turn ${first.turn + 1}: "${quoteShort(first.quote)}" (${first.move}).`,
      };
    }
    const before = absent.length > 0 ? absent : (step.mustFollow ?? []);
    const names = before.map((id) => `"${titleOf.get(id) ?? id}"`).join(" and ");
    return {
      ...base,
      status: "partial",
      evidence: evidence.slice(0, MAX_EVIDENCE),
      orderOk: false,
      note:
        absent.length > 0
          ? `Done, but without ${names} before it, which this pattern expects first.`
          : `Done only before ${names}; this pattern expects it after.`,
    };
  });
}
