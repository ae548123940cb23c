import type { AgreedWhen, Pattern, Step } from "../content/pattern.schema";
import { acceptsStep, MOVE_INFO, type Move } from "../moves";
import type { TranscriptAnalysis } from "./analyse-transcript";
import { type FlaggedSentence, flaggedSentences } from "./flag-anti-patterns";
import type { Evidence, StepAgreement, StepResult } from "./scorecard.schema";
import { type MoveTest, moveTest } from "./sentence-condition";

/** A step shows at most this many quotes; the first ones are the ones a reader checks. */
const MAX_EVIDENCE = 3;

/** A step of a pattern with everything that does not depend on the transcript worked out once. */
interface PlannedStep {
  readonly step: Step;
  /** Whether a move evidences the step: one of its kinds, on a sentence meeting its `where`. */
  readonly counts: MoveTest;
  /** Index of the step each mustFollow id names (its evidence), or -1 when no step has that id. */
  readonly follows: readonly { readonly id: string; readonly index: number }[];
  readonly missedNote: string;
  /** The notApplicableWhen reason without its final full stop. */
  readonly naReason: string | undefined;
  /** `"title" and "title"` of every step it must follow (the note of a step done too early). */
  readonly allBefore: string;
}

/** Patterns are immutable once loaded, so the plan of each is made once. */
const PLANS = new WeakMap<Pattern, readonly PlannedStep[]>();

function planOf(pattern: Pattern): readonly PlannedStep[] {
  let plan = PLANS.get(pattern);
  if (plan) return plan;
  const titleOf = new Map(pattern.steps.map((s) => [s.id, s.title] as const));
  const indexOf = new Map(pattern.steps.map((s, i) => [s.id, i] as const));
  plan = pattern.steps.map((step) => ({
    step,
    counts: moveTest(step.evidencedBy, step.where),
    follows: (step.mustFollow ?? []).map((id) => ({ id, index: indexOf.get(id) ?? -1 })),
    missedNote: missedNoteOf(step),
    naReason: step.notApplicableWhen?.reason.replace(/\.\s*$/, ""),
    allBefore: namesOf(step.mustFollow ?? [], titleOf),
  }));
  PLANS.set(pattern, plan);
  return plan;
}

/** "No manager turn showed …", saying so when the step only counts some sentences (`where`). */
function missedNoteOf(step: Step): string {
  const labels = step.evidencedBy.map((k) => MOVE_INFO[k].label).join(" or ");
  if (step.where === undefined) return `No manager turn showed ${labels}.`;
  const what = step.description?.replace(/\.\s*$/, "");
  return `No manager turn showed ${labels} of the kind this step counts${what ? ` (${what})` : ""}.`;
}

const namesOf = (ids: readonly string[], titleOf: ReadonlyMap<string, string>): string =>
  ids.map((id) => `"${titleOf.get(id) ?? id}"`).join(" and ");

function evidenceOf(turn: number, m: Move, analysis: TranscriptAnalysis): Evidence {
  const text = (analysis.turns[turn] as { text: string }).text;
  return { turn, start: m.start, end: m.end, quote: text.slice(m.start, m.end), move: m.move };
}

/** Whether a move may evidence a step, given the anti-pattern flags on its sentence. */
type Accept = (turn: number, m: Move) => boolean;

/**
 * Whether a sentence is better evidence of another step than of this one: the move that counts here
 * is a neutral one (information, advice, a closed question …) and the sentence also carries a skill
 * (a positive move) that evidences another step of the pattern and not this one ("It sounds like 3%
 * felt like a signal", a reflection, also reads as information). Two skills on one sentence (an
 * open question that asks their view) are both real, and neither is weaker.
 */
type Weaker = (m: Move, turnMoves: readonly Move[], text: string) => boolean;

/**
 * Up to MAX_EVIDENCE manager moves at or after (fromTurn, fromStart) that evidence a step and that
 * `accept` lets count, one per span (a second move of the step's kinds on the same sentence is
 * skipped), in transcript order. The sentences that are better evidence of another step (`weaker`)
 * are quoted only when no other sentence shows this one; either way the step counts.
 */
function evidenceFrom(
  counts: MoveTest,
  analysis: TranscriptAnalysis,
  fromTurn: number,
  fromStart: number,
  accept: Accept,
  weaker: Weaker,
): Evidence[] {
  const strong: Evidence[] = [];
  const weak: Evidence[] = [];
  const managerMoves = analysis.managerMoves;
  for (let turn = fromTurn; turn < managerMoves.length; turn++) {
    const moves = managerMoves[turn] as readonly Move[];
    const text = (analysis.turns[turn] as { text: string }).text;
    let lastStart = -1;
    for (let j = 0; j < moves.length; j++) {
      const m = moves[j] as Move;
      if (m.start === lastStart || !counts(m, moves, text) || !accept(turn, m)) continue;
      lastStart = m.start;
      if (turn === fromTurn && m.start < fromStart) continue;
      if (!weaker(m, moves, text)) {
        strong.push(evidenceOf(turn, m, analysis));
        if (strong.length === MAX_EVIDENCE) return strong;
      } else if (weak.length < MAX_EVIDENCE) weak.push(evidenceOf(turn, m, analysis));
    }
  }
  return strong.length > 0 ? strong : weak;
}

/** The first move evidencing a step that `accept` lets count, from turn 0. */
function firstEvidence(
  counts: MoveTest,
  analysis: TranscriptAnalysis,
  accept: Accept,
): { turn: number; start: number; move: Move } | undefined {
  const managerMoves = analysis.managerMoves;
  for (let turn = 0; turn < managerMoves.length; turn++) {
    const moves = managerMoves[turn] as readonly Move[];
    const text = (analysis.turns[turn] as { text: string }).text;
    for (let j = 0; j < moves.length; j++) {
      const m = moves[j] as Move;
      if (counts(m, moves, text) && accept(turn, m)) return { turn, start: m.start, move: m };
    }
  }
  return undefined;
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
      if (analysis.employeeMoves(i, when.employeeUsed).length > 0) return i;
    }
  }
  return undefined;
}

/** Who spoke an employee turn: the persona, else the name a transcript file gives, else "". */
const speakerKey = (t: TranscriptAnalysis["turns"][number]): string => t.personaId ?? t.name ?? "";
/** "Elena" for "Elena Voss"; the persona id where no name is known. */
const firstName = (t: TranscriptAnalysis["turns"][number]): string =>
  (t.name ?? t.personaId ?? "").trim().split(/\s+/)[0] ?? "";

/**
 * Whether every employee agreed to a step evidenced from (fromTurn, fromStart) on (AgreedWhenSchema):
 * the employee turn right after a manager turn that evidences it takes it up (its recorded intent
 * is one of `employeeIntent`; with none recorded, the reply reads as agreement), or the employee
 * turn right before it proposed the step itself (`employeeUsed`). In a mediation each person who
 * speaks must, as the persona engine resolves it only when every persona commits; who spoke is the
 * turn's persona or name, and a transcript that names no one is one employee. Undefined when all
 * agreed; else the note (the pattern's, or who agreed and who did not yet) and, when some but not
 * all agreed, their first names.
 */
function notAgreed(
  step: Step,
  counts: MoveTest,
  analysis: TranscriptAnalysis,
  fromTurn: number,
  fromStart: number,
): { note: string; agreement?: StepAgreement } | undefined {
  const when = step.agreedWhen as AgreedWhen;
  const turns = analysis.turns;
  // Everyone who speaks for the employee side, by first appearance.
  const people = new Map<string, string>();
  for (const t of turns)
    if (t.speaker === "employee" && !people.has(speakerKey(t)))
      people.set(speakerKey(t), firstName(t));
  if (people.size > 1) people.delete("");
  const agreed = new Set<string>();
  const agree = (t: TranscriptAnalysis["turns"][number]) => {
    if (people.has(speakerKey(t))) agreed.add(speakerKey(t));
    return agreed.size === people.size;
  };
  for (let turn = fromTurn; turn < analysis.managerMoves.length; turn++) {
    const moves = analysis.managerMoves[turn] as readonly Move[];
    const text = (turns[turn] as { text: string }).text;
    if (!moves.some((m) => (turn > fromTurn || m.start >= fromStart) && counts(m, moves, text)))
      continue;
    const before = turns[turn - 1];
    if (
      when.employeeUsed !== undefined &&
      before?.speaker === "employee" &&
      analysis.employeeMoves(turn - 1, when.employeeUsed).length > 0 &&
      agree(before)
    )
      return undefined;
    const reply = turns[turn + 1];
    if (reply?.speaker !== "employee") continue;
    const intent = analysis.employeeIntents[turn + 1];
    if (
      (intent ? when.employeeIntent.includes(intent) : acceptsStep(reply.text, text)) &&
      agree(reply)
    )
      return undefined;
  }
  if (agreed.size === 0) return { note: when.note.replace(/\.\s*$/, "") };
  const named = (keys: string[]) => keys.map((k) => people.get(k) ?? k);
  const agreement = {
    agreed: named([...agreed]),
    waiting: named([...people.keys()].filter((k) => !agreed.has(k))),
  };
  return {
    note: `Proposed; ${agreement.agreed.join(" and ")} agreed, ${agreement.waiting.join(" and ")} did not yet`,
    agreement,
  };
}

const quoteShort = (q: string): string => (q.length > 80 ? `${q.slice(0, 77)}…` : q);

/** Not yet worked out, in the per-step caches below. */
const UNKNOWN = -2;
/** No evidence, or no employee turn that makes the step not applicable. */
const NONE = -1;

/**
 * Each step hit (evidenced after every step it must follow), partial (evidenced, but only before
 * one of those), missed, or not applicable (missed, and the pattern's notApplicableWhen holds).
 * Turn numbers in notes count from 1, as a reader does. Only the quotes shown are sliced out, and
 * employee turns are read only for a step that was missed and declares when it does not apply.
 */
export function scoreSteps(
  pattern: Pattern,
  analysis: TranscriptAnalysis,
  flagged: ReadonlyMap<number, readonly FlaggedSentence[]> = flaggedSentences(pattern, analysis),
): StepResult[] {
  const plan = planOf(pattern);
  const count = plan.length;
  // The most severe anti-pattern on a move's sentence (critical ones are listed first). A flag
  // wider than the move (a sandwich spans the praise, the criticism and the praise again) is about
  // how the turn is arranged, not about what this sentence says, and does not count against it.
  const flagOn = (turn: number, m: Move): FlaggedSentence | undefined =>
    flagged.get(turn)?.find((f) => f.start >= m.start && f.end <= m.end);
  // A sentence flagged as a critical anti-pattern never evidences a step; one flagged as another
  // anti-pattern counts at most as partial (docs/scoring.md, "A penalised sentence earns no step").
  const notCritical: Accept = (turn, m) => flagOn(turn, m)?.critical !== true;
  const unflagged: Accept = (turn, m) => flagOn(turn, m) === undefined;
  const anyMove: Accept = () => true;
  // Where each step is first evidenced: its turn (NONE when never) and the span start there.
  const firstTurn: number[] = new Array(count);
  const firstStart: number[] = new Array(count);
  const firstMove: (Move | undefined)[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const first = firstEvidence((plan[i] as PlannedStep).counts, analysis, notCritical);
    firstTurn[i] = first === undefined ? NONE : first.turn;
    firstStart[i] = first === undefined ? 0 : first.start;
    firstMove[i] = first?.move;
  }
  /** Why a sentence that shows the step was not counted: the flag on it, quoted. */
  const flaggedNote = (turn: number, m: Move, lead: string): string => {
    const f = flagOn(turn, m) as FlaggedSentence;
    const text = (analysis.turns[turn] as { text: string }).text;
    return `${lead}: turn ${turn + 1}, "${quoteShort(text.slice(m.start, m.end))}", the same sentence was flagged as "${f.title}"${f.critical ? " (critical)" : ""}.`;
  };
  const naTurns: number[] = new Array(count).fill(UNKNOWN);
  const naTurn = (i: number): number => {
    let na = naTurns[i] as number;
    if (na === UNKNOWN) {
      na = notApplicableTurn((plan[i] as PlannedStep).step, analysis) ?? NONE;
      naTurns[i] = na;
    }
    return na;
  };

  /** The note of a step missed only because its evidence sat on a critically flagged sentence. */
  const blockedNote = (counts: MoveTest): string | undefined => {
    const blocked = firstEvidence(counts, analysis, anyMove);
    return blocked && flaggedNote(blocked.turn, blocked.move, "Not counted");
  };

  const results: StepResult[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const { step, counts, follows, missedNote, naReason, allBefore } = plan[i] as PlannedStep;
    const weaker: Weaker = (m, moves, text) =>
      MOVE_INFO[m.move].polarity === "neutral" &&
      moves.some(
        (x) =>
          x !== m &&
          MOVE_INFO[x.move].polarity === "positive" &&
          x.start < m.end &&
          m.start < x.end &&
          !counts(x, moves, text) &&
          plan.some((other, j) => j !== i && other.counts(x, moves, text)),
      );
    if (firstTurn[i] === NONE) {
      const na = naTurn(i);
      results[i] =
        na !== NONE && naReason !== undefined
          ? {
              id: step.id,
              title: step.title,
              required: step.required,
              status: "not_applicable",
              evidence: [],
              orderOk: true,
              note: `${naReason} (turn ${na + 1}).`,
            }
          : {
              id: step.id,
              title: step.title,
              required: step.required,
              status: "missed",
              evidence: [],
              orderOk: true,
              note: blockedNote(counts) ?? missedNote,
            };
      continue;
    }
    // Order: the step must come at or after the first evidence of each step it must follow.
    let earliestTurn = 0;
    let earliestStart = 0;
    let absent: string[] | undefined;
    for (const { id, index } of follows) {
      const turn = index < 0 ? NONE : (firstTurn[index] as number);
      if (turn !== NONE) {
        const start = firstStart[index] as number;
        if (turn > earliestTurn || (turn === earliestTurn && start >= earliestStart)) {
          earliestTurn = turn;
          earliestStart = start;
        }
      } else if (index < 0 || naTurn(index) === NONE) {
        // A prerequisite that did not apply imposes no order.
        if (absent === undefined) absent = [id];
        else absent.push(id);
      }
    }
    const inOrder =
      absent === undefined
        ? evidenceFrom(counts, analysis, earliestTurn, earliestStart, unflagged, weaker)
        : [];
    if (inOrder.length === 0 && absent === undefined) {
      const flaggedOnly = evidenceFrom(
        counts,
        analysis,
        earliestTurn,
        earliestStart,
        notCritical,
        weaker,
      );
      const first = flaggedOnly[0];
      if (first !== undefined) {
        const m = (analysis.managerMoves[first.turn] as readonly Move[]).find(
          (x) => x.start === first.start && x.move === first.move,
        ) as Move;
        results[i] = {
          id: step.id,
          title: step.title,
          required: step.required,
          status: "partial",
          evidence: flaggedOnly,
          orderOk: true,
          note: flaggedNote(first.turn, m, "Counted as partial"),
        };
        continue;
      }
    }
    if (inOrder.length > 0) {
      const first = inOrder[0] as Evidence;
      // Done, but not within the manager's first `byTurn` turns: partial, saying when and after what.
      // Where it was first done counts, not which sentences are quoted (a weaker one may be first).
      const late =
        step.byTurn === undefined
          ? undefined
          : lateNote(
              step.byTurn,
              evidenceOf(firstTurn[i] as number, firstMove[i] as Move, analysis),
              analysis,
            );
      if (late !== undefined) {
        results[i] = {
          id: step.id,
          title: step.title,
          required: step.required,
          status: "partial",
          evidence: inOrder,
          orderOk: false,
          note: late,
        };
        continue;
      }
      // A step about agreeing is hit once the employee agrees; a proposal alone is partial.
      const unagreed =
        step.agreedWhen !== undefined
          ? notAgreed(step, counts, analysis, earliestTurn, earliestStart)
          : undefined;
      results[i] = {
        id: step.id,
        title: step.title,
        required: step.required,
        status: unagreed === undefined ? "hit" : "partial",
        evidence: inOrder,
        orderOk: true,
        note:
          unagreed === undefined
            ? `Turn ${first.turn + 1}: "${quoteShort(first.quote)}" (${MOVE_INFO[first.move].label}).`
            : `Turn ${first.turn + 1}: ${unagreed.note}.`,
        ...(unagreed?.agreement ? { agreement: unagreed.agreement } : {}),
      };
      continue;
    }
    const note =
      absent !== undefined
        ? `Done, but without ${namesOf(absent, titlesOf(pattern))} before it, which this pattern expects first.`
        : `Done only before ${allBefore}; this pattern expects it after.`;
    results[i] = {
      id: step.id,
      title: step.title,
      required: step.required,
      status: "partial",
      evidence: evidenceFrom(counts, analysis, 0, 0, notCritical, weaker),
      orderOk: false,
      note,
    };
  }
  return results;
}

/**
 * The note of a step first done after the manager's first `byTurn` turns, or undefined when it was
 * done in time: on which turn, after how many of the manager's turns, and what the one before said.
 */
function lateNote(
  byTurn: number,
  first: Evidence,
  analysis: TranscriptAnalysis,
): string | undefined {
  const before: number[] = [];
  for (let t = 0; t < first.turn; t++) if (analysis.turns[t]?.speaker === "manager") before.push(t);
  if (before.length < byTurn) return undefined;
  const last = before[before.length - 1] as number;
  const lastText = (analysis.turns[last] as { text: string }).text;
  const turns = before.length === 1 ? "1 turn" : `${before.length} turns`;
  return `Done only on turn ${first.turn + 1} ("${quoteShort(first.quote)}"), after ${turns} without it (the last, turn ${last + 1}: "${quoteShort(lastText)}"); this pattern expects it within your first ${byTurn === 1 ? "turn" : `${byTurn} turns`}.`;
}

function titlesOf(pattern: Pattern): ReadonlyMap<string, string> {
  return new Map(pattern.steps.map((s) => [s.id, s.title] as const));
}
